import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { buildSchema, execute, getIntrospectionQuery, parse } from 'graphql';

import { introspectionCache } from './introspection-cache';

const schema = buildSchema('type Query { hello: String }', { assumeValid: true });

async function serve(enabled: boolean): Promise<{ run(query: string, variables?: Record<string, unknown>): Promise<unknown>; executions: () => number; size: () => number; stop(): Promise<void> }> {
  let executions = 0;
  const counter: ApolloServerPlugin = {
    requestDidStart: () =>
      Promise.resolve({
        executionDidStart: () => {
          executions += 1;
          return Promise.resolve();
        },
      }),
  };
  const cache = introspectionCache(enabled);
  const server = new ApolloServer({ schema, introspection: true, plugins: [cache.plugin, counter] });
  await server.start();
  return {
    async run(query, variables) {
      const response = await server.executeOperation({ query, ...(variables ? { variables } : {}) });
      return response.body.kind === 'single' ? response.body.singleResult : undefined;
    },
    executions: () => executions,
    size: () => cache.size,
    stop: () => server.stop(),
  };
}

describe('introspectionCache', () => {
  it('answers the standard query from the result computed at start-up, without executing it', async () => {
    const s = await serve(true);
    const expected = execute({ schema, document: parse(getIntrospectionQuery()) });
    expect(await s.run(getIntrospectionQuery())).toEqual({ data: JSON.parse(JSON.stringify((expected as { data: unknown }).data)) });
    expect(s.executions()).toBe(0);
    await s.stop();
  });

  it('executes another introspection document once, then answers it from memory, per variables', async () => {
    const s = await serve(true);
    const query = 'query T($n: String!) { __type(name: $n) { name kind } }';
    expect(await s.run(query, { n: 'Query' })).toEqual({ data: { __type: { name: 'Query', kind: 'OBJECT' } } });
    expect(await s.run(query, { n: 'Query' })).toEqual({ data: { __type: { name: 'Query', kind: 'OBJECT' } } });
    expect(s.executions()).toBe(1);
    expect(await s.run(query, { n: 'String' })).toEqual({ data: { __type: { name: 'String', kind: 'SCALAR' } } });
    expect(s.executions()).toBe(2);
    await s.stop();
  });

  it('never keeps a query that reads data, nor one of __typename alone, and holds at most 16 documents', async () => {
    const s = await serve(true);
    await s.run('{ hello __schema { queryType { name } } }');
    await s.run('{ hello __schema { queryType { name } } }');
    await s.run('{ __typename }');
    await s.run('{ __typename }');
    expect(s.executions()).toBe(4);
    for (let i = 0; i < 40; i += 1) await s.run(['{ a', String(i), ': __type(name: "Query") { name } }'].join(''));
    expect(s.size()).toBe(16);
    await s.stop();
  });

  it('does nothing when introspection is off', async () => {
    const s = await serve(false);
    await s.run(getIntrospectionQuery());
    await s.run(getIntrospectionQuery());
    expect(s.executions()).toBe(2);
    expect(s.size()).toBe(0);
    await s.stop();
  });
});
