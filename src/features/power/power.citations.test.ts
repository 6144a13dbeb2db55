import { parseCitations } from './power.citations';

describe('parseCitations', () => {
  it('keeps the stored source order across both roles and every field', () => {
    const json = JSON.stringify([
      {
        order: 0,
        role: 'IMPLEMENTING',
        text: '《甲法》第三条',
        levelTag: '法律',
        level: 'LAW',
        lawName: '甲法',
        article: 3,
        provisionId: 'v1#3',
      },
      {
        order: 1,
        role: 'RESPONSIBILITY',
        text: '《乙条例》',
        unresolvedCode: 'NO_ARTICLE',
        unresolvedReason: '未写明条款',
      },
      { order: 2, role: 'IMPLEMENTING', text: '《甲法》第五条第二款', article: 5, paragraph: 2, provisionId: 'v1#5-2' },
    ]);
    const citations = parseCitations(json);
    expect(citations.map((c) => [c.role, c.text])).toEqual([
      ['IMPLEMENTING', '《甲法》第三条'],
      ['RESPONSIBILITY', '《乙条例》'],
      ['IMPLEMENTING', '《甲法》第五条第二款'],
    ]);
    expect(citations[0]).toMatchObject({
      levelTag: '法律',
      level: 'LAW',
      article: 3,
      paragraph: null,
      provisionId: 'v1#3',
    });
    expect(citations[1]).toMatchObject({
      provisionId: null,
      unresolvedCode: 'NO_ARTICLE',
      unresolvedReason: '未写明条款',
    });
  });

  it('reads a missing or empty list as no citations and skips entries without text', () => {
    expect(parseCitations(null)).toEqual([]);
    expect(parseCitations('')).toEqual([]);
    expect(parseCitations('[{"order":0},null,{"text":"《丙法》"}]').map((c) => [c.text, c.order])).toEqual([
      ['《丙法》', 2],
    ]);
  });
});
