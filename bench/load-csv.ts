import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { csvCell } from '../scripts/demo/csv';
import { cypher, type CypherRef } from '../src/db/cypher-registry';
import type { Database } from '../src/db/database';
import type { PowerPlan } from '../src/importer/powers/plan';
import { CsvOut } from './support/csv-out';

const LOAD_POWERS = cypher('bench/load-csv-powers');
const LOAD_RESPONSIBILITIES = cypher('bench/load-csv-responsibilities');
const LOAD_BASED_ON = cypher('bench/load-csv-based-on');
const LOAD_SUB_ITEMS = cypher('bench/load-csv-sub-items');
const DELETE_POWERS = cypher('bench/load-csv-delete-powers');
const DELETE_ITEMS = cypher('bench/load-csv-delete-items');

/** Ids of what the floor writes start with this, so it never collides with the importer's rows. */
const ID_PREFIX = 'lc-';
const KEY_PREFIX = 'lc|';
/** Joins list cells (追责情形) in one CSV cell. */
const SEPARATOR = '\u001f';

/**
 * Neo4j's CSV reader takes `\"` inside a quoted field for an escaped quote
 * (dbms.import.csv.legacy_quote_escaping), which breaks JSON cells; `\u0022` is the same JSON.
 */
const csvSafeJson = (json: string | null): string | null =>
  json === null ? null : json.replace(/\\(.)/gs, (escape: string, c: string) => (c === '"' ? '\\u0022' : escape));

const POWER_COLUMNS = [
  'id', 'identityKey', 'contentHash', 'code', 'seqNo', 'name', 'subName', 'category', 'rawCategory', 'levelLabel',
  'scope', 'remarks', 'departmentDuty', 'basisText', 'responsibilityBasisText', 'citations', 'accountability',
  'exercisedByKey', 'undertakenByKey', 'itemKey', 'sourceFile', 'sourceSheet', 'sourceRow', 'raw',
] as const;
const RESPONSIBILITY_COLUMNS = ['powerId', 'id', 'order', 'stage', 'group', 'text'] as const;
const BASED_ON_COLUMNS = [
  'powerId', 'provisionId', 'versionId', 'articleProvisionId', 'article', 'articleSuffix', 'paragraph', 'item',
  'chapter', 'articleTo', 'role', 'order', 'citedText',
] as const;
const SUB_ITEM_COLUMNS = ['childId', 'parentId'] as const;

type Cell = string | number | null | undefined;

/** A header-first CSV without BOM (LOAD CSV would read one into the first column's name); empty cells load as null. */
class CsvFile {
  private readonly out: CsvOut;

  constructor(readonly path: string, header: readonly string[]) {
    this.out = new CsvOut(path, header.map((c) => csvCell(c)).join(','));
  }

  write(cells: readonly Cell[]): void {
    this.out.write(cells.map((c) => csvCell(c === null ? undefined : c)));
  }

  close(): void {
    this.out.close();
  }
}

export interface LoadCsvResult {
  rows: number;
  seconds: number;
  rowsPerSec: number;
  /** Seconds per statement: powers, responsibilities, BASED_ON, sub-items. */
  statementSeconds: Record<string, number>;
}

/**
 * The floor for loading power rows: the rows our importer wrote, already validated and with their
 * citations resolved, written to CSV files in a folder the server reads and loaded with LOAD CSV
 * (`CALL … IN TRANSACTIONS`), producing the same nodes and relationships. It measures Neo4j's own
 * bulk path; parsing the spreadsheets and resolving citations are not part of it.
 * LOAD CSV 导入基线。
 */
export class LoadCsvFloor {
  private readonly dir: string;
  private readonly powers: CsvFile;
  private readonly responsibilities: CsvFile;
  private readonly basedOn: CsvFile;
  private readonly subItems: CsvFile;
  rows = 0;

  constructor(csvDir: string) {
    this.dir = join(csvDir, `quanze-bench-${process.pid}`);
    mkdirSync(this.dir, { recursive: true });
    this.powers = new CsvFile(join(this.dir, 'powers.csv'), POWER_COLUMNS);
    this.responsibilities = new CsvFile(join(this.dir, 'responsibilities.csv'), RESPONSIBILITY_COLUMNS);
    this.basedOn = new CsvFile(join(this.dir, 'based-on.csv'), BASED_ON_COLUMNS);
    this.subItems = new CsvFile(join(this.dir, 'sub-items.csv'), SUB_ITEM_COLUMNS);
  }

  /** Adds the rows of one planned list (all new: the bench imports into an empty graph). */
  add(plan: PowerPlan): void {
    const idOfRef = new Map(plan.rows.map((r) => [r.ref, ID_PREFIX + r.id]));
    for (const r of plan.rows) {
      const id = ID_PREFIX + r.id;
      const row: Record<(typeof POWER_COLUMNS)[number], Cell> = {
        ...r,
        id,
        citations: csvSafeJson(r.citations),
        raw: csvSafeJson(r.raw),
        accountability: r.accountability.length > 0 ? r.accountability.join(SEPARATOR) : null,
        itemKey: KEY_PREFIX + r.itemKey,
      };
      this.powers.write(POWER_COLUMNS.map((c) => row[c]));
      for (const x of r.responsibilities) {
        this.responsibilities.write([id, ID_PREFIX + x.id, x.order, x.stage, x.group, x.text]);
      }
      for (const l of r.links) {
        this.basedOn.write([
          id, l.provisionId, l.versionId, l.articleProvisionId, l.article, l.articleSuffix, l.paragraph, l.item,
          l.chapter, l.articleTo, l.role, l.order, l.citedText,
        ]);
      }
      const parentId = r.parentRef ? idOfRef.get(r.parentRef) : undefined;
      if (parentId) this.subItems.write([id, parentId]);
      this.rows += 1;
    }
  }

  /** Loads the files and times it; `validFrom` as the importer was given. */
  async load(db: Database, validFrom: string): Promise<LoadCsvResult> {
    for (const file of [this.powers, this.responsibilities, this.basedOn, this.subItems]) file.close();
    const url = (file: CsvFile): string => `file://${file.path}`;
    const steps: [string, CypherRef, Record<string, unknown>][] = [
      ['powers', LOAD_POWERS, { url: url(this.powers), validFrom, separator: SEPARATOR }],
      ['responsibilities', LOAD_RESPONSIBILITIES, { url: url(this.responsibilities) }],
      ['basedOn', LOAD_BASED_ON, { url: url(this.basedOn) }],
      ['subItems', LOAD_SUB_ITEMS, { url: url(this.subItems) }],
    ];
    const statementSeconds: Record<string, number> = {};
    for (const [name, ref, params] of steps) {
      const started = performance.now();
      await db.runAutoCommit(`bench.loadCsv.${name}`, ref, params);
      statementSeconds[name] = Math.round(performance.now() - started) / 1000;
    }
    const seconds = Object.values(statementSeconds).reduce((a, b) => a + b, 0);
    return { rows: this.rows, seconds, rowsPerSec: Math.round(this.rows / seconds), statementSeconds };
  }

  /** Deletes what the floor wrote and its files, leaving the importer's dataset as it was. */
  async remove(db: Database): Promise<void> {
    await db.runAutoCommit('bench.loadCsv.deletePowers', DELETE_POWERS, { prefix: ID_PREFIX });
    await db.runAutoCommit('bench.loadCsv.deleteItems', DELETE_ITEMS, { prefix: KEY_PREFIX });
    rmSync(this.dir, { recursive: true, force: true });
  }
}
