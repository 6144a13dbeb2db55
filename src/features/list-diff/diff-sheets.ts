/**
 * A list diff as spreadsheet rows: one sheet per kind of change, Chinese headers (quanze diff).
 * 版本比对导出：每类变化一个工作表，中文表头。
 */
import { writeFileSync } from 'node:fs';

import * as XLSX from '@e965/xlsx';

import { POWER_CATEGORY_LABELS, type PowerCategory } from '../../domain/categories';
import { neutraliseFormula } from '../../shared/formula-safe';
import { columnWidths } from '../analysis/findings/report-writer';
import type { ChangeSetModel } from '../reassignment/reassignment.model';
import { CHANGE_KINDS, type ListDiffModel, type PowerChangeKind, type PowerChangeModel } from './list-diff.model';

/** Sheet names (≤ 31 characters). */
export const KIND_SHEETS: Readonly<Record<PowerChangeKind, string>> = {
  ADDED: '新增',
  REMOVED: '取消',
  RENAMED: '更名',
  RETYPED: '类别调整',
  BASIS_CHANGED: '依据变化',
  RESPONSIBILITY_CHANGED: '责任事项变化',
};

type Cell = string | number;
type Column = [header: string, value: (c: PowerChangeModel, cs: ChangeSetModel | undefined) => Cell];

const category = (c: string | undefined): string => (c ? (POWER_CATEGORY_LABELS[c as PowerCategory] ?? c) : '');
const item = (r: PowerChangeModel['before']): string => (r ? (r.subName ? `${r.name}（${r.subName}）` : r.name) : '');
const lines = (texts: readonly string[]): string => texts.join('\n');
const CHANGE_SET_KIND: Record<string, string> = { IMPORT: '导入', REASSIGNMENT: '调整', REVERT: '撤销调整' };

const HEAD: Column[] = [
  ['事项名称', (c) => c.name],
  ['生效日期', (c) => c.date],
];
const TAIL: Column[] = [
  ['变更方式', (_c, cs) => (cs ? (CHANGE_SET_KIND[cs.kind] ?? cs.kind) : '')],
  ['变更原因', (_c, cs) => cs?.reason ?? ''],
  ['变更记录序号', (_c, cs) => cs?.seq ?? ''],
  ['变更记录标识', (c) => c.changeSetId ?? ''],
];
const COLUMNS: Readonly<Record<PowerChangeKind, Column[]>> = {
  ADDED: [['权力类型', (c) => category(c.after?.category)]],
  REMOVED: [['权力类型', (c) => category(c.before?.category)]],
  RENAMED: [
    ['原名称', (c) => item(c.before)],
    ['新名称', (c) => item(c.after)],
    ['相似度', (c) => c.similarity ?? ''],
  ],
  RETYPED: [
    ['原权力类型', (c) => category(c.before?.category)],
    ['新权力类型', (c) => category(c.after?.category)],
  ],
  BASIS_CHANGED: [
    ['新增依据', (c) => lines(c.citationsAdded)],
    ['删除依据', (c) => lines(c.citationsRemoved)],
    ['法律版本变化', (c) => lines(c.versionsChanged)],
  ],
  RESPONSIBILITY_CHANGED: [
    ['新增责任事项', (c) => lines(c.responsibilitiesAdded)],
    ['删除责任事项', (c) => lines(c.responsibilitiesRemoved)],
  ],
};

export interface DiffSheet {
  kind: PowerChangeKind;
  name: string;
  rows: Cell[][];
}

/** The header row and rows of each kind's sheet, every kind present (an empty sheet says "none"). */
export function diffSheets(diff: ListDiffModel, changeSets: ReadonlyMap<string, ChangeSetModel>): DiffSheet[] {
  return CHANGE_KINDS.map((kind) => {
    const columns = [['序号', () => 0] as Column, ...HEAD, ...COLUMNS[kind], ...TAIL];
    const changes = diff.changes.filter((c) => c.kind === kind);
    const rows = changes.map((c, i) => {
      const cs = c.changeSetId ? changeSets.get(c.changeSetId) : undefined;
      return columns.map(([, value], col) => (col === 0 ? i + 1 : neutraliseFormula(value(c, cs))));
    });
    return { kind, name: KIND_SHEETS[kind], rows: [columns.map(([header]) => header), ...rows] };
  });
}

/** 汇总 first (the organization, the days, a count per kind), then one sheet per kind. */
export function writeDiffXlsx(file: string, diff: ListDiffModel, sheets: readonly DiffSheet[]): void {
  const book = XLSX.utils.book_new();
  const summary: Cell[][] = [
    [neutraliseFormula(`${diff.organizationName} 权责清单版本比对 / list diff：${diff.from} → ${diff.to}`)],
    [],
    ['变化类别', '类别代码', '数量'],
    ...sheets.map((s) => [s.name, s.kind, s.rows.length - 1]),
  ];
  const first = XLSX.utils.aoa_to_sheet(summary);
  first['!cols'] = columnWidths(summary.slice(2));
  XLSX.utils.book_append_sheet(book, first, '汇总');
  for (const sheet of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(sheet.rows);
    ws['!cols'] = columnWidths(sheet.rows);
    XLSX.utils.book_append_sheet(book, ws, sheet.name);
  }
  writeFileSync(file, XLSX.write(book, { bookType: 'xlsx', type: 'buffer', compression: true }) as Buffer);
}

const quote = (value: Cell): string => {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** CSV: one file, a 变化类别 column first, each kind's own columns after it (UTF-8 with a BOM). */
export function writeDiffCsv(file: string, sheets: readonly DiffSheet[]): void {
  const out: string[] = [];
  for (const sheet of sheets) {
    const [header, ...rows] = sheet.rows;
    out.push(['变化类别', ...(header ?? [])].map(quote).join(','));
    for (const row of rows) out.push([sheet.name, ...row].map(quote).join(','));
  }
  writeFileSync(file, `\uFEFF${out.join('\r\n')}\r\n`, 'utf8');
}
