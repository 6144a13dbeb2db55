import { verifyAudit } from '../../src/cli/audit-command';
import { startTestApp, uniquePrefix, type TestApp } from '../support/app';
import { codeOf, CR_SECRET, Desk, fieldOf, move, ROLE_OF, type RequestView } from '../support/change-requests';
import { ReassignmentWorld } from '../support/reassignment-builders';

/**
 * The change-request workflow (issue 19) through GraphQL on the real Neo4j: every transition, every
 * refusal (wrong role, wrong state, concurrent conflict), the override rule and the audit records.
 * 变更申请流程：每一步流转、每一种拒绝、放行规则与审计记录。
 */

// Submitting, accepting and publishing each run an impact (two analyses) on a shared, busy machine.
jest.setTimeout(300_000);

let app: TestApp;
let desk: Desk;

beforeAll(async () => {
  app = await startTestApp({ AUTH_JWT_SECRET: CR_SECRET });
  desk = new Desk(app);
});
afterAll(async () => {
  await app.close();
});

/** Three departments; a and b exercise two powers each. Data from 2024-01-01. */
const world = (): Promise<ReassignmentWorld> =>
  new ReassignmentWorld(app, uniquePrefix('cr')).build({
    orgs: { a: { name: '甲局' }, b: { name: '乙局' }, c: { name: '丙局' } },
    powers: {
      p1: { name: '处罚一', exercisedBy: ['a'] },
      p2: { name: '处罚二', exercisedBy: ['a'] },
      q: { name: '处罚三', exercisedBy: ['b'] },
    },
  });

const HISTORY = `query($id: ID!) { changeRequest(id: $id) {
  state history { action from to actor comment changeSet { kind } }
  checks { errorCount warningCount affectedRows findingsCreated { kind severity } }
  override overrideBy
} }`;
interface History {
  changeRequest: {
    state: string;
    history: { action: string; from: string | null; to: string; actor: string; comment: string | null; changeSet: { kind: string } }[];
    checks: { errorCount: number; warningCount: number; affectedRows: number; findingsCreated: { kind: string; severity: string }[] } | null;
    override: string | null;
    overrideBy: string | null;
  };
}
const history = async (id: string) => (await desk.as<History>('auditor', HISTORY, { id })).data!.changeRequest;

describe('every transition', () => {
  it('walks DRAFT → SUBMITTED → LEGALITY_REVIEW → (cleared) → APPROVED → PUBLISHED, each step by its role in the audit chain', async () => {
    const w = await world();
    const draft = await desk.draft(w, '移交处罚一', [move(w, 'p1', 'a', 'b')]);
    expect(draft).toMatchObject({ state: 'DRAFT', proposer: 'proposer-user', effectiveDate: '2025-07-01', publishedVersion: null });
    expect(draft.legalBasisDocNo).toContain('编发');
    expect((await desk.drive(draft.id, ['SUBMIT'])).state).toBe('SUBMITTED');
    expect((await desk.drive(draft.id, ['ACCEPT'])).state).toBe('LEGALITY_REVIEW');
    const cleared = await desk.drive(draft.id, ['CLEAR']);
    expect(cleared).toMatchObject({ state: 'LEGALITY_REVIEW', legalCleared: true });
    expect((await desk.drive(draft.id, ['APPROVE'])).state).toBe('APPROVED');
    const published = await desk.drive(draft.id, ['PUBLISH']);
    expect(published.state).toBe('PUBLISHED');
    expect(published.publishedChangeSet?.kind).toBe('REASSIGNMENT');
    expect(await w.exercised('b', '2025-07-01')).toBe(2);

    const h = await history(draft.id);
    expect(h.history.map((t) => `${t.action} ${t.from ?? '-'}→${t.to} ${t.actor} ${t.changeSet.kind}`)).toEqual([
      'CREATE -→DRAFT proposer-user CHANGE_REQUEST',
      'SUBMIT DRAFT→SUBMITTED proposer-user CHANGE_REQUEST',
      'ACCEPT SUBMITTED→LEGALITY_REVIEW legal-reviewer-user CHANGE_REQUEST',
      'CLEAR LEGALITY_REVIEW→LEGALITY_REVIEW legal-reviewer-user CHANGE_REQUEST',
      'APPROVE LEGALITY_REVIEW→APPROVED approver-user CHANGE_REQUEST',
      'PUBLISH APPROVED→PUBLISHED publisher-user CHANGE_REQUEST',
    ]);
    expect(h.checks).toMatchObject({ errorCount: 0, affectedRows: 1 });
    expect((await verifyAudit(app.db)).broken).toBeNull();
  });

  it.each([
    ['RETURN from SUBMITTED, then SUBMIT again from RETURNED', ['SUBMIT', 'RETURN', 'SUBMIT'], 'SUBMITTED'],
    ['RETURN from LEGALITY_REVIEW', ['SUBMIT', 'ACCEPT', 'RETURN'], 'RETURNED'],
    ['RETURN from APPROVED', ['SUBMIT', 'ACCEPT', 'CLEAR', 'APPROVE', 'RETURN'], 'RETURNED'],
    ['ACCEPT again (re-review) from LEGALITY_REVIEW, which clears the legal opinion', ['SUBMIT', 'ACCEPT', 'CLEAR', 'ACCEPT'], 'LEGALITY_REVIEW'],
    ['REJECT from SUBMITTED', ['SUBMIT', 'REJECT'], 'REJECTED'],
    ['REJECT from LEGALITY_REVIEW', ['SUBMIT', 'ACCEPT', 'REJECT'], 'REJECTED'],
    ['WITHDRAW from DRAFT', ['WITHDRAW'], 'WITHDRAWN'],
    ['WITHDRAW from SUBMITTED', ['SUBMIT', 'WITHDRAW'], 'WITHDRAWN'],
    ['WITHDRAW from RETURNED', ['SUBMIT', 'RETURN', 'WITHDRAW'], 'WITHDRAWN'],
  ])('%s', async (_name, actions, state) => {
    const w = await world();
    const request = await desk.draft(w, '移交', [move(w, 'p2', 'a', 'c')]);
    const last = await desk.drive(request.id, actions);
    expect(last.state).toBe(state);
    if (actions.at(-1) === 'ACCEPT') expect(last.legalCleared).toBe(false);
    const h = await history(request.id);
    expect(h.history.map((t) => t.action)).toEqual(['CREATE', ...actions]);
    for (const t of h.history.filter((x) => x.action === 'RETURN' || x.action === 'REJECT')) expect(t.comment).toBe(`${t.action} 意见`);
  });
});

