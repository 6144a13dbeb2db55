import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  getArgumentValues,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  getVariableValues,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  parse,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

import { Busy, type Release, type Semaphore } from '../shared/concurrency';
import { isAppError } from '../errors';
import { isIsoDate, today } from '../shared/dates';
import { trendStepCount } from '../features/statistics/trend-dates';
import { introspectionOnly } from './introspection-cache';

/**
 * Analyses and heavy operations (cost ≥ heavyCost) run at most `gate`'s size at once; others wait
 * up to `waitMs`, then get 429. A request
 * that runs one gets `budgetMs` for its database work instead of the ordinary request budget.
 */
export interface AnalysisGate {
  gate: Semaphore;
  waitMs: number;
  budgetMs: number;
}

export interface CostLimits {
  /** Largest `first` any field may ask for. 单页上限。 */
  maxFirst: number;
  /** Largest estimated cost of one operation. 查询成本上限。 */
  cost: number;
  /** From this cost an operation is heavy: it waits for a slot of the same gate as analyses. */
  heavyCost: number;
}

/**
 * What one run of an analysis costs in cost units, whatever page of it is asked for: the overlap
 * and finding scans read every power of the scope (`first: 0` does not make them cheaper), and an
 * impact runs both twice (without and with the plan). One analysis is a fifth of the default budget.
 * 分析字段按实际工作量计费，与 first 无关。
 */
export const ANALYSIS_COST = 20_000;
/** What comparing one organization's list on two days costs, whatever is selected of it. 单个机构版本比对的成本。 */
export const LIST_DIFF_COST = 2_000;

/**
 * One run of the statistics: four statements reading every power and list row of the scope's
 * organizations (133 ms for the demo city; not yet measured at province scale). A trend is charged one
 * run per step (at most 40 steps), so a long monthly trend costs what an analysis does.
 * 统计按次计费，趋势按步数计费。
 */
export const STATISTICS_COST = 2_000;

const FIXED_COST: Readonly<Record<string, number>> = {
  'Query.overlaps': ANALYSIS_COST,
  'Query.findings': ANALYSIS_COST,
  'Query.reassignmentImpact': 2 * ANALYSIS_COST,
  // Applying a plan measures its impact first (both analyses, in its own transaction).
  'Mutation.applyReassignment': 2 * ANALYSIS_COST,
  // One organization's rows on two days and their change sets: a list holds at most a few
  // thousand rows (the largest Karamay list 442).
  'Query.listDiff': LIST_DIFF_COST,
  // Every organization of a division compared: an analysis's worth of reads, so heavy (gated).
  'Query.divisionDiff': ANALYSIS_COST,
  // A summary reads the kept analysis of its scope, computing the partitions not kept: both analyses.
  'Query.analysisSummary': 2 * ANALYSIS_COST,
  'Query.statistics': STATISTICS_COST,
  // A request's "as if approved" view is an impact; submitting, accepting and publishing compute one.
  'ChangeRequest.whatIf': 2 * ANALYSIS_COST,
  'Mutation.transitionChangeRequest': 2 * ANALYSIS_COST,
  // The four catalog findings for one organization or up to 500 of a division (issue 17 §1): an
  // analysis's worth of reads at most.
  'Query.catalogConformance': ANALYSIS_COST,
};

/** Steps of a trend as its arguments ask (the resolver refuses more than 40; the cost counts them all). */
function trendSteps(args: Record<string, unknown>): number {
  const from = typeof args['from'] === 'string' ? args['from'] : '';
  const to = typeof args['to'] === 'string' ? args['to'] : today();
  const interval = args['interval'];
  if (!isIsoDate(from) || !isIsoDate(to) || (interval !== 'MONTH' && interval !== 'QUARTER' && interval !== 'YEAR')) return 1;
  return Math.max(1, trendStepCount(from, to, interval));
}

/** What one hop of a graph slice costs per node of its `limit` (a node's relationships are read). */
export const NEIGHBORHOOD_HOP_COST = 5;

/**
 * Lists without `first` are charged their bound: the largest size the data model lets them reach
 * (a power's citations, an overlap's powers...). The graph slice's nodes and edges and a
 * connection's edges are already charged by their field's `limit`/`first`.
 */
