/**
 * Label texts and their placement on the graph. 标签文字与避让。
 */

/**
 * A long name cut so that its distinguishing end stays: "青石市人力资源和社会保障局劳动关系科" →
 * "…劳动关系科". Names of one government share their beginning (the city, the parent bureau), not their end.
 */
export function keepEnd(name: string, max: number): string {
  const chars = [...name];
  return chars.length <= max ? name : `…${chars.slice(chars.length - (max - 1)).join('')}`;
}

/** A long name cut at its end: power and list-row names differ in their beginning ("对未取得…的处罚"). */
export function keepStart(name: string, max: number): string {
  const chars = [...name];
  return chars.length <= max ? name : `${chars.slice(0, max - 1).join('')}…`;
}

/** Characters common to the start (or, with `fromEnd`, the end) of every name. */
function commonLength(names: readonly string[][], fromEnd: boolean): number {
  const shortest = Math.min(...names.map((n) => n.length));
  let k = 0;
  while (k < shortest) {
    const at = (n: string[]): string | undefined => (fromEnd ? n[n.length - 1 - k] : n[k]);
    const c = at(names[0]!);
    if (!names.every((n) => at(n) === c)) break;
    k += 1;
  }
  return k;
}

/**
 * Short labels that tell different nodes apart. Each name is cut by `shorten`; where the cuts of
 * different nodes collide ("…建设工程质量安全监督站" twice), each keeps, before its end, the part where
 * the colliding names first differ ("…县住建局…质量安全监督站" style: "…区住房和…质量安全监督站"), within
 * `max` characters plus the ellipses; names that still collide (the same name twice) are numbered
 * "（1）", "（2）" in order. 截断后仍相同的标签保留名称中相互区别的部分。
 */
export function distinctLabels(names: readonly string[], shorten: (name: string) => string, max: number): string[] {
  const labels = names.map(shorten);
  const byLabel = new Map<string, number[]>();
  labels.forEach((label, i) => byLabel.set(label, [...(byLabel.get(label) ?? []), i]));
  for (const indices of byLabel.values()) {
    if (indices.length < 2) continue;
    const chars = indices.map((i) => [...names[i]!]);
    const distinct = new Set(indices.map((i) => names[i]));
    if (distinct.size > 1) {
      const prefix = commonLength(chars, false);
      const suffix = commonLength(chars, true);
      const middle = Math.max(2, Math.floor(max / 2) - 1);
      const end = Math.max(2, max - middle);
      indices.forEach((i, k) => {
        const c = chars[k]!;
        if (c.length <= max + 1) {
          labels[i] = names[i]!;
          return;
        }
        // The differing part starts at `prefix`; keep `middle` characters of it, then the end.
        const from = Math.min(prefix, Math.max(0, c.length - suffix - middle), c.length - end - middle);
        const start = Math.max(0, from);
        const mid = c.slice(start, start + middle).join('');
        const tailFrom = Math.max(start + middle, c.length - end);
        labels[i] = `${start > 0 ? '…' : ''}${mid}${tailFrom > start + middle ? '…' : ''}${c.slice(tailFrom).join('')}`;
      });
    }
    // Still the same (the same name twice, or differences the cut could not keep): number them.
    const again = new Map<string, number[]>();
    for (const i of indices) again.set(labels[i]!, [...(again.get(labels[i]!) ?? []), i]);
    for (const same of again.values()) {
      if (same.length > 1) same.forEach((i, k) => (labels[i] = `${labels[i]!}（${k + 1}）`));
    }
  }
  return labels;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export const intersects = (a: Box, b: Box): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * Greedy collision avoidance: labels in priority order are kept when their box meets no kept box
 * (a uniform grid finds the neighbours). Returns the indices kept.
 */
export function placeLabels(boxes: readonly Box[], cell = 80): Set<number> {
  const grid = new Map<string, number[]>();
  const kept = new Set<number>();
  const cells = (b: Box): string[] => {
    const keys: string[] = [];
    for (let x = Math.floor(b.x1 / cell); x <= Math.floor(b.x2 / cell); x += 1) {
      for (let y = Math.floor(b.y1 / cell); y <= Math.floor(b.y2 / cell); y += 1) keys.push(`${x},${y}`);
    }
    return keys;
  };
  boxes.forEach((box, i) => {
    const keys = cells(box);
    const clash = keys.some((k) => (grid.get(k) ?? []).some((j) => intersects(box, boxes[j]!)));
    if (clash) return;
    kept.add(i);
    for (const k of keys) grid.set(k, [...(grid.get(k) ?? []), i]);
  });
  return kept;
}

/** The share of boxes that intersect another (what the e2e test measures on the page). */
export function overlapShare(boxes: readonly Box[]): number {
  if (boxes.length === 0) return 0;
  let overlapping = 0;
  boxes.forEach((a, i) => {
    if (boxes.some((b, j) => j !== i && intersects(a, b))) overlapping += 1;
  });
  return overlapping / boxes.length;
}
