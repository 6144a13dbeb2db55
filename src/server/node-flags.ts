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
 * - `--heap-growing-percent=50`: the old generation is collected once it reaches 1.5 times its live
 *   size, not V8's own factor of up to four, which pays for the larger young generation. A city's
 *   live heap is tens of MB, a province's hundreds (the kept analysis, docs/adr/0004): at three
 *   times (the 200 chosen first, for the city alone) a province's service held about three times
 *   its kept results. Side by side on the 40k-power province, the read mix with the analysis warm
 *   (sixth round of docs/adr/0004): peak RSS 359–363 MB at 200, 253–255 at 50, the same requests
 *   per second, scan times and event-loop maximum.
 * Side by side on the bench's scale-1 city, 50 clients, 15 s: peak RSS 189 MB at 50 against 264
 * with node's defaults (236 at 200), CPU per request 1.85 ms against 1.94 (1.75 at 200).
 * At a million powers `--max-semi-space-size=16 --heap-growing-percent=25` kept the service's peak
 * RSS at 284 MB instead of 347–357, but cost the city's read throughput its goal (docs/adr/0004,
 * seventeenth round): the README offers it to deployments bound by memory, not as the default.
 */
export const SERVICE_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=32', '--heap-growing-percent=50'];
