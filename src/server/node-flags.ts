/**
 * The node options the service runs with in production: the Dockerfile's CMD, `npm start`'s
 * compiled service and the bench's (test/unit/docker-compose.test.ts keeps the Dockerfile in step).
 * 生产环境运行服务时的 node 参数：新生代更大，老生代增长有上限。
 *
 * Under load many requests are in flight at each young-generation collection, so their objects
 * survive it, are copied, and are promoted to the old generation, which V8 then lets grow to
 * several times its live size before collecting it: with 50 clients on the read mix, 34 MB of live
 * old space grew to 137 MB between two full collections (bench/RESULTS.md, "Session of 2026-12-05,
 * evening").
 * - `--max-semi-space-size=32` (V8's default here is 16 MB): most of a request's objects die young,
 *   and the service's CPU per request falls by about a fifth.
 * - `--heap-growing-percent=200`: the old generation is collected once it reaches three times its
 *   live size, not V8's own factor of up to four, which pays for the larger young generation.
 * Side by side on the bench's scale-1 city, 50 clients, 15 s: peak RSS 236 MB against 264 with
 * node's defaults (290 with only the larger semi-space), CPU per request 1.75 ms against 1.94.
 */
export const SERVICE_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=32', '--heap-growing-percent=200'];
