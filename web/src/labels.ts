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
