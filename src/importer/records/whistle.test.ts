import { sheetOf } from '../../../test/fixtures/records/sheet-builder';
import { WHISTLE_FIELDS, toWhistleRecords } from './whistle';

const base = {
  seqNo: '1',
  name: '占道经营',
  kind: '综合执法',
  urgency: '日常',
  whistlers: '天山路街道',
  lead: '克拉玛依区城市管理局',
  cooperating: '市场监督管理局、公安分局，交通运输局',
  neededPowers: '650200207CF00100',
  responseLimitMinutes: '30',
  closeLimitDays: '3',
  streetDuty: '发现并劝阻',
  remarks: '',
};

const run = (...rows: Record<string, string>[]) => toWhistleRecords([sheetOf(WHISTLE_FIELDS, rows)]);

describe('toWhistleRecords', () => {
  it('types a complete row', () => {
    expect(run(base)).toEqual({
      problems: [],
      records: [
        {
          source: { file: 'test.csv', sheet: 'Sheet1', row: 2 },
          rows: [2],
          raw: {},
          seqNo: '1',
          name: '占道经营',
          kind: '综合执法',
          urgency: '日常',
          whistlers: [{ name: '天山路街道' }],
          lead: ['克拉玛依区城市管理局'],
          cooperating: ['市场监督管理局', '公安分局', '交通运输局'],
          neededPowers: [{ code: '650200207CF00100' }],
          responseLimitMinutes: 30,
          closeLimitDays: 3,
          streetDuty: '发现并劝阻',
        },
      ],
    });
  });

  it('accepts an empty 主责部门 without any problem', () => {
    const { records, problems } = run({ ...base, lead: '' });
    expect(problems).toEqual([]);
    expect(records[0]?.lead).toEqual([]);
  });

  it('keeps two lead departments for the reviewers to see', () => {
    expect(run({ ...base, lead: '城市管理局、市场监督管理局' }).records[0]?.lead).toEqual([
      '城市管理局',
      '市场监督管理局',
    ]);
  });

  it.each([
    ['各街道', [{ all: 'STREET' }]],
    ['各乡镇', [{ all: 'TOWNSHIP' }]],
    ['各乡镇（街道）', [{ all: 'BOTH' }]],
    ['各乡镇、街道', [{ all: 'BOTH' }]],
    ['各乡镇、各街道', [{ all: 'BOTH' }]],
    ['天山路街道、胜利路街道', [{ name: '天山路街道' }, { name: '胜利路街道' }]],
    ['各街道、白碱滩镇', [{ all: 'STREET' }, { name: '白碱滩镇' }]],
  ])('reads 吹哨主体 %s', (cell, whistlers) => {
    expect(run({ ...base, whistlers: cell }).records[0]?.whistlers).toEqual(whistlers);
  });

  it('rejects an empty 吹哨主体', () => {
    expect(run({ ...base, whistlers: '、' }).problems.map((p) => [p.column, p.message])).toEqual([
      ['吹哨主体', '吹哨主体不能为空'],
    ]);
  });

  it('accepts the 哨 and 类 variants and rejects an unknown urgency or kind', () => {
    const [record] = run({ ...base, urgency: '攻坚哨', kind: '应急处置类' }).records;
    expect([record?.urgency, record?.kind]).toEqual(['攻坚', '应急处置']);
    const { records, problems } = run({ ...base, urgency: '特急', kind: '其他' });
    expect(records).toEqual([]);
    expect(problems.map((p) => [p.column, p.message])).toEqual([
      ['事项类别', '事项类别“其他”无法识别，可选：群众诉求、重点工作、综合执法、应急处置'],
      ['哨型', '哨型“特急”无法识别，可选：日常、攻坚、应急'],
    ]);
  });

  it('reads limits with their units and rejects non-integers', () => {
    const [record] = run({ ...base, responseLimitMinutes: '1小时', closeLimitDays: '5天' }).records;
    expect([record?.responseLimitMinutes, record?.closeLimitDays]).toEqual([60, 5]);
    expect(run({ ...base, responseLimitMinutes: '半小时' }).problems.map((p) => p.messageEn)).toEqual([
      'responseLimitMinutes (报到时限(分钟)) "半小时": expected a whole number',
    ]);
  });

  it('reads needed powers as codes or names', () => {
    expect(run({ ...base, neededPowers: '对占道经营的处罚\n650200207CF00100' }).records[0]?.neededPowers).toEqual([
      { name: '对占道经营的处罚' },
      { code: '650200207CF00100' },
    ]);
  });

  it('reports the same matter for the same whistlers twice, naming both rows', () => {
    const { records, problems } = run(base, { ...base, seqNo: '2', whistlers: '胜利路街道' }, { ...base, seqNo: '3' });
    expect(records.map((r) => r.source.row)).toEqual([2, 3]);
    expect(problems.map((p) => [p.row, p.message])).toEqual([[4, '与第2行重复：“占道经营”']]);
  });
});
