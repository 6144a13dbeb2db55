import { mintToken } from '../../src/auth/mint-token';
import { verifyAudit } from '../../src/cli/audit-command';
import { organizationHistory } from '../../src/cli/history-command';
import { fromGlobalId } from '../../src/shared/global-id';
import { gql, startTestApp, uniquePrefix, type GraphQLResponse, type TestApp } from '../support/app';
import { ReassignmentWorld, TAMPER_CHANGE_SET } from '../support/reassignment-builders';

/**
 * applyReassignment, revertChangeSet, changeSets, the hash chain and the history (issue 6).
 * 执行调整、撤销、变更记录与审计链。
 */

const SECRET = 'reassignment-apply-test-secret-0123456789';
const E = '2025-07-01';
const TAMPER = TAMPER_CHANGE_SET;

const APPLY = `mutation($plan: ReassignmentPlanInput!, $reason: String!) {
  applyReassignment(plan: $plan, reason: $reason) {
    changeSet { id actor reason kind summary revertedBy { id } }
    impact { affectedPowers { id } respondentChanges { before { id } after { id } } }
  }
}`;
const REVERT = `mutation($id: ID!, $reason: String!) {
  revertChangeSet(id: $id, reason: $reason) { changeSet { id kind actor summary } }
}`;

let app: TestApp;
let editor: string;

beforeAll(async () => {
  app = await startTestApp({ AUTH_JWT_SECRET: SECRET });
  editor = await mintToken({ secret: SECRET, sub: 'planner-wang', roles: ['editor'], expiresIn: '1h' });
});
afterAll(async () => {
  await app.close();
});

