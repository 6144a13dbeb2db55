import { sheetOf } from '../../../test/fixtures/records/sheet-builder';
import { ENFORCEMENT_FIELDS, toEnforcementRecords } from './enforcement';

const base = {
  seqNo: '1',
  name: '对占道经营的处罚',
  originalCode: '650200207CF00100',
  category: '行政处罚',
  fromOrg: '克拉玛依区城市管理局',
  toTownships: '天山路街道',
  mode: '赋权',
  actingName: '本机关',
  decisionDocNo: '新政发〔2024〕12号',
  published: '是',
  validFrom: '2024/7/1',
  validTo: '',
  evaluationDue: '2026年7月1日',
  status: '有效',
  remarks: '',
};

const run = (...rows: Record<string, string>[]) => toEnforcementRecords([sheetOf(ENFORCEMENT_FIELDS, rows)]);

describe('toEnforcementRecords', () => {
  it('types a complete row', () => {
    const { records, problems } = run(base);
    expect(problems).toEqual([]);
    expect(records).toEqual([
      {
        source: { file: 'test.csv', sheet: 'Sheet1', row: 2 },
        rows: [2],
        raw: {},
        seqNo: '1',
        name: '对占道经营的处罚',
        originalCode: '650200207CF00100',
        category: '行政处罚',
        fromOrg: '克拉玛依区城市管理局',
        toTownship: '天山路街道',
        mode: 'GRANT',
        rawMode: '赋权',
        actsInNameOf: 'SELF',
        actsInNameOfDefaulted: false,
        decisionDocNo: '新政发〔2024〕12号',
        published: true,
        validFrom: '2024-07-01',
        evaluationDue: '2026-07-01',
        status: 'ACTIVE',
      },
    ]);
  });

  it.each([
    ['赋权', 'GRANT'],
    ['交由行使', 'GRANT'],
    ['委托', 'ENTRUST'],
    ['授权', 'AUTHORIZE'],
    ['派驻', 'SECONDMENT'],
    ['联合执法', 'JOINT'],
    ['相对集中', 'CONCENTRATED'],
  ])('maps 赋权方式 %s to %s and keeps the raw text', (raw, mode) => {
    const [record] = run({ ...base, mode: raw }).records;
    expect([record?.mode, record?.rawMode]).toEqual([mode, raw]);
  });

  it('rejects an unknown 赋权方式 at its column', () => {
    const { records, problems } = run({ ...base, mode: '下沉' });
    expect(records).toEqual([]);
    expect(problems).toEqual([
      {
        file: 'test.csv',
        sheet: 'Sheet1',
        row: 2,
        column: '赋权方式',
        message: '赋权方式“下沉”无法识别，可选：赋权、委托、授权、派驻、联合执法、相对集中',
        messageEn: 'mode (赋权方式) "下沉": not recognised; expected one of 赋权, 委托, 授权, 派驻, 联合执法, 相对集中',
        severity: 'error',
      },
    ]);
  });

  it('defaults 实施名义 to the delegator for entrustment and to the township otherwise, with a warning', () => {
    const { records, problems } = run(
      { ...base, mode: '委托', actingName: '' },
      { ...base, seqNo: '2', originalCode: '', name: '乙', actingName: '' },
    );
    expect(records.map((r) => [r.actsInNameOf, r.actsInNameOfDefaulted])).toEqual([
      ['DELEGATOR', true],
      ['SELF', true],
    ]);
    expect(problems.map((p) => [p.row, p.severity, p.column, p.message])).toEqual([
      [2, 'warning', '实施名义', '实施名义为空，按赋权方式默认为“原实施部门”'],
      [3, 'warning', '实施名义', '实施名义为空，按赋权方式默认为“本机关”'],
    ]);
  });

  it('maps 原实施部门 in 实施名义 to DELEGATOR', () => {
    expect(run({ ...base, actingName: '原实施部门' }).records[0]?.actsInNameOf).toBe('DELEGATOR');
  });

  it('expands a cell listing several townships into one record per township at the same location', () => {
    const { records, problems } = run({ ...base, toTownships: '天山路街道、胜利路街道，白碱滩镇;乌尔禾镇' });
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.toTownship, r.source.row])).toEqual([
      ['天山路街道', 2],
      ['胜利路街道', 2],
      ['白碱滩镇', 2],
      ['乌尔禾镇', 2],
    ]);
  });

  it('reads 是否公布 否 as unpublished and rejects other words', () => {
    expect(run({ ...base, published: '否' }).records[0]?.published).toBe(false);
    const { records, problems } = run({ ...base, published: '待定' });
    expect(records).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual(['是否公布“待定”应为“是”或“否”']);
  });

  it('maps 已收回 to RECALLED when 失效日期 is given', () => {
    const [record] = run({ ...base, status: '已收回', validTo: '2025-01-01' }).records;
    expect([record?.status, record?.validTo]).toEqual(['RECALLED', '2025-01-01']);
  });

  it('rejects a recalled row without 失效日期', () => {
    const { records, problems } = run({ ...base, status: '已收回' });
    expect(records).toEqual([]);
    expect(problems.map((p) => [p.column, p.message, p.messageEn])).toEqual([
      ['失效日期', '状态为“已收回”，但失效日期为空', 'status is RECALLED (已收回) but validTo (失效日期) is empty'],
    ]);
  });

  it('rejects 失效日期 before 生效日期 and invalid dates, naming the value', () => {
    const { problems } = run(
      { ...base, validTo: '2024-06-30' },
      { ...base, seqNo: '2', name: '乙', validFrom: '2022-13-45' },
    );
    expect(problems.map((p) => [p.row, p.column, p.message, p.messageEn])).toEqual([
      [
        2,
        '失效日期',
        '失效日期（2024-06-30）早于生效日期（2024-07-01）',
        'validTo 2024-06-30 is before validFrom 2024-07-01',
      ],
      [3, '生效日期', '生效日期“2022-13-45”日期无效', 'validFrom (生效日期) "2022-13-45": invalid date'],
    ]);
  });

  it('names the header as written in the file', () => {
    const sheet = sheetOf(ENFORCEMENT_FIELDS, [{ ...base, validFrom: '2023-02-30' }], {
      headers: { validFrom: '生效 日期' },
    });
    expect(toEnforcementRecords([sheet]).problems.map((p) => [p.column, p.message])).toEqual([
      ['生效 日期', '生效 日期“2023-02-30”日期无效'],
    ]);
  });

  it('keeps the power as code and as department + name; a "/" code is no code', () => {
    const [record] = run({ ...base, originalCode: '/' }).records;
    expect(record?.originalCode).toBeUndefined();
    expect([record?.fromOrg, record?.name]).toEqual(['克拉玛依区城市管理局', '对占道经营的处罚']);
  });

  it('reports duplicates naming both rows, even across sheets of one file', () => {
    const first = sheetOf(ENFORCEMENT_FIELDS, [base], { sheet: '处罚' });
    const second = sheetOf(ENFORCEMENT_FIELDS, [{ ...base, toTownships: '胜利路街道、天山路街道' }], {
      sheet: '检查',
      headerRow: 3,
    });
    const { records, problems } = toEnforcementRecords([first, second]);
    expect(records.map((r) => [r.source.sheet, r.toTownship])).toEqual([
      ['处罚', '天山路街道'],
      ['检查', '胜利路街道'],
    ]);
    expect(problems.map((p) => [p.sheet, p.row, p.message])).toEqual([
      ['检查', 4, '与工作表“处罚”第2行重复：650200207CF00100 → 天山路街道（2024-07-01）'],
    ]);
  });

  it('does not treat the same power in two files as a duplicate', () => {
    const a = sheetOf(ENFORCEMENT_FIELDS, [base], { file: 'a.csv' });
    const b = sheetOf(ENFORCEMENT_FIELDS, [base], { file: 'b.csv' });
    expect(toEnforcementRecords([a, b])).toMatchObject({ problems: [], records: [{}, {}] });
  });

  it('rejects a sheet without a required column once, at the header row', () => {
    const sheet = sheetOf(ENFORCEMENT_FIELDS, [base, base], { without: ['mode'], headerRow: 3 });
    expect(toEnforcementRecords([sheet])).toEqual({
      records: [],
      problems: [
        {
          file: 'test.csv',
          sheet: 'Sheet1',
          row: 3,
          message: '缺少必需的列“赋权方式”，本表所有行均未导入',
          messageEn: 'missing required column mode (赋权方式); no row of this sheet was accepted',
          severity: 'error',
        },
      ],
    });
  });

  it('reports every empty required cell of a row', () => {
    const { problems } = run({ ...base, name: '', fromOrg: '/', toTownships: '' });
    expect(problems.map((p) => p.message)).toEqual([
      '事项名称不能为空',
      '原实施部门不能为空',
      '承接乡镇(街道)不能为空',
    ]);
  });
});
