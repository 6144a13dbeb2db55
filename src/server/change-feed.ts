import type { FastifyInstance } from 'fastify';

import { seesChangeRequests, type User } from '../auth/roles';
import type { TokenVerifier } from '../auth/verify-token';
import { isAppError } from '../errors';
import type { ChangeFeed } from '../features/change-request/change-feed';
import { bearerToken } from './authentication';
import { sendRefusal } from './http-errors';

/** A comment line this often keeps proxies from closing a quiet stream. */
const HEARTBEAT_MS = 25_000;

/**
 * GET /change-requests/feed: server-sent events (变更动态) telling the page when a change request
 * changes state (`event: state`) or a list is published (`event: published`). Anonymous callers
 * hear publications only; a token with a role that sees change requests hears every state change.
 * Events carry ids and states, never content: the page reads the request through GraphQL.
 */
export function registerChangeFeed(http: FastifyInstance, feed: ChangeFeed, verifier: TokenVerifier | null): void {
  const open = new Set<() => void>();
  // Streams never end by themselves: end them before the server waits for its connections.
  http.addHook('preClose', (done) => {
    for (const end of [...open]) end();
    done();
  });
  http.get('/change-requests/feed', async (request, reply) => {
    let user: User | null = null;
    const header = request.headers.authorization;
    if (header !== undefined) {
      const token = bearerToken(header);
      try {
        if (token === undefined || verifier === null) throw new Error('invalid');
        user = await verifier(token);
      } catch (error) {
        const message = isAppError(error) ? error.message : '令牌无效 / the token is invalid';
        reply.header('www-authenticate', 'Bearer error="invalid_token"');
        return sendRefusal(request, reply, 401, 'UNAUTHENTICATED', message);
      }
    }
    const everything = seesChangeRequests(user);
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
      'x-request-id': String(request.id),
    });
    raw.write(`retry: 3000\n: ${everything ? 'all' : 'published'}\n\n`);
    const unsubscribe = feed.subscribe((event) => {
      if (!everything && event.type !== 'published') return;
      raw.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
    });
    const heartbeat = setInterval(() => raw.write(': heartbeat\n\n'), HEARTBEAT_MS);
    heartbeat.unref();
    const end = (): void => {
      clearInterval(heartbeat);
      unsubscribe();
      open.delete(end);
      raw.end();
    };
    open.add(end);
    raw.once('close', end);
  });
}
