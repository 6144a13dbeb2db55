import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';

import type { Context } from '../context';
import { ErrorCode, isAppError, type AppError } from '../errors';

/** Codes Apollo itself gives to a client's own mistakes: safe to show as they are. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  // Ours, from the analysis gate (src/server/cost-limit.ts): come back later.
  'RATE_LIMITED',
]);

/**
 * Everything that is not one of our catalogued errors or a client mistake reaches the client as
 * INTERNAL_SERVER_ERROR with the request id; the details go to the log only.
 * 未登记的错误一律屏蔽为内部错误，仅在日志中保留细节。
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (isAppError(original)) return formatted;
  // A scalar's catalogued error (Date) reaches us wrapped by validation or variable coercion:
  // the client gets the catalogue's code and bilingual message, not Apollo's English wrapper.
  const cause = catalogued(error);
  if (cause !== undefined) {
    return { message: cause.message, ...(formatted.locations ? { locations: formatted.locations } : {}), extensions: { ...cause.extensions } };
  }
  // Errors raised while executing resolvers carry a path: only catalogued ones may pass.
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && CLIENT_CODES.has(code) && formatted.path === undefined) return formatted;
  return {
    message: '服务器内部错误 / Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: ErrorCode.Internal },
  };
}

/** The AppError a GraphQLError was made from, following `originalError` a few levels down. */
function catalogued(error: unknown): AppError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    if (isAppError(current)) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/** Logs every server error with the request id (client mistakes at info level), and adds the request id to each error sent. */
export const errorLoggingPlugin: ApolloServerPlugin<Context> = {
  requestDidStart() {
    return Promise.resolve({
      didEncounterErrors({ errors, contextValue, operationName }) {
        for (const error of errors) {
          const original = unwrapResolverError(error);
          if (isAppError(original)) continue;
          // A client's own mistake (or a refused hostile query) is not a server error: logging
          // it at error level would let an attacker flood the error log.
          const code = error.extensions?.['code'];
          if (typeof code === 'string' && CLIENT_CODES.has(code) && error.path === undefined) {
            contextValue.logger.info({ code, operationName, message: error.message }, 'graphql request refused');
            continue;
          }
          contextValue.logger.error({ err: original, operationName, path: error.path }, 'graphql error');
        }
        return Promise.resolve();
      },
      willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single') return Promise.resolve();
        const errors = response.body.singleResult.errors;
        if (errors) {
          response.body.singleResult.errors = errors.map((e) => ({
            ...e,
            extensions: { ...e.extensions, requestId: contextValue.requestId },
          }));
        }
        return Promise.resolve();
      },
    });
  },
};
