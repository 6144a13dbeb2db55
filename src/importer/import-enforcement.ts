import { basename } from 'node:path';

import { cypher } from '../db/cypher-registry';
import type { Database } from '../db/database';
import { hashOf, rowId } from '../domain/ids';
import { mapCategory } from '../domain/categories';
import { ENFORCEMENT_SPEC } from './read/header-specs';
import { readFile } from './read/read-file';
import { toEnforcementRecords, type EnforcementRecord } from './records/enforcement';
import type { PowerRef } from './records/fields';
import { emptySummary, type ImportSummary } from './summary';
import { normalizeName } from '../domain/text';
import { duplicateRows, writeList } from './write/list-rows';
import type { ListImportOptions } from './write/list-options';
import { PowerIndex, type PowerVersion } from './write/power-refs';
import { lookupOrganizations, ReferenceCollector } from './write/referenced-organizations';
import { Validation } from './write/validation';

const CURRENT = cypher('import/enforcement-current');
const UPSERT = cypher('import/enforcement-upsert');

type EnforcementRow = ReturnType<typeof planRow>;

/**
 * `quanze import enforcement <file>`: 乡镇(街道)综合行政执法事项清单. One EnforcementItem per
 * hand-over of one power to one township, HANDS_OVER the power named by 原权力编码 (the version
 * valid at the item's 生效日期, else the open one) or, failing that, by 原实施部门 + 事项名称. A
 * hand-over naming an unknown power or an unknown 原实施部门 is rejected; a receiving township the
 * graph lacks is created by reference. Scope of versioning: the receiving township.
 */
export async function importEnforcement(db: Database, file: string, options: ListImportOptions): Promise<ImportSummary> {
  const summary = emptySummary(file, 'enforcement', options.dryRun);
  const read = await readFile(file, ENFORCEMENT_SPEC);
  const { records, problems } = toEnforcementRecords(read.sheets);
  const check = new Validation(read, records, problems);
  if (check.settle(summary, options.skipInvalid)) return summary;

  const candidates = check.accepted();
  const refs = new ReferenceCollector();
  const fromKeys = new Set(candidates.map((r) => normalizeName(r.fromOrg)));
  const toKeys = candidates.map((r) => refs.add(r.toTownship, r.source));
  const known = await lookupOrganizations(db, [...fromKeys, ...toKeys]);
  const codes = candidates.flatMap((r) => (r.originalCode === undefined ? [] : [r.originalCode]));
  const powers = await PowerIndex.load(db, codes, [...fromKeys].filter((k) => known.has(k)));

  const planned: [EnforcementRecord, EnforcementRow][] = [];
  for (const record of candidates) {
    const fromKey = normalizeName(record.fromOrg);
    if (!known.has(fromKey)) {
      check.reject(record, 'fromOrg', `原实施部门“${record.fromOrg}”不存在（请先导入机构）`, `unknown organization ${record.fromOrg} (原实施部门); import organizations first`);
      continue;
    }
    const power = handedOverPower(powers, record, fromKey, options.validFrom);
    if (power === undefined) {
      const what = record.originalCode === undefined ? `“${record.name}”` : `编码“${record.originalCode}”或名称“${record.name}”`;
      check.reject(
        record,
        record.originalCode === undefined ? 'name' : 'originalCode',
        `找不到${record.fromOrg}的权力事项${what}`,
        `no power ${record.originalCode ?? record.name} of ${record.fromOrg} in the graph`,
      );
      continue;
    }
    planned.push([record, planRow(record, power, fromKey, normalizeName(record.toTownship), options.validFrom)]);
  }
  for (const { row, first } of duplicateRows(planned.map(([, row]) => row))) {
    const record = planned.find(([, r]) => r === row)?.[0];
    if (record) check.reject(record, undefined, `与第${first.sourceRow}行移交同一权力给同一乡镇(街道)`, `hands over the same power to the same township as row ${first.sourceRow}`);
  }
  if (check.settle(summary, options.skipInvalid)) return summary;

  const accepted = new Set(check.accepted());
  const rows = planned.filter(([record]) => accepted.has(record)).map(([, row]) => row);
  const usedTo = new Set(rows.map((r) => r.toKey));
  await writeList(db, summary, {
    listType: 'ENFORCEMENT',
    label: 'EnforcementItem',
    current: CURRENT,
    upsert: UPSERT,
    rows,
    missing: refs.missing(known).filter((o) => usedTo.has(o.nameKey)),
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

/** By code first; a code the graph does not know falls back to the name within 原实施部门. */
function handedOverPower(index: PowerIndex, record: EnforcementRecord, fromKey: string, listFrom: string): PowerVersion | undefined {
  const date = record.validFrom ?? listFrom;
  const category = record.category === undefined ? undefined : mapCategory(record.category)?.category;
  const refs: PowerRef[] = [...(record.originalCode === undefined ? [] : [{ code: record.originalCode }]), { name: record.name }];
  for (const ref of refs) {
    const found = index.resolve(ref, [fromKey], date, category);
    if (found.length > 0) return found[0];
  }
  return undefined;
}

function planRow(record: EnforcementRecord, power: PowerVersion, fromKey: string, toKey: string, listFrom: string) {
  const content = {
    seqNo: record.seqNo ?? null,
    name: record.name,
    originalCode: record.originalCode ?? null,
    rawCategory: record.category ?? null,
    rawMode: record.rawMode,
    mode: record.mode,
    actsInNameOf: record.actsInNameOf,
    decisionDocNo: record.decisionDocNo ?? null,
    published: record.published,
    validFrom: record.validFrom ?? null,
    validTo: record.validTo ?? null,
    evaluationDue: record.evaluationDue ?? null,
    status: record.status,
    remarks: record.remarks ?? null,
    powerIdentity: power.identityKey,
    fromKey,
    toKey,
    raw: Object.keys(record.raw).length > 0 ? JSON.stringify(record.raw) : null,
  };
  // The power's identity, not the version: a hand-over survives a re-publication of the power list.
  const identityKey = ['ENFORCEMENT', power.identityKey, toKey, record.validFrom ?? ''].join('|');
  const contentHash = hashOf(content);
  return {
    ...content,
    // Items without a 生效日期 start with the list.
    validFrom: record.validFrom ?? listFrom,
    powerId: power.id,
    id: rowId('ei', identityKey, contentHash, listFrom),
    identityKey,
    contentHash,
    scopeKeys: [toKey],
    sourceFile: basename(record.source.file),
    sourceSheet: record.source.sheet,
    sourceRow: record.source.row,
  };
}
