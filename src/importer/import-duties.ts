import { basename } from 'node:path';

import { cypher } from '../db/cypher-registry';
import type { Database } from '../db/database';
import { hashOf, rowId } from '../domain/ids';
import { DUTIES_SPEC } from './read/header-specs';
import { readFile } from './read/read-file';
import { toDutyRecords, type DutyRecord } from './records/duties';
import { emptySummary, type ImportSummary } from './summary';
import { normalizeKey, normalizeName } from '../domain/text';
import { duplicateRows, writeList } from './write/list-rows';
import type { ListImportOptions } from './write/list-options';
import { PowerIndex } from './write/power-refs';
import { lookupOrganizations, ReferenceCollector } from './write/referenced-organizations';
import { Validation } from './write/validation';

const CURRENT = cypher('import/duties-current');
const UPSERT = cypher('import/duties-upsert');

type DutyRow = ReturnType<typeof planRow>;

/**
 * `quanze import duties <file>`: 乡镇(街道)履行职责事项清单. One TownshipDutyItem per duty and
 * township, OF_TOWNSHIP the township (--org for rows that name none), COUNTERPART {role} the
 * departments (the first listed PRIMARY), both created by reference when absent. 关联权力 is
 * optional: a needed power is looked up by code anywhere or by name among the counterparts'
 * powers; one not found is a warning. Scope of versioning: the township.
 */
export async function importDuties(db: Database, file: string, options: ListImportOptions): Promise<ImportSummary> {
  const summary = emptySummary(file, 'duties', options.dryRun);
  const read = await readFile(file, DUTIES_SPEC);
  const { records, problems } = toDutyRecords(read.sheets, options.org ? { township: options.org } : {});
  const check = new Validation(read, records, problems);
  if (check.settle(summary, options.skipInvalid)) return summary;

  const candidates = check.accepted();
  const refs = new ReferenceCollector();
  const keysOf = candidates.map((r) => ({
    townshipKey: refs.add(r.township, r.source),
    counterparts: r.counterparts.map((c) => ({ key: refs.add(c.name, r.source), role: c.role })),
  }));
  const known = await lookupOrganizations(db, refs.keys());
  const codes = candidates.flatMap((r) => r.neededPowers.flatMap((p) => ('code' in p ? [p.code] : [])));
  const powers = await PowerIndex.load(db, codes, refs.keys().filter((k) => known.has(k)));

  const planned: [DutyRecord, DutyRow][] = candidates.map((record, i) => {
    const keys = keysOf[i]!;
    const powerIds = new Map<string, string>();
    for (const ref of record.neededPowers) {
      const found = powers.resolve(ref, keys.counterparts.map((c) => c.key), options.validFrom);
      if (found.length === 0) {
        const text = 'code' in ref ? ref.code : ref.name;
        check.warn(record, 'neededPowers', `关联权力“${text}”未找到，未建立关联`, `needed power ${text} not found; not linked`);
      }
      found.forEach((p) => powerIds.set(p.identityKey, p.id));
    }
    return [record, planRow(record, keys, powerIds, options.validFrom)];
  });
  for (const { row, first } of duplicateRows(planned.map(([, row]) => row))) {
    const record = planned.find(([, r]) => r === row)?.[0];
    if (record) check.reject(record, undefined, `与第${first.sourceRow}行重复`, `duplicates row ${first.sourceRow}`);
  }
  if (check.settle(summary, options.skipInvalid)) return summary;

  const accepted = new Set(check.accepted());
  const rows = planned.filter(([record]) => accepted.has(record)).map(([, row]) => row);
  const used = new Set(rows.flatMap((r) => [r.townshipKey, ...r.counterparts.map((c) => c.key)]));
  await writeList(db, summary, {
    listType: 'DUTIES',
    label: 'TownshipDutyItem',
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

function planRow(
  record: DutyRecord,
  orgs: { townshipKey: string; counterparts: { key: string; role: string }[] },
  powers: ReadonlyMap<string, string>,
  listFrom: string,
) {
  const content = {
    seqNo: record.seqNo ?? null,
    listKind: record.listKind,
    name: record.name,
    townshipDuty: record.townshipDuty ?? null,
    departmentDuty: record.departmentDuty ?? null,
    basis: record.basis ?? null,
    remarks: record.remarks ?? null,
    ...orgs,
    powerIdentities: [...powers.keys()].sort(),
    raw: Object.keys(record.raw).length > 0 ? JSON.stringify(record.raw) : null,
  };
  const identityKey = ['DUTIES', record.listKind, orgs.townshipKey, normalizeKey(record.name)].join('|');
  const contentHash = hashOf(content);
  return {
    ...content,
    powerIds: [...powers.values()].sort(),
    validFrom: listFrom,
    id: rowId('td', identityKey, contentHash, listFrom),
    identityKey,
    contentHash,
    scopeKeys: [orgs.townshipKey],
    sourceFile: basename(record.source.file),
    sourceSheet: record.source.sheet,
    sourceRow: record.source.row,
  };
}
