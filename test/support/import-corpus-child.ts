/**
 * Child process of import-malformed.test.ts, started with --max-old-space-size=256: reads the cases
 * as JSON on stdin, imports each file into the database of NEO4J_URI, and prints one JSON line per
 * case with the summary's verdict and the memory after it. A heap past the cap ends the process
 * with a fatal error, so finishing at all is the proof that the corpus fits in 256 MB.
 * 在 256 MB 堆上限的子进程中导入畸形语料。
 */
import { openDatabase } from '../../src/cli/database';
import { IMPORTERS, type CommonImportOptions } from '../../src/importer/kinds';
import { buildLawCatalog } from '../../src/domain/laws/catalog';
import type { ImportSummary } from '../../src/importer/summary';
import type { ImportKind } from '../../src/importer/types';

export interface CorpusCase {
  title: string;
  kind: ImportKind;
  path: string;
  options: Omit<CommonImportOptions, 'catalog'>;
}

export interface CorpusOutcome {
  title: string;
  written: boolean;
  errors: ImportSummary['errors'];
  heapUsedMb: number;
  maxRssMb: number;
}

async function stdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(): Promise<void> {
  const cases = JSON.parse(await stdin()) as CorpusCase[];
  const connection = await openDatabase();
  try {
    for (const c of cases) {
      const summary = await IMPORTERS[c.kind](connection.db, c.path, { ...c.options, catalog: buildLawCatalog([]) });
      const outcome: CorpusOutcome = {
        title: c.title,
        written: summary.written,
        // The first errors locate the refusal; thousands of row errors need not cross the pipe.
        errors: summary.errors.slice(0, 1000),
        heapUsedMb: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
        maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      };
      process.stdout.write(`${JSON.stringify(outcome)}\n`);
    }
  } finally {
    await connection.close();
  }
}

void main();
