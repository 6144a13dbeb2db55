/**
 * Which catalog version a citation means: the one in force at its clue date.
 */
import type { LegalDocumentRecord, LegalVersionRecord } from '../laws/types';
import type { VersionDate, VersionMatch } from './types';

/** Passing (or a State Council meeting) precedes publication by weeks, rarely by more than this. */
const PUBLICATION_LAG_DAYS = 92;

export type VersionChoice =
  { version: LegalVersionRecord; match: VersionMatch } | { version?: undefined; earliest: LegalVersionRecord };

function sameAtPrecision(date: string | null, clue: VersionDate): boolean {
  return date !== null && date.slice(0, clue.date.length) === clue.date;
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}

/** The last day the clue can mean ("2014年4月" → 2014-04-31 compares after every April date). */
function clueEnd(clue: VersionDate): string {
  return clue.precision === 'day' ? clue.date : `${clue.date}-99`;
}

export function chooseVersion(doc: LegalDocumentRecord, clue: VersionDate | undefined): VersionChoice | undefined {
  const versions = doc.versions;
  const latest = versions[versions.length - 1];
  if (!latest) return undefined;
  if (clue === undefined) {
    const current = versions.find((v) => v.versionId === doc.currentVersionId);
    return current ? { version: current, match: 'current' } : { version: latest, match: 'latest-expired' };
  }
  const dated = versions.filter((v) => v.publishDate !== null);
  // Undated catalog rows (宪法, 民法典 parts) cannot be placed in time: one version, take it.
  if (dated.length === 0) return versions.length === 1 ? { version: latest, match: 'current' } : undefined;
  const exact = [...dated]
    .reverse()
    .find((v) => sameAtPrecision(v.publishDate, clue) || sameAtPrecision(v.effectiveDate, clue));
  if (exact) return { version: exact, match: 'exact' };
  if (clue.precision === 'day' && clue.kind !== 'effective') {
    const soon = dated.find((v) => {
      const lag = daysBetween(clue.date, v.publishDate ?? '');
      return lag > 0 && lag <= PUBLICATION_LAG_DAYS;
    });
    if (soon) return { version: soon, match: 'published-after-clue' };
  }
  const end = clueEnd(clue);
  const inForce = [...dated].reverse().find((v) => (v.publishDate ?? '') <= end);
  if (inForce) return { version: inForce, match: 'in-force-at-clue' };
  return { earliest: dated[0] as LegalVersionRecord };
}
