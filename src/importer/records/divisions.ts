/**
 * AdminDivision // 行政区划. IMPORT.md §6. A parent must be a division of the same import (any
 * sheet passed in) or empty; a record whose parent was rejected is rejected too, so that
 * --skip-invalid never writes a division under a parent that is not there.
 */
import type { ImportProblem, SheetRecords } from '../types';
import { enumTable, normalizeName, parseDivisionCode } from './fields';
import { cycleMembers, errorAt } from './post-checks';
import { runKind, type FieldSpec, type KindResult, type RecordSource, type RowReader } from './row-context';

export const DIVISION_FIELDS = [
  { field: 'code', header: '行政区划代码', required: true },
  { field: 'name', header: '名称', required: true },
  { field: 'level', header: '层级', required: true },
  { field: 'parentCode', header: '上级区划代码' },
] as const satisfies readonly FieldSpec[];

export type DivisionLevel = 'PROVINCE' | 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'STREET';

export const DIVISION_LEVELS = enumTable<DivisionLevel>({
  PROVINCE: ['省', '省级', '自治区', '直辖市', '省(自治区、直辖市)'],
  CITY: ['市', '市级', '地级市', '地级', '地区', '州', '自治州', '盟', '地州市', '地州市级'],
  COUNTY: ['县', '区', '县级', '县级市', '市辖区', '旗', '自治县', '县(市、区)', '县区'],
  TOWNSHIP: ['乡', '镇', '乡镇', '乡级', '镇级', '乡镇级', '民族乡', '苏木'],
  STREET: ['街道', '街道级', '街道办事处'],
});

export interface DivisionRecord extends RecordSource {
  code: string;
  name: string;
  level: DivisionLevel;
  /** 层级 as written. */
  rawLevel: string;
  parentCode?: string;
}

function build(row: RowReader): DivisionRecord[] {
  const code = row.parse('code', parseDivisionCode);
  if (code === undefined) row.required('code');
  const name = row.required('name');
  const rawLevel = row.required('level');
  const level = row.enumOf('level', DIVISION_LEVELS);
  const parentCode = row.parse('parentCode', parseDivisionCode);
  if (parentCode !== undefined && parentCode === code) {
    row.report(
      'error',
      'parentCode',
      `${row.label('parentCode')}不能是本区划`,
      `parentCode (${row.label('parentCode')}) is the division itself`,
    );
  }
  if (code === undefined || name === undefined || rawLevel === undefined || level === undefined) return [];
  return [{ ...row.source(), code, name, level, rawLevel, ...(parentCode === undefined ? {} : { parentCode }) }];
}

/** Codes written in any row, valid or not: a parent on a rejected row is reported as such. */
function writtenCodes(sheets: readonly SheetRecords[]): Set<string> {
  return new Set(
    sheets.flatMap((s) => s.records.map((r) => normalizeName(r.fields['code'] ?? ''))).filter((c) => c !== ''),
  );
}

function missingParent(code: string, written: ReadonlySet<string>, looping: ReadonlySet<string>): [string, string] {
  if (looping.has(code)) return [`上级区划“${code}”处于循环中`, `parent division ${code} is on a loop`];
  if (written.has(code)) return [`上级区划“${code}”所在行未通过校验`, `parent division ${code} was rejected`];
  return [`上级区划代码“${code}”不在本文件中`, `parent division ${code} is not in this file`];
}

function parentChecks(sheets: readonly SheetRecords[], records: DivisionRecord[]): KindResult<DivisionRecord> {
  const problems: ImportProblem[] = [];
  const written = writtenCodes(sheets);
  const looping = cycleMembers(new Map(records.map((r) => [r.code, r.parentCode])));
  let kept = records.filter((r) => {
    if (!looping.has(r.code)) return true;
    problems.push(
      errorAt(
        sheets,
        r,
        'parentCode',
        `行政区划“${r.code}”的上级区划形成循环`,
        `the parent chain of division ${r.code} loops`,
      ),
    );
    return false;
  });
  // Drop children of rejected parents until nothing changes (a chain can be several levels deep).
  for (let changed = true; changed;) {
    const valid = new Set(kept.map((r) => r.code));
    const next = kept.filter((r) => {
      if (r.parentCode === undefined || valid.has(r.parentCode)) return true;
      const [zh, en] = missingParent(r.parentCode, written, looping);
      problems.push(errorAt(sheets, r, 'parentCode', zh, en));
      return false;
    });
    changed = next.length < kept.length;
    kept = next;
  }
  return { records: kept, problems };
}

export function toDivisionRecords(sheets: SheetRecords[]): KindResult<DivisionRecord> {
  const rows = runKind(sheets, {
    specs: DIVISION_FIELDS,
    build,
    identity: (r) => ({ key: r.code, text: `行政区划代码“${r.code}”` }),
  });
  const checked = parentChecks(sheets, rows.records);
  return { records: checked.records, problems: [...rows.problems, ...checked.problems] };
}
