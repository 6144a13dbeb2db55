import { AppError } from '../errors';
import { asOfDate, isIsoDate, today } from './dates';
import { fromGlobalId, fromGlobalIdOf, toGlobalId } from './global-id';
import { decodeCursor, encodeCursor, pageRequest, toConnection } from './pagination';

const codeOf = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (e) {
    return e instanceof AppError ? e.extensions['code'] : 'not an AppError';
  }
  return 'no error';
};

describe('global ids', () => {
  it('round-trips and hides the type and local id', () => {
    const id = toGlobalId('Organization', 'org-12ab');
    expect(id).not.toContain('org-12ab');
    expect(fromGlobalId(id)).toEqual({ type: 'Organization', localId: 'org-12ab' });
  });

  it('rejects malformed ids and ids of the wrong type with BAD_USER_INPUT', () => {
    expect(codeOf(() => fromGlobalId('%%%'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => fromGlobalId(Buffer.from('Organization:').toString('base64url')))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => fromGlobalId(Buffer.from('Secret:1').toString('base64url')))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => fromGlobalIdOf('Organization', toGlobalId('AdminDivision', '65'), 'filter.id'))).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('pagination', () => {
  it('defaults to 50 and refuses more than 500 or negative sizes', () => {
    expect(pageRequest(undefined, undefined)).toEqual({ limit: 50, after: null });
    expect(codeOf(() => pageRequest(501, null))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => pageRequest(-1, null))).toBe('BAD_USER_INPUT');
  });

  it('round-trips keyset cursors and rejects forged ones', () => {
    expect(decodeCursor(encodeCursor(['名称', 'id-1']))).toEqual(['名称', 'id-1']);
    expect(codeOf(() => decodeCursor('bm90IGpzb24'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => decodeCursor(Buffer.from('[{"a":1}]').toString('base64url')))).toBe('BAD_USER_INPUT');
  });

  it('uses the extra fetched row only to tell that a next page exists', async () => {
    const conn = toConnection([1, 2, 3], { limit: 2, after: null }, (n) => [n], () => Promise.resolve(9));
    expect(conn.edges.map((e) => e.node)).toEqual([1, 2]);
    expect(conn.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, endCursor: encodeCursor([2]) });
    await expect(conn.totalCount()).resolves.toBe(9);
  });
});

describe('dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2022-13-45')).toBe(false);
    expect(codeOf(() => asOfDate('2024/01/01', '2026-01-01'))).toBe('BAD_USER_INPUT');
    expect(asOfDate(null, '2026-01-01')).toBe('2026-01-01');
  });

  it("computes today in China's time zone, not the server's", () => {
    expect(today('Asia/Shanghai', new Date('2026-11-26T17:30:00Z'))).toBe('2026-11-27');
    expect(today('UTC', new Date('2026-11-26T17:30:00Z'))).toBe('2026-11-26');
    // Kept per UTC minute: the last second before Shanghai's midnight, then its first.
    expect(today('Asia/Shanghai', new Date('2026-11-26T15:59:59.900Z'))).toBe('2026-11-26');
    expect(today('Asia/Shanghai', new Date('2026-11-26T16:00:00.000Z'))).toBe('2026-11-27');
    expect(today('Asia/Kolkata', new Date('2026-11-26T18:29:59Z'))).toBe('2026-11-26');
    expect(today('Asia/Kolkata', new Date('2026-11-26T18:30:00Z'))).toBe('2026-11-27');
  });
});
