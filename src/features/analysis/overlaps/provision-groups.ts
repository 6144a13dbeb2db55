import { TurnBudget } from '../../../shared/event-loop';
import type { HolderRow } from './overlap.model';
import type { ProvisionRef, SameProvisionRow, UnversionedCitationRow } from './overlap.rows';

type Holder = HolderRow & { provisions: ProvisionRef[] };

/**
 * Adds the rows citing a law and article in a version older than the catalog (their CITES_LAW
 * relationships; procedural laws already left out by the statement) to the (division, law,
 * article, category) groups of the resolved ones. The result still holds groups of one
 * organization: "two or more" comes after.
 */
export async function mergeProvisionGroups(
  resolved: readonly SameProvisionRow[],
  unversioned: readonly UnversionedCitationRow[],
  turn = new TurnBudget(),
): Promise<SameProvisionRow[]> {
  const groups = new Map<string, SameProvisionRow & { byOrg: Map<string, Holder> }>();
  const keyOf = (division: string | null, lawId: string, article: number, suffix: number, category: string): string =>
    `${division ?? ''}|${lawId}|${article}|${suffix}|${category}`;
  for (const row of resolved) {
    if (turn.spent) await turn.check();
    const byOrg = new Map(
      row.holders.map((h) => [h.id, { ...h, powerIds: [...h.powerIds], powerNames: [...h.powerNames] }]),
    );
    groups.set(keyOf(row.divisionCode, row.lawId, row.article, row.suffix, row.category), { ...row, byOrg });
  }
  for (const row of unversioned) {
    if (turn.spent) await turn.check();
    const key = keyOf(row.divisionCode, row.lawId, row.article, row.suffix, row.category);
    const group = groups.get(key) ?? {
      divisionCode: row.divisionCode,
      divisionName: row.divisionName,
      lawId: row.lawId,
      lawName: row.lawName,
      article: row.article,
      suffix: row.suffix,
      category: row.category,
      holders: [],
      byOrg: new Map<string, Holder>(),
    };
    groups.set(key, group);
    for (const o of row.holders) {
      const holder = group.byOrg.get(o.id) ?? { id: o.id, name: o.name, powerIds: [], powerNames: [], provisions: [] };
      group.byOrg.set(o.id, holder);
      if (!holder.powerIds.includes(row.powerId)) holder.powerIds.push(row.powerId);
      if (!holder.powerNames.includes(row.powerName)) holder.powerNames.push(row.powerName);
    }
  }
  return [...groups.values()].map(({ byOrg, ...row }) => ({ ...row, holders: [...byOrg.values()] }));
}
