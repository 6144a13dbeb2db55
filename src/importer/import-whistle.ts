import { cypher } from '../db/cypher-registry';
import type { Database } from '../db/database';
import { listKind } from '../domain/list-kinds';
import { normalizeKey, normalizeName } from '../domain/text';
import { WHISTLE_SPEC } from './read/header-specs';
import { toWhistleRecords, type WhistleRecord, type WhistlerScope } from './records/whistle';
import { fieldsOf, listImporter, linkPowers, rawText, rowVersion, type ListImport } from './write/list-import';
import type { ListImportOptions } from './write/list-options';
import type { KnownOrganization } from './write/referenced-organizations';

const OF_TYPES = cypher('import/organizations-of-types');
const KIND = listKind('whistle');

const MARKER_TYPES: Readonly<Record<WhistlerScope, readonly string[]>> = {
  STREET: ['STREET_OFFICE'],
  TOWNSHIP: ['TOWNSHIP_GOV'],
  BOTH: ['STREET_OFFICE', 'TOWNSHIP_GOV'],
};
const MARKER_LABELS: Readonly<Record<WhistlerScope, string>> = {
  STREET: '各街道',
  TOWNSHIP: '各乡镇',
  BOTH: '各乡镇(街道)',
};

interface WhistleNames {
  named: string[];
  lead: string[];
  cooperating: string[];
}
type WhistleOrganizations = Omit<WhistleNames, 'named'> & { whistledBy: string[] };
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
export const WHISTLE_IMPORT: ListImport<WhistleRecord, WhistleNames, Map<WhistlerScope, string[]>, WhistleRow> = {
  kind: KIND,
  spec: WHISTLE_SPEC,
  records: (sheets) => toWhistleRecords(sheets),
  names: (r, refs) => ({
    named: r.whistlers.flatMap((w) => ('name' in w ? [refs.add(w.name, r.source)] : [])),
    lead: r.lead.map((name) => refs.add(name, r.source)),
    cooperating: r.cooperating.map((name) => refs.add(name, r.source)),
  }),
  powerCodes: (record) => record.neededPowers.flatMap((p) => ('code' in p ? [p.code] : [])),
  prepare(db, records, known, refs, options) {
    const division = options.division ?? commonDivision(records, known);
    return markerMembers(db, records, (key) => known.get(key)?.orgType ?? refs.typeOf(key), {
      ...options,
      ...(division ? { division } : {}),
    });
  },
  plan(record, names, planning) {
    const whistledBy = new Set(names.named);
    for (const w of record.whistlers) {
      if (!('all' in w)) continue;
      const members = planning.prepared.get(w.all) ?? [];
      if (members.length === 0) {
        planning.check.warn(
          record,
          'whistlers',
          `“${MARKER_LABELS[w.all]}”在图中没有对应的机构`,
          `${MARKER_LABELS[w.all]} stands for no organization in the graph`,
        );
      }
      members.forEach((k) => whistledBy.add(k));
    }
    const powers = linkPowers(
      planning,
      record,
      'neededPowers',
      record.neededPowers,
      [...names.lead, ...names.cooperating],
      'warning',
    );
    const orgs = { whistledBy: [...whistledBy].sort(), lead: names.lead, cooperating: names.cooperating };
    return planRow(record, orgs, powers, planning.options.validFrom);
  },
  organizations: (row) => [...row.whistledBy, ...row.lead, ...row.cooperating],
};

export const importWhistle = listImporter(WHISTLE_IMPORT).run;

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
    out.set(
      marker,
      [...new Set(members.filter((m) => MARKER_TYPES[marker].includes(m.orgType)).map((m) => m.key))].sort(),
    );
  }
  return out;
}

function planRow(record: WhistleRecord, orgs: WhistleOrganizations, powers: ReadonlyMap<string, string>, listFrom: string) {
  const content = {
    ...fieldsOf(record, ['seqNo', 'name', 'kind', 'urgency', 'responseLimitMinutes', 'closeLimitDays', 'streetDuty', 'remarks']),
    ...orgs,
    powerIdentities: [...powers.keys()].sort(),
    raw: rawText(record),
  };
  // As written (各街道 stays a marker), so a street added later changes the row, not its identity.
  const written = record.whistlers.map((w) => ('all' in w ? `*${w.all}` : normalizeName(w.name))).sort();
  return rowVersion(KIND, record, listFrom, {
    content,
    identity: [normalizeKey(record.name), written.join('、')],
    scopeKeys: orgs.whistledBy,
    links: { powerIds: [...powers.values()].sort() },
  });
}
