import { similarItems, similarNameOverlaps } from './similar-name';
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
    expect((await similarItems(keysOf(items), 0.8)).itemKeys).toEqual(
      [key('对未取得许可擅自从事食品生产的处罚'), key('对未取得许可擅自从事食品经营的处罚')].sort(),
    );
  });

  // A second holder of a chosen item, and the other chosen item in a division where nothing pairs with it.
  const wider = [
    item('对未取得许可擅自从事食品生产的处罚', ['a', 'f']),
    ...items.slice(1),
    item('对未取得许可擅自从事食品经营的处罚', ['g'], '650205'),
  ];

  it('reads them from their holders only, in every division that lists them', async () => {
    expect((await similarItems(keysOf(wider), 0.8)).holderIds).toEqual(['a', 'b', 'f', 'g']);
  });

  it('finds the same overlaps from those items, read from those holders, as from every item', async () => {
    const chosen = await similarItems(keysOf(wider), 0.8);
    const keys = new Set(chosen.itemKeys);
    const holders = new Set(chosen.holderIds);
    const fromAll = await similarNameOverlaps(wider, 0.8, '2026-12-05');
    // What overlap-similar-name-items returns when given only those keys and organizations.
    const read = wider
      .filter((i) => keys.has(i.itemKey))
      .map((i) => ({ ...i, holders: i.holders.filter((h) => holders.has(h.id)) }))
      .filter((i) => i.holders.length > 0);
    const fromChosen = await similarNameOverlaps(read, 0.8, '2026-12-05');
    expect(fromAll.length).toBe(1);
    expect(fromChosen).toEqual(fromAll);
  });

  it('reads nothing when no pair reaches the threshold', async () => {
    expect(await similarItems(keysOf(items), 0.99)).toEqual({ itemKeys: [], holderIds: [] });
  });
});
