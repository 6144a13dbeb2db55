import { loadConfig } from '../config';
import type { Database } from '../db/database';
import { normalizeName } from '../domain/text';
import { diffSheets, writeDiffCsv, writeDiffXlsx } from '../features/list-diff/diff-sheets';
import { ListDiffRepository } from '../features/list-diff/list-diff.repository';
import { ListDiffService } from '../features/list-diff/list-diff.service';
import { ChangeSetRepository } from '../features/reassignment/change-set.repository';
import { lookupOrganizations } from '../importer/write/referenced-organizations';
import { isIsoDate } from '../shared/dates';
import { openDatabase } from './database';
import { CliError, EXIT } from './exit-codes';

export interface DiffFlags {
  org: string;
  from: string;
  to: string;
  format?: string;
  out: string;
}

export interface DiffOptions {
  org: string;
  from: string;
  to: string;
  format: 'xlsx' | 'csv';
  out: string;
  /** Renamed: names at least this similar (ANALYSIS_SIMILARITY). */
  similarity: number;
}

const usage = (zh: string, en: string) => new CliError(`${zh} / ${en}`, EXIT.usage);

/** Checks the flags (usage errors exit 2, naming the flag and why) and fills the format from --out. */
export function diffOptions(flags: DiffFlags, similarity: number): DiffOptions {
  for (const flag of ['from', 'to'] as const) {
    if (!isIsoDate(flags[flag])) {
      throw usage(
        `--${flag} 须为 ISO 8601 日期，如 2024-01-01：${flags[flag]}`,
        `--${flag} must be an ISO 8601 date such as 2024-01-01: ${flags[flag]}`,
      );
    }
  }
  if (flags.from > flags.to) {
    throw usage(
      `--from ${flags.from} 晚于 --to ${flags.to}：起始日期不能晚于结束日期`,
      `--from ${flags.from} is after --to ${flags.to}: the start must not be after the end`,
    );
  }
  const format = flags.format ?? (flags.out.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx');
  if (format !== 'xlsx' && format !== 'csv')
    throw usage(`--format 须为 xlsx 或 csv：${format}`, `--format must be xlsx or csv: ${format}`);
  return { org: flags.org, from: flags.from, to: flags.to, format, out: flags.out, similarity };
}

export interface DiffResult {
  file: string;
  organization: string;
  sheets: { name: string; kind: string; count: number }[];
}

/** Compares the organization's list on the two days and writes one sheet per kind of change. */
export async function writeDiff(db: Database, options: DiffOptions): Promise<DiffResult> {
  const key = normalizeName(options.org);
  const found = (await lookupOrganizations(db, [key])).get(key);
  if (!found) throw usage(`--org：找不到机构“${options.org}”`, `--org: no organization named ${options.org}`);
  const service = new ListDiffService(new ListDiffRepository(db), options.similarity);
  const diff = await service.listDiff({ id: found.id, name: found.name }, options.from, options.to);
  const ids = [...new Set(diff.changes.flatMap((c) => (c.changeSetId ? [c.changeSetId] : [])))];
  const changeSets = new Map((await new ChangeSetRepository(db).findByIds(ids)).map((c) => [c.id, c]));
  const sheets = diffSheets(diff, changeSets);
  if (options.format === 'xlsx') writeDiffXlsx(options.out, diff, sheets);
  else writeDiffCsv(options.out, sheets);
  return {
    file: options.out,
    organization: found.name,
    sheets: sheets.map((s) => ({ name: s.name, kind: s.kind, count: s.rows.length - 1 })),
  };
}

/** `quanze diff --org NAME --from D1 --to D2 --out FILE`: what changed in the list (版本比对). */
export async function runDiff(flags: DiffFlags): Promise<number> {
  const options = diffOptions(flags, loadConfig().analysis.similarity);
  const connection = await openDatabase();
  try {
    const result = await writeDiff(connection.db, options);
    const lines = [
      `已写入版本比对 / list diff written: ${result.file}（${result.organization}，${options.from} → ${options.to}）`,
    ];
    for (const s of result.sheets) lines.push(`  ${s.name} ${s.kind}: ${s.count}`);
    process.stdout.write(`${lines.join('\n')}\n`);
    return EXIT.ok;
  } finally {
    await connection.close();
  }
}
