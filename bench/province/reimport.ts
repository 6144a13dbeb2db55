import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { parse } from 'csv-parse/sync';

import { CsvWriter } from '../../scripts/demo/csv';
import { generate } from '../../scripts/demo/generate';
import { HEADERS } from '../../scripts/demo/headers';
import type { Database } from '../../src/db/database';
import { DEMO_VALID_FROM } from '../../src/importer/demo';
import { IMPORTERS } from '../../src/importer/kinds';
import { loadLawCatalog } from '../../src/domain/laws/law-store';
import { DEMO_SEED } from '../dataset/build';

/** Rows left out of the re-imported list: the importer retires them. */
const DROPPED_ROWS = 3;

/**
 * Re-imports the first power list of the demo city (青石市, copy 0 of the province) through the
 * real importer, without its last rows, as a new version of that list. The generator is
 * deterministic, so the file is the one step 1 imported. 通过导入器重新导入一个区县的清单。
 */
export async function reimportOneCountyList(db: Database, scale: number): Promise<{ file: string; retired: number }> {
  const out = mkdtempSync(join(tmpdir(), 'quanze-bench-reimport-'));
  try {
    const { manifest } = generate({ scale, out, seed: DEMO_SEED });
    const entry = manifest.find((e) => e.kind === 'powers');
    if (!entry) throw new Error('the demo has no power list');
    const file = join(out, entry.file);
    const rows: string[][] = parse(readFileSync(file), { bom: true, from_line: 2, relax_column_count: true });
    const writer = new CsvWriter(file, HEADERS.powers);
    for (const row of rows.slice(0, -DROPPED_ROWS)) writer.write(row);
    writer.close();
    const catalog = await loadLawCatalog(db);
    const summary = await IMPORTERS.powers(db, file, {
      dryRun: false,
      skipInvalid: false,
      validFrom: DEMO_VALID_FROM,
      catalog,
      ...(entry.org ? { org: entry.org } : {}),
    });
    const error = summary.errors[0];
    if (error) throw new Error(`re-import refused: ${entry.file}:${error.row}: ${error.message}`);
    return { file: entry.file, retired: summary.retired };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
