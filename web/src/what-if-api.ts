import { gql, GraphQLFailure } from './api';
import { currentLang } from './i18n';

/** One operation of a what-if plan, as the page builds it. 假设调整的一项操作。 */
export type WhatIfOperation =
  | { abolishOrganization: { organizationId: string; successorId?: string } }
  | { movePowers: { powerIds: string[]; fromId: string; toId: string } };

interface Named {
  id: string;
  name: string;
}
interface Issue {
  id: string;
  kind: string;
  severity?: string;
  explanation: string;
  explanationEn: string;
}

/** What reassignmentImpact returns, reduced to what the page shows. 调整影响。 */
export interface Impact {
  affectedPowers: (Named & { subName: string | null })[];
  affectedEnforcementItems: Named[];
  affectedWhistleMatters: Named[];
  affectedDutyItems: Named[];
  affectedLenientItems: { id: string; violation: string }[];
  overlapsCreated: Issue[];
  overlapsResolved: Issue[];
  findingsCreated: Issue[];
  findingsResolved: Issue[];
  respondentChanges: { power: Named & { subName: string | null }; before: Named | null; after: Named | null }[];
  /** Objects per kind, each once (a re-versioned whistle matter is one). */
  summary: { affected: { kind: string; count: number }[] };
}

const OVERLAP = 'id kind explanation explanationEn';
const FINDING = 'id kind severity explanation explanationEn';

const IMPACT = `query WhatIf($plan: ReassignmentPlanInput!) {
  reassignmentImpact(plan: $plan) {
    affectedPowers { id name subName }
    affectedEnforcementItems { id name }
    affectedWhistleMatters { id name }
    affectedDutyItems { id name }
    affectedLenientItems { id violation }
    overlapsCreated { ${OVERLAP} } overlapsResolved { ${OVERLAP} }
    findingsCreated { ${FINDING} } findingsResolved { ${FINDING} }
    respondentChanges { power { id name subName } before { id name } after { id name } }
    summary { affected { kind count } }
  }
}`;

/** Computes the impact of a plan; the service writes nothing (a query, never a mutation). 只读预览。 */
export async function previewImpact(effectiveDate: string, operations: WhatIfOperation[]): Promise<Impact> {
  return (await gql<{ reassignmentImpact: Impact }>(IMPACT, { plan: { effectiveDate, operations } })).reassignmentImpact;
}

/** How many objects the impact touches, each once (old and new versions of a row are one). 受影响对象数。 */
export function affectedCount(impact: Impact): number {
  return impact.summary.affected.reduce((sum, k) => sum + k.count, 0);
}

/** Every node id the impact touches (for highlighting). 受影响对象的标识。 */
export function affectedIds(impact: Impact): Set<string> {
  return new Set([
    ...impact.affectedPowers,
    ...impact.affectedEnforcementItems,
    ...impact.affectedWhistleMatters,
    ...impact.affectedDutyItems,
    ...impact.affectedLenientItems,
  ].map((n) => n.id));
}

const EXERCISERS = `query Exercisers($id: ID!, $asOf: Date) { node(id: $id) { ... on Power { exercisedBy(asOf: $asOf) { id name } } } }`;

/** The organizations exercising a power on a date (the `from` of a move). 行使机构。 */
export async function exercisers(powerId: string, asOf: string): Promise<Named[]> {
  const data = await gql<{ node: { exercisedBy?: Named[] } | null }>(EXERCISERS, { id: powerId, asOf });
  return data.node?.exercisedBy ?? [];
}

/** The service's message in the page's language: AppError messages read "中文 / English". */
export function errorText(error: unknown): { code: string | undefined; text: string } {
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof GraphQLFailure ? error.code : undefined;
  const split = message.indexOf(' / ');
  if (split < 0) return { code, text: message };
  return { code, text: currentLang() === 'zh' ? message.slice(0, split) : message.slice(split + 3) };
}

export const explanationOf = (issue: Issue): string => (currentLang() === 'zh' ? issue.explanation : issue.explanationEn);
