import { partitionedAnalysis } from '../features/analysis/partitions/partitioned-analysis';
import { overlapSheets } from '../features/analysis/findings/report-overlaps';
import { findingSheets, type ReportSheet } from '../features/analysis/findings/report-sheets';
import { writeCsv, writeXlsx } from '../features/analysis/findings/report-writer';
import { conformanceSheet } from '../features/catalog/report-conformance';
import { DEFAULT_ANALYSIS_CONFIG, loadConfig, type AnalysisConfig } from '../config';
import type { Database } from '../db/database';
import { lookupOrganizations } from '../importer/write/referenced-organizations';
import { normalizeName } from '../domain/text';
import { isIsoDate, today } from '../shared/dates';
import { openDatabase } from './database';
import { CliError, EXIT } from './exit-codes';

export interface ReportFlags {
  asOf?: string;
  format?: string;
  out: string;
  org?: string;
}

export const REPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportOptions {
  asOf: string;
  format: ReportFormat;
  out: string;
  org?: string;
  /** Overlap settings (ANALYSIS_*); the defaults when absent. */
  analysis?: AnalysisConfig;
}

export interface ReportResult {
  file: string;
  asOf: string;
  organization: string | null;
  sheets: { name: string; kind: string; count: number }[];
}

/** Checks the flags (usage errors exit 2) and fills the defaults: today, the format of --out. */
export function reportOptions(flags: ReportFlags): ReportOptions {
  const asOf = flags.asOf ?? today();
  if (!isIsoDate(asOf))
    throw new CliError(`--as-of 须为 ISO 日期，如 2026-12-01 / --as-of must be an ISO date: ${asOf}`, EXIT.usage);
  const format = flags.format ?? (flags.out.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx');
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) {
    throw new CliError(`--format 须为 xlsx 或 csv / --format must be xlsx or csv: ${format}`, EXIT.usage);
  }
  return { asOf, format: format as ReportFormat, out: flags.out, ...(flags.org !== undefined && { org: flags.org }) };
}

/** Computes every finding as of the date (for one organization with --org) and writes the report. */
export async function writeReport(db: Database, options: ReportOptions): Promise<ReportResult> {
  let organizationIds: string[] | null = null;
  if (options.org !== undefined) {
    const key = normalizeName(options.org);
    const found = (await lookupOrganizations(db, [key])).get(key);
    if (!found) throw new CliError(`找不到机构“${options.org}” / no organization named ${options.org}`, EXIT.usage);
    organizationIds = [found.id];
  }
  const analysis = options.analysis ?? DEFAULT_ANALYSIS_CONFIG;
  const findings = await partitionedAnalysis.findings(db, analysis, options.asOf, {
    kinds: null,
    severities: null,
    organizationIds,
    divisionCode: null,
  });
  const sheets: ReportSheet[] = [
    ...(await overlapSheets(db, analysis, options.asOf, organizationIds)),
    ...findingSheets(findings),
    await conformanceSheet(db, options.asOf, organizationIds),
  ];
  const title = `权责清单审查报告 / reviewer's report — 截至 as of ${options.asOf}${options.org ? ` — ${options.org}` : ''}`;
  if (options.format === 'xlsx') writeXlsx(options.out, sheets, title);
  else writeCsv(options.out, sheets);
  return {
    file: options.out,
    asOf: options.asOf,
    organization: options.org ?? null,
    sheets: sheets.map((s) => ({ name: s.name, kind: s.kind, count: s.rows.length })),
  };
}

/** `quanze report`: the reviewer's report (审查报告). */
export async function runReport(flags: ReportFlags): Promise<number> {
  const options = { ...reportOptions(flags), analysis: loadConfig().analysis };
  const connection = await openDatabase();
  try {
    const result = await writeReport(connection.db, options);
    const lines = [`已写入审查报告 / report written: ${result.file}（截至 as of ${result.asOf}）`];
    for (const s of result.sheets) lines.push(`  ${s.name} ${s.kind}: ${s.count}`);
    process.stdout.write(`${lines.join('\n')}\n`);
    return EXIT.ok;
  } finally {
    await connection.close();
  }
}
