import { mapCategory } from '../domain/categories';
import { listKind } from '../domain/list-kinds';
import { normalizeName } from '../domain/text';
import { ENFORCEMENT_SPEC } from './read/header-specs';
import { toEnforcementRecords, type EnforcementRecord } from './records/enforcement';
import type { PowerRef } from './records/fields';
import { fieldsOf, listImporter, rawText, rowVersion, type ListImport } from './write/list-import';
import type { PowerIndex, PowerVersion } from './write/power-refs';

const KIND = listKind('enforcement');

type EnforcementRow = ReturnType<typeof planRow>;

/**
 * `quanze import enforcement <file>`: 乡镇(街道)综合行政执法事项清单. One EnforcementItem per
 * hand-over of one power to one township, HANDS_OVER the power named by 原权力编码 (the version
 * valid at the item's 生效日期, else the open one) or, failing that, by 原实施部门 + 事项名称. A
 * hand-over naming an unknown power or an unknown 原实施部门 is rejected; a receiving township the
 * graph lacks is created by reference. Scope of versioning: the receiving township.
 */
export const ENFORCEMENT_IMPORT: ListImport<
  EnforcementRecord,
  { fromKey: string; toKey: string },
  undefined,
  EnforcementRow
> = {
  kind: KIND,
  spec: ENFORCEMENT_SPEC,
  records: (sheets) => toEnforcementRecords(sheets),
  names: (record, refs) => ({
    fromKey: normalizeName(record.fromOrg),
    toKey: refs.add(record.toTownship, record.source),
  }),
  powerCodes: (record) => (record.originalCode === undefined ? [] : [record.originalCode]),
  // 原实施部门 is looked up, never created: a hand-over from an unknown department is rejected.
  powerOwners: (_record, names) => [names.fromKey],
  plan(record, { fromKey, toKey }, { known, powers, check, options }) {
    if (!known.has(fromKey)) {
      check.reject(
        record,
        'fromOrg',
        `原实施部门“${record.fromOrg}”不存在（请先导入机构）`,
        `unknown organization ${record.fromOrg} (原实施部门); import organizations first`,
      );
      return undefined;
    }
    const power = handedOverPower(powers, record, fromKey, options.validFrom);
    if (power === undefined) {
      const what =
        record.originalCode === undefined ? `“${record.name}”` : `编码“${record.originalCode}”或名称“${record.name}”`;
      check.reject(
        record,
        record.originalCode === undefined ? 'name' : 'originalCode',
        `找不到${record.fromOrg}的权力事项${what}`,
        `no power ${record.originalCode ?? record.name} of ${record.fromOrg} in the graph`,
      );
      return undefined;
    }
    return planRow(record, power, fromKey, toKey, options.validFrom);
  },
  duplicate: (first) => [
    `与第${first}行移交同一权力给同一乡镇(街道)`,
    `hands over the same power to the same township as row ${first}`,
  ],
  organizations: (row) => [row.toKey],
};

export const importEnforcement = listImporter(ENFORCEMENT_IMPORT).run;

/** By code first; a code the graph does not know falls back to the name within 原实施部门. */
function handedOverPower(index: PowerIndex, record: EnforcementRecord, fromKey: string, listFrom: string): PowerVersion | undefined {
  const date = record.validFrom ?? listFrom;
  const category = record.category === undefined ? undefined : mapCategory(record.category)?.category;
  const refs: PowerRef[] = [
    ...(record.originalCode === undefined ? [] : [{ code: record.originalCode }]),
    { name: record.name },
  ];
  for (const ref of refs) {
    const found = index.resolve(ref, [fromKey], date, category);
    if (found.length > 0) return found[0];
  }
  return undefined;
}

function planRow(record: EnforcementRecord, power: PowerVersion, fromKey: string, toKey: string, listFrom: string) {
  const content = {
    ...fieldsOf(record, ['seqNo', 'name', 'originalCode']),
    rawCategory: record.category ?? null,
    ...fieldsOf(record, ['rawMode', 'mode', 'actsInNameOf', 'decisionDocNo', 'published', 'validFrom', 'validTo']),
    ...fieldsOf(record, ['evaluationDue', 'status', 'remarks']),
    powerIdentity: power.identityKey,
    fromKey,
    toKey,
    raw: rawText(record),
  };
  // The power's identity, not the version: a hand-over survives a re-publication of the power list.
  return rowVersion(KIND, record, listFrom, {
    content,
    identity: [power.identityKey, toKey, record.validFrom ?? ''],
    scopeKeys: [toKey],
    links: { powerId: power.id },
    // Items without a 生效日期 start with the list.
    validFrom: record.validFrom,
  });
}
