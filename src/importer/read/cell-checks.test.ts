import { cellProblems, excerpt, looksLikeFormula, MAX_CELL_CHARS } from './cell-checks';

describe('looksLikeFormula', () => {
  it('takes what a spreadsheet would run for a formula', () => {
    for (const text of [
      '=1+1',
      ' =HYPERLINK("http://x","y")',
      "+cmd|' /C calc'!A0",
      '-2+3+cmd|x',
      '@SUM(1+1)',
      '-A1',
      '+SUM(A1)',
      '= 1+1',
      '=  HYPERLINK("http://x")',
      '+ SUM(A1)',
      '\t=1+1',
      '\r\n+cmd|x',
      '　=1',
      '- A1',
      '-=1',
      '+1+1',
      '@ SUM(1)',
    ]) {
      expect(looksLikeFormula(text)).toBe(true);
    }
  });

  it('leaves the text real lists write alone', () => {
    for (const text of [
      '-',
      '--',
      '—',
      '+86 0990 1234567',
      '-1',
      '- 立案责任',
      '=',
      '1.立案责任：依法立案',
      '对违法行为的处罚',
      '',
    ]) {
      expect(looksLikeFormula(text)).toBe(false);
    }
  });
});

describe('cellProblems', () => {
  const at = { file: 'f.csv', sheet: 'f', row: 7 };
  const name = (c: number): string => ['序号', '事项名称', '备注'][c] ?? `#${c}`;

  it('locates a formula and an over-long cell at their columns, naming the value', () => {
    const problems = cellProblems(at, ['1', '=1+1', '依'.repeat(MAX_CELL_CHARS + 1)], name);
    expect(problems.map((p) => [p.row, p.column, p.severity])).toEqual([
      [7, '事项名称', 'error'],
      [7, '备注', 'error'],
    ]);
    expect(problems[0]?.message).toContain('事项名称“=1+1”是公式');
    expect(problems[1]?.message).toContain(`备注“${'依'.repeat(20)}…”过长：${MAX_CELL_CHARS + 1} 个字符`);
  });

  it('refuses a row past column 16,384 but not trailing empty cells', () => {
    const wide = Array.from({ length: 20_000 }, () => '');
    expect(cellProblems(at, wide, name)).toEqual([]);
    wide[19_999] = 'x';
    expect(cellProblems(at, wide, name).map((p) => [p.column, p.message])).toEqual([
      ['#19999', '本行有 20000 列，超过电子表格的上限 16384 列'],
    ]);
  });
});

describe('excerpt', () => {
  it('shortens by characters, not UTF-16 units', () => {
    expect(excerpt('𠀀'.repeat(3), 2)).toBe('𠀀𠀀…');
    expect(excerpt('短')).toBe('短');
  });
});
