import { Kind, getIntrospectionQuery, parse, specifiedRules, validate, type GraphQLSchema } from 'graphql';

import { buildSchema } from '../schema';
import { ANALYSIS_COST, costLimitOf, LIST_DIFF_COST, operationCost } from './cost-limit';
import { shapeLimitRule, type ShapeLimits } from './query-limits';

const LIMITS: ShapeLimits = { depth: 10, introspectionDepth: 15, aliases: 30, rootFields: 20, directives: 20 };

let schema: GraphQLSchema;
beforeAll(() => {
  schema = buildSchema();
});

const shapeErrors = (query: string, limits: ShapeLimits = LIMITS): string[] =>
  validate(schema, parse(query), [...specifiedRules, shapeLimitRule(limits)]).map((e) => e.message);

const costOf = (query: string, variables: Record<string, unknown> = {}): number => {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operation?.kind !== Kind.OPERATION_DEFINITION) throw new Error('no operation');
  return operationCost(schema, document, operation, variables, 500).cost;
};

/** Fragment F0 selects `parent` twice through F1, which does the same with F2...: 2^levels fields expanded. */
const fragmentBomb = (levels: number, spread = (n: number): string => `...F${n}`): string => {
  const fragments = Array.from({ length: levels }, (_, i) =>
    i === levels - 1
      ? `fragment F${i} on Organization { id name }`
      : `fragment F${i} on Organization { a${i}: parent { ${spread(i + 1)} } b${i}: parent { ${spread(i + 1)} } }`,
  );
  return `{ organizations(first: 1) { edges { node { ...F0 } } } } ${fragments.join(' ')}`;
};

describe('shape limits', () => {
  it('measures a document of nested fragment spreads in linear time and refuses its expanded aliases', () => {
    const started = performance.now();
    const errors = shapeErrors(fragmentBomb(40));
    expect(performance.now() - started).toBeLessThan(200);
    expect(errors.join('\n')).toMatch(/aliases: \d+ exceeds/);
    expect(errors.join('\n')).toMatch(/query depth: \d+ exceeds/);
  });

  it('counts fragments at every spread: ten fragments of three aliases spread once each pass, twice each fail', () => {
    const fragments = Array.from({ length: 10 }, (_, i) => `fragment G${i} on Organization { x${i}: id y${i}: name z${i}: id }`);
    const once = `{ organizations(first: 1) { edges { node { ${fragments.map((_, i) => `...G${i}`).join(' ')} } } } } ${fragments.join(' ')}`;
    expect(shapeErrors(once)).toEqual([]);
    const inAlias = `{ organizations(first: 1) { edges { node { p: parent { ${fragments.map((_, i) => `...G${i}`).join(' ')} } q: parent { ${fragments.map((_, i) => `...G${i}`).join(' ')} } } } } } ${fragments.join(' ')}`;
    expect(shapeErrors(inAlias).join()).toMatch(/aliases: 62 exceeds/);
  });

  it('refuses fragment cycles (fails closed, no stack overflow)', () => {
    const errors = shapeErrors(
      '{ organizations(first: 1) { edges { node { ...A } } } } fragment A on Organization { parent { ...B } } fragment B on Organization { parent { ...A } }',
    );
    expect(errors.join()).toMatch(/could not be measured|cannot spread/i);
  });

  it('counts root fields and directives on the expanded operation', () => {
    const roots = Array.from({ length: 21 }, (_, i) => `r${i}: __typename`).join(' ');
    expect(shapeErrors(`{ ${roots} }`).join()).toMatch(/root fields: 21 exceeds/);
    const directives = Array.from({ length: 21 }, () => '@include(if: true)').join(' ');
    expect(shapeErrors(`{ __typename ${directives} }`).join()).toMatch(/directives: 21 exceeds/);
  });

  it('lets the standard introspection query through and refuses nested introspection', () => {
    expect(shapeErrors(getIntrospectionQuery())).toEqual([]);
    const nested = `{ __schema { types { ${'fields { type { '.repeat(8)} name ${'} } '.repeat(8)} } } }`;
    expect(shapeErrors(nested).join()).toMatch(/introspection depth: \d+ exceeds/);
  });
});

