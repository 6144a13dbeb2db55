/**
 * What changed in one organization's power list between two days (版本比对), computed from the rows
 * in force on each day. Pure: the change sets are attached afterwards (list-diff.service.ts).
 * 两个日期之间某机构权责清单的变化。
 */
import { z } from 'zod';

import { normalizeKey } from '../../domain/text';
import { similarPairs } from '../../domain/text-similarity';
import type { ChangeCause, DiffRow, PowerChangeKind, RowChange } from './list-diff.model';

interface CitationFact {
  key: string;
  label: string;
  versionId: string | null;
}

/** The parts of a stored citation (the importer's StoredCitation JSON) the comparison reads. */
const STORED_CITATIONS = z.array(
  z.looseObject({
    lawName: z.string().nullish(),
    lawId: z.string().nullish(),
    article: z.number().nullish(),
    paragraph: z.number().nullish(),
    versionId: z.string().nullish(),
  }),
);

function storedCitations(json: string | null): z.infer<typeof STORED_CITATIONS> {
  if (json === null) return [];
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return [];
  }
  const parsed = STORED_CITATIONS.safeParse(value);
  return parsed.success ? parsed.data : [];
}

/** A stored citation's law, article and paragraph, its label and the version it resolved to. */
function citationFacts(row: DiffRow): Map<string, CitationFact> {
  const facts = new Map<string, CitationFact>();
  for (const c of storedCitations(row.citations)) {
    const lawName = c.lawName ?? null;
    const lawId = c.lawId ?? null;
    if (lawName === null && lawId === null) continue;
    const article = c.article ?? null;
    const paragraph = c.paragraph ?? null;
    const key = [lawId ?? normalizeKey(lawName ?? ''), article ?? '', paragraph ?? ''].join('|');
    const label = `《${lawName ?? lawId ?? ''}》${article !== null ? `第${article}条` : ''}${paragraph !== null ? `第${paragraph}款` : ''}`;
    if (!facts.has(key)) facts.set(key, { key, label, versionId: c.versionId ?? null });
  }
  return facts;
}

const itemName = (row: DiffRow): string => normalizeKey(`${row.name}${row.subName ?? ''}`);
const shown = (row: DiffRow): string => (row.subName ? `${row.name}（${row.subName}）` : row.name);

