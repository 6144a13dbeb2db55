/**
 * Issue 15: the compiled reads answer exactly as the loaders do. A corpus generated from the schema
 * (test/support/compiled-corpus.ts: every field reachable within depth 4 from each root, with and
 * without asOf, with filters and after) runs through both paths on the demo city; the JSON must
 * be identical. Every statement shape the corpus produced is then EXPLAINed, and every projection
 * piece must have been part of one. The read mix of the bench reads in one round trip.
 * A slow suite (the demo load, some 560 requests and the EXPLAINs): one to three minutes.
 */
import { getNamedType, isLeafType, type GraphQLObjectType } from 'graphql';
import pino from 'pino';

import { AS_OF, loadFixtures, ourRequests, READ_NAMES, type MixFixtures } from '../../bench/read-mix';
import { createContext } from '../../src/context';
import { CypherRegistry } from '../../src/db/cypher-registry';
import { Database } from '../../src/db/database';
import type { StatementShape } from '../../src/db/statement-shape';
import { COMPILED_TYPES } from '../../src/features/compiled-read/catalogue';
import { loadDemo } from '../../src/importer/demo';
import { buildSchema } from '../../src/schema';
import { toGlobalId } from '../../src/shared/global-id';
import { startTestApp, type TestApp } from '../support/app';
import { generateCorpus, type CorpusQuery, type CorpusRoot } from '../support/compiled-corpus';

let app: TestApp;
let fixtures: MixFixtures;
const shapes = new Map<string, StatementShape>();
const DEMO_DIVISION = '990181';

beforeAll(async () => {
  // Not an outage test: on a loaded shared machine the demo load's liveness probe may wait long.
  app = await startTestApp({ NEO4J_PROBE_TIMEOUT_MS: '30000' });
  await loadDemo(app.db);
  fixtures = await loadFixtures(app.db);
  const readShape = Database.prototype.readShape;
  jest.spyOn(Database.prototype, 'readShape').mockImplementation(function (this: Database, operation, shape, params) {
    shapes.set(app.db.shapeText(shape), shape);
    return readShape.call(this, operation, shape, params);
  });
}, 300_000);

afterAll(async () => {
  jest.restoreAllMocks();
  await app.close();
});

/** The scalar fields of a type's brief row (undefined: the type has none). */
function briefScalars(type: GraphQLObjectType): string[] | undefined {
  const fields = COMPILED_TYPES[type.name]?.brief?.fields;
  if (fields === undefined) return undefined;
  return Object.values(type.getFields())
    .filter((f) => fields.has(f.name) && isLeafType(getNamedType(f.type)))
    .map((f) => f.name);
}

interface Answer {
  trips: number;
  json: string;
  /** An error without a path: the query failed to parse or validate, so nothing was read. */
  invalid: boolean;
}

async function answer(q: CorpusQuery, compiledReads: boolean): Promise<Answer> {
  const counter = { count: 0 };
  const contextValue = createContext({
    db: app.db.withCounter(counter),
    logger: pino({ level: 'silent' }),
    requestId: 'equivalence',
    compiledReads,
  });
  const response = await app.apollo.executeOperation({ query: q.query, variables: q.variables }, { contextValue });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const { data, errors } = response.body.singleResult;
  return {
    trips: counter.count,
    json: JSON.stringify({ data, errors: errors?.map((e) => [e.message, e.path]) }),
    invalid: errors?.some((e) => e.path === undefined) ?? false,
  };
}

/** The two answers around the first character where they differ. */
function whereTheyDiffer(compiled: string, loaders: string): string {
  let i = 0;
  while (i < compiled.length && compiled[i] === loaders[i]) i += 1;
  const from = Math.max(0, i - 120);
  return `  compiled: …${compiled.slice(from, i + 120)}\n  loaders:  …${loaders.slice(from, i + 120)}`;
}

