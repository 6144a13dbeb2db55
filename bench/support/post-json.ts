import { request } from 'node:http';

/**
 * POSTs JSON over plain node:http and parses the JSON answer. The analysis requests use this
 * rather than fetch: fetch (undici) gives up on any answer whose headers take more than 300 s,
 * which a cold scan page at province scale can. `timeoutMs` bounds the wait instead.
 * 不受 fetch 300 秒响应头超时限制的 JSON 请求。
 */
export function postJson(url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers }, timeout: timeoutMs },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('error', reject);
        response.on('end', () => {
          try {
            resolve({ status: response.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown });
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer from ${url} within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}
