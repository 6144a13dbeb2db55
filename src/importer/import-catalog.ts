import { basename, extname } from 'node:path';

import { CATALOG_KIND } from '../domain/catalog';
import { writeCatalogMatches } from '../domain/catalog-matches';
import { hashOf } from '../domain/ids';
import type { LawCatalog } from '../domain/laws/types';
import { normalizeKey, normalizeName } from '../domain/text';
import { resolveRowCitations, type StoredCitation } from '../domain/citations/row-citations';
import { loadLawCatalog } from '../domain/laws/law-store';
import { POWERS_SPEC } from './read/header-specs';
import { toCatalogRecords, type CatalogRecord } from './records/catalog';
import { fieldsOf, listImporter, rawText, rowVersion, type ListImport } from './write/list-import';
import type { ListImportOptions } from './write/list-options';

type CatalogRow = ReturnType<typeof planRow>;

/** The catalog a file is imported as: --name, else the file's name without its extension. */
export function catalogNameOf(file: string, options: Pick<ListImportOptions, 'name'>): string {
  return (options.name ?? basename(file, extname(file))).trim();
}

/**
 * `quanze import catalog <file> [--name ...] [--valid-from ...]`: a guiding catalog (指导目录,
 * issue 17 §1) through the same importer as every list kind (read, validate, plan, reject
 * duplicates, write versioned in one transaction; the same file twice writes nothing). One
 * CatalogItem per item, scoped by the catalog (a newer version of the catalog retires what it
 * dropped), its 实施依据 resolved against the law catalog as a power row's is. After the rows, in
 * the same transaction, the rows of the organizations the catalog governs are matched anew.
 */
export const CATALOG_IMPORT: ListImport<CatalogRecord, string, LawCatalog, CatalogRow> = {
  kind: CATALOG_KIND,
  spec: POWERS_SPEC,
  records: (sheets) => toCatalogRecords(sheets),
  names: (record, _refs, _check, options) => catalogNameOf(record.source.file, options),
  powerCodes: () => [],
  prepare: (db) => loadLawCatalog(db),
  plan(record, catalogName, planning) {
    return planRow(record, catalogName, planning.prepared, planning.options.validFrom);
  },
  duplicate: (first) => [`与第${first}行是同一层级的同一事项`, `the same item at the same level as row ${first}`],
  organizations: () => [],
  alsoWrite: (tx, rows) => writeCatalogMatches(tx, { catalogKey: rows[0]?.catalogKey ?? '' }),
};

export const importCatalog = listImporter(CATALOG_IMPORT).run;

function planRow(record: CatalogRecord, catalogName: string, laws: LawCatalog, listFrom: string) {
  const catalogKey = normalizeName(catalogName);
  const cited = resolveRowCitations([{ role: 'IMPLEMENTING', text: record.basis }], laws);
  const content = {
    ...fieldsOf(record, ['seqNo', 'code', 'name', 'subName', 'category', 'rawCategory', 'levels', 'levelText']),
    ...fieldsOf(record, ['exercisedBy', 'undertakenBy']),
    basisText: record.basis ?? null,
    citations: JSON.stringify(cited.stored satisfies StoredCitation[]),
    lawIds: [...new Set(cited.stored.flatMap((c) => (c.lawId ? [c.lawId] : [])))].sort(),
    raw: rawText(record),
    catalogKey,
  };
  return {
    ...rowVersion(CATALOG_KIND, record, listFrom, {
      content,
      identity: [catalogKey, record.levels.join('+'), record.category, normalizeKey(record.name), normalizeKey(record.subName ?? '')],
      scopeKeys: [catalogKey],
      links: { links: cited.links, lawLinks: cited.lawLinks },
    }),
    catalogName,
    catalogId: `cat-${hashOf(['CATALOG', catalogKey])}`,
  };
}
