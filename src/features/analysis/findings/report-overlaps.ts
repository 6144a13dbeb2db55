import type { Database } from '../../../db/database';
import type { AnalysisConfig } from '../../../config';
import { OrganizationRepository } from '../../organization/organization.repository';
import { PowerRepository } from '../../power/power.repository';
import { OVERLAP_KIND_SPECS } from '../overlaps/overlap-kinds';
import { OVERLAP_KINDS, type OverlapModel } from '../overlaps/overlap.model';
import { partitionedAnalysis } from '../partitions/partitioned-analysis';
import { ENFORCEMENT_ROWS } from '../../enforcement/enforcement.repository';
import { readRows } from '../../list-rows/list-row-reader';
import { LawRepository } from '../../law/law.repository';
import { WHISTLE_ROWS } from '../../whistle/whistle.repository';
import { SUBJECT_LABELS, type ReportRow, type ReportSheet } from './report-sheets';

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
  const matterIds = [...new Set(overlaps.flatMap((o) => o.whistleMatterIds))];
  const itemIds = [...new Set(overlaps.flatMap((o) => o.enforcementItemIds))];
  const provisionIds = [...new Set(overlaps.flatMap((o) => (o.provisionId ? [o.provisionId] : [])))];
  const orgs = new Map((await new OrganizationRepository(db).findByIds(orgIds)).map((o) => [o.id, o.name]));
  const powers = new Map((await new PowerRepository(db).findByIds(powerIds)).map((p) => [p.id, p]));
  const matters = new Map((await readRows(db, WHISTLE_ROWS, matterIds, asOf)).map((m) => [m.id, m.name]));
  const items = new Map((await readRows(db, ENFORCEMENT_ROWS, itemIds, asOf)).map((i) => [i.id, i]));
  const laws = new LawRepository(db);
  const provisions = await laws.findProvisions(provisionIds);
  const lawNames = new Map((await laws.findDocuments([...new Set(provisions.map((p) => p.lawId))])).map((d) => [d.id, d.name]));
  const provisionText = new Map(provisions.map((p) => [p.id, `《${lawNames.get(p.lawId) ?? ''}》第${p.article}条`]));
  const itemText = (id: string): string => {
    const item = items.get(id);
    if (!item) return '执法事项（已不在该日期）';
    const to = item.toId ? orgs.get(item.toId) : undefined;
    return `执法事项：${item.name}${to ? ` → ${to}` : ''}（${item.rawMode}${item.decisionDocNo ? `，${item.decisionDocNo}` : ''}）`;
  };
  const subject = (o: OverlapModel): string =>
    o.kind === 'WHISTLE_MULTI_LEAD'
      ? o.whistleMatterIds.map((id) => matters.get(id) ?? '（吹哨事项）').join('；')
      : [...new Set(o.powerIds.map((id) => powers.get(id)?.name ?? '（权力事项）'))].join('；');
  const row = (o: OverlapModel, index: number): ReportRow => [
    index + 1,
    OVERLAP_KIND_SPECS[o.kind].label,
    o.kind,
    '',
    Number(o.score.toFixed(3)),
    subject(o),
    o.kind === 'WHISTLE_MULTI_LEAD' ? SUBJECT_LABELS['WhistleMatter']! : SUBJECT_LABELS['Power']!,
    o.organizationIds.map((id) => orgs.get(id) ?? '').join('、'),
    o.explanation,
    [
      ...o.powerIds.map((id) => {
        const p = powers.get(id);
        return p ? `权力：${p.name}（来源：${p.sourceFile ?? ''} 第${p.sourceRow ?? ''}行）` : '权力：（已不在该日期）';
      }),
      ...(o.provisionId ? [`条款：${provisionText.get(o.provisionId) ?? '（未找到）'}`] : []),
      ...o.enforcementItemIds.map(itemText),
      ...o.whistleMatterIds.map((id) => `吹哨事项：${matters.get(id) ?? '（已不在该日期）'}`),
    ].join('\n'),
    o.explanationEn,
    o.id,
  ];
  return OVERLAP_KINDS.map((kind) => ({
    name: `重叠-${OVERLAP_KIND_SPECS[kind].label}`,
    kind,
    rows: overlaps.filter((o) => o.kind === kind).map(row),
    rowOrganizations: overlaps.filter((o) => o.kind === kind).map((o) => o.organizationIds.map((id) => orgs.get(id) ?? '')),
  }));
}
