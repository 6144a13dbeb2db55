import { cypher } from '../../db/cypher-registry';
import type { Database } from '../../db/database';
import { runBatched } from '../write/batches';
import type { CitationRole, LawCitationLink } from '../../domain/citations/row-citations';

const PENDING = cypher('import/law-links-pending');
const LINK = cypher('import/powers-link-laws');
const DONE = cypher('import/migration-done');

/** The marker of the one-time linking of rows imported before CITES_LAW existed. */
const MIGRATION = 'cites-law';

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const int = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) ? v : null);

/**
 * The CITES_LAW links of a row's stored citations (`Power.citations`, JSON as the importer writes
 * it): its citations of a catalogued law in a version older than the catalog.
 */
export function lawLinksOfStored(citations: string | null): LawCitationLink[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(citations ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((c: unknown, index): LawCitationLink[] => {
    if (typeof c !== 'object' || c === null) return [];
    const r = c as Record<string, unknown>;
    const lawId = text(r['lawId']);
    if (r['unresolvedCode'] !== 'VERSION_NOT_IN_CATALOG' || lawId === null) return [];
    const role: CitationRole = r['role'] === 'RESPONSIBILITY' ? 'RESPONSIBILITY' : 'IMPLEMENTING';
    return [
      {
        lawId,
        role,
        order: int(r['order']) ?? index,
        article: int(r['article']),
        articleSuffix: int(r['articleSuffix']) ?? 0,
        citedText: text(r['text']) ?? '',
      },
    ];
  });
}

/**
 * Links the rows written before the importer kept CITES_LAW (or by a writer that stores only
 * `citations`) to the laws they cite in an older version, in one transaction, once per graph
 * (`force`: again, for writers that bypass the importer). Returns the links written.
 * 为旧数据补建 CITES_LAW 关系（每个图一次）。
 */
export async function linkStoredLawCitations(db: Database, options: { force?: boolean } = {}): Promise<number> {
  return db.executeWrite('import.lawLinks', async (tx) => {
    const rows = await tx.run(PENDING, { migration: MIGRATION, force: options.force === true });
    const links = rows.flatMap((row) =>
      lawLinksOfStored(text(row['citations'])).map((link) => ({ ...link, powerId: String(row['id']) })),
    );
    await runBatched(tx, LINK, links);
    await tx.run(DONE, { migration: MIGRATION });
    return links.length;
  });
}
