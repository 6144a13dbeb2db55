import { basename } from 'node:path';

import type { Database, Tx } from '../../db/database';
import { hashOf, rowId } from '../../domain/ids';
import type { VersionedRowKind } from '../../domain/list-kinds';
import { normalizeName } from '../../domain/text';
import type { HeaderSpec } from '../read/header-spec';
import { readFile } from '../read/read-file';
import { listRemarks } from '../read/table-edges';
import type { PowerRef } from '../records/fields';
import type { KindResult, RecordSource } from '../records/row-context';
import { emptySummary, type ImportSummary } from '../summary';
import type { ImportKind, SheetRecords } from '../types';
import { duplicateRows, writeList, type ListRow } from './list-rows';
import type { ListImportOptions } from './list-options';
import { PowerIndex } from './power-refs';
import { lookupOrganizations, ReferenceCollector, type KnownOrganization } from './referenced-organizations';
import { Validation } from './validation';

/** A validated record of a list kind: where it came from, and the columns no field took. */
export interface ListRecord extends RecordSource {
  raw: Record<string, string>;
}

/** What a kind's plan is given for each record. */
export interface ListPlanning<R extends ListRecord, P> {
  options: ListImportOptions;
  known: ReadonlyMap<string, KnownOrganization>;
  powers: PowerIndex;
  check: Validation<R>;
  /** What `prepare` returned. */
  prepared: P;
}

/**
 * One kind of list as the importer sees it: the domain descriptor, how its file is read, and how
 * one record becomes one row version. `importList` runs every kind through the same steps: read,
 * validate, look up the organizations and powers named, plan the rows, reject duplicates, write.
 */
export interface ListImport<R extends ListRecord, K, P, Row extends ListRow> {
  kind: VersionedRowKind;
  spec: HeaderSpec;
  records(sheets: SheetRecords[], options: ListImportOptions): KindResult<R>;
  /** The organizations a record names, each added to `refs` (created by reference when absent); undefined after rejecting it. */
  names(record: R, refs: ReferenceCollector, check: Validation<R>, options: ListImportOptions): K | undefined;
  /** Power codes the record names (looked up anywhere). */
  powerCodes(record: R): string[];
  /** Organizations among whose powers names are looked up: by default every organization the list names. */
  powerOwners?(record: R, names: K): string[];
  /** Work on the whole list once the organizations are known (e.g. what 各街道 stands for). */
  prepare?(
    db: Database,
    records: readonly R[],
    known: ReadonlyMap<string, KnownOrganization>,
    refs: ReferenceCollector,
    options: ListImportOptions,
  ): Promise<P>;
  /** The row version of one record, or undefined after rejecting it. */
  plan(record: R, names: K, planning: ListPlanning<R, P>): Row | undefined;
  /** The message for a row that comes out as the same row as an earlier one: [zh, en]. */
  duplicate?(firstRow: number): [string, string];
  /** The organizations a row links to: only these of the missing ones are created. */
  organizations(row: Row): string[];
  /** More writes in the list's transaction, after its rows (a catalog matches the rows it governs). */
  alsoWrite?(tx: Tx, rows: readonly Row[]): Promise<unknown>;
}

/** A ListImport with its types closed over: what the table of kinds holds (src/importer/kinds.ts). */
export interface ListImporter {
  kind: VersionedRowKind;
  records: (sheets: SheetRecords[], options: ListImportOptions) => KindResult<ListRecord>;
  run: (db: Database, file: string, options: ListImportOptions) => Promise<ImportSummary>;
}

export function listImporter<R extends ListRecord, K, P, Row extends ListRow>(
  list: ListImport<R, K, P, Row>,
): ListImporter {
  return {
    kind: list.kind,
    records: (sheets, options) => list.records(sheets, options),
    run: (db, file, options) => importList(db, file, options, list),
  };
}

