import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

export interface CostLimits {
  /** Largest `first` any field may ask for. 单页上限。 */
  maxFirst: number;
  /** Largest estimated cost of one operation. 查询成本上限。 */
  cost: number;
}

/** The page size a field asks for: `first` (connections, search) or `limit` (graph slices). */
const pageSizeOf = (args: Record<string, unknown>): number | undefined => {
  for (const name of ['first', 'limit']) {
    const value = args[name];
    if (typeof value === 'number' && Number.isFinite(value)) return Math.max(0, value);
  }
  return undefined;
};

/**
 * Cost and page size, checked once the operation and its variables are known and before any
 * resolver runs. Each field costs 1; a field with `first`/`limit` costs 1 + n × (its selection),
 * so nested pages multiply (500 organizations × 500 powers each is 250,000 rows, not 1,000).
 * A plugin rather than a validation rule because Apollo caches validation per document, and the
 * cost depends on the variables. 在执行前按变量计算查询成本与分页大小。
 */
export function costLimitPlugin(limits: CostLimits): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ request, document, schema, operationName }) {
          const tooLarge: { field: string; value: number }[] = [];
          const estimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
            const size = pageSizeOf(args);
            if (size === undefined) return 1 + childComplexity;
            if (args['first'] === size && size > limits.maxFirst) tooLarge.push({ field: field.name, value: size });
            return 1 + size * Math.max(childComplexity, 1);
          };
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              estimators: [estimator],
              ...(operationName === null ? {} : { operationName }),
            });
          } catch {
            // Variables that do not coerce: execution refuses them before any resolver runs.
            return Promise.resolve();
          }
          const first = tooLarge[0];
          if (first !== undefined) {
            throw new GraphQLError(
              `参数 first 无效：须为 0 到 ${limits.maxFirst} 之间的整数（${first.field}: ${first.value}） / invalid first: must be an integer from 0 to ${limits.maxFirst} (${first.field}: ${first.value})`,
              { extensions: { code: 'BAD_USER_INPUT', field: 'first', value: first.value, http: { status: 400 } } },
            );
          }
          if (cost > limits.cost) {
            throw new GraphQLError(
              `查询成本 ${cost} 超过上限 ${limits.cost}，请减小 first 或嵌套 / query cost ${cost} exceeds the limit of ${limits.cost}: ask for smaller pages or less nesting`,
              {
                extensions: {
                  code: 'GRAPHQL_VALIDATION_FAILED',
                  limit: 'cost',
                  max: limits.cost,
                  actual: cost,
                  http: { status: 400 },
                },
              },
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}
