/**
 * How well citations of real basis cells resolve: the measure behind the ≥85% goal.
 */
import { findLawByName } from '../../domain/laws/catalog';
import { normalizeLawName } from '../../domain/laws/normalize-name';
import type { LawCatalog } from '../../domain/laws/types';
import { parseBasis } from '../../domain/citations/parse';
import { resolveCitation } from '../../domain/citations/resolve';
import type { ParsedCitation, UnresolvedCode, VersionMatch } from '../../domain/citations/types';

export interface CitationStats {
  cells: number;
  citations: number;
  /** Citations naming a national law: tag 【法律】/【行政法规】, a 中华人民共和国 name, or a catalog name. */
  national: number;
  /** National citations that name an article (not only a chapter, 全文 or nothing). */
  nationalWithArticle: number;
  /** National citations resolved to (law, version, article). */
  resolvedToArticle: number;
  /** National citations of a chapter (第五章) resolved to (law, version, article range). */
  resolvedToChapter: number;
  /** resolvedToArticle + resolvedToChapter. */
  resolved: number;
  /** resolved / national: the share the ≥85% goal is about. */
  rate: number;
  /** resolvedToArticle / nationalWithArticle. */
  rateWithArticle: number;
  /** National citations left unresolved. */
  unresolved: number;
  byVersionMatch: Partial<Record<VersionMatch, number>>;
  unresolvedByCode: Partial<Record<UnresolvedCode, number>>;
  /** The most frequent unresolved national citations: "code 名称" -> count. */
  topUnresolved: [string, number][];
}

const NATIONAL_TAGS = new Set(['法律', '行政法规', '行法规']);

export function namesNationalLaw(c: ParsedCitation, catalog: LawCatalog): boolean {
  if (c.levelTag !== undefined && NATIONAL_TAGS.has(c.levelTag)) return true;
  const name = c.lawName?.replace(/\s+/g, '');
  if (name === undefined) return false;
  return (
    name.startsWith('中华人民共和国') ||
    findLawByName(catalog, name) !== undefined ||
    normalizeLawName(name) === '民法典'
  );
}

export function citationStats(cells: readonly string[], catalog: LawCatalog, top = 25): CitationStats {
  let citations = 0;
  let national = 0;
  let toArticle = 0;
  let toChapter = 0;
  let withArticle = 0;
  const byVersionMatch: Partial<Record<VersionMatch, number>> = {};
  const unresolvedByCode: Partial<Record<UnresolvedCode, number>> = {};
  const misses = new Map<string, number>();
  for (const cell of cells) {
    for (const c of parseBasis(cell)) {
      citations++;
      if (!namesNationalLaw(c, catalog)) continue;
      national++;
      if (c.article !== undefined) withArticle++;
      const r = resolveCitation(c, catalog);
      if (r.status === 'resolved') {
        if (r.chapter === undefined) toArticle++;
        else toChapter++;
        byVersionMatch[r.versionMatch] = (byVersionMatch[r.versionMatch] ?? 0) + 1;
      } else {
        unresolvedByCode[r.code] = (unresolvedByCode[r.code] ?? 0) + 1;
        const key = `${r.code} ${c.lawName ?? ''}${r.code === 'VERSION_NOT_IN_CATALOG' ? ` (${c.versionClue?.date ?? ''})` : ''}`;
        misses.set(key, (misses.get(key) ?? 0) + 1);
      }
    }
  }
  const topUnresolved = [...misses].sort((a, b) => b[1] - a[1]).slice(0, top);
  const resolved = toArticle + toChapter;
  return {
    cells: cells.length,
    citations,
    national,
    nationalWithArticle: withArticle,
    resolvedToArticle: toArticle,
    resolvedToChapter: toChapter,
    resolved,
    rate: national === 0 ? 0 : resolved / national,
    rateWithArticle: withArticle === 0 ? 0 : toArticle / withArticle,
    unresolved: national - resolved,
    byVersionMatch,
    unresolvedByCode,
    topUnresolved,
  };
}