export const DEFAULT_LIST_BOUND = 20;
const LIST_BOUNDS: Readonly<Record<string, number>> = {
  'GraphSlice.nodes': 1,
  'GraphSlice.edges': 1,
  'ReassignmentImpact.affectedPowers': 500,
  'ReassignmentImpact.affectedEnforcementItems': 500,
  'ReassignmentImpact.affectedWhistleMatters': 500,
  'ReassignmentImpact.affectedDutyItems': 500,
  'ReassignmentImpact.affectedLenientItems': 500,
  'ReassignmentImpact.overlapsCreated': 100,
  'ReassignmentImpact.overlapsResolved': 100,
  'ReassignmentImpact.findingsCreated': 100,
  'ReassignmentImpact.findingsResolved': 100,
  'ReassignmentImpact.respondentChanges': 500,
  // A conformance's rows: one organization's list and its catalog level (the forestry catalog has 161
  // county items); a division's are more, charged as a large list.
  'CatalogConformance.rows': 1000,
  'CatalogConformance.assignments': 100,
  // A list diff holds at most a list's rows twice over (each row added and removed).
  'ListDiff.changes': 1000,
  'ListDiff.changesOfKind': 500,
  'DivisionDiff.organizations': 500,
  // Organizations × categories of a department's division; a matrix has a cell per pair sharing an overlap.
  'Statistics.groups': 200,
  'TrendPoint.groups': 200,
  'AnalysisSummary.organizations': 200,
  'OverlapMatrix.organizations': 100,
  'OverlapMatrix.cells': 500,
  // A request's steps: a few per stage, more when returned and resubmitted.
  'ChangeRequest.history': 30,
  'ChangeRequestChecks.findingsCreated': 100,
  'ChangeRequestChecks.overlapsCreated': 100,
};

const limitRefusal = (zh: string, en: string, extensions: Record<string, unknown>): GraphQLError =>
  new GraphQLError(`${zh} / ${en}`, { extensions: { ...extensions, http: { status: 400 } } });

interface TooLarge {
  field: string;
  value: number;
}

/**
 * Introspection lists are bounded by the schema itself. Their bound is the schema's average (a
 * type's fields: all fields over all types), so the standard introspection query costs about what
 * its answer holds, while nesting `fields { type { fields ... } }` multiplies as it really would.
 */
function introspectionBounds(schema: GraphQLSchema): Record<string, number> {
  const types = Object.values(schema.getTypeMap());
  let withFields = 0;
  let fields = 0;
  let args = 0;
  for (const type of types) {
    if (isObjectType(type) || isInterfaceType(type)) {
      const list = Object.values(type.getFields());
      withFields += 1;
      fields += list.length;
      for (const field of list) args += field.args.length;
    } else if ('getValues' in type) {
      withFields += 1;
      fields += type.getValues().length;
    } else if ('getFields' in type) {
      withFields += 1;
      fields += Object.keys(type.getFields()).length;
    }
  }
  const perType = Math.max(1, Math.ceil(fields / Math.max(1, withFields)));
  const perField = Math.max(1, Math.ceil(args / Math.max(1, fields)));
  return {
    '__Schema.types': types.length,
    '__Schema.directives': schema.getDirectives().length,
    '__Type.fields': perType,
    '__Type.inputFields': perType,
    '__Type.enumValues': perType,
    '__Type.interfaces': perField,
    '__Type.possibleTypes': perType,
    '__Field.args': perField,
    '__Directive.args': perField,
    '__Directive.locations': 1,
  };
}

/**
 * The cost of one operation with its variables: each field 1; a page (`first`) multiplies its
 * selection by its effective size (an explicit null is the default page); `neighborhood` by
 * `limit`, plus depth × limit for the walk; a list without `first` by its bound; an analysis
 * field adds what its analysis costs. Each fragment is costed once per request (linear time).
 * 按变量计算查询成本：分页乘以实际页大小，分析字段按实际工作量计费，片段只计算一次。
 */
