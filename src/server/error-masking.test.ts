import { GraphQLError } from 'graphql';

import { AppError, ErrorCode } from '../errors';
import { formatError } from './error-masking';

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
