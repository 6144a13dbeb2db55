import { Presets, SingleBar } from 'cli-progress';

import { LIST_KIND_NAMES } from '../domain/list-kinds';
import { IMPORTERS, type CommonImportOptions } from '../importer/kinds';
import { loadLawCatalog } from '../domain/laws/law-store';
import type { ImportSummary } from '../importer/summary';
import type { ImportKind } from '../importer/types';
import { isIsoDate } from '../shared/dates';
import { openDatabase } from './database';
import { CliError, EXIT } from './exit-codes';
import { formatSummary, jsonSummary } from './report';

export interface ImportFlags {
  dryRun?: boolean;
  skipInvalid?: boolean;
  json?: boolean;
  org?: string;
  division?: string;
  validFrom?: string;
  text?: string;
  name?: string;
  english?: boolean;
}

export const IMPORT_KINDS: readonly ImportKind[] = ['divisions', 'organizations', 'laws', 'powers', 'catalog', ...LIST_KIND_NAMES];

/**
 * `quanze import <kind> <file...>`: each file is its own all-or-nothing import. Exit status 1 when
 * any file was rejected (its errors printed, nothing of it written).
 */
export async function runImport(kind: string, files: string[], flags: ImportFlags): Promise<number> {
  const runner = (IMPORTERS as Partial<Record<string, (typeof IMPORTERS)[ImportKind]>>)[kind];
  if (!IMPORT_KINDS.includes(kind as ImportKind) || runner === undefined) {
    throw new CliError(`未知的清单类型 ${kind}（可选：${IMPORT_KINDS.join(', ')}） / unknown list kind ${kind}`, EXIT.usage);
  }
  const validFrom = flags.validFrom;
  if (validFrom !== undefined && !isIsoDate(validFrom)) {
    throw new CliError(`--valid-from ${validFrom} 不是有效日期（如 2024-07-01） / is not a valid date`, EXIT.usage);
  }
  const connection = await openDatabase();
  const { db } = connection;
  const summaries: ImportSummary[] = [];
  try {
    const options: CommonImportOptions = {
      dryRun: flags.dryRun === true,
      skipInvalid: flags.skipInvalid === true,
      validFrom,
      ...(flags.org ? { org: flags.org } : {}),
      ...(flags.division ? { division: flags.division } : {}),
      ...(flags.text ? { textDir: flags.text } : {}),
      ...(flags.name ? { name: flags.name } : {}),
    };
    if (kind === 'powers') options.catalog = await loadLawCatalog(db);
    for (const file of files) {
      const bar = progressBar(flags.json === true);
      const summary = await runner(db, file, { ...options, ...(bar ? { onProgress: (done, total) => bar.update(done, total) } : {}) });
      bar?.stop();
      summaries.push(summary);
      if (!flags.json) process.stdout.write(`${formatSummary(summary, flags.english === true)}\n`);
    }
  } finally {
    await connection.close();
  }
  if (flags.json) {
    const objects = summaries.map(jsonSummary);
    process.stdout.write(`${JSON.stringify(objects.length === 1 ? objects[0] : { kind, files: objects })}\n`);
  }
  return summaries.some((s) => s.errors.length > 0 && !s.written && !s.dryRun) ||
    summaries.some((s) => s.dryRun && s.errors.length > 0 && !flags.skipInvalid)
    ? EXIT.rejected
    : EXIT.ok;
}

/** A progress bar (rows/s, ETA) on a terminal only. */
interface Progress {
  update: (done: number, total: number) => void;
  stop: () => void;
}

function progressBar(json: boolean): Progress | null {
  if (json || !process.stderr.isTTY) return null;
  const bar = new SingleBar(
    { format: '写入 writing [{bar}] {value}/{total} 行 rows · {speed} 行/秒 rows/s · 剩余 ETA {eta}s', stream: process.stderr },
    Presets.shades_classic,
  );
  const started = Date.now();
  let begun = false;
  return {
    update: (done, total) => {
      if (!begun) {
        bar.start(total, 0, { speed: 0 });
        begun = true;
      }
      bar.update(done, { speed: Math.round(done / Math.max((Date.now() - started) / 1000, 0.001)) });
    },
    stop: () => {
      if (begun) bar.stop();
    },
  };
}
