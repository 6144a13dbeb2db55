import { mergeProvisionGroups, unversionedCitations } from './provision-groups';

const citations = JSON.stringify([
  {
    role: 'IMPLEMENTING',
    unresolvedCode: 'VERSION_NOT_IN_CATALOG',
    lawId: 'L1',
    lawName: '中华人民共和国城市道路管理条例',
    article: 30,
  },
  { role: 'RESPONSIBILITY', unresolvedCode: 'VERSION_NOT_IN_CATALOG', lawId: 'L1', article: 31 },
  { role: 'IMPLEMENTING', unresolvedCode: 'LAW_NOT_IN_CATALOG', lawName: '某办法', article: 3 },
  { role: 'IMPLEMENTING', unresolvedCode: 'VERSION_NOT_IN_CATALOG', lawId: 'L2', lawName: '行政处罚法', article: 57 },
]);

describe('SAME_PROVISION groups', () => {
  it('reads the implementing citations of versions older than the catalog', () => {
    expect(unversionedCitations(citations).map((c) => [c.lawId, c.lawName, c.article])).toEqual([
      ['L1', '城市道路管理条例', 30],
      ['L2', '行政处罚法', 57],
    ]);
    expect(unversionedCitations('not json')).toEqual([]);
  });

  it('adds them to the resolved groups of their own division, skipping excluded laws', () => {
    const merged = mergeProvisionGroups(
      [
        {
          divisionCode: 'd1',
          divisionName: '甲县',
          lawId: 'L1',
          lawName: '城市道路管理条例',
          article: 30,
          suffix: 0,
          category: 'LICENSING',
          holders: [{ id: 'o1', name: '甲', powerIds: ['p1'], powerNames: ['审批'], provisions: [] }],
        },
      ],
      [
        {
          divisionCode: 'd1',
          divisionName: '甲县',
          powerId: 'p2',
          powerName: '审批二',
          category: 'LICENSING',
          citations,
          holders: [{ id: 'o2', name: '乙' }],
        },
        {
          divisionCode: 'd2',
          divisionName: '乙县',
          powerId: 'p3',
          powerName: '审批三',
          category: 'LICENSING',
          citations,
          holders: [{ id: 'o3', name: '丙' }],
        },
      ],
      new Set(['行政处罚法']),
    );
    // Another division's citation of the same article starts a group of its own (issue 13).
    expect(merged.map((g) => [g.divisionCode, g.lawId, g.article, g.holders.map((h) => h.id)])).toEqual([
      ['d1', 'L1', 30, ['o1', 'o2']],
      ['d2', 'L1', 30, ['o3']],
    ]);
  });
});
