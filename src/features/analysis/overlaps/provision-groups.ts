import type { HolderRow } from './overlap.model';
import type { ProvisionRef, SameProvisionRow, UnversionedCitationRow } from './overlap.rows';

const NATIONAL_PREFIX = '中华人民共和国';

interface UnversionedCitation {
  lawId: string;
  lawName: string;
  article: number;
  suffix: number;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const int = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) ? v : null);

/**
 * The IMPLEMENTING citations of a row that name a catalogued law and an article in a version
 * older than the catalog (VERSION_NOT_IN_CATALOG): the law and the article are known, only the
 * version text is missing, so they still point at "the same article of the same law".
 */
export function unversionedCitations(citations: string | null): UnversionedCitation[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(citations ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((c: unknown): UnversionedCitation[] => {
    if (typeof c !== 'object' || c === null) return [];
    const r = c as Record<string, unknown>;
    const lawId = text(r['lawId']);
    const article = int(r['article']);
    if (r['role'] !== 'IMPLEMENTING' || r['unresolvedCode'] !== 'VERSION_NOT_IN_CATALOG' || !lawId || article === null)
      return [];
    const name = (text(r['lawName']) ?? '').replace(/\s+/g, '');
    return [
      {
        lawId,
        lawName: name.startsWith(NATIONAL_PREFIX) ? name.slice(NATIONAL_PREFIX.length) : name,
        article,
        suffix: int(r['articleSuffix']) ?? 0,
      },
    ];
  });
}

type Holder = HolderRow & { provisions: ProvisionRef[] };

/**
 * Adds the rows with version-unknown citations to the (division, law, article, category) groups of
 * the resolved ones . The result still holds groups of one organization: "two or more" comes after.
 */
export function mergeProvisionGroups(
  resolved: readonly SameProvisionRow[],
  unversioned: readonly UnversionedCitationRow[],
  excludedLaws: ReadonlySet<string>,
): SameProvisionRow[] {
  const groups = new Map<string, SameProvisionRow & { byOrg: Map<string, Holder> }>();
  const keyOf = (division: string | null, lawId: string, article: number, suffix: number, category: string): string =>
    `${division ?? ''}|${lawId}|${article}|${suffix}|${category}`;
  for (const row of resolved) {
    const byOrg = new Map(
      row.holders.map((h) => [h.id, { ...h, powerIds: [...h.powerIds], powerNames: [...h.powerNames] }]),
    );
    groups.set(keyOf(row.divisionCode, row.lawId, row.article, row.suffix, row.category), { ...row, byOrg });
  }
  for (const row of unversioned) {
    for (const c of unversionedCitations(row.citations)) {
      if (excludedLaws.has(c.lawName)) continue;
      const key = keyOf(row.divisionCode, c.lawId, c.article, c.suffix, row.category);
      const group = groups.get(key) ?? {
        divisionCode: row.divisionCode,
        divisionName: row.divisionName,
        lawId: c.lawId,
        lawName: c.lawName,
        article: c.article,
        suffix: c.suffix,
        category: row.category,
        holders: [],
        byOrg: new Map<string, Holder>(),
      };
      groups.set(key, group);
      for (const o of row.holders) {
        const holder = group.byOrg.get(o.id) ?? {
          id: o.id,
          name: o.name,
          powerIds: [],
          powerNames: [],
          provisions: [],
        };
        group.byOrg.set(o.id, holder);
        if (!holder.powerIds.includes(row.powerId)) holder.powerIds.push(row.powerId);
        if (!holder.powerNames.includes(row.powerName)) holder.powerNames.push(row.powerName);
      }
    }
  }
  return [...groups.values()].map(({ byOrg, ...row }) => ({ ...row, holders: [...byOrg.values()] }));
}
