import { articleLabel } from '../shared/chinese-number';
import { categoryZh, listEn, listZh } from '../shared/labels';
import { stableId } from '../shared/stable-id';
import {
  divisionEn,
  divisionIdentity,
  divisionZh,
  holderRowsEn,
  holderRowsZh,
  OVERLAP_ID_PREFIX,
  powerIdsOf,
  rowCategory,
  sortHolders,
  wordedHolders,
  type WordedHolder,
} from './holders';
import { NO_IDS, overlapOf, type OverlapFacts, type OverlapModel, type OverlapWording } from './overlap.model';
import type { ProvisionRef, SameProvisionRow } from './overlap.rows';

/**
 * The provision shown as "the shared article": the article itself rather than one of its
 * paragraphs, in the latest version cited, then by id.
 */
export function sharedProvision(provisions: readonly ProvisionRef[]): ProvisionRef | null {
  const rank = (p: ProvisionRef): [number, string, string] => [p.paragraph === null ? 0 : 1, p.publishDate ?? '', p.id];
  return (
    [...provisions].sort((a, b) => {
      const [ra, da, ia] = rank(a);
      const [rb, db, ib] = rank(b);
      return ra - rb || (da > db ? -1 : da < db ? 1 : 0) || (ia < ib ? -1 : ia > ib ? 1 : 0);
    })[0] ?? null
  );
}

/** SAME_PROVISION: one overlap per (division, law, article, category) (issue 13). */
export function sameProvisionOverlap(row: SameProvisionRow, asOf: string): OverlapModel {
  const holders = sortHolders(row.holders);
  const organizationIds = holders.map((h) => h.id);
  const provision = sharedProvision(holders.flatMap((h) => h.provisions));
  const facts: OverlapFacts = {
    id: stableId(OVERLAP_ID_PREFIX, 'SAME_PROVISION', [
      divisionIdentity(row.divisionCode),
      `${row.lawId}#${row.article}.${row.suffix}`,
      row.category,
      ...organizationIds,
    ]),
    kind: 'SAME_PROVISION',
    category: row.category,
    divisionCode: row.divisionCode,
    organizationIds,
    powerIds: powerIdsOf(holders),
    provisionId: provision?.id ?? null,
    enforcementItemIds: NO_IDS,
    whistleMatterIds: NO_IDS,
    involvedOrganizationIds: organizationIds,
    score: 1,
    asOf,
  };
  return overlapOf(facts, wordSameProvision, [
    row.divisionName,
    row.lawName,
    row.article,
    row.suffix,
    wordedHolders(holders),
  ]);
}

/** What a SAME_PROVISION overlap keeps to word its explanation. */
type SameProvisionSource = readonly [
  divisionName: string | null,
  lawName: string,
  article: number,
  suffix: number,
  holders: readonly WordedHolder[],
];

/** The explanation of a SAME_PROVISION overlap, with the holders in listing order. */
const wordSameProvision: OverlapWording<SameProvisionSource> = (
  overlap,
  [divisionName, lawName, articleNumber, suffix, holders],
  language,
) => {
  const { asOf, divisionCode } = overlap;
  const category = rowCategory(overlap);
  const names = holders.map(([name]) => name);
  if (language === 'zh') {
    const article = `《${lawName}》${articleLabel(articleNumber, suffix || null)}`;
    return (
      `${asOf}，${divisionZh(divisionCode, divisionName)}${holders.length}个机构的${categoryZh(category)}事项以同一条款${article}为实施依据：${listZh(names)}。` +
      `同一法定职责由多个机构分别列入清单，可能存在职责交叉。清单行：${holderRowsZh(holders)}。`
    );
  }
  const article = `${lawName} art. ${articleNumber}${suffix ? `-${suffix}` : ''}`;
  return (
    `On ${asOf}, ${category} rows of ${holders.length} organizations ${divisionEn(divisionCode, divisionName)} rest on the same article, ${article}: ` +
    `${listEn(names)}. One statutory duty listed by several organizations may overlap. Rows: ${holderRowsEn(holders)}.`
  );
};
