import { procThreadSchedule } from '../../src/shared/thread-cpu';
import type { TestApp } from './app';

/** What one attack got back, how long it took, and how slow /health was meanwhile. */
export interface AttackOutcome {
  status: number;
  codes: string[];
  text: string;
  ms: number;
  /**
   * The slowest /health answer while the attack ran (the event loop was never blocked longer),
   * less the time the machine kept this process's main thread waiting for a core during it
   * (src/shared/thread-cpu.ts): what the service took, not what the machine's load added. Where
   * there is no /proc, the wall time.
   */
  healthMs: number;
  /** The slowest /health answer in wall time, waiting for a core included. */
  healthWallMs: number;
  headers: Headers;
}

const threadSchedule = procThreadSchedule();

/**
 * Runs `attack` while a second client polls /health back to back; the server lives in this
 * process, so a blocked event loop shows as a slow /health. 攻击期间持续探测 /health。
 */
export async function underWatch(app: TestApp, attack: () => Promise<Response>): Promise<AttackOutcome> {
  let done = false;
  let healthMs = 0;
  let healthWallMs = 0;
  const poller = (async () => {
    while (!done) {
      const started = performance.now();
      const waitedBefore = threadSchedule?.().waitNs ?? 0;
      const response = await app.request('/health');
      await response.arrayBuffer();
      const ms = performance.now() - started;
      const waitedMs = threadSchedule ? (threadSchedule().waitNs - waitedBefore) / 1e6 : 0;
      healthMs = Math.max(healthMs, ms - waitedMs);
      healthWallMs = Math.max(healthWallMs, ms);
    }
  })();
  const started = performance.now();
  let response: Response;
  let text: string;
  try {
    response = await attack();
    text = await response.text();
  } finally {
    done = true;
    await poller;
  }
  const ms = performance.now() - started;
  let codes: string[] = [];
  try {
    const body = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
    codes = (body.errors ?? []).map((e) => e.extensions?.code ?? '');
  } catch {
    // Not JSON: the status tells.
  }
  return { status: response.status, codes, text, ms, healthMs, healthWallMs, headers: response.headers };
}

export const postJson = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

/**
 * A GraphQL POST to /graphql. The body is encoded before the attack starts: the attacker is another
 * machine, and encoding a 500 KB document here would count this process's work against /health.
 */
export const graphql = (
  app: TestApp,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): (() => Promise<Response>) => {
  const init = postJson({ query, variables }, headers);
  return () => app.request('/graphql', init);
};

/**
 * The bar every attack case clears: a 4xx (or a bounded 200 carrying an error code where the
 * request is legitimate GraphQL), within 1 s, never a 5xx, and /health under 100 ms meanwhile.
 */
export function expectContained(outcome: AttackOutcome, expected: { status: number | number[]; code?: string }): void {
  const statuses = Array.isArray(expected.status) ? expected.status : [expected.status];
  const got = { status: outcome.status, code: outcome.codes[0], body: outcome.text.slice(0, 300) };
  expect({ status: statuses.includes(got.status), code: expected.code === undefined || got.code === expected.code }).toEqual({
    status: true,
    code: true,
    ...(statuses.includes(got.status) && (expected.code === undefined || got.code === expected.code) ? {} : { got }),
  });
  expect(outcome.ms).toBeLessThan(1_000);
  expectHealthy(outcome);
}

/**
 * The /health bound: 100 ms (issue 14), less the time the machine kept the main thread waiting
 * for a core (`healthMs`). In wall time alone a loaded 2-core machine failed it once with nothing
 * blocked: 244 ms for a 6 MB body that another process sent. ATTACK_HEALTH_MS raises it on a
 * machine too loaded even so.
 */
export const HEALTH_MS = Number(process.env['ATTACK_HEALTH_MS'] ?? 100);

/** /health kept answering: no answer took the service HEALTH_MS or more. */
export function expectHealthy(outcome: AttackOutcome): void {
  expect(outcome.healthMs).toBeLessThan(HEALTH_MS);
}

/** First requests pay for JIT and lazy module loading; measure attacks, not start-up. */
export async function warmUp(app: TestApp): Promise<void> {
  for (let i = 0; i < 5; i += 1) {
    await (await app.request('/health')).arrayBuffer();
    await (await app.request('/graphql', postJson({ query: '{ organizations(first: 1) { totalCount } }' }))).arrayBuffer();
    await (await app.request('/graphql', postJson({ query: `{ ${'a: __typename '.repeat(40)}}` }))).arrayBuffer();
  }
}
