import pino from 'pino';

import { createContext } from '../../src/context';
import { startTestApp, uniquePrefix, type TestApp } from '../support/app';
import { GraphBuilder } from '../support/builders';
import { PowerBuilder } from '../support/power-builders';

/**
 * Counts the database round trips of a nested query. Compiled (src/features/compiled-read), the
 * whole selection is one statement: 1, whatever the number of rows. Through the loaders (the
 * fallback, and what a field the compiler does not cover reads through), expected:
 * 1 organizations page + 1 powers pages of all those organizations (batched) + 1 exercisedBy
 * + 1 divisions + 1 citations of the listed powers (list rows leave the long texts out; `basis`
 * loads them by id, batched) + 1 provisions + 1 laws = 7. (The powers page is batched across parents too,
 * so that everything below it is fetched in one batch per level, not one per parent.)
 */
const NESTED = `query($prefix: String!, $first: Int!) {
  organizations(filter: { nameContains: $prefix }, first: $first, asOf: "2025-06-01") { edges { node {
    powers(first: 20) { edges { node {
      exercisedBy { division { name } }
      basis { provision { law { name } } }
    } } }
  } } }
}`;

const EXPECTED_ROUND_TRIPS = 7;
const COMPILED_ROUND_TRIPS = 1;

/** The read mix's other compiled shapes (bench/read-mix.ts), on this file's data. */
const ORGANIZATION_POWERS = `query($id: ID!) {
  node(id: $id) { ... on Organization { id name orgType
    powers(asOf: "2025-06-01", first: 50) { totalCount edges { cursor node { id name subName category exercisedBy { id name } } }
      pageInfo { hasNextPage endCursor } } } }
}`;
const POWER_BASIS = `query($id: ID!) {
  node(id: $id) { ... on Power { id name code category
    basis { text role provision { id article paragraph item text
      version { catalogId publishDate effectiveDate current law { name } } law { name level } } } } }
}`;

let app: TestApp;
const prefix = uniquePrefix('往返');
const ORGANIZATIONS = 8;
const POWERS_PER_ORGANIZATION = 4;

beforeAll(async () => {
  app = await startTestApp();
  const orgs = new GraphBuilder(app, prefix);
  const build = new PowerBuilder(app, prefix);
  await orgs.divisions([
    { code: 'a', name: '甲区', level: 'COUNTY' },
    { code: 'b', name: '乙区', level: 'COUNTY' },
  ]);
  const ids = await orgs.orgs(
    Array.from({ length: ORGANIZATIONS }, (_, i) => ({
      name: `局${i}`,
      orgType: 'GOV_DEPT' as const,
      divisionCode: i % 2 === 0 ? 'a' : 'b',
    })),
  );
  await build.laws(
    ['甲法', '乙法', '丙法'].map((name, l) => ({
      key: `law${l}`,
      name,
      versions: [{ key: `v${l}`, publishDate: '2020-01-01', provisions: [{ article: 1 }, { article: 2 }] }],
    })),
  );
  await build.powers(
    ids.flatMap((organizationId, o) =>
      Array.from({ length: POWERS_PER_ORGANIZATION }, (_, p) => ({
        key: `${o}-${p}`,
        name: `职权${o}-${p}`,
        exercisedBy: [{ organizationId }, { organizationId: ids[(o + 1) % ids.length]! }],
        citations: [
          { text: `《甲法》第${p}条`, provision: { version: `v${p % 3}`, article: 1 + (p % 2) } },
          { text: '《未知法》', unresolvedCode: 'LAW_NOT_IN_CATALOG', unresolvedReason: '法律目录中没有该法规' },
          {
            text: `《乙法》第一条`,
            role: 'RESPONSIBILITY' as const,
            provision: { version: `v${(p + 1) % 3}`, article: 1 },
          },
        ],
      })),
    ),
  );
});

afterAll(async () => {
  await app.close();
});

