import { basename } from 'node:path';

import { z } from 'zod';

import { cypher } from '../db/cypher-registry';
import type { Database } from '../db/database';
import { decodeRow } from '../db/decode';
import { writeReferenceImportChangeSet } from '../domain/change-set/change-set';
import { hashOf } from '../domain/ids';
import { organizationIdFor } from '../domain/organizations';
import { unitKey } from './powers/plan';
import { ORGANIZATIONS_SPEC } from './read/header-specs';
import { readFile } from './read/read-file';
import { toOrganizationRecords, type OrganizationRecord } from './records/organizations';
import { emptySummary, type ImportSummary } from './summary';
import { normalizeName } from '../domain/text';
import { runBatched } from './write/batches';
import type { ReferenceImportOptions } from './write/import-options';
import { ensureReferenced, lookupOrganizations, ReferenceCollector } from './write/referenced-organizations';
import { Validation } from './write/validation';

const DIVISIONS = cypher('import/divisions-existing');
const UPSERT = cypher('import/organizations-upsert-file');
const LINK = cypher('organization/link-organizations');
const LINK_SUCCESSORS = cypher('import/organizations-link-successors');
const DIVISIONS_BEFORE = cypher('import/organizations-divisions-before');
const CODES = z.object({ codes: z.array(z.string()) });

/**
 * `quanze import organizations <file>`: Organization nodes (createdBy FILE), IN_DIVISION (a code
 * the graph does not have is a located error: import divisions first), PART_OF the 上级机构 and
 * SUCCEEDED_BY {date} the 继任机构; a parent or successor the graph lacks is created by reference
 * and reported. SUCCEEDED_BY.date is the day after 撤销日期 (validTo is inclusive, ADR 0001: the
 * first day the successor answers in its place). An organization created earlier by reference
 * gets its properties filled in: counted as updated. Internal units (内设机构) with a parent are
 * keyed `<parent>/<unit>` like the 承办机构 of power lists, the parent's name dropped from the
 * front of the unit's ("XX局 法规科" -> "XX局/法规科"). 导入机构。
 */
export async function importOrganizations(db: Database, file: string, options: ReferenceImportOptions): Promise<ImportSummary> {
  const summary = emptySummary(file, 'organizations', options.dryRun);
  const read = await readFile(file, ORGANIZATIONS_SPEC);
  const { records, problems } = toOrganizationRecords(read.sheets);
  const check = new Validation(read, records, problems);
  if (check.settle(summary, options.skipInvalid)) return summary;

  const candidates = check.accepted();
  const keyOfName = new Map<string, string>();
  const keyOf = new Map(candidates.map((r) => [r, organizationKey(r)]));
  for (const r of candidates) keyOfName.set(r.nameKey, keyOf.get(r)!);
  const firstOfKey = new Map<string, OrganizationRecord>();
  for (const r of candidates) {
    const key = keyOf.get(r)!;
    const first = firstOfKey.get(key);
    if (first === undefined) firstOfKey.set(key, r);
    else check.reject(r, 'name', `与第${first.source.row}行是同一机构（同名）`, `the same organization as row ${first.source.row} (same name)`);
  }
  const codes = [...new Set(candidates.flatMap((r) => (r.divisionCode === undefined ? [] : [r.divisionCode])))];
  const divisions = new Set(
    (await db.read('import.divisions.existing', DIVISIONS, { codes })).map((r) => String(r['code'])),
  );
  for (const r of candidates) {
    if (r.divisionCode !== undefined && !divisions.has(r.divisionCode)) {
      check.reject(r, 'divisionCode', `行政区划代码“${r.divisionCode}”不存在（请先导入行政区划）`, `unknown division ${r.divisionCode}; import divisions first`);
    }
  }
  if (check.settle(summary, options.skipInvalid)) return summary;

  const refs = new ReferenceCollector();
  const rows = check.accepted().map((r) => {
    const related = (name: string | undefined): string | null => {
      if (name === undefined) return null;
      return keyOfName.get(normalizeName(name)) ?? refs.add(name, r.source);
    };
    return planRow(r, keyOf.get(r)!, related(r.parent), related(r.successor));
  });
  const inFile = new Set(rows.map((r) => r.nameKey));
  const known = await lookupOrganizations(db, [...rows.map((r) => r.nameKey), ...refs.keys()]);
  const missing = refs.missing(known).filter((o) => !inFile.has(o.nameKey));
  summary.createdOrganizations = missing.map((o) => o.name);
  const changed = rows.filter((row) => {
    const old = known.get(row.nameKey);
    if (old === undefined) summary.created += 1;
    else if (old.createdBy !== 'FILE' || old.contentHash !== row.contentHash) summary.updated += 1;
    else summary.unchanged += 1;
    return old?.createdBy !== 'FILE' || old.contentHash !== row.contentHash;
  });
  if (changed.length + missing.length === 0 || options.dryRun) return summary;
  await db.executeWrite('import.organizations', async (tx) => {
    await runBatched(tx, UPSERT, changed);
    // The divisions the changed organizations are in before the links below replace them, read
    // once their nodes are written (and locked): the analysis forgets those partitions too.
    const existing = changed.filter((row) => known.has(row.nameKey)).map((row) => row.nameKey);
    const [before] = await tx.run(DIVISIONS_BEFORE, { keys: existing });
    await ensureReferenced(tx, missing, null);
    await runBatched(tx, LINK, changed);
    await runBatched(tx, LINK_SUCCESSORS, changed);
    await writeReferenceImportChangeSet(tx, {
      listType: 'ORGANIZATIONS',
      file,
      summary,
      organizationIds: [
        ...changed.map((row) => known.get(row.nameKey)?.id ?? row.id),
        // Created by reference just now: the id ensureReferenced gave them.
        ...missing.map((o) => organizationIdFor(o.nameKey)),
      ],
      partitions: decodeRow(DIVISIONS_BEFORE, before ?? { codes: [] }, CODES).codes,
    });
  });
  summary.written = true;
  return summary;
}

function organizationKey(r: OrganizationRecord): string {
  if (r.orgType !== 'INTERNAL_UNIT' || r.parent === undefined) return r.nameKey;
  const parentKey = normalizeName(r.parent);
  const own = r.nameKey.startsWith(parentKey) && r.nameKey.length > parentKey.length ? r.nameKey.slice(parentKey.length) : r.nameKey;
  return unitKey(parentKey, own);
}

function dayAfter(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function planRow(r: OrganizationRecord, nameKey: string, parentNameKey: string | null, successorKey: string | null) {
  const content = {
    name: r.name,
    orgType: r.orgType,
    rawOrgType: r.rawOrgType,
    level: r.level ?? null,
    uscc: r.uscc ?? null,
    validFrom: r.validFrom ?? null,
    validTo: r.validTo ?? null,
    remarks: r.remarks ?? null,
    divisionCode: r.divisionCode ?? null,
    parentNameKey,
    successorKey,
    date: successorKey === null || r.validTo === undefined ? null : dayAfter(r.validTo),
    raw: Object.keys(r.raw).length > 0 ? JSON.stringify(r.raw) : null,
  };
  return {
    ...content,
    nameKey,
    id: organizationIdFor(nameKey),
    contentHash: hashOf(content),
    sourceFile: basename(r.source.file),
    sourceSheet: r.source.sheet,
    sourceRow: r.source.row,
  };
}
