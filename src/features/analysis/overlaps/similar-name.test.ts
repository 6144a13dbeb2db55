import { similarItemKeys, similarNameOverlaps } from './similar-name';
import type { ItemHoldersRow, ItemKeysRow } from './overlap.rows';

const key = (name: string): string => `PUNISHMENT|${name}|`;
const item = (name: string, holders: string[], divisionCode: string | null = '650203'): ItemHoldersRow => ({
  divisionCode,
  divisionName: divisionCode === null ? null : '克拉玛依区',
  itemKey: key(name),
  itemName: name,
  category: 'PUNISHMENT',
  holders: holders.map((id) => ({ id, name: `机构${id}`, powerIds: [`p-${id}-${name}`], powerNames: [name] })),
});

/** The first step's rows for these items, as overlap-similar-name-keys returns them. */
function keysOf(items: readonly ItemHoldersRow[]): ItemKeysRow[] {
  const groups = new Map<string, ItemKeysRow>();
  for (const i of items) {
    const id = `${i.divisionCode ?? ''}|${i.category}`;
    const group = groups.get(id) ?? { divisionCode: i.divisionCode, category: i.category, itemKeys: [], holderIds: [] };
    group.itemKeys.push(i.itemKey);
    group.holderIds.push(i.holders.map((h) => h.id));
    groups.set(id, group);
  }
  return [...groups.values()];
}

describe('SIMILAR_NAME in two steps (keys first, then the similar items in full)', () => {
  const items = [
    item('对未取得许可擅自从事食品生产的处罚', ['a']),
    item('对未取得许可擅自从事食品经营的处罚', ['b']),
    // Similar to each other, but one organization holds both: its own business.
    item('对违法排放大气污染物的处罚', ['c']),
    item('对违法排放水污染物的处罚', ['c']),
    // Similar to the first pair's names, but in another division.
    item('对未取得许可擅自从事食品生产的处罚行为', ['d'], '650204'),
    item('对道路运输经营者的监督检查', ['e']),
  ];

  it('reads in full only the items of similar pairs of distinct organizations', async () => {
    expect(await similarItemKeys(keysOf(items), 0.8)).toEqual(
      [key('对未取得许可擅自从事食品生产的处罚'), key('对未取得许可擅自从事食品经营的处罚')].sort(),
    );
  });

  it('finds the same overlaps from those items as from every item', async () => {
    const chosen = new Set(await similarItemKeys(keysOf(items), 0.8));
    const fromAll = await similarNameOverlaps(items, 0.8, '2026-12-05');
    const fromChosen = await similarNameOverlaps(
      items.filter((i) => chosen.has(i.itemKey)),
      0.8,
      '2026-12-05',
    );
    expect(fromAll.length).toBe(1);
    expect(fromChosen).toEqual(fromAll);
  });

  it('reads nothing when no pair reaches the threshold', async () => {
    expect(await similarItemKeys(keysOf(items), 0.99)).toEqual([]);
  });
});