function roots(f: MixFixtures): CorpusRoot[] {
  const node = (name: string, type: string, id: string): CorpusRoot => ({
    name,
    type,
    wrap: (selection) => `node(id: $id) { ... on ${type} { ${selection} } }`,
    declarations: '$id: ID!',
    variables: { id: toGlobalId(type as 'Organization', id) },
  });
  return [
    node('a department', 'Organization', f.organizationId),
    node('a township', 'Organization', f.townshipId),
    node('a power', 'Power', f.powerId),
    node('a whistle matter', 'WhistleMatter', f.whistleMatterId),
    {
      name: 'organizations',
      type: 'Organization',
      wrap: (selection) =>
        `organizations(filter: { divisionCode: "${DEMO_DIVISION}", nameContains: "局" }, first: 3, asOf: "${AS_OF}") {
          totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${selection} } } }`,
      declarations: '',
      variables: {},
    },
    {
      name: 'whistleMatters',
      type: 'WhistleMatter',
      wrap: (selection) =>
        `whistleMatters(first: 3, asOf: "${AS_OF}") { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${selection} } } }`,
      declarations: '',
      variables: {},
    },
  ];
}

/** The declarations of the variables `args` uses, out of `all` (an unused one makes the query invalid). */
const declare = (args: string, all: Record<string, string>): string =>
  Object.entries(all)
    .filter(([name]) => new RegExp(`\\$${name}\\b`, 'u').test(args))
    .map(([name, type]) => `, $${name}: ${type}`)
    .join('');

