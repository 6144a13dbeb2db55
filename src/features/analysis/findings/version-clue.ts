import { parseBasis } from '../../../domain/citations/parse';
import type { VersionDate } from '../../../domain/citations/types';
import { parseVersionDates, pickVersionClue } from '../../../domain/citations/version-clue';

const ACTION: Readonly<Record<string, [string, string]>> = {
  amended: ['修正', 'amended'],
  passed: ['通过', 'passed'],
  published: ['公布', 'published'],
  effective: ['施行', 'in force'],
};

/**
 * The version clue of a stored citation text (its law header, then its article segment), read
 * the way the importer read it when it resolved the citation: the latest 修正/修订 date, else the
 * passing or publishing date, else the effective date. Undefined when the citation names no
 * version. 引用所注明的版本日期。
 */
export function citedVersion(citedText: string): VersionDate | undefined {
  const parsed = parseBasis(citedText)[0]?.versionClue;
  if (parsed) return parsed;
  // A header the parser cannot place again on its own: the parenthesis after the name.
  const header = /》\s*[（(]([^）)]*)[）)]/.exec(citedText.split('\n')[0] ?? '');
  return header?.[1] ? pickVersionClue(parseVersionDates(header[1])) : undefined;
}

/** The clue in words: ["2018-10-26修正", "amended 2018-10-26"]. */
export function describeVersion(clue: VersionDate): [string, string] {
  const [zh, en] = ACTION[clue.kind] ?? ['', ''];
  return [`${clue.date}${zh}`, `${en} ${clue.date}`];
}

/**
 * The version a citation names, in words (see describeVersion), or null when it names none.
 * 引用所注明的版本。
 */
export function citedVersionClue(citedText: string): [string, string] | null {
  const clue = citedVersion(citedText);
  return clue ? describeVersion(clue) : null;
}

/**
 * A passing or amending date precedes publication by weeks, rarely by more than this; the
 * importer lets a clue dated this much before a version's publication name that version
 * (src/importer/citations/version-choice.ts), for day-precise clues. 通过与公布之间的间隔上限。
 */
export const PUBLICATION_LAG_DAYS = 92;

const DAY = 86_400_000;

/** The last day (UTC ms) a clue can mean: "2014年5月" is all of May 2014, "2014年" all of 2014. */
function clueEnd(clue: VersionDate): number {
  const [y = 0, m = 12, d] = clue.date.split('-').map(Number);
  if (clue.precision === 'day' && d !== undefined) return Date.UTC(y, m - 1, d);
  return clue.precision === 'month' ? Date.UTC(y, m, 0) : Date.UTC(y, 11, 31);
}

/**
 * True when the version a clue names cannot be the one published on `publishDate` (YYYY-MM-DD)
 * nor a later one: the whole period the clue can mean ends before that date, by more than the
 * publication lag when the clue is a passing, amending or publishing date ("2010年12月修正" can
 * name a version published on 2011-01-08; "2010年12月施行" cannot).
 */
export function clueBefore(clue: VersionDate, publishDate: string): boolean {
  const lag = clue.kind === 'effective' ? 0 : PUBLICATION_LAG_DAYS;
  return clueEnd(clue) + lag * DAY < Date.parse(publishDate);
}