async function as<T>(
  token: string | null,
  query: string,
  variables: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers['authorization'] = `Bearer ${token}`;
  const response = await app.request('/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<T>, 'status'>) };
}

interface Applied {
  applyReassignment: {
    changeSet: {
      id: string;
      actor: string;
      reason: string;
      kind: string;
      summary: Record<string, unknown>;
      revertedBy: null;
    };
    impact: { affectedPowers: { id: string }[] };
  };
}

async function richWorld(): Promise<ReassignmentWorld> {
  return new ReassignmentWorld(app, uniquePrefix('ra')).build({
    orgs: { a: { name: '甲局' }, b: { name: '乙局' }, s: { name: '丙局' }, t: { name: '某镇', township: true } },
    powers: {
      p1: { name: '处罚一', exercisedBy: ['a'] },
      p2: { name: '处罚二', exercisedBy: ['a'] },
      q: { name: '处罚三', exercisedBy: ['b'] },
    },
    handOvers: { h1: { power: 'p1', from: 'a', to: 't', mode: 'ENTRUST' }, h2: { power: 'q', from: 'b', to: 't' } },
    whistle: { m: { name: '某吹哨', whistledBy: ['t'], lead: ['a'], cooperating: ['b'], needs: ['p1'] } },
    duties: { d: { name: '某履职', township: 't', counterparts: ['a'], needs: ['p2'] } },
    lenient: { l: { name: '轻微', implementedBy: ['a'], appliesTo: ['p1'] } },
  });
}

const richPlan = (w: ReassignmentWorld) => ({
  effectiveDate: E,
  operations: [
    { movePowers: { powerIds: [w.gid('p:p2')], fromId: w.gid('a'), toId: w.gid('b') } },
    { recall: { enforcementItemIds: [w.gid('h:h2')] } },
    { handOver: { powerIds: [w.gid('p:q')], fromId: w.gid('b'), toIds: [w.gid('t')], mode: 'GRANT' } },
    { mergeOrganizations: { organizationIds: [w.gid('a'), w.gid('b')], intoId: w.gid('s') } },
  ],
});

describe('applyReassignment and revertChangeSet', () => {
  it('applies a plan with one change set, then a revert restores the domain graph exactly', async () => {
    const w = await richWorld();
    const before = await w.checksum();
    const applied = await as<Applied>(editor, APPLY, { plan: richPlan(w), reason: `${w.prefix} 机构改革` });
    expect(applied.errors).toBeUndefined();
    const changeSet = applied.data!.applyReassignment.changeSet;
    expect(changeSet).toMatchObject({
      actor: 'planner-wang',
      reason: `${w.prefix} 机构改革`,
      kind: 'REASSIGNMENT',
      revertedBy: null,
    });
    expect(Object.keys(changeSet.summary).sort()).toEqual(['diff', 'plan', 'touched', 'undo']);
    const changed = await w.checksum();
    expect(changed).not.toBe(before);

    const reverted = await as<{ revertChangeSet: { changeSet: { id: string; kind: string; actor: string } } }>(
      editor,
      REVERT,
      {
        id: changeSet.id,
        reason: '撤回',
      },
    );
    expect(reverted.errors).toBeUndefined();
    expect(reverted.data!.revertChangeSet.changeSet).toMatchObject({ kind: 'REVERT', actor: 'planner-wang' });
    expect(await w.checksum()).toBe(before);

    const again = await as(editor, REVERT, { id: changeSet.id, reason: '再撤' });
    expect(again.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    const listed = await gql<{ node: { revertedBy: { id: string } } }>(
      app,
      `query($id: ID!) { node(id: $id) { ... on ChangeSet { revertedBy { id } } } }`,
      { id: changeSet.id },
    );
    expect(listed.data?.node.revertedBy.id).toBe(reverted.data!.revertChangeSet.changeSet.id);
  });

  it('puts the row versions a plan makes in the lists that held the old ones, and a revert takes them out', async () => {
    const w = await richWorld();
    const rows = ['h:h1', 'w:m', 'd:d', 'l:l'];
    const listed = await w.listContaining(rows);
    expect(listed).toEqual(rows.map((k) => w.id(k)).sort());
    const before = await w.checksum();
    const applied = await as<Applied>(editor, APPLY, { plan: richPlan(w), reason: `${w.prefix} 列表` });
    expect(applied.errors).toBeUndefined();
    // The merge re-versions every row of 甲局 and 乙局: each new version joins the list beside the old one.
    const after = await w.listContaining([]);
    expect(after.length).toBe(2 * rows.length);
    for (const key of rows) {
      const versions = after.filter((id) => id.startsWith(w.id(key)));
      expect({ key, versions: versions.length }).toEqual({ key, versions: 2 });
    }
    await as(editor, REVERT, { id: applied.data!.applyReassignment.changeSet.id, reason: '撤回' });
    expect(await w.listContaining([])).toEqual(listed);
    expect(await w.checksum()).toBe(before);
  });

  it('refuses to revert a change set a later one depends on, until that one is reverted', async () => {
    const w = await richWorld();
    const before = await w.checksum();
    const first = await as<Applied>(editor, APPLY, {
      plan: {
        effectiveDate: E,
        operations: [
          { handOver: { powerIds: [w.gid('p:p2')], fromId: w.gid('a'), toIds: [w.gid('t')], mode: 'GRANT' } },
        ],
      },
      reason: '下放',
    });
    const created = first.data!.applyReassignment.changeSet.summary['undo'] as { createdNodes: { id: string }[] };
    const itemId = Buffer.from(`EnforcementItem:${created.createdNodes[0]!.id}`).toString('base64url');
    const second = await as<Applied>(editor, APPLY, {
      plan: { effectiveDate: '2025-09-01', operations: [{ recall: { enforcementItemIds: [itemId] } }] },
      reason: '收回',
    });
    expect(second.errors).toBeUndefined();
    const refused = await as(editor, REVERT, { id: first.data!.applyReassignment.changeSet.id, reason: 'x' });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toContain(
      second.data!.applyReassignment.changeSet.id.length > 0 ? '依赖' : '',
    );
    expect(
      (await as(editor, REVERT, { id: second.data!.applyReassignment.changeSet.id, reason: 'x' })).errors,
    ).toBeUndefined();
    expect(
      (await as(editor, REVERT, { id: first.data!.applyReassignment.changeSet.id, reason: 'x' })).errors,
    ).toBeUndefined();
    expect(await w.checksum()).toBe(before);
  });

  it('lets only editors and admins apply, and writes nothing for the others or for invalid plans', async () => {
    const w = await richWorld();
    const before = await w.checksum();
    const viewer = await mintToken({ secret: SECRET, sub: 'viewer-li', roles: ['reviewer'], expiresIn: '1h' });
    const admin = await mintToken({ secret: SECRET, sub: 'admin-zhao', roles: ['admin'], expiresIn: '1h' });
    expect((await as(null, APPLY, { plan: richPlan(w), reason: 'x' })).errors?.[0]?.extensions?.['code']).toBe(
      'UNAUTHENTICATED',
    );
    expect((await as(viewer, APPLY, { plan: richPlan(w), reason: 'x' })).errors?.[0]?.extensions?.['code']).toBe(
      'FORBIDDEN',
    );
    const bad = {
      effectiveDate: E,
      operations: [...richPlan(w).operations, { abolishOrganization: { organizationId: w.gid('a') } }],
    };
    expect((await as(admin, APPLY, { plan: bad, reason: 'x' })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'plan.operations[4]',
    });
    expect(await w.checksum()).toBe(before);
    const ok = await as<Applied>(admin, APPLY, { plan: richPlan(w), reason: 'x' });
    expect(ok.data?.applyReassignment.changeSet.actor).toBe('admin-zhao');
  });

  it('lists change sets newest first, and audit verify finds a tampered one', async () => {
    const w = await richWorld();
    const applied = await as<Applied>(editor, APPLY, { plan: richPlan(w), reason: `${w.prefix} 审计` });
    const id = applied.data!.applyReassignment.changeSet.id;
    const page = await gql<{
      changeSets: { edges: { node: { id: string } }[]; totalCount: number; pageInfo: { endCursor: string } };
    }>(app, '{ changeSets(first: 200) { totalCount edges { node { id } } pageInfo { endCursor } } }');
    const listed = page.data!.changeSets.edges.map((e) => e.node.id);
    expect(listed).toContain(id);
    const next = await gql<{ changeSets: { edges: { node: { id: string } }[] } }>(
      app,
      'query($after: String) { changeSets(first: 1, after: $after) { edges { node { id } } } }',
      {
        after: page.data!.changeSets.pageInfo.endCursor,
      },
    );
    expect(listed).not.toContain(next.data!.changeSets.edges[0]?.node.id ?? 'none');

    const history = await organizationHistory(app.db, w.name('甲局'));
    expect(history?.entries.map((e) => `${e.date} ${e.text}`).join('\n')).toMatch(
      /2025-06-30 机构存续至此日[\s\S]*2025-07-01 机构合并：.*由「.*丙局」承继[\s\S]*2025-07-01 调整生效：职权移交、收回下放、职权下放、合并机构/,
    );

    // Tampering is detected; the original text is put back afterwards (other tests share the chain).
    const localId = fromGlobalId(id).localId;
    const [original] = await app.db.executeWrite('test.tamper', (tx) =>
      tx.run(TAMPER, { id: localId, reason: '篡改' }),
    );
    expect(original?.['previous']).toBe(`${w.prefix} 审计`);
    try {
      const report = await verifyAudit(app.db);
      expect(report.broken).toMatchObject({ id: localId, reasonEn: expect.stringContaining('content hash') });
    } finally {
      await app.db.executeWrite('test.untamper', (tx) => tx.run(TAMPER, { id: localId, reason: `${w.prefix} 审计` }));
    }
    expect((await verifyAudit(app.db)).broken).toBeNull();
  });
});