describe('refusals', () => {
  let w: ReassignmentWorld;
  let drafted: RequestView;
  let reviewed: RequestView;
  beforeAll(async () => {
    w = await world();
    drafted = await desk.draft(w, '草稿', [move(w, 'q', 'b', 'c')]);
    reviewed = await desk.draft(w, '审查中', [move(w, 'q', 'b', 'c')]);
    await desk.drive(reviewed.id, ['SUBMIT', 'ACCEPT']);
  });

  it.each([
    ['anonymous callers', null, 'SUBMIT', 'UNAUTHENTICATED'],
    ['a planner submitting (only proposers, editors and admins propose)', 'planner', 'SUBMIT', 'FORBIDDEN'],
    ['an admin approving', 'admin', 'APPROVE', 'FORBIDDEN'],
    ['the proposer accepting its own request for review', 'proposer', 'ACCEPT', 'FORBIDDEN'],
    ['the approver publishing', 'approver', 'PUBLISH', 'FORBIDDEN'],
    ['the publisher submitting', 'publisher', 'SUBMIT', 'FORBIDDEN'],
    ['the legal reviewer withdrawing', 'legal-reviewer', 'WITHDRAW', 'FORBIDDEN'],
  ] as const)('refuses %s, writing nothing', async (_name, role, action, code) => {
    const before = await history(drafted.id);
    const result = await desk.step(role, drafted.id, action);
    expect(codeOf(result)).toBe(code);
    expect(result.errors![0]!.message).toMatch(/[\u4e00-\u9fff].* \/ [a-zA-Z]/);
    expect(await history(drafted.id)).toEqual(before);
  });

  it.each([
    ['ACCEPT', 'DRAFT'],
    ['CLEAR', 'DRAFT'],
    ['APPROVE', 'DRAFT'],
    ['PUBLISH', 'DRAFT'],
    ['RETURN', 'DRAFT'],
    ['REJECT', 'DRAFT'],
    ['SUBMIT', 'LEGALITY_REVIEW'],
    ['WITHDRAW', 'LEGALITY_REVIEW'],
    ['PUBLISH', 'LEGALITY_REVIEW'],
  ] as const)('refuses %s of a request in %s (CONFLICT naming the state), writing nothing', async (action, state) => {
    const id = state === 'DRAFT' ? drafted.id : reviewed.id;
    const before = await history(id);
    const result = await desk.step(ROLE_OF[action]!, id, action, { comment: '意见' });
    expect(codeOf(result)).toBe('CONFLICT');
    expect(fieldOf(result)).toBe('state');
    expect(result.errors![0]!.message).toContain(state);
    expect(await history(id)).toEqual(before);
  });

  it('refuses approval before the legality review clears the request, and a RETURN without a comment', async () => {
    const early = await desk.step('approver', reviewed.id, 'APPROVE');
    expect([codeOf(early), fieldOf(early)]).toEqual(['CONFLICT', 'legalCleared']);
    const silent = await desk.step('legal-reviewer', reviewed.id, 'RETURN');
    expect([codeOf(silent), fieldOf(silent)]).toEqual(['BAD_USER_INPUT', 'comment']);
    expect((await history(reviewed.id)).state).toBe('LEGALITY_REVIEW');
  });

  it('refuses a submission whose plan is invalid on the graph, naming the operation, and keeps it a draft', async () => {
    const bad = await desk.draft(w, '无效', [move(w, 'q', 'a', 'c')]);
    const result = await desk.step('proposer', bad.id, 'SUBMIT');
    expect([codeOf(result), fieldOf(result)]).toEqual(['BAD_USER_INPUT', 'plan.operations[0]']);
    expect((await history(bad.id)).state).toBe('DRAFT');
  });
});

