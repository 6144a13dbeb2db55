import type { FastifyInstance } from 'fastify';

import { unauthenticated, type User } from '../auth/roles';
import type { TokenVerifier } from '../auth/verify-token';
import { ErrorCode, isAppError } from '../errors';
import { sendRefusal } from './http-errors';

declare module 'fastify' {
  interface FastifyRequest {
    /** The verified caller of a GraphQL request; null when anonymous. */
    user: User | null;
  }
}

const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/;

/** The JWT of an `Authorization: Bearer <JWT>` header, or undefined when it is not one. */
export const bearerToken = (header: string): string | undefined => BEARER.exec(header.trim())?.[1];

/**
 * Verifies `Authorization: Bearer <JWT>` on the GraphQL route before anything else runs. A token
 * that is presented but invalid (expired, wrong key, `alg: none`, malformed) is refused with 401
 * and never downgraded to anonymous. With AUTH_REQUIRE_READ, anonymous requests are refused too.
 * 在任何解析器之前校验令牌；无效令牌直接拒绝，不会降级为匿名。
 */
export function registerAuthentication(
  http: FastifyInstance,
  options: { path: string; verifier: TokenVerifier | null; requireRead: boolean },
): void {
  http.decorateRequest('user', null);
  // preParsing: after the route's rate limit (onRequest), before the body is read.
  http.addHook('preParsing', async (request, reply, payload) => {
    if (request.routeOptions.url !== options.path || request.method === 'OPTIONS') return payload;
    const header = request.headers.authorization;
    let refusal = null;
    if (header === undefined) {
      if (options.requireRead) refusal = unauthenticated();
    } else {
      const token = bearerToken(header);
      if (token === undefined || options.verifier === null) {
        refusal = unauthenticated('令牌无效', 'the token is invalid');
      } else {
        try {
          request.user = await options.verifier(token);
        } catch (error) {
          if (!isAppError(error)) throw error;
          refusal = error;
        }
      }
    }
    if (refusal === null) return payload;
    if (refusal.code === ErrorCode.ServiceUnavailable) {
      return sendRefusal(request, reply, 503, refusal.code, refusal.message);
    }
    reply.header('www-authenticate', header === undefined ? 'Bearer' : 'Bearer error="invalid_token"');
    return sendRefusal(request, reply, 401, refusal.code, refusal.message);
  });
}
