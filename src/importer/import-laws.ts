import { existsSync, readFileSync } from 'node:fs';

import { z } from 'zod';

import { cypher } from '../db/cypher-registry';
import type { Database } from '../db/database';
import { decodeRows, maybeText, text } from '../db/decode';
import { hashOf } from '../domain/ids';
import { buildLawCatalog, parseCatalogCsv } from '../domain/laws/catalog';
import { lawTextPaths, parseLawText } from './laws/text';
import type { CatalogEntry } from '../domain/laws/types';
import { provisionId } from '../domain/laws/law-store';
import { emptySummary, type ImportSummary } from './summary';
import { runBatched } from './write/batches';

const EXISTING = cypher('import/laws-existing');
const UPSERT_DOCUMENTS = cypher('import/laws-upsert-documents');
const UPSERT_VERSIONS = cypher('import/laws-upsert-versions');
const LINK_VERSIONS = cypher('import/laws-link-versions');
const UPSERT_PROVISIONS = cypher('import/laws-upsert-provisions');

/** Bumped when what a version row holds changes, so re-importing rewrites older rows. */
const ROW_FORMAT = 2;
const HASHED_BY_ID = z.object({ id: text, contentHash: maybeText });

export interface LawImportOptions {
  /** Folder of the law texts (text/<folder>/<name>(<publish>).md); without it only the catalog is loaded. */
  textDir?: string;
  dryRun: boolean;
}

interface ProvisionRow {
  id: string;
  versionId: string;
  article: number;
  articleSuffix: number | null;
  chapter: number | null;
  section: number | null;
  text: string;
  paragraphs: string[];
}

/**
 * `quanze import laws <catalog.csv> [--text <dir>]`: LegalDocument / LegalVersion / Provision
 * nodes, one transaction. Re-importing the same catalog changes nothing.
 * 导入法律目录及条文。
 */
export async function importLaws(db: Database, file: string, options: LawImportOptions): Promise<ImportSummary> {
  const summary = emptySummary(file, 'laws', options.dryRun);
  const entries = parseCatalogCsv(readFileSync(file, 'utf8'));
  summary.rowsRead = entries.length;
  if (entries.length === 0) {
    summary.errors.push({ sheet: 'catalog', row: 1, column: null, message: '法律目录为空或格式不对', messageEn: 'the law catalog is empty or malformed' });
    summary.rejected = 1;
    return summary;
  }
  const catalog = buildLawCatalog(entries);
  const provisions: ProvisionRow[] = [];
  const textComplete = new Map<string, boolean>();
  if (options.textDir) {
    for (const entry of entries) collectProvisions(options.textDir, entry, provisions, textComplete);
  }
  const textsByVersion = new Map<string, unknown[]>();
  for (const p of provisions) {
    const list = textsByVersion.get(p.versionId) ?? [];
    list.push([p.text, p.chapter, p.section]);
    textsByVersion.set(p.versionId, list);
  }
  const versionRows = entries.map((e) => {
    const lawId = catalog.versions.get(e.id)?.lawId ?? '';
    const provisionHash = hashOf(textsByVersion.get(e.id) ?? []);
    const base = { ...e, lawId, textComplete: textComplete.get(e.id) ?? false };
    return { ...base, contentHash: hashOf([base, provisionHash, ROW_FORMAT]) };
  });
  const existing = new Map(
    decodeRows(EXISTING, await db.read('import.laws.existing', EXISTING), HASHED_BY_ID).map((r) => [r.id, r.contentHash]),
  );
  for (const v of versionRows) {
    const old = existing.get(v.id);
    if (old === undefined) summary.created += 1;
    else if (old !== v.contentHash) summary.updated += 1;
    else summary.unchanged += 1;
  }
  if (options.dryRun || summary.created + summary.updated === 0) return summary;

  const documents = [...catalog.documents.values()].map((d) => ({ id: d.lawId, name: d.name, normalizedName: d.normalizedName, level: d.level }));
  const links = [...catalog.documents.values()].flatMap((d) =>
    d.versions.slice(1).map((v, i) => ({ from: d.versions[i]!.versionId, to: v.versionId })),
  );
  await db.executeWrite('import.laws', async (tx) => {
    await runBatched(tx, UPSERT_DOCUMENTS, documents);
    await runBatched(tx, UPSERT_VERSIONS, versionRows);
    await runBatched(tx, LINK_VERSIONS, links);
    await runBatched(tx, UPSERT_PROVISIONS, provisions, {}, 2000);
  });
  summary.written = true;
  return summary;
}

function collectProvisions(dir: string, entry: CatalogEntry, out: ProvisionRow[], complete: Map<string, boolean>): void {
  const path = lawTextPaths(dir, entry).find((p) => existsSync(p));
  if (path === undefined) return;
  const text = parseLawText(readFileSync(path, 'utf8'));
  complete.set(entry.id, text.complete && text.articles.length > 0);
  const seen = new Set<string>();
  for (const a of text.articles) {
    const id = provisionId(entry.id, a.article, a.suffix);
    if (seen.has(id)) continue; // a text repeating an article number keeps its first occurrence
    seen.add(id);
    out.push({
      id,
      versionId: entry.id,
      article: a.article,
      articleSuffix: a.suffix ?? null,
      chapter: a.chapter ?? null,
      section: a.section ?? null,
      text: a.paragraphs.join('\n'),
      paragraphs: a.paragraphs,
    });
  }
}
