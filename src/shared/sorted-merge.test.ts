import { firstAfter, mergeSorted } from './sorted-merge';

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
