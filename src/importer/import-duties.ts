import { listKind } from '../domain/list-kinds';
import { normalizeKey } from '../domain/text';
import { DUTIES_SPEC } from './read/header-specs';
import { toDutyRecords, type DutyRecord } from './records/duties';
import { fieldsOf, listImporter, linkPowers, rawText, rowVersion, type ListImport } from './write/list-import';

const KIND = listKind('duties');

interface DutyNames {
  townshipKey: string;
  counterparts: { key: string; role: string }[];
}
type DutyRow = ReturnType<typeof planRow>;

/**
 * `quanze import duties <file>`: 乡镇(街道)履行职责事项清单. One TownshipDutyItem per duty and
 * township, OF_TOWNSHIP the township (--org for rows that name none), COUNTERPART {role} the
 * departments (the first listed PRIMARY), both created by reference when absent. 关联权力 is
 * optional: a needed power is looked up by code anywhere or by name among the counterparts'
 * powers; one not found is a warning. Scope of versioning: the township.
 */
export const DUTIES_IMPORT: ListImport<DutyRecord, DutyNames, undefined, DutyRow> = {
  kind: KIND,
  spec: DUTIES_SPEC,
  records: (sheets, options) => toDutyRecords(sheets, options.org ? { township: options.org } : {}),
  names: (r, refs) => ({
    townshipKey: refs.add(r.township, r.source),
    counterparts: r.counterparts.map((c) => ({ key: refs.add(c.name, r.source), role: c.role })),
  }),
  powerCodes: (record) => record.neededPowers.flatMap((p) => ('code' in p ? [p.code] : [])),
  plan(record, names, planning) {
    const owners = names.counterparts.map((c) => c.key);
    const powers = linkPowers(planning, record, 'neededPowers', record.neededPowers, owners, 'warning');
    return planRow(record, names, powers, planning.options.validFrom);
  },
  organizations: (row) => [row.townshipKey, ...row.counterparts.map((c) => c.key)],
};

export const importDuties = listImporter(DUTIES_IMPORT).run;

function planRow(record: DutyRecord, orgs: DutyNames, powers: ReadonlyMap<string, string>, listFrom: string) {
  const content = {
    ...fieldsOf(record, ['seqNo', 'listKind', 'name', 'townshipDuty', 'departmentDuty', 'basis', 'remarks']),
    ...orgs,
    powerIdentities: [...powers.keys()].sort(),
    raw: rawText(record),
  };
  return rowVersion(KIND, record, listFrom, {
    content,
    identity: [record.listKind, orgs.townshipKey, normalizeKey(record.name)],
    scopeKeys: [orgs.townshipKey],
    links: { powerIds: [...powers.values()].sort() },
  });
}
