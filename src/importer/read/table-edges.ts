/**
 * What sits beside a list's table but is not part of it (issue 17 §4): a footnote row merged across
 * the table's width at its end (备注：… / 注：… / 说明：…), and an unheaded helper column to the
 * right of the table (the choices of a data-validation drop-down, such as the category names).
 * 表格边缘：表尾附注行与表格右侧无表头的辅助列。
 */
import type { ImportProblem, SheetRecords } from '../types';
import type { HeaderMatch } from './header-spec';
import { problem } from './problems';

/** A footnote's first words: 备注：, 注：, 注1：, 说明：, 附注：, 填表说明：. */
const NOTE_START = /^(?:备\s*注|注\s*释|附\s*注|填表说明|说\s*明|注)\s*\d*\s*[:：]/u;

/** The longest helper-column entry: a drop-down's choice is a short label. */
const HELPER_MAX_LENGTH = 30;

export interface TableEdges {
  /** 0-based columns left out of the table, with the warning that says so. */
  helperColumns: Set<number>;
  /** 0-based index of the first footnote row, or the row count when there is none. */
  tableEnd: number;
  /** The footnote's text, one entry per row, top first. */
  notes: string[];
  problems: ImportProblem[];
}

interface Where {
  file: string;
  sheet: string;
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const filled = (cells: readonly string[], skip: ReadonlySet<number>): number[] =>
  cells.flatMap((c, i) => (!skip.has(i) && c.trim() !== '' ? [i] : []));

/**
 * Columns right of the table (past its first empty header cell) whose values are distinct short one-line
 * labels: a list of choices, not a column of the table. A column of the table has a header; an
 * unheaded one holding long or repeated texts stays with the rows (raw), as before.
 */
function helperColumns(
  where: Where,
  header: HeaderMatch,
  rows: readonly (readonly string[])[],
): [Set<number>, ImportProblem[]] {
  // The table runs from its first header cell to the first empty, unclaimed header cell.
  const claimed = new Set([...header.columns.values()].flat());
  let lastTableColumn = header.headerTexts.findIndex((t) => t !== '');
  while (lastTableColumn + 1 < header.headerTexts.length) {
    const next = lastTableColumn + 1;
    if ((header.headerTexts[next] ?? '') === '' && !claimed.has(next)) break;
    lastTableColumn = next;
  }
  // A drop-down's list often starts on the header row itself: its cell there is one of the labels.
  const values = new Map<number, { row: number; text: string }[]>();
  for (let r = header.row - 1; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    for (let c = lastTableColumn + 1; c < cells.length; c++) {
      const text = (cells[c] ?? '').trim();
      if (text !== '' && !claimed.has(c)) values.set(c, [...(values.get(c) ?? []), { row: r + 1, text }]);
    }
  }
  const helpers = new Set<number>();
  const problems: ImportProblem[] = [];
  for (const [c, cells] of values) {
    const texts = cells.map((v) => v.text);
    const labels = texts.every((t) => t.length <= HELPER_MAX_LENGTH && !t.includes('\n'));
    if (!labels || new Set(texts).size !== texts.length) continue;
    helpers.add(c);
    const letter = columnLetter(c);
    const first = cells[0]?.row ?? header.row;
    const last = cells[cells.length - 1]?.row ?? first;
    const sample = texts.slice(0, 4).join('、') + (texts.length > 4 ? '…' : '');
    problems.push(
      problem(
        { ...where, row: first, column: `#${letter}` },
        'warning',
        `第 ${letter} 列（第 ${first}–${last} 行：${sample}）在表格右侧且没有表头，是一组互不重复的短文本（多为数据有效性的下拉选项），不属于清单，已忽略`,
        `column ${letter} (rows ${first}-${last}: ${texts.slice(0, 4).join(', ')}${texts.length > 4 ? ', ...' : ''}) lies right of the table without a header and holds distinct short labels (most likely a data-validation list): not part of the list, left out`,
      ),
    );
  }
  return [helpers, problems];
}

/**
 * The footnote at the table's end: from the last row upward, rows that hold one text in one cell
 * at the table's left edge (a row merged across the width keeps its text in the first cell); the
 * block starts at the topmost of them that begins like a note. Rows below the note that hold one
 * text each (a note of several lines: "1.…", "2.…") belong to it.
 */
function trailingNote(
  header: HeaderMatch,
  rows: readonly (readonly string[])[],
  helpers: ReadonlySet<number>,
): { start: number; notes: string[] } | null {
  const firstColumn = header.headerTexts.findIndex((t) => t !== '');
  let start: number | null = null;
  for (let r = rows.length - 1; r >= header.row; r--) {
    const cells = rows[r] ?? [];
    const used = filled(cells, helpers);
    if (used.length === 0) continue;
    const texts = new Set(used.map((c) => (cells[c] ?? '').trim()));
    // A merged cell exported with its text repeated in every cell is still one text.
    if (texts.size !== 1 || (used[0] ?? 0) > Math.max(0, firstColumn)) break;
    if (NOTE_START.test([...texts][0] ?? '')) start = r;
  }
  if (start === null) return null;
  const notes = rows
    .slice(start)
    .map((cells) => [...new Set(filled(cells, helpers).map((c) => (cells[c] ?? '').trim()))].join(''))
    .filter((t) => t !== '');
  return { start, notes };
}

/** The sheet's table edges: helper columns first, so they do not hide a footnote row. */
export function tableEdges(where: Where, header: HeaderMatch, rows: readonly (readonly string[])[]): TableEdges {
  const [helpers, problems] = helperColumns(where, header, rows);
  const note = trailingNote(header, rows, helpers);
  if (note) {
    const first = note.start + 1;
    const text = note.notes.join('\n');
    const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
    problems.push(
      problem(
        { ...where, row: first, column: header.headerTexts.find((t) => t !== '') ?? '#A' },
        'warning',
        `第 ${first} 行起是表格末尾的附注（“${shown}”），不是事项：作为清单备注保存，其余各行照常导入`,
        `row ${first} onwards is a footnote at the end of the table ("${shown}"), not an item: kept as the list's remark, the other rows imported as usual`,
      ),
    );
  }
  return { helperColumns: helpers, tableEnd: note?.start ?? rows.length, notes: note?.notes ?? [], problems };
}

/** The list's remark: every sheet's footnote, in sheet order, or null when there is none. */
export function listRemarks(sheets: readonly SheetRecords[]): string | null {
  const notes = sheets.flatMap((s) => s.notes ?? []);
  return notes.length > 0 ? [...new Set(notes)].join('\n') : null;
}
