import { AppError } from '../../errors';
import { matchTier, rankHits, snippet } from './rank';
import { escapeLucene, luceneQuery, searchArguments } from './search-text';

const codeOf = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (e) {
    return e instanceof AppError ? e.extensions['code'] : 'not an AppError';
  }
  return 'no error';
};

describe('search text', () => {
  it('escapes every Lucene operator so user text cannot change the query', () => {
    expect(escapeLucene('a+b-c&&d||e!(f){g}[h]^"i"~j*k?l:m\\n/o')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!\\(f\\)\\{g\\}\\[h\\]\\^\\"i\\"\\~j\\*k\\?l\\:m\\\\n\\/o',
    );
    expect(luceneQuery('违法建设')).toBe('"违法建设"^4 OR (违法建设)');
    expect(luceneQuery('食')).toBe('"食"^4 OR (食) OR 食*');
    expect(luceneQuery('a") OR *:*')).toBe('"a\\"\\) or \\*\\:\\*"^4 OR (a\\"\\) or \\*\\:\\*)');
  });

  it('normalises the text and validates the arguments', () => {
    expect(searchArguments(' 违法　建设 ', undefined)).toEqual({ text: '违法 建设', first: 20 });
    expect(searchArguments('（）', 5)).toEqual({ text: null, first: 5 });
    expect(codeOf(() => searchArguments('   ', 5))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => searchArguments('食品', 101))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => searchArguments('食'.repeat(101), 5))).toBe('BAD_USER_INPUT');
  });
});

describe('ranking', () => {
  it('tells exact, prefix, containing and partial matches apart, ignoring whitespace and width', () => {
    expect(matchTier('违法 建设', '违法建设')).toBe(3);
    expect(matchTier('违法建设行为', '违法建设')).toBe(2);
    expect(matchTier('对违法建设的处罚', '违法建设')).toBe(1);
    expect(matchTier('违法占地建设', '违法建设')).toBe(0);
  });

  it('orders by tier before the full-text score', () => {
    const hits = rankHits(
      [
        { type: 'Power', id: 'long', score: 9, texts: ['对违法建设、违法建设行为的处罚', null] },
        { type: 'Power', id: 'exact', score: 3, texts: ['违法建设', null] },
        { type: 'WhistleMatter', id: 'prefix', score: 4, texts: ['违法建设治理'] },
        { type: 'Organization', id: 'partial', score: 8, texts: ['违法占地建设'] },
      ],
      '违法建设',
      10,
    );
    expect(hits.map((h) => h.id)).toEqual(['exact', 'prefix', 'long', 'partial']);
    expect(hits[0]!.score).toBeGreaterThanOrEqual(3);
    expect(hits[3]!.score).toBeLessThan(1);
    expect(rankHits([], '食品', 3)).toEqual([]);
  });

  it('marks the matched words in the snippet and cuts long texts around the first mark', () => {
    expect(snippet('对违法建设行为的处罚', '违法建设')).toBe('对【违法建设】行为的处罚');
    expect(snippet('违法占地建设', '违法建设')).toBe('【违法】占地【建设】');
    expect(snippet('食品经营许可', '食')).toBe('【食】品经营许可');
    const long = `${'甲'.repeat(100)}食品安全${'乙'.repeat(100)}`;
    const cut = snippet(long, '食品');
    expect(cut.startsWith('…')).toBe(true);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).toContain('【食品】');
  });
});
