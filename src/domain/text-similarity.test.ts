import { similarPairs, similarPairsInGroups } from './text-similarity';

/** A pair as text, the score rounded: the same whichever function found it. */
const show = (pairs: readonly { a: number; b: number; score: number }[]): string[] =>
  pairs.map((p) => `${p.a}-${p.b}:${p.score.toFixed(6)}`).sort();

describe('similarPairsInGroups', () => {
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
    expect(show((await similarPairsInGroups([['对违法建设的处罚', '对违法建设的处罚', '甲', '甲']], 0.8))[0]!)).toEqual([
      '0-1:1.000000',
    ]);
  });
});
