import { parseBasis } from './parse';
import { resolveCitation } from './resolve';
import type { ParsedCitation } from './types';
import type { LawCatalog } from '../laws/types';
import { provisionId } from '../laws/law-store';

export type CitationRole = 'IMPLEMENTING' | 'RESPONSIBILITY';

const VERSION_NOT_IN_CATALOG = 'VERSION_NOT_IN_CATALOG';

/** One citation as stored on the Power row (`Power.citations`, JSON), in source order. */
export interface StoredCitation {
  order: number;
  role: CitationRole;
  text: string;
  levelTag: string | null;
  level: string | null;
  lawName: string | null;
  article: number | null;
  paragraph: number | null;
  item: number | null;
  provisionId: string | null;
  lawId: string | null;
  versionId: string | null;
  unresolvedCode: string | null;
  unresolvedReason: string | null;
}

/** A provision a resolved citation points at, to MERGE and link with BASED_ON. */
export interface ProvisionLink {
  provisionId: string;
  versionId: string;
  /** The article-level provision (written by `import laws --text`) whose text a paragraph inherits. */
  articleProvisionId: string;
  article: number;
  articleSuffix: number | null;
  paragraph: number | null;
  item: number | null;
  chapter: number | null;
  articleTo: number | null;
  role: CitationRole;
  order: number;
  citedText: string;
}

/**
 * A citation of a catalogued law in a version older than the catalog (VERSION_NOT_IN_CATALOG): it
 * has no Provision to point at, so it is kept as `(Power)-[:CITES_LAW]->(LegalDocument)` with its
 * article and its version clue (the citation text), for SAME_PROVISION and STALE_BASIS to read as
 * relationships instead of scanning `Power.citations` (issue 13). 引用目录外旧版本的法律条款。
 */
export interface LawCitationLink {
  lawId: string;
  role: CitationRole;
  order: number;
  article: number | null;
  articleSuffix: number;
  citedText: string;
}

export interface CitationResult {
  stored: StoredCitation[];
  links: ProvisionLink[];
  lawLinks: LawCitationLink[];
  resolved: number;
  unresolved: number;
}

/**
 * Parses a row's 实施依据 (IMPLEMENTING) and 责任事项依据 (RESPONSIBILITY) cells and resolves every
 * citation against the catalog. Unresolved citations are kept with their reason; nothing is guessed.
 */
export function resolveRowCitations(
  cells: { role: CitationRole; text: string | undefined }[],
  catalog: LawCatalog,
): CitationResult {
  const result: CitationResult = { stored: [], links: [], lawLinks: [], resolved: 0, unresolved: 0 };
  for (const { role, text } of cells) {
    if (!text) continue;
    for (const parsed of parseBasis(text)) {
      const order = result.stored.length;
      const resolution = resolveCitation(parsed, catalog);
      const base = storedBase(parsed, role, order);
      if (resolution.status === 'resolved') {
        const paragraph = resolution.paragraph !== undefined && resolution.paragraph > 0 ? resolution.paragraph : undefined;
        const articleProvisionId = provisionId(resolution.versionId, resolution.article, resolution.articleSuffix);
        const id =
          resolution.chapter !== undefined
            ? `${resolution.versionId}#ch${resolution.chapter}${resolution.section !== undefined ? `.${resolution.section}` : ''}`
            : provisionId(resolution.versionId, resolution.article, resolution.articleSuffix, paragraph, resolution.item);
        result.stored.push({ ...base, provisionId: id, lawId: resolution.lawId, versionId: resolution.versionId });
        result.links.push({
          provisionId: id,
          versionId: resolution.versionId,
          articleProvisionId,
          article: resolution.article,
          articleSuffix: resolution.articleSuffix ?? null,
          paragraph: paragraph ?? null,
          item: paragraph !== undefined ? (resolution.item ?? null) : null,
          chapter: resolution.chapter ?? null,
          articleTo: resolution.articleTo ?? null,
          role,
          order,
          citedText: parsed.text,
        });
        result.resolved += 1;
      } else {
        result.stored.push({
          ...base,
          lawId: resolution.lawId ?? null,
          versionId: resolution.versionId ?? null,
          unresolvedCode: resolution.code,
          unresolvedReason: `${resolution.unresolvedReason} / ${resolution.unresolvedReasonEn}`,
        });
        if (resolution.code === VERSION_NOT_IN_CATALOG && resolution.lawId) {
          result.lawLinks.push({
            lawId: resolution.lawId,
            role,
            order,
            article: parsed.article ?? null,
            articleSuffix: parsed.articleSuffix ?? 0,
            citedText: parsed.text,
          });
        }
        result.unresolved += 1;
      }
    }
  }
  return result;
}

function storedBase(c: ParsedCitation, role: CitationRole, order: number): StoredCitation {
  return {
    order,
    role,
    text: c.text,
    levelTag: c.levelTag ?? null,
    level: c.level ?? null,
    lawName: c.lawName ?? null,
    article: c.article ?? null,
    paragraph: c.paragraph ?? null,
    item: c.item ?? null,
    provisionId: null,
    lawId: null,
    versionId: null,
    unresolvedCode: null,
    unresolvedReason: null,
  };
}
