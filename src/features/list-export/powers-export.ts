import { writeFileSync } from 'node:fs';

import * as XLSX from '@e965/xlsx';
import { z } from 'zod';

import { cypher } from '../../db/cypher-registry';
import type { Database } from '../../db/database';
import { decodeRows, ids, maybeNumber, maybeText, text } from '../../db/decode';
import { POWER_CATEGORY_LABELS, type PowerCategory } from '../../domain/categories';
import { neutraliseFormula } from '../../shared/formula-safe';
import { columnWidths } from '../analysis/findings/report-writer';

const POWERS_OF_ORGANIZATION = cypher('list-export/powers-of-organization');

const EXPORTED_ROW = z.object({
  id: text,
  seqNo: z.union([text, maybeNumber]),
  name: text,
  subName: maybeText,
  category: text,
  rawCategory: maybeText,
  code: maybeText,
  basisText: maybeText,
  responsibilityBasisText: maybeText,
  levelLabel: maybeText,
  scope: maybeText,
  departmentDuty: maybeText,
  remarks: maybeText,
  accountability: ids,
  sourceSheet: maybeText,
  exercisedBy: text,
  parentId: maybeText,
  units: ids,
  responsibilities: z.array(z.object({ stage: maybeText, text: text })),
});

/** One row of an organization's power list as of a date, as the export writes it. */
export type ExportedPowerRow = z.infer<typeof EXPORTED_ROW>;

/** The rows the organization exercises on `asOf`, in the order of the list they came from. */
export async function powersOfOrganization(db: Database, organizationId: string, asOf: string): Promise<ExportedPowerRow[]> {
  const rows = await db.read('listExport.powers', POWERS_OF_ORGANIZATION, { organizationId, asOf });
  return decodeRows(POWERS_OF_ORGANIZATION, rows, EXPORTED_ROW);
}

type Cell = string | number;

/**
 * The standard 15 columns of a 权责清单 (../shared/spec/IMPORT.md §1), Chinese headers the importer
 * reads; 实施层级及权限 spans two cells (the level, then the scope), as lists write it; 所属行政区划
 * is left to the organization. 标准十五列。
 */
const COLUMNS: readonly [string, (r: ExportedPowerRow) => string][] = [
  ['序号', (r) => (r.seqNo === null ? '' : String(r.seqNo))],
  ['事项名称', (r) => r.name],
  ['子项名称', (r) => r.subName ?? ''],
  ['权力类型', (r) => r.rawCategory || (POWER_CATEGORY_LABELS[r.category as PowerCategory] ?? r.category)],
  ['事项编码', (r) => r.code ?? ''],
  ['实施依据', (r) => r.basisText ?? ''],
  ['行使主体', (r) => r.exercisedBy],
  ['承办机构', (r) => r.units.join('、')],
  ['实施层级及权限', (r) => r.levelLabel ?? ''],
  // The header spans two columns, as lists write it: the level, then the scope (权限) as written.
  ['实施层级及权限', (r) => r.scope ?? ''],
  ['部门职责', (r) => r.departmentDuty ?? ''],
  ['责任事项', (r) => numbered(r.responsibilities.map((x) => (x.stage ? `${x.stage}责任：${x.text}` : x.text)))],
  ['责任事项依据', (r) => r.responsibilityBasisText ?? ''],
  ['追责对象范围', () => ''],
  ['追责情形', (r) => numbered(r.accountability)],
  ['备注', (r) => r.remarks ?? ''],
];

export const EXPORT_HEADERS: readonly string[] = COLUMNS.map(([header]) => header);

/** "1.受理责任：…\n2.审查责任：…", as lists number the items of a cell (one item is written as it is). */
function numbered(items: readonly string[]): string {
  return items.length === 1 ? (items[0] ?? '') : items.map((item, i) => `${i + 1}.${item}`).join('\n');
}

const SHEET_NAME_LIMIT = 31;

/**
 * One sheet per sheet the rows came from (a list that keeps one category per sheet keeps it, and
 * 序号 that restart on each sheet stay apart), rows a plan added on a sheet of their own; each
 * sheet opens with the list's title row, then the headers.
 */
export function exportSheets(organizationName: string, rows: readonly ExportedPowerRow[]): { name: string; rows: Cell[][] }[] {
  const bySheet = new Map<string, ExportedPowerRow[]>();
  for (const row of rows) {
    const name = (row.sourceSheet ?? '权责清单').slice(0, SHEET_NAME_LIMIT);
    bySheet.set(name, [...(bySheet.get(name) ?? []), row]);
  }
  if (bySheet.size === 0) bySheet.set('权责清单', []);
  return [...bySheet.entries()].map(([name, list]) => ({
    name,
    rows: [
      [neutraliseFormula(`${organizationName}权责清单`)],
      [...EXPORT_HEADERS],
      ...list.map((r) => COLUMNS.map(([, value]) => neutraliseFormula(value(r)))),
    ],
  }));
}

export function writeExportXlsx(file: string, sheets: readonly { name: string; rows: Cell[][] }[]): void {
  const book = XLSX.utils.book_new();
  for (const sheet of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(sheet.rows);
    ws['!cols'] = columnWidths(sheet.rows.slice(1));
    XLSX.utils.book_append_sheet(book, ws, sheet.name);
  }
  writeFileSync(file, XLSX.write(book, { bookType: 'xlsx', type: 'buffer', compression: true }) as Buffer);
}
