/**
 * EnforcementItem // 乡镇(街道)综合行政执法事项: the hand-over of one power to one township.
 * IMPORT.md §2. The power is kept as written (code and/or department + name); it is resolved
 * against the graph when writing.
 */
import type { SheetRecords } from '../types';
import { enumTable, normalizeName } from './fields';
import { compact, runKind, type FieldSpec, type KindResult, type RecordSource, type RowReader } from './row-context';

export const ENFORCEMENT_FIELDS = [
  { field: 'seqNo', header: '序号' },
  { field: 'name', header: '事项名称', required: true },
  { field: 'originalCode', header: '原权力编码' },
  { field: 'category', header: '职权类型' },
  { field: 'fromOrg', header: '原实施部门', required: true },
  { field: 'toTownships', header: '承接乡镇(街道)', required: true },
  { field: 'mode', header: '赋权方式', required: true },
  { field: 'actingName', header: '实施名义' },
  { field: 'decisionDocNo', header: '决定文号' },
  { field: 'published', header: '是否公布' },
  { field: 'validFrom', header: '生效日期' },
  { field: 'validTo', header: '失效日期' },
  { field: 'evaluationDue', header: '评估日期' },
  { field: 'status', header: '状态' },
  { field: 'remarks', header: '备注' },
] as const satisfies readonly FieldSpec[];

export type HandOverMode = 'GRANT' | 'ENTRUST' | 'AUTHORIZE' | 'SECONDMENT' | 'JOINT' | 'CONCENTRATED';
export type ActingName = 'SELF' | 'DELEGATOR';
export type EnforcementStatus = 'ACTIVE' | 'RECALLED';

export const HAND_OVER_MODES = enumTable<HandOverMode>({
  GRANT: ['赋权', '交由行使'],
  ENTRUST: ['委托'],
  AUTHORIZE: ['授权'],
  SECONDMENT: ['派驻'],
  JOINT: ['联合执法'],
  CONCENTRATED: ['相对集中', '相对集中行政处罚权', '相对集中行政许可权'],
});

export const ACTING_NAMES = enumTable<ActingName>({
  SELF: ['本机关', '以本机关名义', '乡镇(街道)', '以乡镇(街道)名义'],
  DELEGATOR: ['原实施部门', '以原实施部门名义', '委托机关', '以委托机关名义'],
});

export const ENFORCEMENT_STATUSES = enumTable<EnforcementStatus>({
  ACTIVE: ['有效', '生效', '正常'],
  RECALLED: ['已收回', '收回', '已撤回'],
});

export interface EnforcementRecord extends RecordSource {
  seqNo?: string;
  /** 事项名称 as written. */
  name: string;
  /** 原权力编码, upper-cased, whitespace removed. */
  originalCode?: string;
  /** 职权类型 as written; mapped to a PowerCategory with the power, not here. */
  category?: string;
  /** 原实施部门: the department handing the power over. */
  fromOrg: string;
  /** One township per record: 承接乡镇(街道) cells listing several expand to several records. */
  toTownship: string;
  mode: HandOverMode;
  /** 赋权方式 as written (赋权 and 交由行使 are both GRANT). */
  rawMode: string;
  actsInNameOf: ActingName;
  /** True when 实施名义 was empty and actsInNameOf is the default for the mode. */
  actsInNameOfDefaulted: boolean;
  decisionDocNo?: string;
  published: boolean;
  validFrom?: string;
  validTo?: string;
  evaluationDue?: string;
  status: EnforcementStatus;
  remarks?: string;
}

/** Entrusted powers are exercised in the delegator's name (行政处罚法 §20); the others in the township's. */
export function defaultActingName(mode: HandOverMode): ActingName {
  return mode === 'ENTRUST' ? 'DELEGATOR' : 'SELF';
}

