import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** A GraphQL-shaped error body for refusals made before Apollo sees the request. */
export function sendRefusal(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
): FastifyReply {
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send({ errors: [{ message, extensions: { code, requestId: String(request.id) } }] });
}

/** A refused body up to this many times the limit is read to its end so that its client sees the 413. */
export const DRAINED_BODY_FACTOR = 16;

/**
 * Lets the client of a refused body read its 413 (RFC 9112 §9.6). Fastify answers a body over the
 * limit with `connection: close`, and Node then destroys the socket with the rest of the body unread:
 * the kernel resets the connection, and a client still writing gets EPIPE or ECONNRESET instead of
 * the answer (more than half of four parallel 6 MB bodies did). Without that header, Node reads the
 * rest of a declared length and discards it, within the request timeout, and the connection stays
 * usable. A body declared larger than `drainBytes`, or of no declared length, is still cut at once.
 */
function drainRefusedBody(request: FastifyRequest, reply: FastifyReply, drainBytes: number): void {
  const declared = Number(request.headers['content-length']);
  if (Number.isSafeInteger(declared) && declared <= drainBytes) reply.removeHeader('connection');
}

/**
 * Refusals of the HTTP layer (body too large, too many requests) answer in GraphQL's error shape
 * with a stable code; every other error keeps Fastify's handling.
 */
export function registerHttpErrors(http: FastifyInstance, limits: { bodyBytes: number }): void {
  http.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.statusCode === 413) {
      drainRefusedBody(request, reply, limits.bodyBytes * DRAINED_BODY_FACTOR);
      return sendRefusal(
        request,
        reply,
        413,
        'PAYLOAD_TOO_LARGE',
        `请求体超过 ${limits.bodyBytes} 字节 / request body exceeds ${limits.bodyBytes} bytes`,
      );
    }
    if (error.statusCode === 429) {
      return sendRefusal(
        request,
        reply,
        429,
        'RATE_LIMITED',
        `请求过于频繁，请稍后重试 / too many requests, retry later`,
      );
    }
    return reply.send(error);
  });
}