describe('the override rule', () => {
  it('refuses to approve a request whose checks found ERROR findings until the legal reviewer overrides with a reason', async () => {
    const w = await world();
    // Abolishing a without a successor orphans its powers: ORPHANED is an ERROR.
    const request = await desk.draft(w, '撤销甲局', [{ abolishOrganization: { organizationId: w.gid('a') } }]);
    await desk.drive(request.id, ['SUBMIT', 'ACCEPT', 'CLEAR']);
    const checks = (await history(request.id)).checks!;
    expect(checks.errorCount).toBe(2);
    expect(checks.findingsCreated.map((f) => `${f.kind} ${f.severity}`)).toEqual(['ORPHANED ERROR', 'ORPHANED ERROR']);

    const refused = await desk.step('approver', request.id, 'APPROVE');
    expect([codeOf(refused), fieldOf(refused)]).toEqual(['CONFLICT', 'override']);
    expect(refused.errors![0]!.message).toContain('ORPHANED');
    const misplaced = await desk.step('approver', request.id, 'APPROVE', { override: '我来放行' });
    expect([codeOf(misplaced), fieldOf(misplaced)]).toEqual(['BAD_USER_INPUT', 'override']);

    await desk.step('legal-reviewer', request.id, 'CLEAR', { override: '职能由市政府另行明确，暂不划转' });
    expect((await desk.drive(request.id, ['APPROVE'])).state).toBe('APPROVED');
    const h = await history(request.id);
    expect([h.override, h.overrideBy]).toEqual(['职能由市政府另行明确，暂不划转', 'legal-reviewer-user']);
  });
});

describe('concurrent requests touching the same rows', () => {
  it('refuses the second approval while the first is approved, and after the first is published until rebased', async () => {
    const w = await world();
    const first = await desk.draft(w, '处罚一给乙局', [move(w, 'p1', 'a', 'b')]);
    const second = await desk.draft(w, '处罚一给丙局', [move(w, 'p1', 'a', 'c')]);
    const other = await desk.draft(w, '处罚二给丙局', [move(w, 'p2', 'a', 'c')]);
    for (const r of [first, second, other]) await desk.drive(r.id, ['SUBMIT', 'ACCEPT', 'CLEAR']);
    await desk.drive(first.id, ['APPROVE']);

    const whileApproved = await desk.step('approver', second.id, 'APPROVE');
    expect([codeOf(whileApproved), fieldOf(whileApproved)]).toEqual(['CONFLICT', 'rows']);
    expect(whileApproved.errors![0]!.extensions!['value']).toEqual([first.id]);
    // A request on other rows of the same organizations is no conflict.
    expect((await desk.drive(other.id, ['APPROVE'])).state).toBe('APPROVED');

    await desk.drive(first.id, ['PUBLISH']);
    const afterPublished = await desk.step('approver', second.id, 'APPROVE');
    expect([codeOf(afterPublished), fieldOf(afterPublished)]).toEqual(['CONFLICT', 'rows']);
    expect(afterPublished.errors![0]!.message).toContain('rebase');
    // Reviewing it again on today's graph fails: its plan no longer applies (a no longer exercises p1).
    expect(fieldOf(await desk.step('legal-reviewer', second.id, 'ACCEPT'))).toBe('plan.operations[0]');

    // Rebased: returned, revised against the published state, and taken through again.
    await desk.drive(second.id, ['RETURN']);
    const revised = await desk.revise(w, second.id, '处罚一由乙局给丙局', [move(w, 'p1', 'b', 'c')]);
    expect(revised.errors).toBeUndefined();
    const done = await desk.drive(second.id, ['SUBMIT', 'ACCEPT', 'CLEAR', 'APPROVE', 'PUBLISH']);
    expect(done.state).toBe('PUBLISHED');
    expect(await w.exercised('c', '2025-07-01')).toBe(1);
  });

  it('refuses approval when the rows changed outside the workflow after review, until reviewed again', async () => {
    const w = await world();
    const request = await desk.draft(w, '处罚三给丙局', [move(w, 'q', 'b', 'c')]);
    await desk.drive(request.id, ['SUBMIT', 'ACCEPT', 'CLEAR']);
    // An editor applies another plan touching q (a hand-over changes nothing of q itself: move q's exercise to a and back).
    const apply = `mutation($plan: ReassignmentPlanInput!) { applyReassignment(plan: $plan, reason: "并行调整") { changeSet { id } } }`;
    const applied = await desk.as('editor', apply, { plan: { effectiveDate: '2025-03-01', operations: [move(w, 'q', 'b', 'a'), move(w, 'q', 'a', 'b')] } });
    expect(applied.errors).toBeUndefined();
    const refused = await desk.step('approver', request.id, 'APPROVE');
    expect([codeOf(refused), fieldOf(refused)]).toEqual(['CONFLICT', 'rows']);
    expect((await desk.drive(request.id, ['ACCEPT', 'CLEAR', 'APPROVE'])).state).toBe('APPROVED');
  });
});
