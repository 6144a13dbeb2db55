import { GraphQLError } from 'graphql';

import { AppError, ErrorCode } from '../errors';
import { errorLoggingPlugin, formatError } from './error-masking';

describe('formatError', () => {
  it('passes catalogued errors through unchanged', () => {
    const error = new AppError(ErrorCode.NotFound, '未找到', 'not found');
    const formatted = { message: error.message, path: ['node'], extensions: { code: 'NOT_FOUND' } };
    expect(formatError(formatted, error)).toBe(formatted);
  });

  it('masks unknown errors raised in resolvers, keeping no internal text', () => {
    const internal = new Error('Neo.ClientError.Statement.SyntaxError: MATCH (n:Secret)');
    const wrapped = new GraphQLError(internal.message, { originalError: internal, path: ['organizations'] });
    const formatted = formatError({ message: internal.message, path: ['organizations'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, wrapped);
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(JSON.stringify(formatted)).not.toContain('Secret');
  });

  it("shows a client's own mistakes (validation, parse, variables) as they are", () => {
    const formatted = { message: 'Cannot query field "x" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    expect(formatError(formatted, new GraphQLError(formatted.message))).toBe(formatted);
  });

  it('masks a resolver error that merely claims a client code', () => {
    const formatted = { message: 'boom', path: ['x'], extensions: { code: 'BAD_USER_INPUT' } };
    expect(formatError(formatted, new GraphQLError('boom')).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});

describe('errorLoggingPlugin', () => {
  const run = async (error: GraphQLError): Promise<{ info: number; error: number }> => {
    const calls = { info: 0, error: 0 };
    const logger = { info: () => (calls.info += 1), error: () => (calls.error += 1) };
    const hooks = await errorLoggingPlugin.requestDidStart!({} as never);
    await hooks!.didEncounterErrors!({ errors: [error], contextValue: { logger }, operationName: null } as never);
    return calls;
  };

  it('logs a refused query (validation, limits) at info level, so attacks cannot flood the error log', async () => {
    expect(await run(new GraphQLError('too deep', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }))).toEqual({
      info: 1,
      error: 0,
    });
  });

  it('logs an unexpected resolver failure at error level', async () => {
    const failure = new GraphQLError('boom', { path: ['organizations'], originalError: new Error('boom') });
    expect(await run(failure)).toEqual({ info: 0, error: 1 });
  });
});
