import { join } from 'node:path';

import type { Database } from '../../src/db/database';
import type { LawCatalog } from '../../src/domain/laws/types';
import { importPowers } from '../../src/importer/import-powers';
import type { ImportSummary } from '../../src/importer/summary';
import { PROJECT_ROOT } from '../../src/paths';
import { KARAMAY_LISTS } from '../fixtures/karamay/expected';

/** The 16 real Karamay lists (test/fixtures/karamay, from /work/shared/data/karamay). */
export const KARAMAY_DIR = join(PROJECT_ROOT, 'test/fixtures/karamay');
/** The day their rows are imported as valid from (the same in every test: re-imports change nothing). */
export const KARAMAY_VALID_FROM = '2024-01-01';

/** Imports one Karamay list as the import tests do. */
export const importKaramayList = (db: Database, file: string, catalog: LawCatalog): Promise<ImportSummary> =>
  importPowers(db, join(KARAMAY_DIR, file), {
    validFrom: KARAMAY_VALID_FROM,
    dryRun: false,
    skipInvalid: false,
    catalog,
  });

/** Imports the 16 lists one after the other; the names of the organizations their rows were credited to. */
export async function importKaramay(db: Database, catalog: LawCatalog): Promise<string[]> {
  const credited = new Set<string>();
  for (const [file] of KARAMAY_LISTS) {
    const summary = await importKaramayList(db, file, catalog);
    if (summary.errors.length > 0) throw new Error(`${file}: ${JSON.stringify(summary.errors.slice(0, 3))}`);
    for (const o of summary.creditedOrganizations ?? []) credited.add(o.name);
  }
  return [...credited].sort();
}