function dayAfter(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** When a row entered the organization's list, and by what: its import, or a plan that moved it. */
function started(row: DiffRow): { date: string; cause: ChangeCause } {
  if (row.exerciseFrom !== null && row.exerciseFrom > row.validFrom) return { date: row.exerciseFrom, cause: 'PLAN' };
  return { date: row.validFrom, cause: 'START' };
}

/** When a row left the organization's list: the list that dropped it, or a plan that moved it. */
function ended(row: DiffRow): { date: string; cause: ChangeCause } {
  if (row.exerciseTo !== null && (row.validTo === null || row.exerciseTo < row.validTo)) {
    return { date: dayAfter(row.exerciseTo), cause: 'PLAN' };
  }
  return { date: dayAfter(row.validTo ?? row.exerciseTo ?? row.validFrom), cause: 'END' };
}

const EMPTY = {
  citationsAdded: [],
  citationsRemoved: [],
  versionsChanged: [],
  responsibilitiesAdded: [],
  responsibilitiesRemoved: [],
};

/** The changes between two versions of one item (same identity, same name, or a similar name). */
function pairChanges(before: DiffRow, after: DiffRow, similarity: number | null): RowChange[] {
  const base = {
    before,
    after,
    name: shown(after),
    similarity,
    date: after.validFrom,
    cause: 'START' as ChangeCause,
    causeRowId: after.id,
  };
  const changes: RowChange[] = [];
  const add = (kind: PowerChangeKind, extra: Partial<RowChange> = {}) =>
    changes.push({ ...base, ...EMPTY, kind, ...extra });
  if (similarity !== null) add('RENAMED');
  if (before.category !== after.category) add('RETYPED');
  const was = citationFacts(before);
  const now = citationFacts(after);
  const citationsAdded = [...now.values()].filter((c) => !was.has(c.key)).map((c) => c.label);
  const citationsRemoved = [...was.values()].filter((c) => !now.has(c.key)).map((c) => c.label);
  const versionsChanged = [...now.values()]
    .filter((c) => {
      const old = was.get(c.key);
      return old !== undefined && old.versionId !== null && c.versionId !== null && old.versionId !== c.versionId;
    })
    .map((c) => c.label);
  if (citationsAdded.length + citationsRemoved.length + versionsChanged.length > 0) {
    add('BASIS_CHANGED', { citationsAdded, citationsRemoved, versionsChanged });
  }
  const duties = (row: DiffRow) =>
    new Set([...row.responsibilities, ...row.accountability.map((a) => `追责情形：${a}`)]);
  const dutiesBefore = duties(before);
  const dutiesAfter = duties(after);
  const responsibilitiesAdded = [...dutiesAfter].filter((t) => !dutiesBefore.has(t)).sort();
  const responsibilitiesRemoved = [...dutiesBefore].filter((t) => !dutiesAfter.has(t)).sort();
  if (responsibilitiesAdded.length + responsibilitiesRemoved.length > 0) {
    add('RESPONSIBILITY_CHANGED', { responsibilitiesAdded, responsibilitiesRemoved });
  }
  return changes;
}

/**
 * Rows of `from` and `to` are paired by identity (the importer's identityKey: issuer, category,
 * name), then by name alone (a re-typed item), then by name similarity at or above `threshold`
 * (bigram Dice, ANALYSIS_SIMILARITY: a renamed item), best pairs first. Unpaired rows are added or
 * removed. A row present on both days unchanged (same id) is no change.
 */
export async function compareLists(
  fromRows: readonly DiffRow[],
  toRows: readonly DiffRow[],
  threshold: number,
): Promise<RowChange[]> {
  const toIds = new Set(toRows.map((r) => r.id));
  const fromIds = new Set(fromRows.map((r) => r.id));
  let removed = fromRows.filter((r) => !toIds.has(r.id));
  let added = toRows.filter((r) => !fromIds.has(r.id));
  const pairs: [DiffRow, DiffRow, number | null][] = [];
  const pairBy = (key: (r: DiffRow) => string) => {
    const byKey = new Map<string, DiffRow[]>();
    for (const r of added) byKey.set(key(r), [...(byKey.get(key(r)) ?? []), r]);
    const used = new Set<DiffRow>();
    removed = removed.filter((r) => {
      const match = byKey.get(key(r))?.find((a) => !used.has(a));
      if (match === undefined) return true;
      used.add(match);
      pairs.push([r, match, null]);
      return false;
    });
    added = added.filter((a) => !used.has(a));
  };
  pairBy((r) => r.identityKey);
  pairBy(itemName);
  // Renamed: the most similar removed and added rows first, each row in one pair at most.
  const texts = [...removed.map(itemName), ...added.map(itemName)];
  const similar = (await similarPairs(texts, threshold))
    .filter((p) => p.a < removed.length && p.b >= removed.length)
    .sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const usedRemoved = new Set<number>();
  const usedAdded = new Set<number>();
  for (const p of similar) {
    const b = p.b - removed.length;
    if (usedRemoved.has(p.a) || usedAdded.has(b)) continue;
    usedRemoved.add(p.a);
    usedAdded.add(b);
    pairs.push([removed[p.a]!, added[b]!, Math.round(p.score * 1000) / 1000]);
  }
  removed = removed.filter((_, i) => !usedRemoved.has(i));
  added = added.filter((_, i) => !usedAdded.has(i));

  const changes: RowChange[] = [
    ...added.map((r): RowChange => ({
      ...EMPTY,
      kind: 'ADDED',
      before: null,
      after: r,
      name: shown(r),
      similarity: null,
      ...started(r),
      causeRowId: r.id,
    })),
    ...removed.map((r): RowChange => ({
      ...EMPTY,
      kind: 'REMOVED',
      before: r,
      after: null,
      name: shown(r),
      similarity: null,
      ...ended(r),
      causeRowId: r.id,
    })),
    ...pairs.flatMap(([before, after, score]) => pairChanges(before, after, score)),
  ];
  return changes.sort((x, y) => x.date.localeCompare(y.date) || x.name.localeCompare(y.name, 'zh'));
}
