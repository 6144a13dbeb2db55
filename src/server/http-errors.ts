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

/**
 * Refusals of the HTTP layer (body too large, too many requests) answer in GraphQL's error shape
 * with a stable code; every other error keeps Fastify's handling.
 */
export function registerHttpErrors(http: FastifyInstance, limits: { bodyBytes: number }): void {
  http.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.statusCode === 413) {
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
