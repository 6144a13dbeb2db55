import { compactText, isNoneValue, normalizeKey, normalizeName, splitNumberedItems } from './text';

describe('normalizeName', () => {
  it('removes every kind of whitespace, including U+3000 and line breaks', () => {
    expect(normalizeName(' 行政\u3000处罚\n（一） \t')).toBe('行政处罚(一)');
  });

  it('unifies full-width letters and digits with half-width ones', () => {
    expect(normalizeName('ＧＭＰ认证１２３')).toBe('GMP认证123');
  });
});

describe('normalizeKey', () => {
  it('also drops punctuation and symbols so that cosmetic variants share one key', () => {
    expect(normalizeKey('对违反《X条例》行为的处罚。')).toBe(normalizeKey('对违反 X条例 行为的处罚'));
    expect(normalizeKey('对违反《Ａ条例》行为的处罚（一）')).toBe('对违反a条例行为的处罚一');
  });
});

describe('compactText and isNoneValue', () => {
  it('compactText keeps full-width punctuation', () => {
    expect(compactText(' 克拉玛依市 自然资源局（承办） ')).toBe('克拉玛依市自然资源局（承办）');
  });

  it.each(['/', '无', '—', ' ', '／'])('treats %j as none', (v) => expect(isNoneValue(v)).toBe(true));
  it('keeps real values', () => expect(isNoneValue('无照经营')).toBe(false));
});

describe('splitNumberedItems', () => {
  it('splits numbered lines under headings and returns the lead-in as preamble', () => {
    expect(splitNumberedItems('有下列情形的：\n直接实施责任：\n1.甲；\n续行\n2.乙。\n指导监督责任：\n3.丙')).toEqual({
      preamble: '有下列情形的：',
      items: [
        { group: '直接实施', text: '甲；\n续行' },
        { group: '直接实施', text: '乙。' },
        { group: '指导监督', text: '丙' },
      ],
    });
  });

  it('splits items numbered inline after a full stop, but not decimals', () => {
    expect(splitNumberedItems('1.罚款2.5万元。2.没收。').items.map((i) => i.text)).toEqual(['罚款2.5万元。', '没收。']);
  });

  it('returns un-numbered text as one item', () => {
    expect(splitNumberedItems('依法实施检查')).toEqual({ items: [{ text: '依法实施检查' }] });
  });
});