/** The roots' filters and cursors, beside the generated corpus. */
async function filtersAndCursors(f: MixFixtures): Promise<CorpusQuery[]> {
  const organization = toGlobalId('Organization', f.organizationId);
  const township = toGlobalId('Organization', f.townshipId);
  const firstPages = await answer(
    {
      name: 'cursors',
      query: `query($o: ID!, $t: ID!) {
        organizations(filter: { divisionCode: "${DEMO_DIVISION}" }, first: 5) { pageInfo { endCursor } }
        o: node(id: $o) { ... on Organization { powers(first: 5, asOf: "${AS_OF}") { pageInfo { endCursor } } } }
        t: node(id: $t) { ... on Organization { enforcementItemsReceived(first: 5, asOf: "${AS_OF}") { pageInfo { endCursor } } } }
        w: whistleMatters(first: 4) { pageInfo { endCursor } edges { node { lead { id } } } }
      }`,
      variables: { o: organization, t: township },
    },
    false,
  );
  const cursors = JSON.parse(firstPages.json) as {
    data: {
      organizations: { pageInfo: { endCursor: string } };
      o: { powers: { pageInfo: { endCursor: string } } };
      t: { enforcementItemsReceived: { pageInfo: { endCursor: string } } };
      w: { pageInfo: { endCursor: string }; edges: { node: { lead: { id: string }[] } }[] };
    };
  };
  const powerFields =
    'totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id name subName category exercisedBy { id name division { name } } } }';
  const organizationFields =
    'totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name orgType division { code name parent { name } } parent { id name } } }';
  return [
    {
      name: 'organizations after a cursor',
      query: `query($after: String) { organizations(filter: { divisionCode: "${DEMO_DIVISION}" }, first: 5, after: $after) { ${organizationFields} } }`,
      variables: { after: cursors.data.organizations.pageInfo.endCursor },
    },
    ...[
      `filter: { divisionCode: "${DEMO_DIVISION}", orgTypes: [TOWNSHIP_GOV, STREET_OFFICE] }, first: 4`,
      `filter: { name: "青石市 市场监督管理局" }, asOf: "2024-06-01"`,
      `filter: { divisionCode: "${DEMO_DIVISION}" }, first: 0`,
      `filter: { divisionCode: "${DEMO_DIVISION}" }, asOf: "2026-12-01", first: 3`,
    ].map((args) => ({
      name: `organizations(${args})`,
      query: `{ organizations(${args}) { ${organizationFields} } }`,
      variables: {},
    })),
    ...[
      `first: 5, after: $after, asOf: "${AS_OF}"`,
      `first: 3, category: LICENSING, asOf: "${AS_OF}"`,
      `first: 3, category: PUNISHMENT`,
      `first: 0`,
      `asOf: "2023-06-01"`,
    ].map((args) => ({
      name: `a department's powers(${args})`,
      query: `query($id: ID!${declare(args, { after: 'String' })}) { node(id: $id) { ... on Organization { id powers(${args}) { ${powerFields} } } } }`,
      variables: { id: organization, after: cursors.data.o.powers.pageInfo.endCursor },
    })),
    ...[`first: 5, after: $after, asOf: "${AS_OF}"`, 'first: 2', `asOf: "2023-06-01"`].map((args) => ({
      name: `a township's hand-overs(${args})`,
      query: `query($id: ID!${declare(args, { after: 'String' })}) { node(id: $id) { ... on Organization { id
        enforcementItemsReceived(${args}) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
          id name mode status validFrom validTo power { id name exercisedBy { name } basis { text provision { id law { name } } } }
          from { id name } to { name } } } } } } }`,
      variables: { id: township, after: cursors.data.t.enforcementItemsReceived.pageInfo.endCursor },
    })),
    ...[
      ['食品经营', 20, AS_OF],
      ['市场监督', 5, null],
      ['局', 10, '2024-06-01'],
      ['！！', 5, null],
      // Ranked in the compiled statement, in code on the loaders' path: white space of either width
      // and full-width brackets are compacted (NFKC) alike on both, or the tiers and the order differ.
      ['食品　经营 许可', 20, null],
      ['运输站（场）', 10, null],
    ].map(([text, first, asOf]) => ({
      name: `search(${String(text)}, ${String(first)}, ${String(asOf)})`,
      query: `query($text: String!, $first: Int, $asOf: Date) { search(text: $text, first: $first, asOf: $asOf) { score snippet node {
        __typename id
        ... on Organization { name orgType division { name } powers(first: 2) { totalCount edges { node { name exercisedBy { name } } } } }
        ... on Power { name subName category exercisedBy { name } basis { text provision { article law { name } } } }
        ... on WhistleMatter { name kind lead { name } neededPowers { name } }
        ... on TownshipDutyItem { name townshipDuty } ... on LenientItem { violation lenientKind: kind } } } }`,
      variables: { text, first, asOf },
    })),
    ...[
      `first: 4, after: $after`,
      `first: 3, filter: { nameContains: "食品" }, asOf: "2024-06-01"`,
      `filter: { leadId: $lead }, first: 2`,
    ].map((args) => ({
      name: `whistleMatters(${args})`,
      query: `query${declare(args, { after: 'String', lead: 'ID' }).replace(/^, (.*)$/u, '($1)')} { whistleMatters(${args}) { totalCount pageInfo { hasNextPage endCursor }
          edges { cursor node { id name kind lead { id name powers(first: 2) { edges { node { name } } } } neededPowers { name code } } } } }`,
      variables: { after: cursors.data.w.pageInfo.endCursor, lead: cursors.data.w.edges[0]?.node.lead[0]?.id ?? null },
    })),
    {
      name: "a department's powers as a list shows them (the list row: more than the brief row, no long texts)",
      query: `query($id: ID!) { node(id: $id) { ... on Organization { powers(first: 5, asOf: "${AS_OF}") { edges { node {
        id name code codeParts { area department type item subItem } seqNo levelLabel source { file row } undertakenBy { name } } } } } } }`,
      variables: { id: organization },
    },
    {
      name: "search hits with only their types' brief fields (each type's brief row)",
      query: `query($asOf: Date) { search(text: "食品", first: 40, asOf: $asOf) { score node { __typename
        ... on Organization { id name orgType validFrom validTo } ... on Power { id code name subName category validFrom validTo }
        ... on WhistleMatter { id name kind urgency responseLimitMinutes closeLimitDays remarks validFrom validTo }
        ... on TownshipDutyItem { id listKind name validFrom validTo } ... on LenientItem { id lenientKind: kind violation conditions validFrom validTo } } } }`,
      variables: { asOf: AS_OF },
    },
    {
      name: 'search hits with the texts of duty and lenient items (their whole rows)',
      query: `{ search(text: "食品", first: 40) { node { __typename
        ... on TownshipDutyItem { name departmentDuty basis } ... on LenientItem { violation penaltyBasis lenientBasis } } } }`,
      variables: {},
    },
    {
      name: 'search hits without their node',
      query: `{ search(text: "食品", first: 5) { score snippet } }`,
      variables: {},
    },
    {
      name: 'a forged cursor: the same error on both paths',
      query: `query($id: ID!) { node(id: $id) { ... on Organization { id powers(after: "bm90IGEgY3Vyc29y") { totalCount } } } }`,
      variables: { id: organization },
    },
    {
      name: 'aliases with different arguments, fragments and skip',
      query: `query($id: ID!, $no: Boolean!) { node(id: $id) { ...O } }
        fragment O on Organization { id
          now: powers(first: 2) { edges { node { id who: exercisedBy { name } } } }
          then: powers(first: 2, asOf: "2024-06-01") { totalCount edges { node { id exercisedBy(asOf: "2024-06-01") { name } } } }
          powers(first: 2) @skip(if: $no) { edges { node { basis { text } } } }
          ... on Organization { powers(first: 2) @skip(if: $no) { edges { node { name } } } } }`,
      variables: { id: organization, no: false },
    },
  ];
}