describe('cost', () => {
  it('charges an explicit first: null as the default page', () => {
    const explicit = costOf('{ organizations(first: null) { edges { node { id } } } }');
    const absent = costOf('{ organizations { edges { node { id } } } }');
    expect(explicit).toBe(absent);
    expect(explicit).toBeGreaterThan(50);
    expect(costOf('query Q($n: Int) { organizations(first: $n) { edges { node { id } } } }', { n: null })).toBe(absent);
  });

  it('charges an analysis its real cost whatever first is, once per alias', () => {
    expect(costOf('{ overlaps(first: 0) { totalCount } }')).toBeGreaterThanOrEqual(ANALYSIS_COST);
    const aliases = Array.from({ length: 6 }, (_, i) => `f${i}: findings(first: 0, asOf: "2026-0${i + 1}-01") { totalCount }`);
    expect(costOf(`{ ${aliases.join(' ')} }`)).toBeGreaterThan(100_000);
  });

  it('charges a list diff its reads and its changes by their bound, and a division diff as an analysis (heavy)', () => {
    const counts = costOf('{ listDiff(organizationId: "x", from: "2024-01-01", to: "2025-01-01") { counts { added } } }');
    expect(counts).toBeGreaterThanOrEqual(LIST_DIFF_COST);
    const changes = costOf('{ listDiff(organizationId: "x", from: "2024-01-01", to: "2025-01-01") { changes { name before { id } } } }');
    expect(changes - counts).toBeGreaterThanOrEqual(1000 * 2);
    expect(costOf('{ divisionDiff(divisionCode: "650200", from: "2024-01-01", to: "2025-01-01") { totals { added } } }')).toBeGreaterThanOrEqual(ANALYSIS_COST);
    // Six aliases of a division diff are refused (over the default budget of 100,000).
    const aliases = Array.from({ length: 6 }, (_, i) => `d${i}: divisionDiff(divisionCode: "65020${i}", from: "2024-01-01", to: "2025-01-01") { totals { added } }`);
    expect(costOf(`{ ${aliases.join(' ')} }`)).toBeGreaterThan(100_000);
  });

  it('charges neighborhood by depth × limit', () => {
    const shallow = costOf('{ neighborhood(ids: ["x"], depth: 1, limit: 100) { nodes { id } } }');
    const deep = costOf('{ neighborhood(ids: ["x"], depth: 3, limit: 2000) { nodes { id } edges { id } } }');
    expect(shallow).toBeGreaterThanOrEqual(100);
    expect(deep).toBeGreaterThanOrEqual(3 * 2000);
  });

  it('charges lists without first by their bound, not as one item', () => {
    const one = costOf('{ powers(first: 10) { edges { node { id } } } }');
    const withList = costOf('{ powers(first: 10) { edges { node { id exercisedBy { id name } } } } }');
    expect(withList - one).toBeGreaterThanOrEqual(10 * 20);
  });

  it('charges introspection by the schema (the standard query passes however large the schema grows, nesting does not)', () => {
    const limitOf = (query: string): number => {
      const operation = parse(query).definitions[0];
      if (operation?.kind !== Kind.OPERATION_DEFINITION) throw new Error('not an operation');
      return costLimitOf(schema, operation, 100_000);
    };
    const standard = costOf(getIntrospectionQuery());
    expect(standard).toBeLessThanOrEqual(limitOf(getIntrospectionQuery()));
    expect(limitOf(getIntrospectionQuery())).toBe(Math.max(100_000, 2 * standard));
    const nested = `{ __schema { types { ${'fields { type { '.repeat(6)} name ${'} } '.repeat(6)} } } }`;
    expect(costOf(nested)).toBeGreaterThan(limitOf(nested));
    // A document that also reads data has the configured limit, however much it introspects.
    expect(limitOf(`{ powers(first: 1) { totalCount } __schema { types { name } } }`)).toBe(100_000);
  });

  it('costs a fragment bomb in linear time', () => {
    const started = performance.now();
    expect(costOf(fragmentBomb(60))).toBeGreaterThan(1e15);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
