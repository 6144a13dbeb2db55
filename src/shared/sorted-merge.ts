import { TurnBudget } from './event-loop';

/**
 * Merges lists that are each sorted by `compare` into one sorted list, keeping the items that
 * pass `keep`, once per id (an item in several lists has the same sort key, so its copies meet
 * side by side). Yields to the event loop once a turn has run its budget (asked every 256 items),
 * so that merging a province's results never holds it for long.
 */
export async function mergeSorted<T extends { id: string }>(
  lists: readonly (readonly T[])[],
  compare: (a: T, b: T) => number,
  keep: (item: T) => boolean,
): Promise<T[]> {
  // A binary heap of [list index, position], ordered by the item each points at.
  const heap: [number, number][] = [];
  const at = (entry: [number, number]): T => lists[entry[0]]![entry[1]]!;
  const less = (i: number, j: number): boolean => compare(at(heap[i]!), at(heap[j]!)) < 0;
  const swap = (i: number, j: number): void => {
    const t = heap[i]!;
    heap[i] = heap[j]!;
    heap[j] = t;
  };
  const up = (i: number): void => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!less(i, parent)) return;
      swap(i, parent);
      i = parent;
    }
  };
  const down = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && less(l, m)) m = l;
      if (r < heap.length && less(r, m)) m = r;
      if (m === i) return;
      swap(i, m);
      i = m;
    }
  };
  lists.forEach((list, index) => {
    if (list.length > 0) {
      heap.push([index, 0]);
      up(heap.length - 1);
    }
  });
  const out: T[] = [];
  let lastId: string | null = null;
  let steps = 0;
  const turn = new TurnBudget();
  while (heap.length > 0) {
    const top = heap[0]!;
    const item = at(top);
    if (item.id !== lastId && keep(item)) {
      out.push(item);
      lastId = item.id;
    }
    if (top[1] + 1 < lists[top[0]]!.length) {
      heap[0] = [top[0], top[1] + 1];
    } else {
      const last = heap.pop()!;
      if (heap.length > 0) heap[0] = last;
    }
    if (heap.length > 0) down(0);
    steps += 1;
    if ((steps & 255) === 0 && turn.spent) await turn.check();
  }
  return out;
}

/**
 * Merges two lists sorted by `compare`, keeping the items of `a` that pass `keepA` and every item
 * of `b`, once per id as `mergeSorted` does (of two copies side by side, `b`'s comes first). Linear:
 * a listing brought up to date after a change, not merged again from every partition.
 */
export async function mergeTwo<T extends { id: string }>(
  a: readonly T[],
  keepA: (item: T) => boolean,
  b: readonly T[],
  compare: (x: T, y: T) => number,
): Promise<T[]> {
  const out: T[] = [];
  let lastId: string | null = null;
  const push = (item: T): void => {
    if (item.id !== lastId) out.push(item);
    lastId = item.id;
  };
  let i = 0;
  let j = 0;
  let steps = 0;
  const turn = new TurnBudget();
  while (i < a.length || j < b.length) {
    const x = a[i];
    if (x !== undefined && !keepA(x)) {
      i += 1;
    } else if (x === undefined || (j < b.length && compare(b[j]!, x) <= 0)) {
      push(b[j++]!);
    } else {
      push(x);
      i += 1;
    }
    steps += 1;
    if ((steps & 255) === 0 && turn.spent) await turn.check();
  }
  return out;
}

/** The index of the first item of `sorted` that comes after `cursor` (binary search), or sorted.length. */
export function firstAfter<T, K>(
  sorted: readonly T[],
  keyOf: (item: T) => K,
  cursor: K,
  compareKeys: (a: K, b: K) => number,
): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareKeys(keyOf(sorted[mid]!), cursor) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
