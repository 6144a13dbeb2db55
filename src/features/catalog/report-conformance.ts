/**
 * The conformance sheet of `quanze report` (issue 17 §1): every row of catalogConformance, with the
 * report's columns, so the XLSX has it as one more sheet and the CSV as more rows.
 * 审查报告中的“指导目录对照”工作表。
 */
import type { Database } from '../../db/database';
import type { ReportRow, ReportSheet } from '../analysis/findings/report-sheets';
import { CATALOG_LEVEL_LABELS, type CatalogLevel } from '../../domain/catalog';
import type { ConformanceRowModel, ConformanceStatus } from './catalog.model';
import { CatalogService } from './catalog.service';

export const CONFORMANCE_LABELS: Readonly<Record<ConformanceStatus, string>> = {
  MATCHED: '相符',
  DEVIATING: '不一致',
  MISSING: '缺少',
  EXTRA: '目录外',
  LEVEL_MISMATCH: '层级不符',
};
const METHOD_LABELS: Readonly<Record<string, string>> = { CODE: '编码相同', NAME: '名称与子项相同', SIMILARITY: '名称相似' };
const levelZh = (level: string): string =>
  level
    .split('、')
    .map((l) => CATALOG_LEVEL_LABELS[l as CatalogLevel] ?? l)
    .join('、');

function describe(r: ConformanceRowModel): [string, string] {
  if (r.explanation !== null) return [r.explanation, r.explanationEn ?? ''];
  const method = METHOD_LABELS[r.method ?? ''] ?? '';
  return [
    `“${r.powerName ?? ''}”与指导目录“${r.catalog}”的“${r.itemName ?? ''}”相符（${method}）。`,
    `"${r.powerName ?? ''}" matches "${r.itemName ?? ''}" of the guiding catalog "${r.catalog}" (${r.method ?? ''}).`,
  ];
}

/** The sheet for some organizations (--org) or every governed one, as of a date. */
export async function conformanceSheet(db: Database, asOf: string, organizationIds: readonly string[] | null): Promise<ReportSheet> {
  const service = new CatalogService(db);
  const conformance = organizationIds === null ? await service.ofAll(asOf) : await service.conformance(organizationIds, asOf);
  const rows = conformance.rows.map((r, index): ReportRow => {
    const [zh, en] = describe(r);
    return [
      index + 1,
      CONFORMANCE_LABELS[r.status],
      `CATALOG_${r.status}`,
      '',
      r.score ?? '',
      r.powerName ?? r.itemName ?? '',
      r.powerName !== null ? '权力事项' : '指导目录事项',
      r.organizationName,
      zh,
      [`指导目录：${r.catalog}（${levelZh(r.level)}）`, ...(r.itemName !== null ? [`目录事项：${r.itemName}`] : [])].join('\n'),
      en,
      [r.powerId, r.itemId].filter((id) => id !== null).join(' '),
    ];
  });
  return {
    name: '指导目录对照',
    kind: 'CATALOG_CONFORMANCE',
    rows,
    // Not counted in the summary per organization: its problems are rows of the finding sheets already.
    rowOrganizations: [],
  };
}
