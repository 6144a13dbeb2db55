/**
 * Queries a client repeats are executed by code compiled for them (graphql-jit), the others by
 * graphql-js. 重复的查询编译后执行。
 *
 * graphql-js interprets every field of every object: for a page of 500 overlaps it looks up each
 * field's definition, coerces its (absent) arguments and checks each value for a promise. A
 * province's full scan completes millions of fields, and that interpretation was about a third of
 * the service's busy time in a warm scan (docs/adr/0004, tenth round). graphql-jit generates a function per operation that
 * does the same work with the lookups done once.
 *
 * Compiling generates and evaluates JavaScript in one turn of the event loop: about 0.3 ms a field
 * on a loaded 2-core machine, 120 ms for a document of 400 fields that every limit lets through.
 * So a client must not be able to make the service compile at will:
 * - an operation is compiled only when it comes again (`compileAfter` sightings);
 * - only if it selects at most `maxFields` fields, fragments expanded (a page of overlaps with
 *   their organizations and powers selects 14);
 * - and only while compiling has taken less than `compileMsPerSecond` of the last second.
 * Anything else runs through graphql-js, as every request did before. At most `maxCompiled`
 * operations are remembered (their sightings counted, or their compiled form kept), the least
 * recently used forgotten.
 *
 * **A document with a string literal anywhere is never compiled.** graphql-jit 0.8.9 writes the
 * literal arguments of a field into the code it generates with `JSON.stringify`, then turns every
 * string of the form `"<its date marker>…"` back into `new Date(…)` by a regular expression; the
 * marker is a constant of its source. A client could so write JavaScript of its own into the
 * generated function, and it ran (tried: a literal argument set a global of the process,
 * test/integration/compiled-executor.test.ts keeps that out). Variables are passed as data, and
 * names, numbers, enums and booleans cannot carry code, so an operation whose strings all come in
 * variables (the bench's scans, for one) is compiled.
 *
 * Apollo Server takes another executor only through its gateway interface, which is what this is:
 * it hands Apollo the schema once and executes what Apollo has parsed, validated and let through.
 */
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  BREAK,
  execute,
  Kind,
  visit,
  type DocumentNode,
  type ExecutionResult,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

export interface JitOptions {
  /** Sightings of an operation before it is compiled (1: the first time). */
  compileAfter: number;
  /** Operations remembered, compiled or only counted; the least recently used are forgotten. */
  maxCompiled: number;
  /** Fields an operation may select (fragments expanded) and still be compiled. */
  maxFields: number;
  /** Milliseconds of compiling allowed in any one second. */
  compileMsPerSecond: number;
}

export const DEFAULT_JIT_OPTIONS: JitOptions = {
  compileAfter: 2,
  maxCompiled: 256,
  maxFields: 60,
  compileMsPerSecond: 50,
};

/** Whether the document has a string literal (an argument, a default value, a directive's). */
export function hasStringLiteral(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    StringValue() {
      found = true;
      return BREAK;
    },
  });
  return found;
}

/** Fields the operation selects, fragments expanded, counted up to `limit + 1`. */
export function fieldCount(document: DocumentNode, operationName: string | undefined, limit: number): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    else if (d.kind === Kind.OPERATION_DEFINITION && (operationName === undefined || d.name?.value === operationName))
      operation ??= d;
  }
  let count = 0;
  // Validation has refused cycles of fragments; `depth` only guards against a document that skipped it.
  const visit = (set: SelectionSetNode, depth: number): void => {
    for (const s of set.selections) {
      if (count > limit || depth > 64) return;
      if (s.kind === Kind.FIELD) {
        count += 1;
        if (s.selectionSet) visit(s.selectionSet, depth + 1);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        visit(s.selectionSet, depth + 1);
      } else {
        const fragment = fragments.get(s.name.value);
        if (fragment) visit(fragment.selectionSet, depth + 1);
      }
    }
  };
  if (operation) visit(operation.selectionSet, 0);
  return count;
}

/** The operation compiled, or null where graphql-jit refuses it (or fails: that is its bug, not the client's). */
function compileOrNull(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
): CompiledQuery | null {
  try {
    const compiled = compileQuery(schema, document, operationName);
    return isCompiledQuery(compiled) ? compiled : null;
  } catch {
    return null;
  }
}

/** `refused`: not to be compiled (a string literal, too many fields), or graphql-jit could not. */
type Entry = { seen: number; compiled: CompiledQuery | null; refused: boolean };

export type JitExecutor = GatewayExecutor & {
  /** Operations compiled and kept now. */
  readonly compiled: number;
};

/** The executor: graphql-js for an operation's first sightings, its compiled form after. */
export function jitExecutor(schema: GraphQLSchema, options: JitOptions = DEFAULT_JIT_OPTIONS): JitExecutor {
  const entries = new Map<string, Entry>();
  let compiledCount = 0;
  // Compile time spent in the current one-second window.
  let windowStart = 0;
  let windowMs = 0;
  const mayCompile = (now: number): boolean => {
    if (now - windowStart >= 1000) {
      windowStart = now;
      windowMs = 0;
    }
    return windowMs < options.compileMsPerSecond;
  };
  const entryOf = (key: string): Entry => {
    let entry = entries.get(key);
    if (entry) {
      entries.delete(key);
    } else {
      entry = { seen: 0, compiled: null, refused: false };
    }
    entries.set(key, entry);
    while (entries.size > options.maxCompiled) {
      const oldest = entries.keys().next().value;
      if (oldest === undefined) break;
      if (entries.get(oldest)?.compiled) compiledCount -= 1;
      entries.delete(oldest);
    }
    return entry;
  };
  const executor = async (request: Parameters<GatewayExecutor>[0]): Promise<ExecutionResult> => {
    const operationName = request.operationName ?? undefined;
    const variables = request.request.variables ?? {};
    const entry = entryOf(`${request.queryHash}\u0000${operationName ?? ''}`);
    entry.seen += 1;
    if (entry.compiled === null && !entry.refused && entry.seen >= options.compileAfter) {
      const started = performance.now();
      if (
        hasStringLiteral(request.document) ||
        fieldCount(request.document, operationName, options.maxFields) > options.maxFields
      ) {
        entry.refused = true;
      } else if (mayCompile(started)) {
        const compiled = compileOrNull(schema, request.document, operationName);
        windowMs += performance.now() - started;
        // A document graphql-jit cannot compile keeps running through graphql-js.
        if (compiled !== null) {
          entry.compiled = compiled;
          compiledCount += 1;
        } else {
          entry.refused = true;
        }
      }
    }
    if (entry.compiled !== null) return entry.compiled.query(undefined, request.context, variables);
    return execute({
      schema,
      document: request.document,
      contextValue: request.context,
      variableValues: variables,
      operationName,
    });
  };
  // An accessor: Object.assign would copy the count of the moment.
  return Object.defineProperty(executor, 'compiled', { get: () => compiledCount, enumerable: true }) as JitExecutor;
}

/** The gateway Apollo Server asks for its schema and executor. */
export function jitGateway(schema: GraphQLSchema, executor: GatewayExecutor): GatewayInterface {
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    load: () => Promise.resolve({ executor }),
    stop: () => Promise.resolve(),
  };
}
