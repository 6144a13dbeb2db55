import { listKind } from '../domain/list-kinds';
import { normalizeKey } from '../domain/text';
import { LENIENT_SPEC } from './read/header-specs';
import { toLenientRecords, type LenientRecord } from './records/lenient';
import { fieldsOf, listImporter, linkPowers, rawText, rowVersion, type ListImport } from './write/list-import';

const KIND = listKind('lenient');

type LenientRow = ReturnType<typeof planRow>;

/**
 * `quanze import lenient <file>`: 包容审慎监管"四张清单". One LenientItem per row, IMPLEMENTED_BY
 * its 实施部门 (--org for rows that name none; created by reference when absent), APPLIES_TO the
 * powers of 关联权力: by code anywhere (preferring the department's), by name among the
 * department's powers. A power not found is an error (a lenient item for no power means nothing).
 * Scope of versioning: the 实施部门.
 */
export const LENIENT_IMPORT: ListImport<LenientRecord, string, undefined, LenientRow> = {
  kind: KIND,
  spec: LENIENT_SPEC,
  records: (sheets) => toLenientRecords(sheets),
  names(record, refs, check, options) {
    const department = record.department ?? options.org;
    if (department !== undefined) return refs.add(department, record.source);
    check.reject(record, 'department', '实施部门为空，也未用 --org 指定', 'no 实施部门 and no --org given');
    return undefined;
  },
  powerCodes: (record) => record.relatedPowers.flatMap((p) => ('code' in p ? [p.code] : [])),
  plan(record, departmentKey, planning) {
    const powers = linkPowers(planning, record, 'relatedPowers', record.relatedPowers, [departmentKey], 'error');
    return planRow(record, departmentKey, powers, planning.options.validFrom);
  },
  organizations: (row) => [row.implementedByKey],
};

export const importLenient = listImporter(LENIENT_IMPORT).run;

function planRow(record: LenientRecord, implementedByKey: string, powers: ReadonlyMap<string, string>, listFrom: string) {
  const content = {
    ...fieldsOf(record, ['seqNo', 'kind', 'violation', 'conditions', 'violationBasis', 'penaltyBasis', 'lenientBasis', 'remarks']),
    implementedByKey,
    powerIdentities: [...powers.keys()].sort(),
    raw: rawText(record),
  };
  return rowVersion(KIND, record, listFrom, {
    content,
    identity: [record.kind, implementedByKey, normalizeKey(record.violation)],
    scopeKeys: [implementedByKey],
    links: { powerIds: [...powers.values()].sort() },
  });
}
