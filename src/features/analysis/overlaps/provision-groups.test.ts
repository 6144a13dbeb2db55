import { mergeProvisionGroups } from './provision-groups';

const unversioned = (divisionCode: string, divisionName: string, powerId: string, organizationId: string) => ({
  divisionCode,
  divisionName,
  powerId,
  powerName: `审批${powerId}`,
  category: 'LICENSING' as const,
  lawId: 'L1',
  lawName: '中华人民共和国城市道路管理条例',
  article: 30,
  suffix: 0,
  holders: [{ id: organizationId, name: organizationId }],
});

describe('SAME_PROVISION groups', () => {
  it('adds citations of older versions to the resolved groups of their own division', async () => {
    const merged = await mergeProvisionGroups(
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
        unversioned('d1', '甲县', 'p2', 'o2'),
        unversioned('d2', '乙县', 'p3', 'o3'),
        unversioned('d1', '甲县', 'p4', 'o2'),
      ],
    );
    // Another division's citation of the same article starts a group of its own (issue 13).
    expect(merged.map((g) => [g.divisionCode, g.lawId, g.article, g.holders.map((h) => [h.id, h.powerIds])])).toEqual([
      [
        'd1',
        'L1',
        30,
        [
          ['o1', ['p1']],
          ['o2', ['p2', 'p4']],
        ],
      ],
      ['d2', 'L1', 30, [['o3', ['p3']]]],
    ]);
  });

  it('leaves the resolved groups unchanged when no row cites an older version', async () => {
    const resolved = {
      divisionCode: null,
      divisionName: null,
      lawId: 'L2',
      lawName: '某法',
      article: 5,
      suffix: 1,
      category: 'PUNISHMENT' as const,
      holders: [{ id: 'o1', name: '甲', powerIds: ['p1'], powerNames: ['处罚'], provisions: [] }],
    };
    await expect(mergeProvisionGroups([resolved], [])).resolves.toEqual([resolved]);
  });
});
