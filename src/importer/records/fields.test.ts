import {
  enumTable,
  normalizeName,
  parseBoolZh,
  parseDate,
  parseEnum,
  parseIntField,
  splitList,
  splitPowerRefs,
} from './fields';

describe('parseDate', () => {
  it.each([
    ['2024-07-01', '2024-07-01'],
    ['2024/7/1', '2024-07-01'],
    ['2024.7.1', '2024-07-01'],
    ['2024年7月1日', '2024-07-01'],
    ['2024 年 7 月 1 日', '2024-07-01'],
    ['２０２４年７月１日', '2024-07-01'],
    ['20240701', '2024-07-01'],
    ['2024-07-01 00:00:00', '2024-07-01'],
    ['2024-07-01T00:00:00.000Z', '2024-07-01'],
    ['45474', '2024-07-01'],
    ['45474.5', '2024-07-01'],
    ['2024-02-29', '2024-02-29'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseDate(text)).toEqual({ ok: true, value: iso });
  });

  it.each([
    '2022-13-45',
    '2023-02-30',
    '2023-02-29',
    '2024-7/1',
    '2024年13月1日',
    '明年',
    '2024',
    '1899-12-31',
    '00000000',
  ])('rejects %s as an invalid date', (text) => {
    expect(parseDate(text)).toEqual({ ok: false, message: '日期无效', messageEn: 'invalid date' });
  });
});

describe('parseBoolZh', () => {
  it.each([
    ['是', true],
    ['否', false],
    ['Y', true],
    ['n', false],
    ['已公布', true],
    ['未公布', false],
    [' 是 ', true],
  ])('reads %s as %s', (text, value) => {
    expect(parseBoolZh(text)).toEqual({ ok: true, value });
  });

  it('rejects other words', () => {
    expect(parseBoolZh('也许')).toEqual({
      ok: false,
      message: '应为“是”或“否”',
      messageEn: 'expected 是 (yes) or 否 (no)',
    });
  });
});

describe('splitList', () => {
  it('splits on every accepted separator, trims and drops empties and placeholders', () => {
    expect(splitList(' 甲镇、乙镇，丙街道,丁乡;戊镇；己镇\n庚镇\r\n、 / ')).toEqual([
      '甲镇',
      '乙镇',
      '丙街道',
      '丁乡',
      '戊镇',
      '己镇',
      '庚镇',
    ]);
  });

  it('returns nothing for an absent or empty cell', () => {
    expect(splitList(undefined)).toEqual([]);
    expect(splitList('  ')).toEqual([]);
  });
});

describe('parseIntField', () => {
  it('reads whole numbers, Excel floats and accepted units', () => {
    expect(parseIntField('30')).toEqual({ ok: true, value: 30 });
    expect(parseIntField('30.0')).toEqual({ ok: true, value: 30 });
    expect(parseIntField('2小时', { units: { 分钟: 1, 小时: 60 } })).toEqual({ ok: true, value: 120 });
    expect(parseIntField('30 分钟', { units: { 分钟: 1 } })).toEqual({ ok: true, value: 30 });
  });

  it('rejects fractions, unknown units and values below the minimum', () => {
    expect(parseIntField('1.5')).toEqual({ ok: false, message: '应为整数', messageEn: 'expected a whole number' });
    expect(parseIntField('3个工作日', { units: { 天: 1 } })).toEqual({
      ok: false,
      message: '应为整数',
      messageEn: 'expected a whole number',
    });
    expect(parseIntField('-1', { min: 0 })).toEqual({
      ok: false,
      message: '不能小于 0',
      messageEn: 'must not be less than 0',
    });
  });
});

describe('parseEnum', () => {
  const colours = enumTable<'RED' | 'BLUE'>({ RED: ['红', '红色'], BLUE: ['蓝'] });

  it('matches labels after whitespace removal, and the English codes in any case', () => {
    expect(parseEnum(' 红 色 ', colours)).toEqual({ ok: true, value: 'RED' });
    expect(parseEnum('blue', colours)).toEqual({ ok: true, value: 'BLUE' });
  });

  it('lists the first label of each value when it fails', () => {
    expect(parseEnum('绿', colours)).toEqual({
      ok: false,
      message: '无法识别，可选：红、蓝',
      messageEn: 'not recognised; expected one of 红, 蓝',
    });
  });
});

describe('normalizeName', () => {
  it('removes all whitespace including ideographic spaces and unifies full-width brackets', () => {
    expect(normalizeName(' 克拉玛依市\u3000自然 资源局（林业局）\n')).toBe('克拉玛依市自然资源局(林业局)');
  });
});

describe('splitPowerRefs', () => {
  it('keeps names whole even when they contain 、 or ，', () => {
    expect(splitPowerRefs('对生产、销售假药的处罚；对未取得许可从事经营活动的处罚')).toEqual([
      { name: '对生产、销售假药的处罚' },
      { name: '对未取得许可从事经营活动的处罚' },
    ]);
  });

  it('splits a list of codes on any separator and recognises codes', () => {
    expect(splitPowerRefs('650200207xk01600、650200207CF00100\n对违法排污的处罚')).toEqual([
      { code: '650200207XK01600' },
      { code: '650200207CF00100' },
      { name: '对违法排污的处罚' },
    ]);
  });
});
