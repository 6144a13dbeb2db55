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

/**
 * Maps `items` within turns of the event loop: yields whenever the turn has run its budget, so a
 * list of any length, or of items of any cost, never holds the loop much longer than the budget.
 */
export async function mapInTurns<T, U>(
  items: readonly T[],
  map: (item: T, index: number) => U,
  turn = new TurnBudget(),
): Promise<U[]> {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) {
    if (turn.spent) await turn.check();
    out.push(map(items[i]!, i));
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

  /** Whether this turn has run its budget: a loop tests this per step and awaits check() only then. */
  get spent(): boolean {
    return performance.now() - this.started >= this.budgetMs;
  }

  async check(): Promise<void> {
    if (!this.spent) return;
    await yieldToEventLoop();
    this.started = performance.now();
  }
}
