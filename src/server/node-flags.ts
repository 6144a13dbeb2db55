/**
 * The node options the service runs with in production: the Dockerfile's CMD, `npm start`'s
 * compiled service and the bench's (test/unit/docker-compose.test.ts keeps the Dockerfile in step).
 * 生产环境运行服务时的 node 参数。
 *
 * `--max-semi-space-size`: V8's young generation, where a request's objects are born. Under load
 * many requests are in flight at each scavenge, so their objects survive it, are copied and often
 * promoted, and the old generation is collected again later. A 32 MB semi-space (V8's default is
 * 16 MB) lets most of them die young. Measured with 50 clients on the read mix (bench/RESULTS.md):
 * the service's CPU per request falls by about a fifth, and peak RSS stays within its 300 MB goal;
 * 64 MB saves a little more CPU but passes 360 MB.
 */
export const SERVICE_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=32'];
