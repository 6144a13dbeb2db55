/**
 * Import throughput of power lists: rows/s on generated demo data at a chosen scale, measured
 * excluding spreadsheet parsing (validated, resolved rows -> graph) and including it (file -> graph).
 *
 *   npx tsx bench/import-throughput.ts [--scale 10] [--reset] [--json]
 *
 * It writes into the configured Neo4j (NEO4J_URI, default the local one) and needs an empty graph
 * for a fair measurement: --reset empties it first. 导入吞吐量基准。
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Command } from 'commander';

import { generate } from '../scripts/demo/generate';
import { openDatabase } from '../src/cli/database';
import { DEMO_VALID_FROM, graphIsEmpty, LAWS_DIR } from '../src/importer/demo';
import { importLaws } from '../src/importer/import-laws';
import { preparePowers, writePowers, type PowerImportOptions } from '../src/importer/import-powers';
import { loadLawCatalog } from '../src/domain/laws/law-store';
import { wipeGraph } from './support/wipe';

interface Flags {
  scale: string;
  reset?: boolean;
  json?: boolean;
}

async function main(): Promise<void> {
  const flags = new Command()
    .option('--scale <n>', '示例数据规模 / demo scale', '10')
    .option('--reset', '先清空数据库 / empty the database first')
    .option('--json', '最后一行输出 JSON / JSON on the last line')
    .parse()
    .opts<Flags>();
  const log = (line: string): void => {
    if (!flags.json) process.stdout.write(`${line}\n`);
  };
  const connection = await openDatabase();
  const { db } = connection;
  const out = mkdtempSync(join(tmpdir(), 'quanze-bench-'));
  try {
    if (!(await graphIsEmpty(db))) {
      if (!flags.reset) throw new Error('数据库不为空；加 --reset 先清空 / the graph is not empty: pass --reset to empty it first');
      log('清空数据库 / emptying the database…');
      await wipeGraph(db);
    }
    const scale = Number(flags.scale);
    const { counts } = generate({ scale, out, seed: 20240601 });
    log(`示例数据 / demo data at scale ${scale}: ${counts.powerRows} power rows in ${counts.files} files`);
    await importLaws(db, join(LAWS_DIR, 'catalog.csv'), { textDir: join(LAWS_DIR, 'text'), dryRun: false });
    const catalog = await loadLawCatalog(db);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { kind: string; file: string; org?: string }[];
    let rows = 0;
    let prepareMs = 0;
    let writeMs = 0;
    for (const entry of manifest.filter((e) => e.kind === 'powers')) {
      const options: PowerImportOptions = {
        validFrom: DEMO_VALID_FROM,
        dryRun: false,
        skipInvalid: false,
        catalog,
        ...(entry.org ? { org: entry.org } : {}),
      };
      let t = performance.now();
      const prepared = await preparePowers(db, join(out, entry.file), options);
      prepareMs += performance.now() - t;
      t = performance.now();
      const summary = await writePowers(db, prepared, options);
      writeMs += performance.now() - t;
      if (summary.errors.length > 0) throw new Error(`${entry.file}: ${summary.errors[0]!.message}`);
      rows += summary.created;
    }
    const result = {
      scale,
      powerRows: rows,
      writeSeconds: round(writeMs / 1000),
      parseSeconds: round(prepareMs / 1000),
      rowsPerSecExcludingParsing: Math.round(rows / (writeMs / 1000)),
      rowsPerSecIncludingParsing: Math.round(rows / ((writeMs + prepareMs) / 1000)),
    };
    log(`写入 ${rows} 行 / wrote ${rows} rows`);
    log(`  不含解析 excluding parsing: ${result.rowsPerSecExcludingParsing} 行/秒 rows/s (${result.writeSeconds}s)`);
    log(`  含解析 including parsing:   ${result.rowsPerSecIncludingParsing} 行/秒 rows/s (+${result.parseSeconds}s parsing and citation resolution)`);
    if (flags.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    rmSync(out, { recursive: true, force: true });
    await connection.close();
  }
}

const round = (n: number): number => Math.round(n * 100) / 100;

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
