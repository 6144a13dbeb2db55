import { mapInTurns, TurnBudget } from './event-loop';

/** Busy for `ms` milliseconds, as a costly step of an analysis is. */
function spin(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // busy
  }
}

/**
 * Maps `items` with each step taking `stepMs`, and gives back how many steps ran in each turn of the
 * event loop (a turn ends at its check phase, where an immediate callback runs).
 */
async function stepsPerTurn(
  items: number,
  stepMs: number,
  turn: TurnBudget,
): Promise<{ out: number[]; turns: number[] }> {
  /** Steps per turn; `current` is the turn now running. */
  const turns = [0];
  let current = 0;
  let ticking = true;
  const tick = (): void => {
    turns.push(0);
    current += 1;
    if (ticking) setImmediate(tick);
  };
  setImmediate(tick);
  const out = await mapInTurns(
    Array.from({ length: items }, (_, i) => i),
    (i) => {
      spin(stepMs);
      turns[current] = (turns[current] ?? 0) + 1;
      return i * 2;
    },
    turn,
  );
  ticking = false;
  return { out, turns: turns.filter((n) => n > 0) };
}

describe('mapInTurns (issue 13: no analysis step holds the event loop for long)', () => {
  it('yields once a turn has run its budget, whatever the cost of a step', async () => {
    // 40 steps of 2 ms with a 10 ms budget: about 5 per turn, never all 40 in one.
    const { out, turns } = await stepsPerTurn(40, 2, new TurnBudget(10));
    expect(out).toEqual(Array.from({ length: 40 }, (_, i) => i * 2));
    expect(turns.reduce((a, b) => a + b, 0)).toBe(40);
    expect(Math.max(...turns)).toBeLessThanOrEqual(6);
    expect(turns.length).toBeGreaterThanOrEqual(7);
  });

  it('keeps cheap steps in one turn', async () => {
    const { out, turns } = await stepsPerTurn(1000, 0, new TurnBudget(1000));
    expect(out).toHaveLength(1000);
    expect(turns).toEqual([1000]);
  });
});
