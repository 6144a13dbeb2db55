import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { cypher } from '../../src/db/cypher-registry';
import type { BenchNeo4j } from '../support/bench-neo4j';
import { adminImport } from './admin-import';
import { writeProvinceFiles, type TemplateFiles } from './graph-files';
import { differences } from './samples';

const AWAIT_INDEXES = cypher('bench/await-indexes');
const RESTORE_EMPTY_LISTS = cypher('bench/restore-empty-lists');
const INDEX_WAIT_SECONDS = 1800;

const seconds = (ms: number): number => Math.round(ms) / 1000;

/** One bulk load of the province at `copies` copies of the bench city. */
export interface ProvinceLoad {
  copies: number;
  powers: number;
  /** Nodes and relationships written. */
  rows: number;
  importSeconds: number;
  /** Restart, schema and index population after the import. */
  indexSeconds: number;
  /** The server's page cache for this store (bench/support/bench-neo4j.ts pageCacheFor), null with --reset. */
  pageCache: string | null;
  /** Sampled template nodes that differ after the bulk import from what the importer wrote (none expected). */
  differences: string[];
}

export interface ProvinceFiles {
  /** Reading the template and writing every copy's CSV files. */
  writeSeconds: number;
  csvMegabytes: number;
  templatePowers: number;
  templateOrganizations: number;
}

/**
 * The province of issue 13: the bench city (the graph the importer wrote in step 1) copied as
 * whole cities and bulk-loaded with neo4j-admin, at any number of copies up to the largest
 * prepared. The importer's own figures stay those of step 1 (section 4). 省级数据集。
 */
export class Province {
  private constructor(
    private readonly neo4j: BenchNeo4j,
    private readonly dir: string,
    private readonly files: TemplateFiles,
    readonly prepared: ProvinceFiles,
  ) {}

  static async prepare(neo4j: BenchNeo4j, copies: number, log: (line: string) => void): Promise<Province> {
    if (!neo4j.reload)
      throw new Error('the province needs the bench’s own Neo4j (not --reset): it bulk-imports into it');
    const dir = mkdtempSync(join(tmpdir(), 'quanze-bench-province-'));
    const started = performance.now();
    try {
      const files = await writeProvinceFiles(neo4j.db, dir, copies, log);
      const bytes = files.groups.flatMap((g) => g.parts).reduce((n, f) => n + statSync(f).size, 0);
      return new Province(neo4j, dir, files, {
        writeSeconds: seconds(performance.now() - started),
        csvMegabytes: Math.round(bytes / 2 ** 20),
        templatePowers: files.nodeCounts['Power'] ?? 0,
        templateOrganizations: files.nodeCounts['Organization'] ?? 0,
      });
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
  }

  /** Replaces the bench database with `copies` copies (copy 0 is the template itself). */
  async load(copies: number, log: (line: string) => void): Promise<ProvinceLoad> {
    let importMs = 0;
    const started = performance.now();
    await this.neo4j.reload!(async (home) => {
      const t = performance.now();
      await adminImport(home, this.files.groups, copies);
      importMs = performance.now() - t;
    });
    await this.neo4j.db.runAutoCommit('bench.awaitIndexes', AWAIT_INDEXES, { seconds: INDEX_WAIT_SECONDS });
    for (const params of this.files.emptyLists) {
      await this.neo4j.db.runAutoCommit('bench.restoreEmptyLists', RESTORE_EMPTY_LISTS, params);
    }
    const load: ProvinceLoad = {
      copies,
      powers: copies * this.prepared.templatePowers,
      rows: this.files.rowsPerCopy.slice(0, copies).reduce((a, b) => a + b, 0),
      importSeconds: seconds(importMs),
      indexSeconds: seconds(performance.now() - started - importMs),
      pageCache: this.neo4j.memory()?.pagecache ?? null,
      differences: await differences(this.neo4j.db, this.files.samples),
    };
    log(
      `  省 / province ×${copies}: ${load.powers} powers, ${load.rows} rows imported in ${load.importSeconds} s, restart and indexes ${load.indexSeconds} s, page cache ${load.pageCache ?? '?'}; ${load.differences.length} sampled nodes differ from the importer's${load.differences[0] ? `, e.g. ${load.differences[0]}` : ''}`,
    );
    return load;
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
