import type { Database } from '../db/database';
import { normalizeName } from '../domain/text';
import { exportSheets, powersOfOrganization, writeExportXlsx } from '../features/list-export/powers-export';
import { lookupOrganizations } from '../importer/write/referenced-organizations';
import { isIsoDate, today } from '../shared/dates';
import { openDatabase } from './database';
import { CliError, EXIT } from './exit-codes';

export interface ExportFlags {
  org: string;
  asOf?: string;
  out: string;
}

export interface ExportResult {
  file: string;
  organization: string;
  asOf: string;
  rows: number;
}

const usage = (zh: string, en: string) => new CliError(`${zh} / ${en}`, EXIT.usage);

/** Writes the organization's power list as of the date in the standard layout (issue 19). */
export async function exportPowers(db: Database, flags: ExportFlags): Promise<ExportResult> {
  const asOf = flags.asOf ?? today();
  if (!isIsoDate(asOf)) {
    throw usage(`--as-of 须为 ISO 8601 日期，如 2024-01-01：${asOf}`, `--as-of must be an ISO 8601 date such as 2024-01-01: ${asOf}`);
  }
  if (!flags.out.toLowerCase().endsWith('.xlsx')) {
    throw usage(`--out 须为 .xlsx 文件：${flags.out}`, `--out must be an .xlsx file: ${flags.out}`);
  }
  const key = normalizeName(flags.org);
  const found = (await lookupOrganizations(db, [key])).get(key);
  if (!found) throw usage(`--org：找不到机构“${flags.org}”`, `--org: no organization named ${flags.org}`);
  const rows = await powersOfOrganization(db, found.id, asOf);
  writeExportXlsx(flags.out, exportSheets(found.name, rows));
  return { file: flags.out, organization: found.name, asOf, rows: rows.length };
}

/** `quanze export powers --org NAME [--as-of D] --out FILE.xlsx`. */
export async function runExport(kind: string, flags: ExportFlags): Promise<number> {
  if (kind !== 'powers') throw usage(`只能导出 powers（权责清单）：${kind}`, `only powers can be exported: ${kind}`);
  const connection = await openDatabase();
  try {
    const result = await exportPowers(connection.db, flags);
    process.stdout.write(
      `已导出权责清单 / power list exported: ${result.file}（${result.organization}，截至 as of ${result.asOf}，${result.rows} 行 rows）\n`,
    );
    return EXIT.ok;
  } finally {
    await connection.close();
  }
}
