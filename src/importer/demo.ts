import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { cypher } from '../db/cypher-registry';
import type { Database } from '../db/database';
import { PROJECT_ROOT } from '../paths';
import { IMPORTERS, type CommonImportOptions } from './kinds';
import { loadLawCatalog } from '../domain/laws/law-store';
import type { ImportSummary } from './summary';
import type { ImportKind } from './types';

const GRAPH_IS_EMPTY = cypher('import/graph-is-empty');

export const DEMO_DIR = join(PROJECT_ROOT, 'data', 'demo');
export const LAWS_DIR = join(PROJECT_ROOT, 'data', 'laws');
/** The demo city's lists were published for 2024 (abolitions and recalls come later, in 2024-2025). */
export const DEMO_VALID_FROM = '2024-01-01';

interface ManifestEntry {
  kind: ImportKind;
  file: string;
  org?: string;
}

export async function graphIsEmpty(db: Database): Promise<boolean> {
  const rows = await db.read('import.graphIsEmpty', GRAPH_IS_EMPTY);
  return rows[0]?.['empty'] === true;
}

/**
 * `quanze demo`: the law catalog and texts, then every file of the demo city in manifest order.
 * Each file is its own transaction; a file with errors stops the load (the demo must be clean).
 * 载入示例数据（青石市）。
 */
export async function loadDemo(
  db: Database,
  options: { dir?: string; log?: (line: string) => void } = {},
): Promise<ImportSummary[]> {
  const dir = options.dir ?? DEMO_DIR;
  const log = options.log ?? (() => undefined);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ManifestEntry[];
  const summaries: ImportSummary[] = [];
  const base: CommonImportOptions = { dryRun: false, skipInvalid: false, validFrom: DEMO_VALID_FROM };

  const run = async (kind: ImportKind, file: string, extra: Partial<CommonImportOptions> = {}): Promise<void> => {
    const runner = IMPORTERS[kind];
    if (!runner) throw new Error(`no importer for ${kind}`);
    const summary = await runner(db, file, { ...base, ...extra });
    summaries.push(summary);
    log(`  ${kind} ${file.slice(dir.length + 1) || file}: +${summary.created} ~${summary.updated} =${summary.unchanged}`);
    if (summary.errors.length > 0) {
      const first = summary.errors[0]!;
      throw new Error(`示例数据有错误 / demo data has errors: ${file}:${first.sheet}:${first.row}:${first.column ?? ''}: ${first.message}`);
    }
  };

  await run('laws', join(LAWS_DIR, 'catalog.csv'), { textDir: join(LAWS_DIR, 'text') });
  const catalog = await loadLawCatalog(db);
  for (const entry of manifest) {
    await run(entry.kind, join(dir, entry.file), { catalog, ...(entry.org ? { org: entry.org } : {}) });
  }
  return summaries;
}
