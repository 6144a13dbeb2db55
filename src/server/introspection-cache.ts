/**
 * Introspection answered from memory. 内省结果缓存。
 *
 * The schema's introspection is 135 KB of JSON built synchronously by graphql-js: about 50 ms warm
 * and 130 ms the first time on a loaded 2-core machine, time in which the event loop answers
 * nothing else (not even /health). Its result depends on the schema and the document alone, so
 * it is computed once: the standard query at start-up, any other introspection-only document the
 * first time it comes (a bounded, least-recently-used set). Limits still apply first: the hook
 * runs after validation and the cost plugin, in place of execution only.
 */
import { createHash } from 'node:crypto';

import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { execute, getIntrospectionQuery, Kind, OperationTypeNode, parse, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);
/** Distinct introspection documents kept (GraphiQL, Apollo Sandbox and codegen each send one). */
const MAX_ENTRIES = 16;
/** Larger variables are not worth a key: such a request runs as usual. */
const MAX_KEY_CHARS = 4096;

/** A query whose root selects only __schema / __type (and __typename), at least one of the first. */
export function introspectionOnly(operation: OperationDefinitionNode | undefined): boolean {
  if (operation?.operation !== OperationTypeNode.QUERY) return false;
  const selections = operation.selectionSet.selections;
  return (
    selections.every((s) => s.kind === Kind.FIELD && (INTROSPECTION_ROOTS.has(s.name.value) || s.name.value === '__typename')) &&
    selections.some((s) => s.kind === Kind.FIELD && INTROSPECTION_ROOTS.has(s.name.value))
  );
}

const keyOf = (queryHash: string, operationName: string | null, variables: Record<string, unknown> | undefined): string =>
  `${queryHash}|${operationName ?? ''}|${JSON.stringify(variables ?? {})}`;

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export interface IntrospectionCache {
  plugin: ApolloServerPlugin;
  /** Entries held (for tests). */
  readonly size: number;
}

export function introspectionCache(enabled: boolean): IntrospectionCache {
  const results = new Map<string, Record<string, unknown>>();
  const remember = (key: string, data: Record<string, unknown>): void => {
    results.delete(key);
    results.set(key, data);
    if (results.size > MAX_ENTRIES) results.delete(results.keys().next().value ?? '');
  };
  const plugin: ApolloServerPlugin = {
    serverWillStart({ schema }: { schema: GraphQLSchema }) {
      if (enabled) {
        // Paid before the first request: the standard query (GraphiQL's, getIntrospectionQuery()).
        const query = getIntrospectionQuery();
        const result = execute({ schema, document: parse(query) });
        if (!('then' in result) && result.errors === undefined && result.data) {
          remember(keyOf(sha256(query), 'IntrospectionQuery', {}), result.data);
        }
      }
      return Promise.resolve();
    },
    requestDidStart() {
      let key: string | null = null;
      let hit = false;
      return Promise.resolve({
        responseForOperation(context) {
          if (!enabled || context.queryHash === undefined || !introspectionOnly(context.operation)) return Promise.resolve(null);
          key = keyOf(context.queryHash, context.operationName, context.request.variables);
          if (key.length > MAX_KEY_CHARS) key = null;
          const data = key === null ? undefined : results.get(key);
          if (data === undefined || key === null) return Promise.resolve(null);
          hit = true;
          remember(key, data);
          return Promise.resolve({ http: { headers: new HeaderMap() }, body: { kind: 'single' as const, singleResult: { data } } });
        },
        willSendResponse({ response }) {
          const body = response.body;
          if (key !== null && !hit && body.kind === 'single' && body.singleResult.errors === undefined && body.singleResult.data) {
            remember(key, body.singleResult.data);
          }
          return Promise.resolve();
        },
      });
    },
  };
  return {
    plugin,
    get size() {
      return results.size;
    },
  };
}
