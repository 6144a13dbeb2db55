import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { generate, type GenerateCounts, type ManifestEntry } from '../../scripts/demo/generate';
import type { Database } from '../../src/db/database';
import { DEMO_VALID_FROM, LAWS_DIR } from '../../src/importer/demo';
import { IMPORTERS, type CommonImportOptions } from '../../src/importer/kinds';
import { preparePowers, writePowers, type PowerImportOptions } from '../../src/importer/import-powers';
import { loadLawCatalog } from '../../src/domain/laws/law-store';
import type { ImportSummary } from '../../src/importer/summary';
import { LoadCsvFloor, type LoadCsvResult } from '../load-csv';
import { BIG_DEPARTMENT, writeBigDepartment } from './big-department';
import { disambiguateTownships } from './unique-names';

export const DEMO_SEED = 20240601;

export interface DatasetResult {
  scale: number;
  counts: GenerateCounts & { bigDepartmentPowers: number; renamedTownships: number };
  /** Generating the files, then importing everything with our importer (LOAD CSV excluded). */
  generateSeconds: number;
  importSeconds: number;
  totalSeconds: number;
  /** Our importer on the power lists: the write phase alone, and with parsing and citation resolution. */
  powers: {
    rows: number;
    writeSeconds: number;
    parseSeconds: number;
    rowsPerSec: number;
    rowsPerSecIncludingParsing: number;
  };
  /** LOAD CSV of the same rows; null when the server cannot read the bench's CSV folder. */
  loadCsv: (LoadCsvResult & { error?: undefined }) | { error: string };
  bigDepartment: string;
  /** Rows of the other lists the importer refused (see below), with the first reason. */
  skipped: { rows: number; first: string | null };
}

/**
 * Above scale 1 the generator plants defects whose rows the importer cannot resolve (a lenient
 * item naming a code-less power of another department); `quanze demo` never meets them (scale 1).
 * Those lists are imported with --skip-invalid and the refused rows are counted.
 */
const SKIP_INVALID = new Set(['enforcement', 'whistle', 'duties', 'lenient']);

const seconds = (ms: number): number => Math.round(ms) / 1000;

function check(summary: ImportSummary): void {
  const first = summary.errors[0];
  if (first) throw new Error(`示例数据有错误 / demo data has errors: ${summary.file}:${first.sheet}:${first.row}: ${first.message}`);
}

/**
 * Step 1 of the benchmark: the demo generator at `scale` plus a 1,000-power department, imported
 * in the order of `quanze demo` (laws, divisions, organizations, power lists, then the other
 * lists). The power lists are prepared and written separately so both phases are timed, and their
 * rows go to the LOAD CSV floor, loaded and removed again after the import (step 4).
 * 构建数据集并计时。
 */
export async function buildDataset(
  db: Database,
  options: { scale: number; csvDir: string; log: (line: string) => void },
): Promise<DatasetResult> {
  const { scale, log } = options;
  const out = mkdtempSync(join(tmpdir(), 'quanze-bench-demo-'));
  const floor = new LoadCsvFloor(options.csvDir);
  try {
    let t = performance.now();
    const { counts, manifest: generated } = generate({ scale, out, seed: DEMO_SEED });
    const renamed = disambiguateTownships(out, generated);
    const big = writeBigDepartment(out, DEMO_SEED);
    const generateMs = performance.now() - t;
    log(`  生成 / generated scale ${scale}: ${counts.powerRows} power rows, ${counts.organizations} organizations, ${counts.townships} townships (${seconds(generateMs)} s)${renamed > 0 ? `; ${renamed} repeated township names prefixed with their county` : ''}`);

    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as ManifestEntry[];
    const lastPowers = manifest.map((e) => e.kind).lastIndexOf('powers');
    manifest.splice(lastPowers + 1, 0, { kind: 'powers', file: big.powersFile, org: BIG_DEPARTMENT });

    const base: CommonImportOptions = { dryRun: false, skipInvalid: false, validFrom: DEMO_VALID_FROM };
    const started = performance.now();
    check(await IMPORTERS.laws(db, join(LAWS_DIR, 'catalog.csv'), { ...base, textDir: join(LAWS_DIR, 'text') }));
    const catalog = await loadLawCatalog(db);
    const powers = { rows: 0, writeMs: 0, parseMs: 0 };
    const skipped: DatasetResult['skipped'] = { rows: 0, first: null };
    for (const entry of manifest) {
      const file = join(out, entry.file);
      const extra = { catalog, ...(entry.org ? { org: entry.org } : {}) };
      if (entry.kind !== 'powers') {
        t = performance.now();
        const skipInvalid = SKIP_INVALID.has(entry.kind);
        const summary = await IMPORTERS[entry.kind](db, file, { ...base, ...extra, skipInvalid });
        if (!skipInvalid) check(summary);
        const error = summary.errors[0];
        if (error) {
          skipped.rows += summary.rejected;
          skipped.first ??= `${entry.file}:${error.row}: ${error.message}`;
        }
        log(`  ${entry.kind} ${entry.file} (${seconds(performance.now() - t)} s)${error ? `, ${summary.rejected} rows refused: ${error.message}` : ''}`);
        continue;
      }
      const powerOptions: PowerImportOptions = { ...base, ...extra };
      t = performance.now();
      const prepared = await preparePowers(db, file, powerOptions);
      powers.parseMs += performance.now() - t;
      check(prepared.summary);
      if (prepared.plan) floor.add(prepared.plan);
      t = performance.now();
      const summary = await writePowers(db, prepared, powerOptions);
      powers.writeMs += performance.now() - t;
      check(summary);
      powers.rows += summary.created;
      log(`  powers ${entry.file}: ${summary.created} rows (${seconds(performance.now() - t)} s)`);
    }
    const importMs = performance.now() - started;
    log(`  导入 / imported in ${seconds(importMs)} s (${powers.rows} power rows)`);

    let loadCsv: DatasetResult['loadCsv'];
    try {
      loadCsv = await floor.load(db, DEMO_VALID_FROM);
      log(`  LOAD CSV: ${loadCsv.rows} rows in ${loadCsv.seconds.toFixed(1)} s`);
    } catch (error) {
      loadCsv = { error: error instanceof Error ? error.message : String(error) };
      log(`  LOAD CSV 失败 / failed: ${loadCsv.error}`);
    }
    await floor.remove(db);

    return {
      scale,
      counts: { ...counts, bigDepartmentPowers: big.rows, renamedTownships: renamed },
      generateSeconds: seconds(generateMs),
      importSeconds: seconds(importMs),
      totalSeconds: seconds(generateMs + importMs),
      powers: {
        rows: powers.rows,
        writeSeconds: seconds(powers.writeMs),
        parseSeconds: seconds(powers.parseMs),
        rowsPerSec: Math.round(powers.rows / (powers.writeMs / 1000)),
        rowsPerSecIncludingParsing: Math.round(powers.rows / ((powers.writeMs + powers.parseMs) / 1000)),
      },
      loadCsv,
      bigDepartment: BIG_DEPARTMENT,
      skipped,
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
