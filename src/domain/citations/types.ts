/**
 * Legal-basis citations (法律依据引用) parsed from 实施依据 / 责任事项依据 cells, and their
 * resolution against the law catalog.
 */
import type { LegalLevel } from '../laws/types';

export type VersionDateKind = 'amended' | 'passed' | 'published' | 'effective';

/** A dated event of the cited version, from the parenthesis after the name. */
export interface VersionDate {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as precise as the text is. */
  date: string;
  precision: 'day' | 'month' | 'year';
  kind: VersionDateKind;
}

export interface ParsedCitation {
  /** 0-based position among the citations of the cell, in source order. */
  index: number;
  /** The level tag as written, without brackets ("法规"); absent when the cell has none. */
  levelTag?: string;
  /** DOMAIN level from the tag (and, for 【法规】/【规章】, from a local name prefix). */
  level?: LegalLevel;
  /** The law name as written, without 《》 (and without a trailing "（2021年修正）"). */
  lawName?: string;
  /** False when the name was written without 《》. */
  bracketed: boolean;
  /** Every dated event the version parenthesis gives, in source order. */
  versionDates: VersionDate[];
  /** The clue for version choice: the latest 修正/修订 date, else the latest passing or publishing date, else the effective date. */
  versionClue?: VersionDate;
  article?: number;
  /** 1 for 第十条之一. */
  articleSuffix?: number;
  /** 款; -1 for 末款 (the last paragraph). */
  paragraph?: number;
  /** 项. */
  item?: number;
  /** Set when this citation was expanded from a list or range ("第十五条至第十七条"). */
  expandedFrom?: string;
  /** Structural reference without an article: "第五章", "第二部分", "全文适用". */
  otherRef?: string;
  /** The quoted law text after the colon, if any. */
  quote?: string;
  /** The citation's own source text: its law header and its article segment. */
  text: string;
}

export type UnresolvedCode =
  | 'NO_LAW_NAME'
  | 'LAW_NOT_IN_CATALOG'
  | 'AMENDING_DECISION'
  | 'AMBIGUOUS_NAME'
  | 'NO_ARTICLE'
  | 'VERSION_NOT_IN_CATALOG'
  | 'ARTICLE_NOT_IN_TEXT'
  /** 第N章 (第M节) cited, the version's text is loaded, and it has no such chapter. */
  | 'CHAPTER_NOT_IN_TEXT';

/** How the version was chosen. */
export type VersionMatch =
  /** The clue date is the publish (or effective) date of a catalog version. */
  | 'exact'
  /** The clue is a passing/amending date shortly before a catalog version's publication. */
  | 'published-after-clue'
  /** The clue date falls after this version and before the next one. */
  | 'in-force-at-clue'
  /** No clue: the current (latest non-expired) version. */
  | 'current'
  /** No clue and every version is expired: the latest one. */
  | 'latest-expired';

export interface ResolvedProvision {
  status: 'resolved';
  lawId: string;
  /** Catalog id of the version. */
  versionId: string;
  versionMatch: VersionMatch;
  /** The article cited; for a chapter citation, the chapter's first article. */
  article: number;
  articleSuffix?: number;
  paragraph?: number;
  item?: number;
  /**
   * Chapter citations (第五章, 第五章第二节) only: the chapter's last article, so the citation
   * covers article..articleTo of the version's text (both ends included).
   */
  articleTo?: number;
  /** 1 when the chapter ends with 第N条之一. */
  articleToSuffix?: number;
  /** Chapter citations only: the chapter (章) number. */
  chapter?: number;
  /** Chapter citations only: the section (节) number, when the citation names one. */
  section?: number;
}

export interface UnresolvedCitation {
  status: 'unresolved';
  code: UnresolvedCode;
  /** Chinese reason. */
  unresolvedReason: string;
  unresolvedReasonEn: string;
  /** Known when only the version or the article failed. */
  lawId?: string;
  versionId?: string;
}

export type ResolvedCitation = ResolvedProvision | UnresolvedCitation;
