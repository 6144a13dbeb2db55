/**
 * TownshipDutyItem // 乡镇(街道)履行职责事项: basic, cooperative and recalled duties of a township.
 * IMPORT.md §4.
 */
import type { SheetRecords } from '../types';
import { enumTable, normalizeName, splitPowerRefs, type PowerRef } from './fields';
import { compact, runKind, type FieldSpec, type KindResult, type RecordSource, type RowReader } from './row-context';

export const DUTY_FIELDS = [
  { field: 'seqNo', header: '序号' },
  { field: 'listKind', header: '清单类型', required: true },
  { field: 'name', header: '事项名称', required: true },
  { field: 'township', header: '乡镇(街道)' },
  { field: 'counterparts', header: '对口部门' },
  { field: 'departmentDuty', header: '部门职责' },
  { field: 'townshipDuty', header: '乡镇(街道)职责' },
  { field: 'neededPowers', header: '关联权力' },
  { field: 'basis', header: '依据' },
  { field: 'remarks', header: '备注' },
] as const satisfies readonly FieldSpec[];

export type DutyListKind = 'BASIC' | 'COOPERATIVE' | 'RECALLED';
export type CounterpartRole = 'PRIMARY' | 'SECONDARY';

export const DUTY_LIST_KINDS = enumTable<DutyListKind>({
  BASIC: ['基本履职', '基本履职事项', '基本履职事项清单', '基本'],
  COOPERATIVE: ['配合履职', '配合履职事项', '配合履职事项清单', '配合'],
  RECALLED: ['上级部门收回', '上级部门收回事项', '上级部门收回事项清单', '收回'],
});

const LIST_KIND_LABELS: Readonly<Record<DutyListKind, string>> = {
  BASIC: '基本履职',
  COOPERATIVE: '配合履职',
  RECALLED: '上级部门收回',
};

export interface DutyRecord extends RecordSource {
  seqNo?: string;
  listKind: DutyListKind;
  name: string;
  /** One township per record: a cell listing several expands to several records. */
  township: string;
  /** 对口部门 in the order written: the first is PRIMARY, the rest SECONDARY. */
  counterparts: { name: string; role: CounterpartRole }[];
  departmentDuty?: string;
  townshipDuty?: string;
  neededPowers: PowerRef[];
  basis?: string;
  remarks?: string;
}

export interface DutyOptions {
  /** The township a file without a 乡镇(街道) column (or with an empty cell) is about. */
  township?: string;
}

function townships(row: RowReader, fallback: string | undefined): string[] {
  const listed = [...new Map(row.list('township').map((name) => [normalizeName(name), name])).values()];
  if (listed.length > 0) return listed;
  if (fallback !== undefined) return [fallback];
  const label = row.label('township');
  row.report('error', 'township', `${label}不能为空`, `township (${label}) is required`);
  return [];
}

function build(row: RowReader, options: DutyOptions): DutyRecord[] {
  const listKind = row.enumOf('listKind', DUTY_LIST_KINDS);
  if (listKind === undefined) row.required('listKind');
  const name = row.required('name');
  const places = townships(row, options.township?.trim() || undefined);
  if (listKind === undefined || name === undefined) return [];
  const departments = [...new Map(row.list('counterparts').map((dept) => [normalizeName(dept), dept])).values()];
  const counterparts = departments.map((dept, i) => ({
    name: dept,
    role: i === 0 ? ('PRIMARY' as const) : ('SECONDARY' as const),
  }));
  const fields = compact({
    seqNo: row.text('seqNo'),
    departmentDuty: row.text('departmentDuty'),
    townshipDuty: row.text('townshipDuty'),
    basis: row.text('basis'),
    remarks: row.text('remarks'),
  });
  return places.map((township) => ({
    ...row.source(),
    ...fields,
    listKind,
    name,
    township,
    counterparts,
    neededPowers: splitPowerRefs(row.text('neededPowers')),
  }));
}

export function toDutyRecords(sheets: SheetRecords[], options: DutyOptions = {}): KindResult<DutyRecord> {
  return runKind(sheets, {
    specs: DUTY_FIELDS,
    build: (row) => build(row, options),
    identity: (r) => ({
      key: `${r.listKind}|${normalizeName(r.township)}|${normalizeName(r.name)}`,
      text: `${r.township}“${r.name}”（${LIST_KIND_LABELS[r.listKind]}）`,
    }),
  });
}
