import { articleLabel, toChineseNumber } from './chinese-number';
import { stableId } from './stable-id';
import { bigrams, dice, similarPairs } from '../../../domain/text-similarity';

describe('bigram Dice similarity', () => {
  it('is 2|A∩B| / (|A|+|B|) on character-bigram sets', () => {
    expect([...bigrams('违法建设')]).toEqual(['违法', '法建', '建设']);
    expect(
      dice('对经营依法应当检疫而未经检疫的动物产品的处罚', '对经营依法应当检疫而未经检疫动物产品的处罚'),
    ).toBeCloseTo(0.923, 3);
    expect(
      dice(
        '对未取得道路运输经营许可擅自从事道路客运经营的处罚',
        '对未取得道路运输经营许可证擅自从事道路客运经营的处罚',
      ),
    ).toBeCloseTo(0.933, 3);
    expect(dice('甲', '乙')).toBe(0);
  });

  it('finds exactly the pairs an all-pairs comparison finds, with prefix filtering', async () => {
    const words = [
      '违法建设',
      '对违法建设的处罚',
      '对违法建设行为的处罚',
      '占用道路',
      '对占用道路的处罚',
      '对占用城市道路的处罚',
      '对违法建设的处理',
      '处罚',
    ];
    for (const t of [0.5, 0.7, 0.8, 0.9]) {
      const brute: string[] = [];
      words.forEach((a, i) =>
        words.slice(i + 1).forEach((b, k) => dice(a, b) >= t - 1e-9 && brute.push(`${i}-${i + 1 + k}`)),
      );
      const fast = (await similarPairs(words, t)).map((p) => `${p.a}-${p.b}`);
      expect(fast.sort()).toEqual(brute.sort());
    }
  });
});

describe('article labels', () => {
  it('writes article numbers as Chinese law does', () => {
    expect([10, 17, 24, 88, 100, 105, 110, 1005].map(toChineseNumber)).toEqual([
      '十',
      '十七',
      '二十四',
      '八十八',
      '一百',
      '一百零五',
      '一百一十',
      '一千零五',
    ]);
    expect(articleLabel(24, 1)).toBe('第二十四条之一');
  });
});

describe('stable ids', () => {
  it('depend on the kind and the set of identities, not their order', () => {
    expect(stableId('ov', 'SAME_POWER', ['b', 'a', 'a'])).toBe(stableId('ov', 'SAME_POWER', ['a', 'b']));
    expect(stableId('ov', 'SAME_POWER', ['a', 'b'])).not.toBe(stableId('ov', 'SAME_PROVISION', ['a', 'b']));
  });
});
