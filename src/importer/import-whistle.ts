import { basename } from 'node:path';

import { cypher } from '../db/cypher-registry';
import type { Database } from '../db/database';
import { hashOf, rowId } from '../domain/ids';
import { WHISTLE_SPEC } from './read/header-specs';
import { readFile } from './read/read-file';
import { toWhistleRecords, type WhistleRecord, type WhistlerScope } from './records/whistle';
import { emptySummary, type ImportSummary } from './summary';
import { normalizeKey, normalizeName } from '../domain/text';
import { duplicateRows, writeList } from './write/list-rows';
import type { ListImportOptions } from './write/list-options';
import { PowerIndex } from './write/power-refs';
import { lookupOrganizations, ReferenceCollector, type KnownOrganization } from './write/referenced-organizations';
import { Validation } from './write/validation';

const CURRENT = cypher('import/whistle-current');
const UPSERT = cypher('import/whistle-upsert');
const OF_TYPES = cypher('import/organizations-of-types');

const MARKER_TYPES: Readonly<Record<WhistlerScope, readonly string[]>> = {
  STREET: ['STREET_OFFICE'],
  TOWNSHIP: ['TOWNSHIP_GOV'],
  BOTH: ['STREET_OFFICE', 'TOWNSHIP_GOV'],
};
const MARKER_LABELS: Readonly<Record<WhistlerScope, string>> = { STREET: '各街道', TOWNSHIP: '各乡镇', BOTH: '各乡镇(街道)' };

type WhistleRow = ReturnType<typeof planRow>;

/**
 * `quanze import whistle <file>`: "街道吹哨、部门报到"事项清单. WHISTLED_BY the streets and
 * townships named, with 各街道 / 各乡镇 / 各乡镇(街道) expanded to every STREET_OFFICE /
 * TOWNSHIP_GOV organization active at --valid-from (within --division when given, plus the
 * ones this file names); LEAD and COOPERATES the departments named (created by reference when
 * absent). 关联权力 is optional free text: a needed power is looked up by code anywhere or by name
 * among the lead and cooperating departments' powers, and one not found is a warning, not an
 * error. An empty 主责部门 is accepted (a finding for reviewers). Scope of versioning: the
 * whistlers (a matter is retired only when a newer list covers all of them).
 */
