import type { StoredCitation } from './row-citations';

/** BasisLevel // 依据效力层级: the highest level a power's citations name, from the highest down. */
export const BASIS_LEVELS = ['LAW', 'ADMIN_REGULATION', 'LOCAL_REGULATION', 'RULE', 'NORMATIVE_DOC', 'NONE'] as const;
export type BasisLevel = (typeof BASIS_LEVELS)[number];

/** A normalised citation level (DOMAIN's LegalLevel) folded into the basis level it counts for. */
const FOLDED: Readonly<Record<string, BasisLevel>> = {
  LAW: 'LAW',
  ADMIN_REGULATION: 'ADMIN_REGULATION',
  SC_DECISION: 'ADMIN_REGULATION',
  LOCAL_REGULATION: 'LOCAL_REGULATION',
  DEPT_RULE: 'RULE',
  GOV_RULE: 'RULE',
  NORMATIVE_DOC: 'NORMATIVE_DOC',
  PARTY_REG: 'NORMATIVE_DOC',
  STANDARD: 'NORMATIVE_DOC',
};

/**
 * The basis level of a row (`Power.basisLevel`, which `statistics` groups by): the highest level
 * any of its citations names, NONE when none names one. Written by the importer and by item
 * operations; rows stored before are given it once per graph (import/basis-level-pending.cypher,
 * which derives the same from the stored JSON). 一行的最高依据效力层级。
 */
export function basisLevelOf(citations: readonly Pick<StoredCitation, 'level'>[]): BasisLevel {
  const levels = new Set(citations.map((c) => (c.level === null ? undefined : FOLDED[c.level])));
  return BASIS_LEVELS.find((level) => levels.has(level)) ?? 'NONE';
}
