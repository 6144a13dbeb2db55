import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey, type JWTVerifyOptions } from 'jose';

import type { Config } from '../config';
import { AppError, ErrorCode } from '../errors';
import { isRole, unauthenticated, type User } from './roles';

export type TokenVerifier = (token: string) => Promise<User>;

/** Algorithms accepted: HS256 with the shared secret, RS256/ES256 with keys from the JWKS. Never `none`. */
export function createTokenVerifier(auth: Config['auth']): TokenVerifier | null {
  const secret = auth.jwtSecret === null ? null : new TextEncoder().encode(auth.jwtSecret);
  const jwks = auth.jwksUrl === null ? null : createRemoteJWKSet(new URL(auth.jwksUrl), { timeoutDuration: 3_000 });
  if (secret === null && jwks === null) return null;

  const algorithms = [...(secret ? ['HS256'] : []), ...(jwks ? ['RS256', 'ES256'] : [])];
  // A token older than maxTokenAge (by its `iat`) is refused whatever its `exp` says.
  const options: JWTVerifyOptions = {
    algorithms,
    requiredClaims: ['exp', 'sub', 'iat'],
    maxTokenAge: auth.maxTokenAgeSeconds,
    ...(auth.issuer === null ? {} : { issuer: auth.issuer }),
    ...(auth.audience === null ? {} : { audience: auth.audience }),
  };
  // The key follows the algorithm in the header, which `algorithms` has already restricted.
  const key: JWTVerifyGetKey = async (header, token) => {
    if (header.alg === 'HS256' && secret) return secret;
    if (jwks) {
      try {
        return await jwks(header, token);
      } catch (error) {
        // No key for this token is the token's fault; anything else (refused, timed out, not 200) is the provider's.
        if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) throw error;
        if (error instanceof errors.JOSENotSupported || error instanceof errors.JWKInvalid) throw error;
        throw new JwksUnavailable();
      }
    }
    throw new errors.JOSEAlgNotAllowed('"alg" (Algorithm) Header Parameter value not allowed');
  };

  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, key, options);
      const roles = Array.isArray(payload['roles']) ? payload['roles'].filter(isRole) : [];
      return { sub: payload.sub!, roles: [...new Set(roles)] };
    } catch (error) {
      throw tokenError(error);
    }
  };
}

/** The identity provider's keys could not be fetched: the caller is not at fault (503, not 401). */
class JwksUnavailable extends Error {}

function tokenError(error: unknown): AppError {
  if (error instanceof errors.JWTExpired) return unauthenticated('令牌已过期', 'the token has expired');
  if (error instanceof JwksUnavailable) {
    return new AppError(ErrorCode.ServiceUnavailable, '暂时无法获取身份提供方的密钥，请稍后重试', 'the identity provider\'s keys are unreachable, try again shortly');
  }
  return unauthenticated('令牌无效', 'the token is invalid');
}