function townships(row: RowReader): string[] {
  const all = row.list('toTownships');
  const unique = [...new Map(all.map((name) => [normalizeName(name), name])).values()];
  if (unique.length < all.length) {
    const label = row.label('toTownships');
    row.report(
      'warning',
      'toTownships',
      `${label}中有重复的乡镇(街道)，已合并`,
      `toTownships (${label}) lists a township twice; merged`,
    );
  }
  if (unique.length === 0 && row.text('toTownships') === undefined) row.required('toTownships');
  return unique;
}

function build(row: RowReader): EnforcementRecord[] {
  const name = row.required('name');
  const fromOrg = row.required('fromOrg');
  const rawMode = row.required('mode');
  const mode = row.enumOf('mode', HAND_OVER_MODES);
  const acting = row.enumOf('actingName', ACTING_NAMES);
  const publishedCell = row.bool('published');
  const validFrom = row.date('validFrom');
  const validTo = row.date('validTo');
  const evaluationDue = row.date('evaluationDue');
  const status = row.enumOf('status', ENFORCEMENT_STATUSES) ?? 'ACTIVE';
  const to = townships(row);

  if (validFrom !== undefined && validTo !== undefined && validTo < validFrom) {
    row.report(
      'error',
      'validTo',
      `${row.label('validTo')}（${validTo}）早于${row.label('validFrom')}（${validFrom}）`,
      `validTo ${validTo} is before validFrom ${validFrom}`,
    );
  }
  if (status === 'RECALLED' && validTo === undefined && row.text('validTo') === undefined) {
    row.report(
      'error',
      'validTo',
      `状态为“已收回”，但${row.label('validTo')}为空`,
      `status is RECALLED (已收回) but validTo (${row.label('validTo')}) is empty`,
    );
  }
  if (mode !== undefined && acting === undefined && row.text('actingName') === undefined) {
    const value = defaultActingName(mode) === 'SELF' ? '本机关' : '原实施部门';
    row.report(
      'warning',
      'actingName',
      `${row.label('actingName')}为空，按赋权方式默认为“${value}”`,
      `actingName (${row.label('actingName')}) is empty; defaulted to ${defaultActingName(mode)} for mode ${mode}`,
    );
  }
  if (publishedCell === undefined && row.text('published') === undefined) {
    row.report(
      'warning',
      'published',
      `${row.label('published')}为空，按未公布处理`,
      `published (${row.label('published')}) is empty; treated as not published`,
    );
  }
  if (name === undefined || fromOrg === undefined || rawMode === undefined || mode === undefined) return [];

  const code = row.text('originalCode');
  const optional = compact({
    seqNo: row.text('seqNo'),
    originalCode: code === undefined ? undefined : normalizeName(code).toUpperCase(),
    category: row.text('category'),
    decisionDocNo: row.text('decisionDocNo'),
    validFrom,
    validTo,
    evaluationDue,
    remarks: row.text('remarks'),
  });
  return to.map((toTownship) => ({
    ...row.source(),
    ...optional,
    name,
    fromOrg,
    toTownship,
    mode,
    rawMode,
    actsInNameOf: acting ?? defaultActingName(mode),
    actsInNameOfDefaulted: acting === undefined,
    published: publishedCell ?? false,
    status,
  }));
}

/** The power handed over, as a matching key: the code when given, else department + name. */
export function enforcementPowerKey(record: Pick<EnforcementRecord, 'originalCode' | 'fromOrg' | 'name'>): string {
  return record.originalCode ?? `${normalizeName(record.fromOrg)}|${normalizeName(record.name)}`;
}

export function toEnforcementRecords(sheets: SheetRecords[]): KindResult<EnforcementRecord> {
  return runKind(sheets, {
    specs: ENFORCEMENT_FIELDS,
    build,
    identity: (r) => ({
      key: `${enforcementPowerKey(r)}|${normalizeName(r.toTownship)}|${r.validFrom ?? ''}`,
      text: `${r.originalCode ?? `${r.fromOrg}“${r.name}”`} → ${r.toTownship}${r.validFrom === undefined ? '' : `（${r.validFrom}）`}`,
    }),
  });
}
