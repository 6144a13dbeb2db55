/**
 * The node options the service runs with in production: the Dockerfile's CMD (through
 * src/node-options.ts), `npm start`'s compiled service and the bench's.
 * 生产环境运行服务时的 node 参数：按库的规模在吞吐（一市）与内存（一省）两套参数中选择。
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
 * At a million powers, with a province's kept analysis in the old generation (docs/adr/0004), a
 * service on these options held 347–376 MB under the read mix against the 300 of issue 13. There
 * `--max-semi-space-size=16 --heap-growing-percent=25` kept the peak at 284 MB, but on the city it
 * cost the read throughput issue 9's goal (docs/adr/0004, seventeenth round). So there are two
 * profiles, and the store decides between them when the service starts (`auto`, node-profile.ts):
 * - `throughput` (a city, and every store below SERVICE_MEMORY_PROFILE_POWERS powers): the above;
 * - `memory` (a province): a young generation a quarter as large and the old one collected at 1.25
 *   times its live size. More collections, so more CPU per request and per scan; the kept analysis
 *   stays in bounds. At a million powers, side by side with `bench:probe`: peak RSS 273 MB, against
 *   289–303 with 16 MB semi-spaces and 360–373 with `throughput`; the cold scan's CPU in the
 *   service 23 s against 17–21 (docs/adr/0004, twenty-first round).
 */
export const NODE_PROFILE_OPTIONS = {
  throughput: ['--max-semi-space-size=32', '--heap-growing-percent=50'],
  memory: ['--max-semi-space-size=8', '--heap-growing-percent=25'],
} as const satisfies Record<string, readonly string[]>;

export type NodeProfile = keyof typeof NODE_PROFILE_OPTIONS;
export type NodeProfileSetting = NodeProfile | 'auto';

/** The profile for a store of `powers` powers (null: not known, as when the database cannot be read). */
export function nodeProfileFor(
  setting: NodeProfileSetting,
  powers: number | null,
  memoryFromPowers: number,
): NodeProfile {
  if (setting !== 'auto') return setting;
  return powers !== null && powers >= memoryFromPowers ? 'memory' : 'throughput';
}

/** The profile whose options a running process was started with (null: neither's). */
export function runningNodeProfile(execArgv: readonly string[] = process.execArgv): NodeProfile | null {
  const has = (profile: NodeProfile): boolean => NODE_PROFILE_OPTIONS[profile].every((o) => execArgv.includes(o));
  return has('memory') ? 'memory' : has('throughput') ? 'throughput' : null;
}
