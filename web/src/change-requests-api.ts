import { authHeaders, gql } from './api';
import type { Impact } from './what-if-api';

/** A change request as the review panel shows it. 变更申请（审核面板所需字段）。 */
export interface ChangeRequestView {
  id: string;
  title: string;
  reason: string;
  state: string;
  proposer: string;
  effectiveDate: string;
  dueOn: string | null;
  overdue: boolean;
  legalCleared: boolean;
  legalBasisDocNo: string | null;
  legalBasisDocument: string | null;
  checks: { errorCount: number; warningCount: number; affectedRows: number; findingsCreated: { kind: string; severity: string; explanation: string; explanationEn: string }[] } | null;
  override: string | null;
  overrideBy: string | null;
  history: { action: string; to: string; actor: string; at: string; comment: string | null }[];
  publishedVersion: number | null;
}

const FIELDS = `id title reason state proposer effectiveDate dueOn overdue legalCleared
  legalBasisDocNo legalBasisDocument publishedVersion`;
const REVIEW = `checks { errorCount warningCount affectedRows findingsCreated { kind severity explanation explanationEn } }
  override overrideBy history { action to actor at comment }`;

/** The caller's requests: every one for roles, published ones for anonymous readers (review fields left out). */
export async function listRequests(withReview: boolean): Promise<ChangeRequestView[]> {
  const query = `{ changeRequests(first: 50) { ${FIELDS} ${withReview ? REVIEW : ''} } }`;
  return (await gql<{ changeRequests: ChangeRequestView[] }>(query)).changeRequests;
}

export async function loadRequest(id: string, withReview: boolean): Promise<ChangeRequestView | null> {
  const query = `query($id: ID!) { changeRequest(id: $id) { ${FIELDS} ${withReview ? REVIEW : ''} } }`;
  return (await gql<{ changeRequest: ChangeRequestView | null }>(query, { id })).changeRequest;
}

/** A new draft (the proposer's token): a plan of the page's what-if operations. 新建变更申请草稿。 */
export async function createRequest(input: {
  title: string;
  reason: string;
  legalBasisDocNo: string;
  plan: { effectiveDate: string; operations: unknown[] };
}): Promise<{ id: string }> {
  const query = `mutation($input: ChangeRequestInput!) { createChangeRequest(input: $input) { id } }`;
  return (await gql<{ createChangeRequest: { id: string } }>(query, { input })).createChangeRequest;
}

export async function transition(id: string, action: string, comment: string, override: string): Promise<ChangeRequestView> {
  const query = `mutation($id: ID!, $action: ChangeRequestAction!, $comment: String, $override: String) {
    transitionChangeRequest(id: $id, action: $action, comment: $comment, override: $override) { ${FIELDS} ${REVIEW} }
  }`;
  const variables = { id, action, comment: comment.trim() || null, override: override.trim() || null };
  return (await gql<{ transitionChangeRequest: ChangeRequestView }>(query, variables)).transitionChangeRequest;
}

const WHAT_IF = `query($id: ID!) { changeRequest(id: $id) { whatIf {
  affectedPowers { id name subName } affectedEnforcementItems { id name } affectedWhistleMatters { id name }
  affectedDutyItems { id name } affectedLenientItems { id violation }
  overlapsCreated { id kind explanation explanationEn } overlapsResolved { id kind explanation explanationEn }
  findingsCreated { id kind severity explanation explanationEn } findingsResolved { id kind severity explanation explanationEn }
  respondentChanges { power { id name subName } before { id name } after { id name } }
  summary { affected { kind count } }
} } }`;

/** The request's "as if approved" view: its plan's impact on today's graph (nothing is written). */
export async function whatIfOf(id: string): Promise<Impact> {
  return (await gql<{ changeRequest: { whatIf: Impact } }>(WHAT_IF, { id })).changeRequest.whatIf;
}

/** One event of GET /change-requests/feed. */
export interface FeedEvent {
  type: 'state' | 'published';
  id: string;
  state: string;
}

/**
 * Listens to the change feed (server-sent events) as the current caller; fetch rather than
 * EventSource, which cannot send the token. Returns a function that stops listening.
 */
export function listenToFeed(onEvent: (event: FeedEvent) => void): () => void {
  const controller = new AbortController();
  void (async () => {
    const response = await fetch('/change-requests/feed', { headers: authHeaders(), signal: controller.signal });
    if (!response.ok || !response.body) return;
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) return;
      buffer += decoder.decode(chunk.value, { stream: true });
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const data = /^data: (.*)$/m.exec(buffer.slice(0, end))?.[1];
        buffer = buffer.slice(end + 2);
        if (data) onEvent(JSON.parse(data) as FeedEvent);
        end = buffer.indexOf('\n\n');
      }
    }
  })().catch(() => undefined);
  return () => controller.abort();
}
