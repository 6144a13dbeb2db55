import { DEFAULT_ANALYSIS_CONFIG } from '../../src/config';
import { ChangeFeed } from '../../src/features/change-request/change-feed';
import { ChangeRequestService } from '../../src/features/change-request/change-request.service';
import { overdueRequests } from '../../src/features/change-request/overdue';
import { startTestApp, uniquePrefix, type TestApp } from '../support/app';
import { CR_FIELDS, CR_SECRET, Desk, move, type RequestView } from '../support/change-requests';
import { ReassignmentWorld } from '../support/reassignment-builders';

/**
 * Publication (issue 19): who sees what before and after, the "as if approved" view, deadlines
 * with a fixed clock, and the change feed. 发布、可见性、期限（固定时钟）与变更动态。
 */

jest.setTimeout(300_000);

let app: TestApp;
let desk: Desk;

beforeAll(async () => {
  // Three working days to accept a submitted request; the other stages keep the default 20.
  app = await startTestApp({ AUTH_JWT_SECRET: CR_SECRET, CHANGE_REQUEST_STAGE_DAYS: 'SUBMITTED=3' });
  desk = new Desk(app);
});
afterAll(async () => {
  await app.close();
});

const world = (): Promise<ReassignmentWorld> =>
  new ReassignmentWorld(app, uniquePrefix('cp')).build({
    orgs: { a: { name: '甲局' }, b: { name: '乙局' } },
    powers: { p: { name: '某处罚', exercisedBy: ['a'] } },
  });

const ONE = `query($id: ID!) { changeRequest(id: $id) { ${CR_FIELDS} } }`;
const LIST = `query($state: ChangeRequestState, $role: String, $overdue: Boolean, $asOf: Date) {
  changeRequests(state: $state, role: $role, overdue: $overdue, asOf: $asOf, first: 500) { id state }
}`;
const EXERCISED = `query($id: ID!, $asOf: Date) { node(id: $id) { ... on Power { exercisedBy(asOf: $asOf) { id } } } }`;
const WHAT_IF = `query($id: ID!) { changeRequest(id: $id) { whatIf { affectedPowers { id } respondentChanges { before { id } after { id } } } } }`;

const ids = async (role: Parameters<Desk['as']>[0], variables: Record<string, unknown> = {}): Promise<string[]> =>
  ((await desk.as<{ changeRequests: { id: string }[] }>(role, LIST, variables)).data?.changeRequests ?? []).map((r) => r.id);
const exercisers = async (w: ReassignmentWorld): Promise<string[]> =>
  (await desk.as<{ node: { exercisedBy: { id: string }[] } }>(null, EXERCISED, { id: w.gid('p:p'), asOf: '2025-07-01' })).data!.node.exercisedBy.map(
    (o) => o.id,
  );

