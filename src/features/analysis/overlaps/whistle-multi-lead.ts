import { listEn, listZh } from '../shared/labels';
import { stableId } from '../shared/stable-id';
import { OVERLAP_ID_PREFIX, sortHolders } from './holders';
import type { OverlapModel } from './overlap.model';
import type { WhistleMultiLeadRow } from './overlap.rows';

/**
 * WHISTLE_MULTI_LEAD: a whistle matter with two or more distinct lead organizations (主责部门). Its
 * division is the one its leads share, or none when they belong to different divisions.
 */
export function whistleMultiLeadOverlap(row: WhistleMultiLeadRow, asOf: string): OverlapModel {
  const leads = sortHolders(row.leads);
  const names = leads.map((l) => l.name);
  return {
    id: stableId(OVERLAP_ID_PREFIX, 'WHISTLE_MULTI_LEAD', [row.matterId, ...leads.map((l) => l.id)]),
    kind: 'WHISTLE_MULTI_LEAD',
    category: null,
    divisionCode: new Set(leads.map((l) => l.divisionCode)).size === 1 ? (leads[0]?.divisionCode ?? null) : null,
    organizationIds: leads.map((l) => l.id),
    powerIds: [...row.powerIds].sort(),
    provisionId: null,
    enforcementItemIds: [],
    whistleMatterIds: [row.matterId],
    involvedOrganizationIds: leads.map((l) => l.id),
    score: 1,
    explanation:
      `吹哨事项「${row.matterName}」有${leads.length}个主责部门：${listZh(names)}。主责不唯一，` +
      `吹哨后由谁报到、谁牵头处置不明确，建议明确一个主责部门，其余列为配合部门（${asOf}）。`,
    explanationEn:
      `The whistle matter "${row.matterName}" has ${leads.length} lead departments: ${listEn(names)}. ` +
      `With no single lead, it is unclear who reports and who leads the response; name one lead and make the others cooperating (${asOf}).`,
    asOf,
  };
}