interface Nested {
  organizations: {
    edges: {
      node: { powers: { edges: { node: { exercisedBy: { division: { name: string } }[]; basis: unknown[] } }[] } };
    }[];
  };
}

async function run<T>(
  query: string,
  variables: Record<string, unknown>,
  compiledReads: boolean,
): Promise<{ trips: number; data: T }> {
  const counter = { count: 0 };
  const contextValue = createContext({
    db: app.db.withCounter(counter),
    logger: pino({ level: 'silent' }),
    requestId: `rt-${compiledReads}`,
    compiledReads,
  });
  const response = await app.apollo.executeOperation<T>({ query, variables }, { contextValue });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  expect(response.body.singleResult.errors).toBeUndefined();
  return { trips: contextValue.db.roundTrips, data: response.body.singleResult.data! };
}

const roundTripsFor = (first: number, compiledReads = false) => run<Nested>(NESTED, { prefix, first }, compiledReads);

describe('database round trips of a nested query', () => {
  it.each([2, ORGANIZATIONS])('%i organizations cost the same fixed number of round trips', async (n) => {
    const { trips, data } = await roundTripsFor(n);
    const organizations = data.organizations.edges;
    expect(organizations).toHaveLength(n);
    const powers = organizations.flatMap((o) => o.node.powers.edges);
    // each organization exercises its own powers and those of the one before it
    expect(powers).toHaveLength(n * 2 * POWERS_PER_ORGANIZATION);
    expect(powers.every((p) => p.node.exercisedBy.length === 2 && p.node.basis.length === 3)).toBe(true);
    expect(trips).toBe(EXPECTED_ROUND_TRIPS);
  });
});

describe('database round trips of the compiled shapes', () => {
  it.each([2, ORGANIZATIONS])(
    '%i organizations with their powers, exercisers and basis: 1 statement, the same JSON',
    async (n) => {
      const compiled = await roundTripsFor(n, true);
      expect(compiled.trips).toBe(COMPILED_ROUND_TRIPS);
      expect(compiled.data.organizations.edges).toHaveLength(n);
      expect(JSON.stringify(compiled.data)).toBe(JSON.stringify((await roundTripsFor(n, false)).data));
    },
  );

  it('an organization by id with a page of powers and their exercisers, a power with its provisions, laws and versions, the neighbourhood: 1 each', async () => {
    const first = await roundTripsFor(1, true);
    const organization = first.data.organizations.edges[0] as unknown as { node: { id?: string } };
    const ids = await run<{
      organizations: { edges: { node: { id: string; powers: { edges: { node: { id: string } }[] } } }[] };
    }>(
      `query($prefix: String!) { organizations(filter: { nameContains: $prefix }, first: 1, asOf: "2025-06-01") {
        edges { node { id powers(first: 1) { edges { node { id } } } } } } }`,
      { prefix },
      true,
    );
    const organizationId = ids.data.organizations.edges[0]!.node.id;
    const powerId = ids.data.organizations.edges[0]!.node.powers.edges[0]!.node.id;
    expect(organization).toBeDefined();
    for (const [query, id] of [
      [ORGANIZATION_POWERS, organizationId],
      [POWER_BASIS, powerId],
    ] as const) {
      const compiled = await run<{ node: unknown }>(query, { id }, true);
      expect(compiled.trips).toBe(COMPILED_ROUND_TRIPS);
      const loaders = await run<{ node: unknown }>(query, { id }, false);
      expect(loaders.trips).toBeGreaterThan(COMPILED_ROUND_TRIPS);
      expect(JSON.stringify(compiled.data)).toBe(JSON.stringify(loaders.data));
    }
    // The neighbourhood was one statement already (graph/find-neighborhood).
    const slice = await run<{ neighborhood: { nodes: unknown[] } }>(
      `query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 2) { nodes { id label } edges { source target type } } }`,
      { ids: [organizationId] },
      true,
    );
    expect(slice.data.neighborhood.nodes.length).toBeGreaterThan(1);
    expect(slice.trips).toBe(COMPILED_ROUND_TRIPS);
  });
});
