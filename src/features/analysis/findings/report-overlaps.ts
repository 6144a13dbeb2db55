import type { Database } from '../../../db/database';
import type { AnalysisConfig } from '../../../config';
import { OrganizationRepository } from '../../organization/organization.repository';
import { PowerRepository } from '../../power/power.repository';
import { OVERLAP_KIND_SPECS } from '../overlaps/overlap-kinds';
import { OVERLAP_KINDS, type OverlapModel } from '../overlaps/overlap.model';
import { partitionedAnalysis } from '../partitions/partitioned-analysis';
import type { ReportRow, ReportSheet } from './report-sheets';

/**
 * The overlap sheets of the report, through the overlaps feature's own service (issue 5's
 * definitions live there), with organization and power names for the cells: two look-ups in all.
 * 报告中的重叠工作表。
 */
export async function overlapSheets(
  db: Database,
  analysis: AnalysisConfig,
  asOf: string,
  organizationIds: readonly string[] | null,
): Promise<ReportSheet[]> {
  const overlaps = await partitionedAnalysis.overlaps(db, analysis, asOf, {
    kinds: OVERLAP_KINDS,
    organizationIds,
    divisionCode: null,
    categories: null,
  });
  const orgIds = [...new Set(overlaps.flatMap((o) => o.involvedOrganizationIds))];
  const powerIds = [...new Set(overlaps.flatMap((o) => o.powerIds))];
  const orgs = new Map((await new OrganizationRepository(db).findByIds(orgIds)).map((o) => [o.id, o.name]));
  const powers = new Map((await new PowerRepository(db).findByIds(powerIds)).map((p) => [p.id, p]));
  const row = (o: OverlapModel, index: number): ReportRow => [
    index + 1,
    OVERLAP_KIND_SPECS[o.kind].label,
    o.kind,
    o.score.toFixed(3),
    [...new Set(o.powerIds.map((id) => powers.get(id)?.name ?? id))].join('；') ||
      `${o.whistleMatterIds.length} 个吹哨事项`,
    '重叠',
    o.organizationIds.map((id) => orgs.get(id) ?? id).join('、'),
    o.explanation,
    [
      ...o.powerIds.map((id) => {
        const p = powers.get(id);
        return p ? `权力：${p.name}（来源：${p.sourceFile ?? ''} 第${p.sourceRow ?? ''}行）` : `权力：${id}`;
      }),
      ...(o.provisionId ? [`条款：${o.provisionId}`] : []),
      ...o.enforcementItemIds.map((id) => `执法事项：${id}`),
      ...o.whistleMatterIds.map((id) => `吹哨事项：${id}`),
    ].join('\n'),
    o.explanationEn,
    o.id,
  ];
  return OVERLAP_KINDS.map((kind) => ({
    name: `重叠-${OVERLAP_KIND_SPECS[kind].label}`,
    kind,
    rows: overlaps.filter((o) => o.kind === kind).map(row),
  }));
}
