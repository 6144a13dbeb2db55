import {
  getNamedType,
  isCompositeType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import type { Driver } from 'neo4j-driver';

import { buildSchema } from '../../src/schema';
import { startTestApp, type TestApp } from '../support/app';
import { graphCounts } from '../support/security-graph-counts';
import { sampleInput } from '../support/sample-input';

/**
 * Hostile text through every String/ID argument of every Query field (and the String fields of
 * their input objects), taken from the schema so new fields are covered without editing this
 * test: no internal error, no internal text in any answer, no write transaction, graph unchanged.
 * 恶意字符串经由每个查询字段的每个字符串参数：无内部错误、无内部信息泄露、图不变。
 */

const HOSTILE = [
  "' OR 1=1 //",
  '" }) MATCH (n) DETACH DELETE n //',
  "'}) CREATE (:Pwned {at: 1}) //",
  "\\' RETURN 1 //",
  '$name',
  '{name: "x"}',
  'CALL db.labels() YIELD label RETURN label',
  '*:*',
  'name:* OR id:* AND NOT x~0.5^2',
  '((((((((((',
  '"unterminated',
  '/.*/',
  '\\',
  '\\\\\\"\\u0000',
  '\u0000\u0001\u001f',
  '\u202e\u200b\ufeff',
  '😀𠀀市场监督管理局',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '-- ; DROP DATABASE neo4j',
  'T0RH:organizations:x',
  'A'.repeat(10 * 1024),
  '('.repeat(10 * 1024),
  '中'.repeat(5 * 1024),
];

/** Markers of internal text that must never reach a client. */
const INTERNALS =
  /Neo4j|Neo\.|Cypher|ClientError|TransientError|\bMATCH\b|\bRETURN\b|\.ts:\d|at \w+ \(|node_modules|lucene|ParseException/i;


const isText = (type: GraphQLInputType): boolean => ['String', 'ID'].includes(getNamedType(type).name);

/** A place hostile text can go: an argument, or a String/ID field of an input-object argument. */
interface Target {
  field: GraphQLField<unknown, unknown>;
  arg: GraphQLArgument;
  inputField?: string;
  label: string;
}

function targets(): Target[] {
  const schema = buildSchema();
  return Object.values(schema.getQueryType()!.getFields()).flatMap((field) =>
    field.args.flatMap((arg): Target[] => {
      if (isText(arg.type)) return [{ field, arg, label: `${field.name}(${arg.name})` }];
      const named = getNamedType(arg.type);
      if (!isInputObjectType(named)) return [];
      return Object.values(named.getFields())
        .filter((f) => isText(f.type))
        .map((f) => ({ field, arg, inputField: f.name, label: `${field.name}(${arg.name}.${f.name})` }));
    }),
  );
}

function request(target: Target, hostile: string): { query: string; variables: Record<string, unknown> } {
  const { field, arg, inputField } = target;
  const used = field.args.filter((a) => a === arg || isNonNullType(a.type));
  const variables = Object.fromEntries(used.map((a) => [a.name, sampleInput(a.type)]));
  const wrap = (type: GraphQLInputType, value: unknown): unknown =>
    isListType(isNonNullType(type) ? type.ofType : type) ? [value] : value;
  if (inputField === undefined) variables[arg.name] = wrap(arg.type, hostile);
  else {
    const input = getNamedType(arg.type);
    const fieldType = isInputObjectType(input) ? input.getFields()[inputField]!.type : arg.type;
    variables[arg.name] = { ...(variables[arg.name] as object | undefined), [inputField]: wrap(fieldType, hostile) };
  }
  const definitions = used.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return {
    query: `query Hostile(${definitions}) { ${field.name}(${used.map((a) => `${a.name}: $${a.name}`).join(', ')})${selection} }`,
    variables,
  };
}

/** Counts write transactions opened through the app's driver. */
function watchWrites(driver: Driver): { writes: number } {
  const seen = { writes: 0 };
  const open = driver.session.bind(driver);
  driver.session = (...args: Parameters<Driver['session']>) => {
    const session = open(...args);
    const executeWrite = session.executeWrite.bind(session);
    session.executeWrite = ((...a: Parameters<typeof executeWrite>) => {
      seen.writes += 1;
      return executeWrite(...a);
    }) as typeof session.executeWrite;
    return session;
  };
  return seen;
}

describe('hostile strings through every String/ID argument of every query', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ RATE_LIMIT_MAX: '1000000' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('finds argument targets in the schema', () => {
    const labels = targets().map((t) => t.label);
    expect(labels).toEqual(expect.arrayContaining(['node(id)', 'organizations(filter.nameContains)', 'search(text)']));
  });

  it('leaks nothing, fails nothing internally, writes nothing', async () => {
    const before = await graphCounts(app.db);
    const watch = watchWrites(app.db.driver);
    const jobs = targets().flatMap((target) => HOSTILE.map((hostile) => ({ target, hostile })));
    const problems: string[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < jobs.length) {
          const { target, hostile } = jobs[next++]!;
          const response = await app.request('/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(request(target, hostile)),
          });
          const text = await response.text();
          const body = JSON.parse(text) as { errors?: { message: string; extensions?: Record<string, unknown> }[] };
          const sample = JSON.stringify(hostile.slice(0, 30));
          if (response.status >= 500) problems.push(`${target.label} ${sample}: HTTP ${response.status}`);
          for (const error of body.errors ?? []) {
            if (error.extensions?.['code'] === 'INTERNAL_SERVER_ERROR')
              problems.push(`${target.label} ${sample}: INTERNAL_SERVER_ERROR`);
            const leaked = INTERNALS.exec(
              JSON.stringify({ ...error, extensions: { ...error.extensions, value: undefined } }),
            );
            if (leaked)
              problems.push(`${target.label} ${sample}: leaks "${leaked[0]}" in ${error.message.slice(0, 120)}`);
          }
        }
      }),
    );
    expect(problems).toEqual([]);
    expect(watch.writes).toBe(0);
    expect(await graphCounts(app.db)).toEqual(before);
  });
});
