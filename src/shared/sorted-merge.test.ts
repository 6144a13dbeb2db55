import { firstAfter, mergeSorted, mergeTwo } from './sorted-merge';

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const items = (...ids: string[]): { id: string }[] => ids.map((id) => ({ id }));

describe('mergeSorted', () => {
  it('merges sorted lists into one, each id once, keeping what passes the filter', async () => {
    const merged = await mergeSorted(
      [items('a', 'c', 'e'), items('b', 'c', 'f'), [], items('d')],
      byId,
      (x) => x.id !== 'f',
    );
    expect(merged.map((x) => x.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('merges many lists of many items in order', async () => {
    const lists = Array.from({ length: 50 }, (_, l) =>
      Array.from({ length: 300 }, (_, i) => ({ id: String(i * 50 + l).padStart(6, '0') })),
    );
    const merged = await mergeSorted(lists, byId, () => true);
    expect(merged).toHaveLength(15000);
    expect(merged.every((x, i) => i === 0 || merged[i - 1]!.id < x.id)).toBe(true);
  });
});

describe('mergeTwo', () => {
  it('merges the kept items of the first list with the second, each id once, the copy of the second list first', async () => {
    const before = [
      { id: 'a', v: 1 },
      { id: 'c', v: 1 },
      { id: 'd', v: 1 },
      { id: 'g', v: 1 },
    ];
    const fresh = [
      { id: 'b', v: 2 },
      { id: 'c', v: 2 },
      { id: 'h', v: 2 },
    ];
    const merged = await mergeTwo(before, (x) => x.id !== 'd', fresh, byId);
    expect(merged).toEqual([
      { id: 'a', v: 1 },
      { id: 'b', v: 2 },
      { id: 'c', v: 2 },
      { id: 'g', v: 1 },
      { id: 'h', v: 2 },
    ]);
  });

  it('gives what merging both lists from scratch gives, on long lists', async () => {
    const a = Array.from({ length: 4000 }, (_, i) => ({ id: String(i * 3).padStart(6, '0') }));
    const b = Array.from({ length: 3000 }, (_, i) => ({ id: String(i * 4).padStart(6, '0') }));
    const drop = (x: { id: string }): boolean => Number(x.id) % 5 !== 0;
    const merged = await mergeTwo(a, drop, b, byId);
    expect(merged).toEqual(await mergeSorted([a.filter(drop), b], byId, () => true));
    expect(await mergeTwo([], () => true, b, byId)).toEqual(b);
    expect(await mergeTwo(a, () => true, [], byId)).toEqual(a);
  });
});

describe('firstAfter', () => {
  const sorted = items('a', 'c', 'e');
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  it('finds the first item after a cursor, present or not', () => {
    expect(firstAfter(sorted, (x) => x.id, 'a', cmp)).toBe(1);
    expect(firstAfter(sorted, (x) => x.id, 'b', cmp)).toBe(1);
    expect(firstAfter(sorted, (x) => x.id, 'e', cmp)).toBe(3);
    expect(firstAfter(sorted, (x) => x.id, '0', cmp)).toBe(0);
  });
});
