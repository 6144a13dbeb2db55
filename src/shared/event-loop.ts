import { setImmediate } from 'node:timers/promises';

/**
 * Lets other callbacks run between steps of a long computation (analysis results of a whole
 * province are built step by step), so that no step holds the event loop for long.
 */
export function yieldToEventLoop(): Promise<void> {
  return setImmediate();
}

/**
 * Starts `start(item)` for each item, one per turn of the event loop, and gives back the started
 * promises in order, to be awaited by the caller (none of them goes unhandled meanwhile). Bolt
 * pipelines statements started this way in one transaction, and a statement carrying a batch's
 * 2,000 organization ids is about a thousand socket writes: one per turn never holds the loop.
 */
export async function startEach<T, U>(items: readonly T[], start: (item: T) => Promise<U>): Promise<Promise<U>[]> {
  const started: Promise<U>[] = [];
  for (const item of items) {
    const promise = start(item);
    promise.catch(() => undefined);
    started.push(promise);
    await yieldToEventLoop();
  }
  return started;
}

/** Maps `items` in chunks of `size`, yielding to the event loop between chunks. */
export async function mapInChunks<T, U>(items: readonly T[], size: number, map: (item: T) => U): Promise<U[]> {
  const out: U[] = [];
  for (let start = 0; start < items.length; start += size) {
    for (const item of items.slice(start, start + size)) out.push(map(item));
    if (start + size < items.length) await yieldToEventLoop();
  }
  return out;
}

/**
 * A long loop's share of one turn of the event loop: `await turn.check()` between steps yields
 * once the turn has run `budgetMs`, so a step of any size never holds the loop much longer.
 */
export class TurnBudget {
  private started = performance.now();

  constructor(private readonly budgetMs = 10) {}

  async check(): Promise<void> {
    if (performance.now() - this.started < this.budgetMs) return;
    await yieldToEventLoop();
    this.started = performance.now();
  }
}
