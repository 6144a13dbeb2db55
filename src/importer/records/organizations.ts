/**
 * Organization // 机构: departments, township governments, street offices and other bodies.
 * IMPORT.md §6. Parents and successors stay names; organizations named but not listed are
 * created when writing, so a parent outside the file is not an error here.
 */
import type { ImportProblem, SheetRecords } from '../types';
import { enumTable, normalizeName, parseDivisionCode } from './fields';
import { cycleMembers, errorAt } from './post-checks';
import { compact, runKind, type FieldSpec, type KindResult, type RecordSource, type RowReader } from './row-context';
import { parseUscc } from './uscc';

export const ORGANIZATION_FIELDS = [
  { field: 'name', header: '名称', required: true },
  { field: 'orgType', header: '类型', required: true },
  { field: 'level', header: '层级' },
  { field: 'parent', header: '上级机构' },
  { field: 'divisionCode', header: '行政区划代码' },
  { field: 'uscc', header: '统一社会信用代码' },
  { field: 'validFrom', header: '成立日期' },
  { field: 'validTo', header: '撤销日期' },
  { field: 'successor', header: '继任机构' },
  { field: 'remarks', header: '备注' },
] as const satisfies readonly FieldSpec[];

export type OrgType =
  | 'GOV_DEPT'
  | 'TOWNSHIP_GOV'
  | 'STREET_OFFICE'
  | 'AUTHORIZED_ORG'
  | 'PUBLIC_INSTITUTION'
  | 'VERTICAL_AGENCY'
  | 'INTERNAL_UNIT'
  | 'ENFORCEMENT_TEAM';

export const ORG_TYPES = enumTable<OrgType>({
  GOV_DEPT: ['政府部门', '政府工作部门', '政府组成部门', '政府直属机构', '部门'],
  TOWNSHIP_GOV: ['乡镇人民政府', '乡镇政府', '乡人民政府', '镇人民政府', '乡政府', '镇政府', '民族乡人民政府'],
  STREET_OFFICE: ['街道办事处', '街道办', '街道'],
  AUTHORIZED_ORG: ['法律法规授权组织', '法律法规授权的组织', '授权组织'],
  PUBLIC_INSTITUTION: ['事业单位'],
  VERTICAL_AGENCY: ['垂直管理机构', '垂直管理部门', '垂管部门', '垂直机构'],
  INTERNAL_UNIT: ['内设机构', '内设科室', '科室'],
  ENFORCEMENT_TEAM: ['综合行政执法队', '综合行政执法大队', '综合执法队', '行政执法队', '执法队'],
});

export interface OrganizationRecord extends RecordSource {
  /** Display name as written, trimmed. */
  name: string;
  /** Matching key: see normalizeName. */
  nameKey: string;
  orgType: OrgType;
  /** 类型 as written. */
  rawOrgType: string;
  /** 层级 as written (省级, 市级, 县级...). */
  level?: string;
  parent?: string;
  divisionCode?: string;
  uscc?: string;
  validFrom?: string;
  validTo?: string;
  successor?: string;
  remarks?: string;
}

function build(row: RowReader): OrganizationRecord[] {
  const name = row.required('name');
  const rawOrgType = row.required('orgType');
  const orgType = row.enumOf('orgType', ORG_TYPES);
  const validFrom = row.date('validFrom');
  const validTo = row.date('validTo');
  const parent = row.text('parent');
  const successor = row.text('successor');
  const nameKey = name === undefined ? undefined : normalizeName(name);
  const divisionCode = row.parse('divisionCode', parseDivisionCode);
  const uscc = row.parse('uscc', parseUscc);

  if (validFrom !== undefined && validTo !== undefined && validTo <= validFrom) {
    row.report(
      'error',
      'validTo',
      `${row.label('validTo')}（${validTo}）应晚于${row.label('validFrom')}（${validFrom}）`,
      `validTo ${validTo} must be after validFrom ${validFrom}`,
    );
  }
  if (parent !== undefined && normalizeName(parent) === nameKey) {
    row.report(
      'error',
      'parent',
      `${row.label('parent')}不能是本机构`,
      `parent (${row.label('parent')}) is the organization itself`,
    );
  }
  if (successor !== undefined && normalizeName(successor) === nameKey) {
    row.report(
      'error',
      'successor',
      `${row.label('successor')}不能是本机构`,
      `successor (${row.label('successor')}) is the organization itself`,
    );
  }
  if (successor !== undefined && row.text('validTo') === undefined) {
    row.report(
      'warning',
      'successor',
      `填写了${row.label('successor')}，但${row.label('validTo')}为空`,
      `successor given but validTo (${row.label('validTo')}) is empty`,
    );
  }
  if (name === undefined || nameKey === undefined || rawOrgType === undefined || orgType === undefined) return [];
  return [
    {
      ...row.source(),
      ...compact({
        level: row.text('level'),
        parent,
        divisionCode,
        uscc,
        validFrom,
        validTo,
        successor,
        remarks: row.text('remarks'),
      }),
      name,
      nameKey,
      orgType,
      rawOrgType,
    },
  ];
}

/** Same USCC on two organizations of a file; parent chains that loop. */
function crossChecks(sheets: readonly SheetRecords[], records: OrganizationRecord[]): KindResult<OrganizationRecord> {
  const problems: ImportProblem[] = [];
  const byUscc = new Map<string, OrganizationRecord>();
  const rejected = new Set<OrganizationRecord>();
  for (const r of records) {
    if (r.uscc === undefined) continue;
    const key = `${r.source.file}\u0000${r.uscc}`;
    const first = byUscc.get(key);
    if (first === undefined) byUscc.set(key, r);
    else {
      rejected.add(r);
      problems.push(
        errorAt(
          sheets,
          r,
          'uscc',
          `统一社会信用代码“${r.uscc}”与第${first.source.row}行“${first.name}”重复`,
          `uscc ${r.uscc} is also used by row ${first.source.row} (${first.name})`,
        ),
      );
    }
  }
  // Names that occur once per file only: a repeated name (two divisions) cannot say which is meant.
  const parentOf = new Map<string, string | undefined>();
  const counts = new Map<string, number>();
  records.forEach((r) => counts.set(r.nameKey, (counts.get(r.nameKey) ?? 0) + 1));
  records
    .filter((r) => counts.get(r.nameKey) === 1)
    .forEach((r) => parentOf.set(r.nameKey, r.parent === undefined ? undefined : normalizeName(r.parent)));
  const looping = cycleMembers(parentOf);
  for (const r of records) {
    if (!looping.has(r.nameKey)) continue;
    rejected.add(r);
    problems.push(errorAt(sheets, r, 'parent', `${r.name}的上级机构形成循环`, `the parent chain of ${r.name} loops`));
  }
  return { records: records.filter((r) => !rejected.has(r)), problems };
}

export function toOrganizationRecords(sheets: SheetRecords[]): KindResult<OrganizationRecord> {
  const rows = runKind(sheets, {
    specs: ORGANIZATION_FIELDS,
    build,
    identity: (r) => ({ key: `${r.nameKey}|${r.divisionCode ?? ''}`, text: `“${r.name}”` }),
  });
  const checked = crossChecks(sheets, rows.records);
  return { records: checked.records, problems: [...rows.problems, ...checked.problems] };
}
