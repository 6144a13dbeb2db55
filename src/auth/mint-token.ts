import { SignJWT } from 'jose';

import type { Role } from './roles';

export interface MintOptions {
  secret: string;
  sub: string;
  roles: readonly Role[];
  /** jose time span: `8h`, `30m`, `7d`... */
  expiresIn: string;
  issuer?: string | null;
  audience?: string | null;
}

/** An HS256 token for local development and tests (`quanze token`). 签发本地开发用令牌。 */
export function mintToken({ secret, sub, roles, expiresIn, issuer, audience }: MintOptions): Promise<string> {
  let jwt = new SignJWT({ roles: [...roles] })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime(expiresIn);
  if (issuer) jwt = jwt.setIssuer(issuer);
  if (audience) jwt = jwt.setAudience(audience);
  return jwt.sign(new TextEncoder().encode(secret));
}
