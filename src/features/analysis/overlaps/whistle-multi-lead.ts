import { listEn, listZh } from '../shared/labels';
import { stableId } from '../shared/stable-id';
import { OVERLAP_ID_PREFIX, sortHolders } from './holders';
import { NO_IDS, overlapOf, type OverlapFacts, type OverlapModel, type OverlapWording } from './overlap.model';
import type { WhistleMultiLeadRow } from './overlap.rows';

/**
 * WHISTLE_MULTI_LEAD: a whistle matter with two or more distinct lead organizations (主责部门). Its
 * division is the one its leads share, or none when they belong to different divisions.
 */
export function whistleMultiLeadOverlap(row: WhistleMultiLeadRow, asOf: string): OverlapModel {
  const leads = sortHolders(row.leads);
  const organizationIds = leads.map((l) => l.id);
  const facts: OverlapFacts = {
    id: stableId(OVERLAP_ID_PREFIX, 'WHISTLE_MULTI_LEAD', [row.matterId, ...organizationIds]),
    kind: 'WHISTLE_MULTI_LEAD',
    category: null,
    divisionCode: new Set(leads.map((l) => l.divisionCode)).size === 1 ? (leads[0]?.divisionCode ?? null) : null,
    organizationIds,
    powerIds: [...row.powerIds].sort(),
    provisionId: null,
    enforcementItemIds: NO_IDS,
    whistleMatterIds: [row.matterId],
    involvedOrganizationIds: organizationIds,
    score: 1,
    asOf,
  };
  return overlapOf(facts, wordWhistleMultiLead, [row.matterName, leads.map((l) => l.name)]);
}

/** What a WHISTLE_MULTI_LEAD overlap keeps to word its explanation: the matter's name and its leads' names, in listing order. */
type WhistleMultiLeadSource = readonly [matterName: string, leadNames: readonly string[]];

/** The explanation of a WHISTLE_MULTI_LEAD overlap, with the leads in listing order. */
const wordWhistleMultiLead: OverlapWording<WhistleMultiLeadSource> = ({ asOf }, [matterName, names], language) =>
  language === 'zh'
    ? `吹哨事项「${matterName}」有${names.length}个主责部门：${listZh(names)}。主责不唯一，` +
      `吹哨后由谁报到、谁牵头处置不明确，建议明确一个主责部门，其余列为配合部门（${asOf}）。`
    : `The whistle matter "${matterName}" has ${names.length} lead departments: ${listEn(names)}. ` +
      `With no single lead, it is unclear who reports and who leads the response; name one lead and make the others cooperating (${asOf}).`;
