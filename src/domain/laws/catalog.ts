/**
 * Law catalog (法律目录): parse catalog.csv rows and build the lookup structure the citation
 * resolver uses. Built from plain rows so it can be rebuilt from rows read back from Neo4j.
 */
import { parse } from 'csv-parse/sync';
import { digest } from '../ids';
import { normalizeLawName } from './normalize-name';
import type {
  ArticleIndex,
  CatalogEntry,
  ChapterIndex,
  LawCatalog,
  LegalDocumentRecord,
  LegalLevel,
  LegalVersionRecord,
} from './types';

const COLUMNS = ['id', 'level', 'name', 'subtitle', 'publish', 'valid_from', 'expired', 'ver', 'folder'] as const;

/**
 * The constitution has no level of its own in DOMAIN.md; it is adopted by the NPC like a law,
 * so it is a LAW (宪法 → LAW).
 */
const CATALOG_LEVELS: Readonly<Record<string, LegalLevel>> = {
  法律: 'LAW',
  宪法: 'LAW',
  行政法规: 'ADMIN_REGULATION',
  部门规章: 'DEPT_RULE',
};

export function catalogLevel(raw: string): LegalLevel {
  const level = CATALOG_LEVELS[raw.trim()];
  if (!level) throw new Error(`未知的法律目录层级：${raw} / unknown catalog level: ${raw}`);
  return level;
}

/** Parses catalog.csv (UTF-8, header row, the columns of COLUMNS in any order). */
export function parseCatalogCsv(text: string): CatalogEntry[] {
  const rows = parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
  });
  const first = rows[0];
  if (first) {
    const missing = COLUMNS.filter((c) => !(c in first));
    if (missing.length > 0) {
      throw new Error(`法律目录缺少列：${missing.join(', ')} / catalog is missing columns: ${missing.join(', ')}`);
    }
  }
  return rows.map((r) => ({
    id: r['id'] ?? '',
    level: r['level'] ?? '',
    name: r['name'] ?? '',
    subtitle: r['subtitle'] ?? '',
    publish: isoDateOrNull(r['publish']),
    validFrom: isoDateOrNull(r['valid_from']),
    expired: r['expired'] === '1' || r['expired']?.toLowerCase() === 'true',
    ver: Number(r['ver'] ?? 0),
    folder: r['folder'] ?? '',
  }));
}

function isoDateOrNull(value: string | undefined): string | null {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

/** Stable LegalDocument id: the first 16 hex digits of sha1(normalised name). */
export function lawIdOf(name: string): string {
  return digest(normalizeLawName(name), { length: 16 });
}

/**
 * One LegalDocument per normalised name; its versions ordered by publish date (undated first);
 * current = the latest non-expired version. `articles` and `chapters` are keyed by version id
 * (see laws/text.ts: loadLawTextIndexes, or chapterIndexOf over rows read back from the graph).
 */
export function buildLawCatalog(
  entries: readonly CatalogEntry[],
  articles?: ReadonlyMap<string, ArticleIndex>,
  chapters?: ReadonlyMap<string, ChapterIndex>,
): LawCatalog {
  const grouped = new Map<string, CatalogEntry[]>();
  for (const e of entries) {
    const key = normalizeLawName(e.name);
    const list = grouped.get(key);
    if (list) list.push(e);
    else grouped.set(key, [e]);
  }
  const documents = new Map<string, LegalDocumentRecord>();
  const byNormalizedName = new Map<string, string>();
  const versions = new Map<string, LegalVersionRecord>();
  for (const [normalizedName, rows] of grouped) {
    const lawId = lawIdOf(normalizedName);
    const sorted = [...rows].sort((a, b) => (a.publish ?? '').localeCompare(b.publish ?? ''));
    const records = sorted.map((e): LegalVersionRecord => {
      const index = articles?.get(e.id);
      const record: LegalVersionRecord = {
        versionId: e.id,
        lawId,
        publishDate: e.publish,
        effectiveDate: e.validFrom,
        expired: e.expired,
      };
      if (index) record.articles = index;
      const chapterIndex = chapters?.get(e.id);
      if (chapterIndex) record.chapters = chapterIndex;
      versions.set(e.id, record);
      return record;
    });
    const current = [...records].reverse().find((v) => !v.expired);
    const latest = sorted[sorted.length - 1] as CatalogEntry;
    documents.set(lawId, {
      lawId,
      name: latest.name,
      normalizedName,
      level: catalogLevel(latest.level),
      versions: records,
      currentVersionId: current?.versionId ?? null,
    });
    byNormalizedName.set(normalizedName, lawId);
  }
  return { documents, byNormalizedName, versions };
}

/** Looks a cited name up: exact after normalisation (which drops 中华人民共和国). No fuzzy matching. */
export function findLawByName(catalog: LawCatalog, name: string): LegalDocumentRecord | undefined {
  const id = catalog.byNormalizedName.get(normalizeLawName(name));
  return id === undefined ? undefined : catalog.documents.get(id);
}
