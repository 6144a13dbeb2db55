/**
 * Cells no real list contains, refused where they are read: each is a located error that rejects
 * its row. 读取时拒绝的单元格：超长、公式、超出 Excel 列数。
 *
 * - Longer than 32,767 characters: Excel cannot hold such a cell, so no published list has one;
 *   a 1 MB cell is an attack on the graph's size or a broken export.
 * - Text that a spreadsheet would run as a formula (=, @, + or - before a non-digit, or a DDE
 *   payload with |): never evaluated here, but stored it would be exported back to reviewers'
 *   spreadsheets (CSV injection, CWE-1236). Refused rather than kept as text: no real list has
 *   one (test/fixtures/karamay, data/demo), and an escaped copy would no longer be what was
 *   published. A workbook's formula cell is read as its cached value, which is what users see.
 * - A row past column 16,384 (XFD): more than Excel has, only a generated CSV can do it.
 */
import type { ImportProblem } from '../types';
import { problem } from './problems';

export const MAX_CELL_CHARS = 32_767;
export const MAX_COLUMNS = 16_384;

// After any leading whitespace (spaces, tabs, CR, the full-width space): = or @ before anything is
// a formula, also with spaces between ("= 1+1"); + or - before a name, a parenthesis, a quote or
// another operator is one too ("+SUM(A1)", "- A1", "-=1"), and so is arithmetic ("+1+1"). + or -
// before a lone number or CJK text is what lists write ("-", "+86 0990 ...", "- 立案", "-1").
const FORMULA = /^(?:[=@]\s*\S|[+-]\s*[A-Za-z(=@"'!$_]|[+-]\s*[\d.]+\s*[-+*/^&<>=]\s*[\w("'])/u;
const DDE = /^[=+\-@].*\|/u;

export function looksLikeFormula(text: string): boolean {
  const trimmed = text.trimStart();
  return FORMULA.test(trimmed) || DDE.test(trimmed);
}

/** "前 20 个字符…": a value short enough to print in a message. */
export function excerpt(text: string, length = 20): string {
  const chars = [...text];
  return chars.length > length ? `${chars.slice(0, length).join('')}…` : text;
}

interface At {
  file: string;
  sheet: string;
  row: number;
}

/** Problems of one physical row; `columnName(c)` is the header text (or letter) of column c. */
export function cellProblems(at: At, cells: readonly string[], columnName: (c: number) => string): ImportProblem[] {
  const problems: ImportProblem[] = [];
  let last = cells.length - 1;
  while (last >= 0 && (cells[last] ?? '').trim() === '') last--;
  if (last >= MAX_COLUMNS) {
    problems.push(
      problem(
        { ...at, column: columnName(last) },
        'error',
        `本行有 ${last + 1} 列，超过电子表格的上限 ${MAX_COLUMNS} 列`,
        `the row has ${last + 1} columns, more than the ${MAX_COLUMNS} a spreadsheet can have`,
      ),
    );
  }
  for (let c = 0; c <= Math.min(last, MAX_COLUMNS - 1); c++) {
    const cell = cells[c] ?? '';
    if (cell.length > MAX_CELL_CHARS) {
      problems.push(
        problem(
          { ...at, column: columnName(c) },
          'error',
          `${columnName(c)}“${excerpt(cell)}”过长：${cell.length} 个字符，单元格上限 ${MAX_CELL_CHARS}`,
          `${columnName(c)} "${excerpt(cell)}" is too long: ${cell.length} characters, a cell holds at most ${MAX_CELL_CHARS}`,
        ),
      );
    } else if (looksLikeFormula(cell)) {
      problems.push(
        problem(
          { ...at, column: columnName(c) },
          'error',
          `${columnName(c)}“${excerpt(cell, 40)}”是公式（以 ${cell.trimStart().charAt(0)} 开头），清单只接受文本；不会计算公式，请删除或改为文本`,
          `${columnName(c)} "${excerpt(cell, 40)}" is a formula (starts with ${cell.trimStart().charAt(0)}); lists take text only and formulas are never evaluated`,
        ),
      );
    }
  }
  return problems;
}
