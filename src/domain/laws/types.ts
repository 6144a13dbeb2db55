/**
 * The law catalog (法律目录) as plain data: rows from catalog.csv or read back from Neo4j.
 */

/** DOMAIN.md LegalDocument.level. */
export type LegalLevel =
  | 'LAW'
  | 'ADMIN_REGULATION'
  | 'LOCAL_REGULATION'
  | 'DEPT_RULE'
  | 'GOV_RULE'
  | 'SC_DECISION'
  | 'NORMATIVE_DOC'
  | 'PARTY_REG'
  | 'STANDARD';

/** One row of catalog.csv: one version of one law. Dates are ISO `YYYY-MM-DD` or null. */
export interface CatalogEntry {
  /** Catalog id of this version (a LegalVersion id). */
  id: string;
  /** Raw catalog level: 法律 / 行政法规 / 部门规章 / 宪法. */
  level: string;
  /** Name without the 中华人民共和国 prefix, as in the catalog. */
  name: string;
  subtitle: string;
  publish: string | null;
  validFrom: string | null;
  /** True when a later version or a repeal replaced it. */
  expired: boolean;
  ver: number;
  folder: string;
}

/** Articles found in one version's text, keyed by `articleKey()`; value = number of paragraphs (款). */
export type ArticleIndex = ReadonlyMap<string, number>;

/** The articles of one chapter (章) or section (节) of a version's text, first to last in text order. */
export interface ArticleRange {
  from: number;
  fromSuffix?: number;
  to: number;
  /** 1 when the chapter ends with 第N条之一. */
  toSuffix?: number;
}

/**
 * Chapters of one version's text, keyed by `chapterKey()`: "5" for 第五章, "5.2" for its 第二节.
 * A chapter number used twice in one text (chapters restart in each 编, as in 刑法) is left out:
 * a bare 第N章 would not say which one.
 */
export type ChapterIndex = ReadonlyMap<string, ArticleRange>;

export interface LegalVersionRecord {
  versionId: string;
  lawId: string;
  publishDate: string | null;
  effectiveDate: string | null;
  expired: boolean;
  /** Present when the text of this version was loaded. */
  articles?: ArticleIndex;
  /** Present when the text of this version was loaded and has numbered chapters. */
  chapters?: ChapterIndex;
}

export interface LegalDocumentRecord {
  lawId: string;
  /** The catalog name (without 中华人民共和国). */
  name: string;
  normalizedName: string;
  level: LegalLevel;
  /** Versions by publish date, oldest first (undated versions first). */
  versions: LegalVersionRecord[];
  /** Latest non-expired version; null when every version is expired (repealed). */
  currentVersionId: string | null;
}

export interface LawCatalog {
  documents: ReadonlyMap<string, LegalDocumentRecord>;
  /** normalizeLawName(name) -> lawId. */
  byNormalizedName: ReadonlyMap<string, string>;
  versions: ReadonlyMap<string, LegalVersionRecord>;
}