export async function importWhistle(db: Database, file: string, options: ListImportOptions): Promise<ImportSummary> {
  const summary = emptySummary(file, 'whistle', options.dryRun);
  const read = await readFile(file, WHISTLE_SPEC);
  const { records, problems } = toWhistleRecords(read.sheets);
  const check = new Validation(read, records, problems);
  if (check.settle(summary, options.skipInvalid)) return summary;

  const candidates = check.accepted();
  const refs = new ReferenceCollector();
  const keysOf = candidates.map((r) => ({
    named: r.whistlers.flatMap((w) => ('name' in w ? [refs.add(w.name, r.source)] : [])),
    lead: r.lead.map((name) => refs.add(name, r.source)),
    cooperating: r.cooperating.map((name) => refs.add(name, r.source)),
  }));
  const known = await lookupOrganizations(db, refs.keys());
  const division = options.division ?? commonDivision(candidates, known);
  const byMarker = await markerMembers(db, candidates, (key) => known.get(key)?.orgType ?? refs.typeOf(key), {
    ...options,
    ...(division ? { division } : {}),
  });
  const codes = candidates.flatMap((r) => r.neededPowers.flatMap((p) => ('code' in p ? [p.code] : [])));
  const powers = await PowerIndex.load(db, codes, refs.keys().filter((k) => known.has(k)));

  const planned: [WhistleRecord, WhistleRow][] = candidates.map((record, i) => {
    const keys = keysOf[i]!;
    const whistledBy = new Set(keys.named);
    for (const w of record.whistlers) {
      if (!('all' in w)) continue;
      const members = byMarker.get(w.all) ?? [];
      if (members.length === 0) {
        check.warn(record, 'whistlers', `“${MARKER_LABELS[w.all]}”在图中没有对应的机构`, `${MARKER_LABELS[w.all]} stands for no organization in the graph`);
      }
      members.forEach((k) => whistledBy.add(k));
    }
    const scope = [...keys.lead, ...keys.cooperating];
    const powerIds = new Map<string, string>();
    for (const ref of record.neededPowers) {
      const found = powers.resolve(ref, scope, options.validFrom);
      if (found.length === 0) {
        const text = 'code' in ref ? ref.code : ref.name;
        check.warn(record, 'neededPowers', `关联权力“${text}”未找到，未建立关联`, `needed power ${text} not found; not linked`);
      }
      found.forEach((p) => powerIds.set(p.identityKey, p.id));
    }
    return [record, planRow(record, { whistledBy: [...whistledBy].sort(), lead: keys.lead, cooperating: keys.cooperating }, powerIds, options.validFrom)];
  });
  for (const { row, first } of duplicateRows(planned.map(([, row]) => row))) {
    const record = planned.find(([, r]) => r === row)?.[0];
    if (record) check.reject(record, undefined, `与第${first.sourceRow}行重复`, `duplicates row ${first.sourceRow}`);
  }
  if (check.settle(summary, options.skipInvalid)) return summary;

  const accepted = new Set(check.accepted());
  const rows = planned.filter(([record]) => accepted.has(record)).map(([, row]) => row);
  const used = new Set(rows.flatMap((r) => [...r.whistledBy, ...r.lead, ...r.cooperating]));
  await writeList(db, summary, {
    listType: 'WHISTLE',
    label: 'WhistleMatter',
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

/**
 * The division a whistle list belongs to when --division is not given: the one most of its lead
 * and cooperating departments sit in. 各街道 then means the streets of that city, not of every
 * city in the graph.
 */
function commonDivision(records: readonly WhistleRecord[], known: ReadonlyMap<string, KnownOrganization>): string | undefined {
  const counts = new Map<string, number>();
  for (const r of records) {
    for (const name of [...r.lead, ...r.cooperating]) {
      const code = known.get(normalizeName(name))?.divisionCode;
      if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

/** What each marker stands for: the graph's organizations of its types, plus the ones this file names that would be. */
async function markerMembers(
  db: Database,
  records: readonly WhistleRecord[],
  typeOf: (nameKey: string) => string | undefined,
  options: ListImportOptions,
): Promise<Map<WhistlerScope, string[]>> {
  const markers = new Set(records.flatMap((r) => r.whistlers.flatMap((w) => ('all' in w ? [w.all] : []))));
  const out = new Map<WhistlerScope, string[]>();
  if (markers.size === 0) return out;
  const rows = await db.read('import.organizations.ofTypes', OF_TYPES, {
    orgTypes: MARKER_TYPES.BOTH,
    asOf: options.validFrom,
    divisionCode: options.division ?? null,
  });
  const named = records.flatMap((r) => r.whistlers.flatMap((w) => ('name' in w ? [w.name] : [])));
  const members = [
    ...rows.map((r) => ({ key: String(r['nameKey']), orgType: String(r['orgType']) })),
    ...named.map((name) => ({ key: normalizeName(name), orgType: typeOf(normalizeName(name)) ?? '' })),
  ];
  for (const marker of markers) {
    out.set(marker, [...new Set(members.filter((m) => MARKER_TYPES[marker].includes(m.orgType)).map((m) => m.key))].sort());
  }
  return out;
}

function planRow(
  record: WhistleRecord,
  orgs: { whistledBy: string[]; lead: string[]; cooperating: string[] },
  powers: ReadonlyMap<string, string>,
  listFrom: string,
) {
  const content = {
    seqNo: record.seqNo ?? null,
    name: record.name,
    kind: record.kind ?? null,
    urgency: record.urgency ?? null,
    responseLimitMinutes: record.responseLimitMinutes ?? null,
    closeLimitDays: record.closeLimitDays ?? null,
    streetDuty: record.streetDuty ?? null,
    remarks: record.remarks ?? null,
    ...orgs,
    powerIdentities: [...powers.keys()].sort(),
    raw: Object.keys(record.raw).length > 0 ? JSON.stringify(record.raw) : null,
  };
  // As written (各街道 stays a marker), so a street added later changes the row, not its identity.
  const written = record.whistlers.map((w) => ('all' in w ? `*${w.all}` : normalizeName(w.name))).sort();
  const identityKey = ['WHISTLE', normalizeKey(record.name), written.join('、')].join('|');
  const contentHash = hashOf(content);
  return {
    ...content,
    powerIds: [...powers.values()].sort(),
    validFrom: listFrom,
    id: rowId('wm', identityKey, contentHash, listFrom),
    identityKey,
    contentHash,
    scopeKeys: orgs.whistledBy,
    sourceFile: basename(record.source.file),
    sourceSheet: record.source.sheet,
    sourceRow: record.source.row,
  };
}
