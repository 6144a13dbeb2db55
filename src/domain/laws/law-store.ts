import { z } from 'zod';

import { cypher } from '../../db/cypher-registry';
import type { Database } from '../../db/database';
import { decodeRows } from '../../db/decode';
import { buildLawCatalog } from './catalog';
import { articleKey, chapterIndexOf, type ArticlePlace } from './article-places';
import type { ArticleIndex, CatalogEntry, ChapterIndex, LawCatalog } from './types';

const maybeInt = z.number().nullable();
/** One version's articles: [article, suffix, paragraphs, chapter, section]. */
const ARTICLE_INDEX_ROW = z.object({
  versionId: z.string(),
  articles: z.array(z.tuple([z.number(), maybeInt, maybeInt, maybeInt, maybeInt])),
});
const CATALOG_ENTRY = z.looseObject({
  id: z.string(),
  level: z.string(),
  name: z.string(),
  subtitle: z.string(),
  publish: z.string().nullable(),
  validFrom: z.string().nullable(),
  expired: z.boolean(),
  ver: z.number(),
  folder: z.string(),
}) satisfies z.ZodType<CatalogEntry>;

const CATALOG = cypher('import/laws-catalog');
const ARTICLE_INDEX = cypher('import/laws-article-index');

/** Provision ids: `<versionId>#<article>[.<suffix>][-<paragraph>[-<item>]]`. */
export function provisionId(versionId: string, article: number, suffix?: number, paragraph?: number, item?: number): string {
  let id = `${versionId}#${article}`;
  if (suffix !== undefined) id += `.${suffix}`;
  if (paragraph !== undefined) id += `-${paragraph}`;
  if (paragraph !== undefined && item !== undefined) id += `-${item}`;
  return id;
}

/**
 * Rebuilds the law catalog from the graph (what `quanze import laws` wrote), so power lists are
 * resolved against the laws this database knows, not against files on the importing machine.
 */
export async function loadLawCatalog(db: Database): Promise<LawCatalog> {
  return db.executeRead('import.lawCatalog', async (tx) => {
    const entries = decodeRows(CATALOG, await tx.run(CATALOG), CATALOG_ENTRY);
    const articles = new Map<string, ArticleIndex>();
    const chapters = new Map<string, ChapterIndex>();
    for (const row of decodeRows(ARTICLE_INDEX, await tx.run(ARTICLE_INDEX), ARTICLE_INDEX_ROW)) {
      const index = new Map<string, number>();
      const places: ArticlePlace[] = [];
      for (const [article, suffix, paragraphs, chapter, section] of row.articles) {
        index.set(articleKey(article, suffix ?? undefined), paragraphs ?? 1);
        places.push({
          article,
          ...(suffix === null ? {} : { suffix }),
          ...(chapter === null ? {} : { chapter }),
          ...(section === null ? {} : { section }),
        });
      }
      articles.set(row.versionId, index);
      chapters.set(row.versionId, chapterIndexOf(places.sort((a, b) => a.article - b.article || (a.suffix ?? 0) - (b.suffix ?? 0))));
    }
    return buildLawCatalog(entries, articles, chapters);
  });
}
