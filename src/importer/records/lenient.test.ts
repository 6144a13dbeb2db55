import { sheetOf } from '../../../test/fixtures/records/sheet-builder';
import { LENIENT_FIELDS, toLenientRecords } from './lenient';

const base = {
  seqNo: '1',
  kind: '首违不罚',
  violation: '未按规定公示营业执照',
  conditions: '首次违法且在责令期限内改正',
  violationBasis: '《市场主体登记管理条例》第三十一条',
  penaltyBasis: '《市场主体登记管理条例》第四十八条',
  lenientBasis: '《行政处罚法》第三十三条第一款',
  department: '市场监督管理局',
  relatedPowers: '对未按规定公示营业执照的处罚',
  remarks: '',
};

const run = (...rows: Record<string, string>[]) => toLenientRecords([sheetOf(LENIENT_FIELDS, rows)]);

describe('toLenientRecords', () => {
  it('types a complete row', () => {
    expect(run(base)).toEqual({
      problems: [],
      records: [
        {
          source: { file: 'test.csv', sheet: 'Sheet1', row: 2 },
          rows: [2],
          raw: {},
          seqNo: '1',
          kind: 'FIRST_OFFENCE_NO_PENALTY',
          violation: '未按规定公示营业执照',
          conditions: '首次违法且在责令期限内改正',
          violationBasis: '《市场主体登记管理条例》第三十一条',
          penaltyBasis: '《市场主体登记管理条例》第四十八条',
          lenientBasis: '《行政处罚法》第三十三条第一款',
          department: '市场监督管理局',
          relatedPowers: [{ name: '对未按规定公示营业执照的处罚' }],
        },
      ],
    });
  });

  it.each([
    ['不予处罚', 'NO_PENALTY'],
    ['不予行政处罚清单', 'NO_PENALTY'],
    ['首违不罚', 'FIRST_OFFENCE_NO_PENALTY'],
    ['从轻处罚', 'LIGHTER'],
    ['减轻处罚', 'MITIGATED'],
    ['免予行政强制', 'NO_COERCION'],
    ['免于行政强制', 'NO_COERCION'],
  ])('maps 清单类型 %s to %s', (raw, kind) => {
    expect(run({ ...base, kind: raw }).records[0]?.kind).toBe(kind);
  });

  it('rejects an unknown 清单类型 and an empty 违法行为', () => {
    const { records, problems } = run({ ...base, kind: '从重处罚', violation: ' ' });
    expect(records).toEqual([]);
    expect(problems.map((p) => [p.column, p.message])).toEqual([
      ['清单类型', '清单类型“从重处罚”无法识别，可选：不予处罚、首违不罚、从轻处罚、减轻处罚、免予行政强制'],
      ['违法行为', '违法行为不能为空'],
    ]);
  });

  it('reads a related power given by code', () => {
    expect(run({ ...base, relatedPowers: '650200207cf00300' }).records[0]?.relatedPowers).toEqual([
      { code: '650200207CF00300' },
    ]);
  });

  it('accepts the same violation in two lists but not twice in one', () => {
    const { records, problems } = run(base, { ...base, seqNo: '2', kind: '从轻处罚' }, { ...base, seqNo: '3' });
    expect(records.map((r) => r.kind)).toEqual(['FIRST_OFFENCE_NO_PENALTY', 'LIGHTER']);
    expect(problems.map((p) => [p.row, p.message])).toEqual([[4, '与第2行重复：首违不罚“未按规定公示营业执照”']]);
  });
});
