import { procThreadCpu } from '../shared/thread-cpu';
import { TurnBudget } from '../shared/event-loop';
import { ComparedSets, similarPairs, similarPairsInGroups } from './text-similarity';

/** A pair as text, the score rounded: the same whichever function found it. */
const show = (pairs: readonly { a: number; b: number; score: number }[]): string[] =>
  pairs.map((p) => `${p.a}-${p.b}:${p.score.toFixed(6)}`).sort();

/** Names of one catalog, some near each other, some too short to pair. */
const names = [
  '对违法建设的处罚',
  '对违法建设行为的处罚',
  '对违法建设的处理',
  '对占用道路的处罚',
  '对占用城市道路的处罚',
  '对无照经营的处罚',
  '对无证经营的处罚',
  '违法建设',
  '处罚',
  '甲',
];

describe('similarPairsInGroups', () => {
  it('gives each group exactly the pairs similarPairs gives it alone, names shared across groups compared once', async () => {
    // Counties listing overlapping subsets of one catalog's names, some names twice in one county
    // (two items whose name and sub-item read the same once joined), one county of one name.
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const groups: string[][] = [];
    for (let g = 0; g < 40; g++) groups.push(Array.from({ length: 1 + next(12) }, () => names[next(names.length)]!));
    groups.push(['对违法建设的处罚', '对违法建设的处罚', '甲', '甲']);
    for (const threshold of [0.5, 0.8, 0.9]) {
      const together = await similarPairsInGroups(groups, threshold);
      expect(together).toHaveLength(groups.length);
      for (const [g, texts] of groups.entries()) {
        expect(show(together[g]!)).toEqual(show(await similarPairs(texts, threshold)));
      }
    }
    // The repeated name pairs with itself (score 1); the one-character name has no bigram, no pair.
    expect(show((await similarPairsInGroups([['对违法建设的处罚', '对违法建设的处罚', '甲', '甲']], 0.8))[0]!)).toEqual(
      ['0-1:1.000000'],
    );
  });
});

describe('ComparedSets', () => {
  const catalog = [...names.slice(0, 7), '对无照经营行为的处罚', ...names.slice(7)];

  it('gives a subset of a compared set the pairs similarPairs gives it, in the same order, without comparing again', async () => {
    const sets = new ComparedSets(1000);
    expect(await sets.pairs(catalog, 0.5)).toEqual(await similarPairs(catalog, 0.5));
    // Subsets in another order, as a county lists some of the catalog.
    const subsets = [
      ['对无证经营的处罚', '对违法建设的处罚', '甲', '对无照经营的处罚', '对违法建设行为的处罚'],
      ['对占用城市道路的处罚', '对占用道路的处罚'],
      ['处罚'],
      [],
    ];
    for (const texts of subsets) expect(await sets.pairs(texts, 0.5)).toEqual(await similarPairs(texts, 0.5));
    // Only the first set was compared; the subsets were answered from it.
    expect(sets.comparisons).toBe(1);
    expect(await sets.pairs(['对无证经营的处罚', '对无照经营的处罚'], 0.5)).toEqual([
      { a: 0, b: 1, score: expect.closeTo(0.714, 3) as number },
    ]);
    expect(sets.comparisons).toBe(1);
  });

  it('compares a set with a text it has not seen, or at another threshold, and forgets the oldest set past its bound', async () => {
    const sets = new ComparedSets(12);
    await sets.pairs(catalog, 0.5);
    const wider = ['对违法建设的处罚', '对违法建设的处罚决定'];
    expect(await sets.pairs(wider, 0.5)).toEqual(await similarPairs(wider, 0.5));
    expect(await sets.pairs(catalog.slice(0, 5), 0.9)).toEqual(await similarPairs(catalog.slice(0, 5), 0.9));
    expect(sets.comparisons).toBe(3);
    // Bound of 12 texts: the catalog (11) went when the next set came; its subsets are compared afresh.
    expect(await sets.pairs(catalog.slice(5, 8), 0.5)).toEqual(await similarPairs(catalog.slice(5, 8), 0.5));
    expect(sets.comparisons).toBe(4);
  });
});

(process.platform === 'linux' ? describe : describe.skip)(
  'similarPairsInGroups taking turns (issue 13: no step holds the event loop for long)',
  () => {
    it('never holds the main thread for a whole pass over a province batch of names', async () => {
      const read = procThreadCpu()!;
      // Names of eight characters of five hundred (mulberry32): tens of thousands, few of them alike.
      let state = 11;
      const random = (): number => {
        state = (state + 0x6d2b79f5) | 0;
        let t = Math.imul(state ^ (state >>> 15), 1 | state);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
      const text = (): string =>
        Array.from({ length: 8 }, () => String.fromCharCode(0x4e00 + Math.floor(random() * 500))).join('');
      const catalog = [...new Set(Array.from({ length: 60_000 }, text))];
      // A batch of counties, each listing most of one catalog: tens of thousands of names a pass.
      const groups = Array.from({ length: 12 }, () => catalog.filter(() => random() < 0.8));

      // The main thread's CPU between two check phases of the event loop (where an immediate runs),
      // not wall time: a loaded machine may take the core away in between, which is not this code holding it.
      let longestMs = 0;
      let last = read();
      let ticking = true;
      const tick = (): void => {
        const now = read();
        longestMs = Math.max(longestMs, (now - last) / 1e6);
        last = now;
        if (ticking) setImmediate(tick);
      };
      setImmediate(tick);
      const inTurns = await similarPairsInGroups(groups, 0.8, new TurnBudget(2));
      ticking = false;

      // Issue 13's bound for a step. About 10 ms here on an idle machine and 32 ms once under the
      // whole suite's load (a collection on this thread counts too); the old code's passes over
      // every name took 190-400 ms.
      expect(longestMs).toBeLessThan(50);
      // The same pairs as in one go (a budget never spent), the names compared afresh.
      const once = await similarPairsInGroups(groups, 0.8, new TurnBudget(1e9));
      expect(inTurns.map(show)).toEqual(once.map(show));
    });
  },
);