class CostMeter {
  readonly tooLarge: TooLarge[] = [];
  /** Analysis fields in the operation (each spread of a fragment holding one counts). */
  analyses = 0;
  private readonly memo = new Map<string, number>();
  private readonly visiting = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
    private readonly maxFirst: number,
    private readonly bounds: Readonly<Record<string, number>>,
  ) {}

  selectionSet(set: SelectionSetNode | undefined, parent: GraphQLCompositeType): number {
    if (set === undefined) return 0;
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        cost += this.field(selection, parent);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? this.schema.getType(selection.typeCondition.name.value) : parent;
        if (!isCompositeType(condition)) throw new Error('inline fragment on a non-composite type');
        cost += this.selectionSet(selection.selectionSet, condition);
      } else {
        cost += this.fragment(selection.name.value);
      }
    }
    return cost;
  }

  private fragment(name: string): number {
    const known = this.memo.get(name);
    if (known !== undefined) return known;
    const definition = this.fragments.get(name);
    if (definition === undefined || this.visiting.has(name)) throw new Error(`fragment ${name} unknown or cyclic`);
    const condition = this.schema.getType(definition.typeCondition.name.value);
    if (!isCompositeType(condition)) throw new Error('fragment on a non-composite type');
    this.visiting.add(name);
    const cost = this.selectionSet(definition.selectionSet, condition);
    this.visiting.delete(name);
    this.memo.set(name, cost);
    return cost;
  }

  private definition(node: FieldNode, parent: GraphQLCompositeType): GraphQLField<unknown, unknown> {
    const name = node.name.value;
    if (name === '__typename') return TypeNameMetaFieldDef;
    if (name === '__schema') return SchemaMetaFieldDef;
    if (name === '__type') return TypeMetaFieldDef;
    const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
    if (field === undefined) throw new Error(`unknown field ${parent.name}.${name}`);
    return field;
  }

  /** The argument's value, or its schema default when absent or explicitly null. */
  private sizeArgument(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>, name: string): number | undefined {
    const definition = field.args.find((a) => a.name === name);
    if (definition === undefined) return undefined;
    const given = args[name];
    const value = typeof given === 'number' ? given : definition.defaultValue;
    return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, value) : this.maxFirst;
  }

  private field(node: FieldNode, parent: GraphQLCompositeType): number {
    const field = this.definition(node, parent);
    const key = `${parent.name}.${field.name}`;
    const args = getArgumentValues(field, node, this.variables);
    const named = getNamedType(field.type);
    const child = isCompositeType(named) ? this.selectionSet(node.selectionSet, named) : 0;
    const fixed = key === 'Query.trend' ? STATISTICS_COST * trendSteps(args) : (FIXED_COST[key] ?? 0);
    if (fixed > 0) this.analyses += 1;
    if (key === 'Query.trend') return 1 + fixed + Math.max(1, trendSteps(args)) * Math.max(child, 1);

    const first = this.sizeArgument(field, args, 'first');
    if (first !== undefined) {
      if (first > this.maxFirst) this.tooLarge.push({ field: field.name, value: first });
      return 1 + fixed + first * Math.max(child, 1);
    }
    const limit = this.sizeArgument(field, args, 'limit');
    if (limit !== undefined) {
      // The walk: every hop may touch each of the `limit` nodes' relationships again.
      const depth = Math.max(1, this.sizeArgument(field, args, 'depth') ?? 1);
      return 1 + fixed + NEIGHBORHOOD_HOP_COST * depth * limit + limit * Math.max(child, 1);
    }
    const list = isListType(getNullableType(field.type));
    if (!list || child === 0) return 1 + fixed + child;
    const bound = this.bounds[key] ?? LIST_BOUNDS[key] ?? DEFAULT_LIST_BOUND;
    return 1 + fixed + bound * child;
  }
}

/** A connection's `edges` are bounded by the connection's `first`, already charged. */
function connectionEdgeBounds(schema: GraphQLSchema): Record<string, number> {
  const bounds: Record<string, number> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (isObjectType(type) && type.name.endsWith('Connection') && 'edges' in type.getFields()) {
      bounds[`${type.name}.edges`] = 1;
    }
  }
  return bounds;
}

const boundsBySchema = new WeakMap<GraphQLSchema, Record<string, number>>();
const schemaBounds = (schema: GraphQLSchema): Record<string, number> => {
  let bounds = boundsBySchema.get(schema);
  if (bounds === undefined) {
    bounds = { ...introspectionBounds(schema), ...connectionEdgeBounds(schema) };
    boundsBySchema.set(schema, bounds);
  }
  return bounds;
};

export interface OperationCost {
  cost: number;
  tooLarge: TooLarge[];
  /** Whether the operation runs an analysis (it then waits for a slot of the analysis gate). */
  analyses: boolean;
}

/** Throws when the variables do not coerce or the document cannot be costed (fail closed). */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown>,
  maxFirst: number,
): OperationCost {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables, { maxErrors: 1 });
  if (coerced.errors !== undefined) throw coerced.errors[0] ?? new Error('variables do not coerce');
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const bounds = schemaBounds(schema);
  const root = schema.getRootType(operation.operation);
  if (!root) throw new Error(`no root type for ${operation.operation}`);
  const meter = new CostMeter(schema, fragments, coerced.coerced, maxFirst, bounds);
  const cost = meter.selectionSet(operation.selectionSet, root);
  return { cost, tooLarge: meter.tooLarge, analyses: meter.analyses > 0 };
}