/** `quanze import <kind> <file>` for one list kind (ADR 0001: versions; nothing is deleted). */
export async function importList<R extends ListRecord, K, P, Row extends ListRow>(
  db: Database,
  file: string,
  options: ListImportOptions,
  list: ListImport<R, K, P, Row>,
): Promise<ImportSummary> {
  const summary = emptySummary(file, list.kind.name as ImportKind, options.dryRun);
  const read = await readFile(file, list.spec);
  const { records, problems } = list.records(read.sheets, options);
  const check = new Validation(read, records, problems);
  if (check.settle(summary, options.skipInvalid)) return summary;

  const refs = new ReferenceCollector();
  const candidates: [R, K][] = [];
  for (const record of check.accepted()) {
    const names = list.names(record, refs, check, options);
    if (names !== undefined) candidates.push([record, names]);
  }
  const owners = list.powerOwners
    ? candidates.flatMap(([record, names]) => list.powerOwners!(record, names))
    : undefined;
  const known = await lookupOrganizations(db, [...new Set([...(owners ?? []), ...refs.keys()])]);
  const prepared = (await list.prepare?.(
    db,
    candidates.map(([record]) => record),
    known,
    refs,
    options,
  )) as P;
  const codes = candidates.flatMap(([record]) => list.powerCodes(record));
  const powers = await PowerIndex.load(
    db,
    codes,
    (owners ?? refs.keys()).filter((k) => known.has(k)),
  );

  const planning: ListPlanning<R, P> = { options, known, powers, check, prepared };
  const planned: [R, Row][] = candidates.flatMap(([record, names]) => {
    const row = list.plan(record, names, planning);
    return row === undefined ? [] : [[record, row] as [R, Row]];
  });
  for (const { row, first } of duplicateRows(planned.map(([, row]) => row))) {
    const record = planned.find(([, r]) => r === row)?.[0];
    const [zh, en] = list.duplicate?.(first.sourceRow) ?? [
      `与第${first.sourceRow}行重复`,
      `duplicates row ${first.sourceRow}`,
    ];
    if (record) check.reject(record, undefined, zh, en);
  }
  if (check.settle(summary, options.skipInvalid)) return summary;

  const accepted = new Set(check.accepted());
  const rows = planned.filter(([record]) => accepted.has(record)).map(([, row]) => row);
  const used = new Set(rows.flatMap((row) => list.organizations(row)));
  await writeList(db, summary, {
    kind: list.kind,
    rows,
    missing: refs.missing(known).filter((o) => used.has(o.nameKey)),
    issuerKey: options.org ? normalizeName(options.org) : null,
    file,
    remarks: listRemarks(read.sheets),
    validFrom: options.validFrom,
    divisionCode: options.division ?? null,
    dryRun: options.dryRun,
    partial: summary.rejected > 0,
    ...(list.alsoWrite ? { alsoWrite: async (tx: Tx) => void (await list.alsoWrite!(tx, rows)) } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return summary;
}

/**
 * One row version: its content (what the content hash covers), identity (after the list type) and
 * scope, plus what is written but not hashed (`links`: power ids, which change with each power
 * list). Rows without a date of their own start with the list.
 */
export function rowVersion<C extends object, L extends object>(
  kind: VersionedRowKind,
  record: ListRecord,
  listFrom: string,
  row: { content: C; identity: readonly string[]; scopeKeys: string[]; links: L; validFrom?: string | undefined },
) {
  const identityKey = [kind.listType, ...row.identity].join('|');
  const contentHash = hashOf(row.content);
  return {
    ...row.content,
    ...row.links,
    validFrom: row.validFrom ?? listFrom,
    id: rowId(kind.idPrefix, identityKey, contentHash, listFrom),
    identityKey,
    contentHash,
    scopeKeys: row.scopeKeys,
    sourceFile: basename(record.source.file),
    sourceSheet: record.source.sheet,
    sourceRow: record.source.row,
  };
}

/** The columns no field took, as stored (null when there are none). */
export function rawText(record: ListRecord): string | null {
  return Object.keys(record.raw).length > 0 ? JSON.stringify(record.raw) : null;
}

/**
 * The powers a record names, by identity key -> version id: by code anywhere, by name among
 * `owners`' powers. A power not found is a warning (the row is kept, unlinked) or an error.
 */
export function linkPowers<R extends ListRecord>(
  planning: ListPlanning<R, unknown>,
  record: R,
  field: string,
  refs: readonly PowerRef[],
  owners: readonly string[],
  missing: 'warning' | 'error',
): Map<string, string> {
  const linked = new Map<string, string>();
  for (const ref of refs) {
    const found = planning.powers.resolve(ref, owners, planning.options.validFrom);
    if (found.length === 0) {
      const text = 'code' in ref ? ref.code : ref.name;
      if (missing === 'warning') {
        planning.check.warn(
          record,
          field,
          `关联权力“${text}”未找到，未建立关联`,
          `needed power ${text} not found; not linked`,
        );
      } else {
        planning.check.reject(record, field, `找不到关联权力“${text}”`, `no power ${text} in the graph`);
      }
    }
    found.forEach((p) => linked.set(p.identityKey, p.id));
  }
  return linked;
}

type Stored<T> = Exclude<T, undefined> | (undefined extends T ? null : never);

/** A record's fields as a row stores them, in the order given (the content hash depends on it); absent ones null. */
export function fieldsOf<R extends object, K extends keyof R & string>(
  record: R,
  keys: readonly K[],
): { [P in K]: Stored<R[P]> } {
  return Object.fromEntries(keys.map((k) => [k, record[k] ?? null])) as { [P in K]: Stored<R[P]> };
}
