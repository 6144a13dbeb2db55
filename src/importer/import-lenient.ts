import { basename } from 'node:path';

import { cypher } from '../db/cypher-registry';
import type { Database } from '../db/database';
import { hashOf, rowId } from '../domain/ids';
import { LENIENT_SPEC } from './read/header-specs';
import { readFile } from './read/read-file';
import { toLenientRecords, type LenientRecord } from './records/lenient';
import { emptySummary, type ImportSummary } from './summary';
import { normalizeKey, normalizeName } from '../domain/text';
import { duplicateRows, writeList } from './write/list-rows';
import type { ListImportOptions } from './write/list-options';
import { PowerIndex } from './write/power-refs';
import { lookupOrganizations, ReferenceCollector } from './write/referenced-organizations';
import { Validation } from './write/validation';

const CURRENT = cypher('import/lenient-current');
const UPSERT = cypher('import/lenient-upsert');

type LenientRow = ReturnType<typeof planRow>;

/**
 * `quanze import lenient <file>`: 包容审慎监管"四张清单". One LenientItem per row, IMPLEMENTED_BY
 * its 实施部门 (--org for rows that name none; created by reference when absent), APPLIES_TO the
 * powers of 关联权力: by code anywhere (preferring the department's), by name among the
 * department's powers. A power not found is an error (a lenient item for no power means nothing).
 * Scope of versioning: the 实施部门.
 */
export async function importLenient(db: Database, file: string, options: ListImportOptions): Promise<ImportSummary> {
  const summary = emptySummary(file, 'lenient', options.dryRun);
  const read = await readFile(file, LENIENT_SPEC);
  const { records, problems } = toLenientRecords(read.sheets);
  const check = new Validation(read, records, problems);
  if (check.settle(summary, options.skipInvalid)) return summary;

  const refs = new ReferenceCollector();
  const candidates: [LenientRecord, string][] = [];
  for (const record of check.accepted()) {
    const department = record.department ?? options.org;
    if (department === undefined) {
      check.reject(record, 'department', '实施部门为空，也未用 --org 指定', 'no 实施部门 and no --org given');
    } else {
      candidates.push([record, refs.add(department, record.source)]);
    }
  }
  const known = await lookupOrganizations(db, refs.keys());
  const codes = candidates.flatMap(([r]) => r.relatedPowers.flatMap((p) => ('code' in p ? [p.code] : [])));
  const powers = await PowerIndex.load(db, codes, refs.keys().filter((k) => known.has(k)));

  const planned: [LenientRecord, LenientRow][] = candidates.map(([record, departmentKey]) => {
    const powerIds = new Map<string, string>();
    for (const ref of record.relatedPowers) {
      const found = powers.resolve(ref, [departmentKey], options.validFrom);
      if (found.length === 0) {
        const text = 'code' in ref ? ref.code : ref.name;
        check.reject(record, 'relatedPowers', `找不到关联权力“${text}”`, `no power ${text} in the graph`);
      }
      found.forEach((p) => powerIds.set(p.identityKey, p.id));
    }
    return [record, planRow(record, departmentKey, powerIds, options.validFrom)];
  });
  for (const { row, first } of duplicateRows(planned.map(([, row]) => row))) {
    const record = planned.find(([, r]) => r === row)?.[0];
    if (record) check.reject(record, undefined, `与第${first.sourceRow}行重复`, `duplicates row ${first.sourceRow}`);
  }
  if (check.settle(summary, options.skipInvalid)) return summary;

  const accepted = new Set(check.accepted());
  const rows = planned.filter(([record]) => accepted.has(record)).map(([, row]) => row);
  const used = new Set(rows.map((r) => r.implementedByKey));
  await writeList(db, summary, {
    listType: 'LENIENT',
    label: 'LenientItem',
    current: CURRENT,
    upsert: UPSERT,
    rows,
    missing: refs.missing(known).filter((o) => used.has(o.nameKey)),
    issuerKey: options.org ? normalizeName(options.org) : null,
    file,
    validFrom: options.validFrom,
    divisionCode: options.division ?? null,
    dryRun: options.dryRun,
    partial: summary.rejected > 0,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return summary;
}

function planRow(record: LenientRecord, implementedByKey: string, powers: ReadonlyMap<string, string>, listFrom: string) {
  const content = {
    seqNo: record.seqNo ?? null,
    kind: record.kind,
    violation: record.violation,
    conditions: record.conditions ?? null,
    violationBasis: record.violationBasis ?? null,
    penaltyBasis: record.penaltyBasis ?? null,
    lenientBasis: record.lenientBasis ?? null,
    remarks: record.remarks ?? null,
    implementedByKey,
    powerIdentities: [...powers.keys()].sort(),
    raw: Object.keys(record.raw).length > 0 ? JSON.stringify(record.raw) : null,
  };
  const identityKey = ['LENIENT', record.kind, implementedByKey, normalizeKey(record.violation)].join('|');
  const contentHash = hashOf(content);
  return {
    ...content,
    powerIds: [...powers.values()].sort(),
    validFrom: listFrom,
    id: rowId('li', identityKey, contentHash, listFrom),
    identityKey,
    contentHash,
    scopeKeys: [implementedByKey],
    sourceFile: basename(record.source.file),
    sourceSheet: record.source.sheet,
    sourceRow: record.source.row,
  };
}