describe('publication', () => {
  it('anonymous readers see only the published state; roles see drafts and the "as if approved" view', async () => {
    const w = await world();
    const request = await desk.draft(w, '移交某处罚', [move(w, 'p', 'a', 'b')]);
    await desk.drive(request.id, ['SUBMIT', 'ACCEPT', 'CLEAR', 'APPROVE']);

    // Before publication: anonymous readers (and a viewer) see neither the request nor its effect.
    expect((await desk.as<{ changeRequest: null }>(null, ONE, { id: request.id })).data!.changeRequest).toBeNull();
    expect(await ids(null)).not.toContain(request.id);
    expect(await ids('viewer', { state: 'APPROVED' })).toEqual([]);
    expect(await exercisers(w)).toEqual([w.gid('a')]);
    const anonymousWhatIf = await desk.as(null, WHAT_IF, { id: request.id });
    expect(anonymousWhatIf.data).toEqual({ changeRequest: null });
    // Roles see it, and what it would change.
    expect(await ids('proposer', { state: 'APPROVED' })).toContain(request.id);
    const whatIf = await desk.as<{ changeRequest: { whatIf: { affectedPowers: { id: string }[]; respondentChanges: unknown[] } } }>(
      'approver',
      WHAT_IF,
      { id: request.id },
    );
    expect(whatIf.data!.changeRequest.whatIf.affectedPowers).toEqual([{ id: w.gid('p:p') }]);
    expect(whatIf.data!.changeRequest.whatIf.respondentChanges).toEqual([{ before: { id: w.gid('a') }, after: { id: w.gid('b') } }]);
    expect(await exercisers(w)).toEqual([w.gid('a')]);

    const published = await desk.drive(request.id, ['PUBLISH']);
    // After: everyone sees the request, its list version and its effect; its review stays for roles.
    const seen = (await desk.as<{ changeRequest: RequestView }>(null, ONE, { id: request.id })).data!.changeRequest;
    expect(seen).toMatchObject({ state: 'PUBLISHED', publishedVersion: published.publishedVersion });
    expect(seen.publishedVersion).toBeGreaterThan(0);
    expect(await ids(null)).toContain(request.id);
    expect(await exercisers(w)).toEqual([w.gid('b')]);
    const checks = await desk.as(null, `query($id: ID!) { changeRequest(id: $id) { checks { errorCount } } }`, { id: request.id });
    expect(checks.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('refuses publication when the rows changed after review, leaving the request APPROVED and the graph as it was', async () => {
    const w = await world();
    const request = await desk.draft(w, '移交某处罚', [move(w, 'p', 'a', 'b')]);
    await desk.drive(request.id, ['SUBMIT', 'ACCEPT', 'CLEAR', 'APPROVE']);
    const other = await desk.as('editor', `mutation($plan: ReassignmentPlanInput!) { applyReassignment(plan: $plan, reason: "直接调整") { changeSet { id } } }`, {
      plan: { effectiveDate: '2025-01-01', operations: [move(w, 'p', 'a', 'b')] },
    });
    expect(other.errors).toBeUndefined();
    const before = await w.checksum();
    const refused = await desk.step('publisher', request.id, 'PUBLISH');
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    expect(await w.checksum()).toBe(before);
    expect((await desk.as<{ changeRequest: RequestView }>('publisher', ONE, { id: request.id })).data!.changeRequest.state).toBe('APPROVED');
  });
});

describe('inbox and deadlines (a fixed clock)', () => {
  it('lists each role its waiting requests, and flags a request past its stage in working days', async () => {
    const w = await world();
    // Submitted on Friday 2026-03-06 (Beijing time): three working days run to Wednesday 2026-03-11.
    const friday = new Date('2026-03-06T02:00:00Z');
    const service = new ChangeRequestService(app.db, DEFAULT_ANALYSIS_CONFIG, new ChangeFeed(), () => friday);
    const proposer = { sub: 'proposer-clock', roles: ['proposer' as const] };
    const draft = await service.create(
      { title: `${w.prefix} 定时`, reason: '期限', legalBasisDocNo: '某编发〔2026〕1号', legalBasisDocument: null, plan: { effectiveDate: '2026-04-01', operations: [move(w, 'p', 'a', 'b')] } },
      proposer,
    );
    const submitted = await service.transition(draft.id, 'SUBMIT', proposer, { comment: null, override: null });
    expect(submitted.stageEnteredAt).toBe(friday.toISOString());

    const view = (await desk.as<{ changeRequest: RequestView & { onTime: boolean; late: boolean } }>(
      'legal-reviewer',
      `query($id: ID!) { changeRequest(id: $id) { dueOn onTime: overdue(asOf: "2026-03-11") late: overdue(asOf: "2026-03-12") } }`,
      { id: draft.id },
    )).data!.changeRequest;
    expect(view).toEqual({ dueOn: '2026-03-11', onTime: false, late: true });
    expect(await ids('legal-reviewer', { overdue: true, asOf: '2026-03-12' })).toContain(draft.id);
    expect(await ids('legal-reviewer', { overdue: true, asOf: '2026-03-11' })).not.toContain(draft.id);
    // The report (quanze overdue): two working days late on Friday 2026-03-13.
    const report = await overdueRequests(app.db, { SUBMITTED: 3, LEGALITY_REVIEW: 20, APPROVED: 20, RETURNED: 20 }, '2026-03-13');
    expect(report.find((r) => r.id === draft.id)).toMatchObject({ state: 'SUBMITTED', stageEnteredOn: '2026-03-06', dueOn: '2026-03-11', daysLate: 2 });
    expect((await overdueRequests(app.db, { SUBMITTED: 3, LEGALITY_REVIEW: 20, APPROVED: 20, RETURNED: 20 }, '2026-03-11')).map((r) => r.id)).not.toContain(draft.id);
    expect(await ids('legal-reviewer', { role: 'legal-reviewer' })).toContain(draft.id);
    expect(await ids('legal-reviewer', { role: 'approver' })).not.toContain(draft.id);
    const unknownRole = await desk.as('legal-reviewer', LIST, { role: 'LEGAL_REVIEWER' });
    expect(unknownRole.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
    expect(await ids('legal-reviewer', { role: 'proposer' })).not.toContain(draft.id);
    // A draft waits for nobody: no deadline.
    const other = await desk.draft(w, '草稿', [move(w, 'p', 'a', 'b')]);
    expect(other.dueOn).toBeNull();
    expect(await ids('proposer', { role: 'proposer' })).toContain(other.id);
  });
});

describe('the change feed (server-sent events)', () => {
  /** Opens the stream (the server subscribes before it answers) and reads it until `until` holds. */
  async function listen(token: string | null, until: (text: string) => boolean): Promise<{ heard: Promise<string>; stop: () => void }> {
    const controller = new AbortController();
    const response = await app.request('/change-requests/feed', {
      headers: token ? { authorization: `Bearer ${token}` } : {},
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    const heard = (async () => {
      let text = '';
      while (!until(text)) {
        const chunk = await reader.read();
        if (chunk.done) break;
        text += decoder.decode(chunk.value as Uint8Array);
      }
      return text;
    })();
    return { heard, stop: () => controller.abort() };
  }

  it('tells roles every state change and anonymous listeners only publications', async () => {
    const w = await world();
    const request = await desk.draft(w, '动态', [move(w, 'p', 'a', 'b')]);
    const roleToken = await desk.token('approver');
    const publishedEvent = (t: string) => t.includes('event: published') && t.includes(request.id);
    const role = await listen(roleToken, publishedEvent);
    const anonymous = await listen(null, publishedEvent);
    await desk.drive(request.id, ['SUBMIT', 'ACCEPT', 'CLEAR', 'APPROVE', 'PUBLISH']);
    const [heard, heardAnonymously] = await Promise.all([role.heard, anonymous.heard]);
    role.stop();
    anonymous.stop();
    const mine = (text: string) => text.split('\n\n').filter((e) => e.includes(request.id)).map((e) => /^event: (\w+)/m.exec(e)?.[1]);
    expect(mine(heard)).toEqual(['state', 'state', 'state', 'state', 'published']);
    expect(mine(heardAnonymously)).toEqual(['published']);
  });
});