describe('compiled reads and the loaders (issue 15)', () => {
  it('answer a corpus generated from the schema (every field within depth 4, with and without asOf, filters and after) with the same JSON', async () => {
    const options = { depth: 4, asOf: '2024-06-01', first: 3 };
    const generated = generateCorpus(buildSchema(), roots(fixtures), options);
    // Again with only a type's brief fields selected where it has a brief row (compile.ts BriefRow), so
    // that row is read and every brief field's resolver runs on it.
    const texts = new Set(generated.map((q) => q.query));
    const brief = generateCorpus(buildSchema(), roots(fixtures), { ...options, scalarsOf: briefScalars })
      .filter((q) => !texts.has(q.query))
      .map((q) => ({ ...q, name: `${q.name} (brief)` }));
    const corpus = [...generated, ...brief, ...(await filtersAndCursors(fixtures))];
    expect(corpus.length).toBeGreaterThanOrEqual(100);
    const differing: string[] = [];
    for (const q of corpus) {
      const compiled = await answer(q, true);
      const loaders = await answer(q, false);
      // A query that fails validation compares nothing: both paths give the same error without reading.
      if (loaders.invalid) differing.push(`${q.name}: not a valid query\n${loaders.json}`);
      if (compiled.json !== loaders.json) differing.push(`${q.name}\n${whereTheyDiffer(compiled.json, loaders.json)}`);
    }
    expect(differing).toEqual([]);
  }, 600_000);

  it('reads each compiled read of the bench mix in one round trip, with the same JSON', async () => {
    const requests = ourRequests(fixtures);
    for (const name of READ_NAMES) {
      const q = { name, ...requests[name] };
      const compiled = await answer(q, true);
      const loaders = await answer(q, false);
      expect({ name, trips: compiled.trips }).toEqual({ name, trips: 1 });
      expect(loaders.trips).toBeGreaterThan(1);
      expect(compiled.json).toBe(loaders.json);
    }
  });

  it('produced statement shapes that each pass EXPLAIN, every projection piece among them', async () => {
    expect(shapes.size).toBeGreaterThan(0);
    const session = app.db.driver.session();
    const failures: string[] = [];
    try {
      for (const text of shapes.keys()) {
        try {
          // Assembled from the repository's own pieces (src/db/statement-shape.ts), never from user input.
          // eslint-disable-next-line no-restricted-syntax
          await session.run(`EXPLAIN ${text}`);
        } catch (error) {
          failures.push(`${text.slice(0, 200)}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    } finally {
      await session.close();
    }
    expect(failures).toEqual([]);
    const used = new Set<string>();
    const visit = (nodes: StatementShape['children']): void => {
      for (const n of nodes) {
        used.add(n.piece.piece);
        if (n.row) used.add(n.row.piece);
        visit(n.children);
      }
    };
    for (const shape of shapes.values()) visit(shape.children);
    const unused = CypherRegistry.load()
      .pieceNames()
      .filter((name) => name !== 'compiled/root' && name !== 'compiled/rows' && !used.has(name));
    expect(unused).toEqual([]);
  }, 600_000);
});
