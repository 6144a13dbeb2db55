/**
 * Operations a client repeats run compiled (src/server/jit-executor.ts): the compiled form answers
 * exactly what graphql-js answered the first time, data and errors alike, and a document selecting
 * more fields than GRAPHQL_COMPILE_MAX_FIELDS is never compiled.
 */
import { toGlobalId } from '../../src/shared/global-id';
import { AnalysisBuilder } from '../support/analysis-builders';
import { startTestApp, uniquePrefix, type TestApp } from '../support/app';

const OVERLAPS = `query Scan($asOf: Date!, $after: String, $filter: OverlapFilter) {
  overlaps(asOf: $asOf, first: 500, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id kind explanation division { code name } organizations { id name } powers { id name } } }
  }
}`;
const FINDINGS = `query Findings($asOf: Date!, $filter: FindingFilter) {
  findings(asOf: $asOf, first: 500, filter: $filter) { totalCount edges { node { id kind severity explanation evidence subject { id __typename } organizations { id } } } }
}`;
// A cursor that is not one: BAD_USER_INPUT, with its field and value in the extensions.
const BAD_CURSOR = `query Bad($asOf: Date!, $after: String) { overlaps(asOf: $asOf, first: 5, after: $after) { totalCount } }`;

let app: TestApp;
const prefix = uniquePrefix('编译');
// This file's two bureaus: the pages read their partition, whatever else the database holds.
let mine: { organizationIds: string[] };

beforeAll(async () => {
  app = await startTestApp({ GRAPHQL_COMPILE_AFTER: '2', GRAPHQL_COMPILE_MAX_FIELDS: '30' });
  const b = new AnalysisBuilder(app, prefix);
  await b.graph.divisions([{ code: `${prefix}c`, name: `${prefix}县`, level: 'COUNTY' }]);
  const [d1, d2] = await b.graph.orgs([
    { name: '住建局', orgType: 'GOV_DEPT', divisionCode: `${prefix}c` },
    { name: '城管局', orgType: 'GOV_DEPT', divisionCode: `${prefix}c` },
  ]);
  mine = { organizationIds: [d1!, d2!].map((id) => toGlobalId('Organization', id)) };
  await b.powers([
    { key: 'p1', name: '对占用城市道路堆放物料的处罚', holders: [d1!] },
    { key: 'p2', name: '对占用城市道路堆放物料的处罚', holders: [d2!] },
  ]);
});

afterAll(async () => {
  await app.close();
});

async function post(query: string, variables: Record<string, unknown> = {}): Promise<{ status: number; body: string }> {
  const response = await app.request('/graphql', {
    method: 'POST',
    // One request id for all, so that answers compare whole (errors carry it).
    headers: { 'content-type': 'application/json', 'x-request-id': 'compiled-executor' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: await response.text() };
}

test('a repeated operation is compiled once and answers as graphql-js did', async () => {
  const before = app.executor!.compiled;
  for (const [query, variables] of [
    [OVERLAPS, { asOf: '2025-06-01', after: null, filter: mine }],
    [FINDINGS, { asOf: '2025-06-01', filter: mine }],
    [BAD_CURSOR, { asOf: '2025-06-01', after: 'not-a-cursor' }],
  ] as const) {
    const first = await post(query, variables);
    const second = await post(query, variables);
    const third = await post(query, variables);
    expect(second).toEqual(first);
    expect(third).toEqual(first);
  }
  expect(app.executor!.compiled - before).toBe(3);
  const scan = JSON.parse((await post(OVERLAPS, { asOf: '2025-06-01', after: null, filter: mine })).body) as {
    data: { overlaps: { totalCount: number; edges: { node: { division: { name: string } | null } }[] } };
  };
  // Not an empty page compared with itself: the county's two bureaus overlap.
  expect(scan.data.overlaps.edges.some((e) => e.node.division?.name === `${prefix}县`)).toBe(true);
  const bad = JSON.parse((await post(BAD_CURSOR, { asOf: '2025-06-01', after: 'not-a-cursor' })).body) as {
    errors: { extensions: { code: string } }[];
  };
  expect(bad.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
});

test('a string literal never reaches generated code', async () => {
  // graphql-jit 0.8.9 turns a literal string that starts with its date marker into code of the
  // client's: compiled, this document set a global of the process (src/server/jit-executor.ts).
  const marker = '__MAGIC_DATE__33a9e76d_02e0_4128_8e92_3530ad3da74d';
  const injection = `query Injection {
    search(text: "${marker}0),x:(globalThis.qzInjected=1),y:new Date(0", first: 1) { __typename }
  }`;
  const before = app.executor!.compiled;
  const answers = [await post(injection), await post(injection), await post(injection)];
  expect(answers[1]).toEqual(answers[0]);
  expect(answers[2]).toEqual(answers[0]);
  expect((globalThis as Record<string, unknown>)['qzInjected']).toBeUndefined();
  expect(app.executor!.compiled).toBe(before);
  // The same read with its text in a variable is compiled, and answers the same.
  const safe = `query Safe($text: String!) { search(text: $text, first: 1) { __typename } }`;
  const text = `${marker}0),x:(globalThis.qzInjected=1),y:new Date(0`;
  const first = await post(safe, { text });
  expect(await post(safe, { text })).toEqual(first);
  expect(app.executor!.compiled).toBe(before + 1);
  expect((globalThis as Record<string, unknown>)['qzInjected']).toBeUndefined();
  expect(JSON.parse(first.body)).toEqual(JSON.parse(answers[0]!.body));
});

test('a document over the field limit keeps running through graphql-js', async () => {
  // 36 fields, over the 30 this app allows (the first test's pages select 19 and 14).
  const large = `query Large($asOf: Date!, $filter: OverlapFilter) {
    overlaps(asOf: $asOf, first: 20, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id kind category score explanation explanationEn asOf
        division { code name level }
        organizations { id name orgType }
        powers { id name category code }
        provision { id }
        enforcementItems { id }
        whistleMatters { id } } }
    }
  }`;
  const before = app.executor!.compiled;
  const answers = [
    await post(large, { asOf: '2025-06-01', filter: mine }),
    await post(large, { asOf: '2025-06-01', filter: mine }),
  ];
  expect(answers[0]!.body).not.toMatch(/"errors"/u);
  expect(answers[0]!.status).toBe(200);
  expect(JSON.parse(answers[0]!.body)).not.toHaveProperty('errors');
  expect(answers[1]).toEqual(answers[0]);
  expect(app.executor!.compiled).toBe(before);
});

test('GRAPHQL_COMPILE_AFTER=0 executes everything through graphql-js', async () => {
  const plain = await startTestApp({ GRAPHQL_COMPILE_AFTER: '0' });
  try {
    expect(plain.executor).toBeNull();
    const response = await plain.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'compiled-executor' },
      body: JSON.stringify({ query: OVERLAPS, variables: { asOf: '2025-06-01', after: null, filter: mine } }),
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe((await post(OVERLAPS, { asOf: '2025-06-01', after: null, filter: mine })).body);
  } finally {
    await plain.close();
  }
});
