import { explainCodeAreaMismatch, explainCodeTypeMismatch, explainDuplicateCode } from './explain-codes';
import type { FindingRow } from './finding.model';

const row = (facts: Record<string, unknown>): FindingRow => ({
  subjectId: 'p1',
  subjectName: '对某行为的处罚',
  organizations: [{ id: 'o1', name: '甲局' }],
  related: [],
  facts: { sourceFile: '甲局.xlsx', sourceRow: 5, category: 'PUNISHMENT', ...facts },
});

describe('item-code findings are worded from the row, and confirmed in code', () => {
  it('CODE_TYPE_MISMATCH names the letters, their category and the row’s', () => {
    const [draft] = explainCodeTypeMismatch(row({ code: '650200207XK00300', codeType: 'XK' }), '2026-12-01');
    expect(draft?.explanation).toBe(
      '对某行为的处罚的事项编码“650200207XK00300”中的类型代码XK表示行政许可，而其权力类型为行政处罚。',
    );
    expect(draft?.evidence).toEqual([
      '来源：甲局.xlsx 第5行',
      '事项编码：650200207XK00300（类型代码 XK = 行政许可）',
      '权力类型：行政处罚',
    ]);
    // Letters that agree, or that no layout knows, are no finding.
    expect(explainCodeTypeMismatch(row({ code: '650200207CF00300', codeType: 'CF' }), '2026-12-01')).toEqual([]);
    expect(explainCodeTypeMismatch(row({ code: 'x', codeType: 'ZZ' }), '2026-12-01')).toEqual([]);
  });

  it('CODE_AREA_MISMATCH keeps only the exercisers whose division the area does not cover', () => {
    const located = (division: string, ancestors: string[]) => ({
      id: 'o1',
      name: '甲局',
      division,
      divisionName: '甲县',
      ancestors,
    });
    const outside = row({ code: '620524301CF00400', codeArea: '620524', outside: [located('650203', ['650200'])] });
    expect(explainCodeAreaMismatch(outside, '2026-12-01')[0]?.evidence).toContain(
      '行使机构：甲局，所在区划 甲县 650203，上级区划 650200',
    );
    // The statement's pre-filter is re-checked: the city's code, or an ancestor by PART_OF, covers it.
    expect(
      explainCodeAreaMismatch(row({ code: 'c', codeArea: '650200', outside: [located('650203', [])] }), '2026-12-01'),
    ).toEqual([]);
    expect(
      explainCodeAreaMismatch(
        row({ code: 'c', codeArea: '880000', outside: [located('990101', ['880000'])] }),
        '2026-12-01',
      ),
    ).toEqual([]);
  });

  it('DUPLICATE_CODE lists the other items, and says when the organizations have no division', () => {
    const others = [{ name: '某检查', subName: '甲类', organization: '乙局', sourceFile: '乙局.xlsx', sourceRow: 3 }];
    const [inDivision] = explainDuplicateCode(row({ code: 'K1', division: '650203', others }), '2026-12-01');
    expect(inDivision?.explanation).toContain('在同一行政区划（650203）内还用于其他事项：乙局“某检查（甲类）”');
    expect(inDivision?.evidence).toContain('同码事项：乙局“某检查（甲类）”，乙局.xlsx 第3行');
    const [noDivision] = explainDuplicateCode(row({ code: 'K1', division: '', others }), '2026-12-01');
    expect(noDivision?.explanation).toContain('在未登记区划的机构中还用于其他事项');
    expect(explainDuplicateCode(row({ code: 'K1', division: '650203', others: [] }), '2026-12-01')).toEqual([]);
  });
});