const standardIntrospection = new WeakMap<GraphQLSchema, number>();

/**
 * The cost limit of one operation. A document that only introspects (GraphiQL, codegen) may cost
 * up to twice the standard introspection query on this schema, whatever `cost` is: that query's
 * answer is the schema, so its cost grows with every type the schema gains, and it is answered
 * from memory after the first time (introspection-cache.ts). Nesting `fields { type { fields ... } }`
 * still multiplies past it. Every other operation has `cost`.
 * 仅内省的查询上限为标准内省查询成本的两倍，其余为配置的上限。
 */
export function costLimitOf(schema: GraphQLSchema, operation: OperationDefinitionNode, cost: number): number {
  if (!introspectionOnly(operation)) return cost;
  let standard = standardIntrospection.get(schema);
  if (standard === undefined) {
    const document = parse(getIntrospectionQuery());
    const query = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    standard = query === undefined ? 0 : operationCost(schema, document, query, {}, Number.MAX_SAFE_INTEGER).cost;
    standardIntrospection.set(schema, standard);
  }
  return Math.max(cost, 2 * standard);
}

/**
 * Cost and page size, checked once the operation and its variables are known and before any
 * resolver runs. A plugin rather than a validation rule because Apollo caches validation per
 * document, and the cost depends on the variables. Any failure of the costing refuses the request
 * (fail closed): variables that do not coerce are BAD_USER_INPUT, anything else a validation error.
 * 在执行前按变量计算查询成本与分页大小；计算失败时拒绝请求。
 */
export function costLimitPlugin(
  limits: CostLimits,
  analysis?: AnalysisGate,
): ApolloServerPlugin<{ db?: { setBudget(ms: number): void } }> {
  return {
    requestDidStart() {
      let release: Release | null = null;
      return Promise.resolve({
        willSendResponse() {
          release?.();
          release = null;
          return Promise.resolve();
        },
        async didResolveOperation({ request, document, schema, operation, contextValue }) {
          let measured: OperationCost;
          try {
            if (operation === undefined) throw new Error('no operation');
            measured = operationCost(schema, document, operation, request.variables ?? {}, limits.maxFirst);
          } catch (error) {
            if (error instanceof GraphQLError) {
              // A scalar's catalogued error (an invalid Date) is answered as the catalogue words it.
              const cause = error.originalError;
              if (isAppError(cause)) {
                throw new GraphQLError(cause.message, { extensions: { ...cause.extensions, http: { status: 400 } }, originalError: cause });
              }
              throw limitRefusal('变量无效', `invalid variables: ${error.message}`, { code: 'BAD_USER_INPUT' });
            }
            throw limitRefusal('无法核算查询成本', 'the query cost could not be computed', {
              code: 'GRAPHQL_VALIDATION_FAILED',
              limit: 'cost',
            });
          }
          const first = measured.tooLarge[0];
          if (first !== undefined) {
            throw limitRefusal(
              `参数 first 无效：须为 0 到 ${limits.maxFirst} 之间的整数（${first.field}: ${first.value}）`,
              `invalid first: must be an integer from 0 to ${limits.maxFirst} (${first.field}: ${first.value})`,
              { code: 'BAD_USER_INPUT', field: 'first', value: first.value },
            );
          }
          const max = costLimitOf(schema, operation, limits.cost);
          if (measured.cost > max) {
            throw limitRefusal(
              `查询成本 ${measured.cost} 超过上限 ${max}，请减小 first 或嵌套`,
              `query cost ${measured.cost} exceeds the limit of ${max}: ask for smaller pages or less nesting`,
              { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost', max, actual: measured.cost },
            );
          }
          if ((measured.analyses || measured.cost >= limits.heavyCost) && analysis !== undefined) {
            try {
              release = await analysis.gate.acquire(analysis.waitMs);
              if (measured.analyses) contextValue.db?.setBudget(analysis.budgetMs);
            } catch (error) {
              if (!(error instanceof Busy)) throw error;
              // 429, not 503: the service is up, this client should come back later.
              throw new GraphQLError('分析任务繁忙，请稍后重试 / analyses are busy, try again shortly', {
                extensions: {
                  code: 'RATE_LIMITED',
                  reason: error.reason,
                  http: { status: 429, headers: new Map([['retry-after', '5']]) },
                },
              });
            }
          }
        },
      });
    },
  };
}
