import { ALL_ROLES, isRole, type Role } from '../auth/roles';
import { mintToken } from '../auth/mint-token';
import { loadConfig } from '../config';
import { CliError, EXIT } from './exit-codes';

export interface TokenFlags {
  roles: string;
  sub: string;
  expires?: string;
}

const SPAN =
  /^\d+\s*(s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|week|weeks)$/;

/**
 * `quanze token --roles editor --sub NAME [--expires 8h]`: prints an HS256 token signed with
 * AUTH_JWT_SECRET, for development and scripts. 用 AUTH_JWT_SECRET 签发开发用令牌。
 */
export async function runToken(flags: TokenFlags): Promise<number> {
  const config = loadConfig();
  const secret = config.auth.jwtSecret;
  if (secret === null) {
    throw new CliError(
      '未设置 AUTH_JWT_SECRET，无法签发令牌 / AUTH_JWT_SECRET is not set: cannot sign a token',
      EXIT.usage,
    );
  }
  const roles = flags.roles
    .split(',')
    .map((r) => r.trim())
    .filter((r) => r !== '');
  const unknown = roles.filter((r) => !isRole(r));
  if (roles.length === 0 || unknown.length > 0) {
    throw new CliError(
      `角色无效 / unknown roles: ${unknown.join(', ') || '(none)'}; 可选 choose from ${ALL_ROLES.join(', ')}`,
      EXIT.usage,
    );
  }
  const sub = flags.sub.trim();
  if (sub === '') throw new CliError('--sub 不能为空 / --sub must not be empty', EXIT.usage);
  const expiresIn = flags.expires ?? '8h';
  if (!SPAN.test(expiresIn)) {
    throw new CliError(`有效期无效 / invalid --expires: ${expiresIn} (e.g. 30m, 8h, 7d)`, EXIT.usage);
  }
  const token = await mintToken({
    secret,
    sub,
    roles: roles as Role[],
    expiresIn,
    issuer: config.auth.issuer,
    audience: config.auth.audience,
  });
  process.stdout.write(`${token}\n`);
  return EXIT.ok;
}
