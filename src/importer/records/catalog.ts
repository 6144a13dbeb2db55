/**
 * Guiding catalog records (指导目录, issue 17 §1): a catalog is laid out as a power list (序号,
 * 事项名称, 子项名称, 权力类型, 实施依据, 行使主体, 承办机构, 实施层级及权限, ...), one sheet per
 * level (地州级, 区县级), so its sheets are read as power-list sheets. An item's level is its
 * sheet's (the 区县级 sheet is what a county's list must hold, even where an item's 实施层级及权限
 * says 地州市级 with the county's part 上报核准申请: a warning, the text kept); a sheet whose name
 * names no level takes each item's 实施层级及权限. 行使主体 is a template
 * ("克拉玛依市自然资源局各区自然资源分局"), kept as text: no organization is created from it.
 */
import { catalogLevelOf, CATALOG_LEVEL_LABELS, type CatalogLevel } from '../../domain/catalog';
import { problem } from '../read/problems';
import type { ImportProblem, SheetRecords } from '../types';
import { toPowerRecords, type PowerRecord } from './powers';
import type { KindResult, RecordSource } from './row-context';

/** A power record's item fields (its code, when present, kept as written: issue 17 §2 parses codes). */
type ItemFields = Pick<
  PowerRecord,
  'ref' | 'parentRef' | 'seqNo' | 'name' | 'subName' | 'code' | 'category' | 'rawCategory' | 'basis' | 'undertakenBy'
>;

export interface CatalogRecord extends RecordSource, ItemFields {
  /** The levels the catalog gives the item, e.g. ['CITY'] or ['CITY', 'COUNTY']. */
  levels: CatalogLevel[];
  /** 实施层级及权限 as written (or the sheet's name when the column is empty). */
  levelText: string;
  /** 行使主体 as written, when the catalog gives one. */
  exercisedBy?: string;
}

const NO_BODY = '（指导目录未写行使主体）';

/** Every sheet's items; a sheet whose items have no level of their own and whose name names none is an error. */
export function toCatalogRecords(sheets: SheetRecords[]): KindResult<CatalogRecord> {
  const records: CatalogRecord[] = [];
  const problems: ImportProblem[] = [];
  for (const sheet of sheets) {
    // 行使主体 is optional in a catalog (a template at most): the placeholder stands in for it and is not kept.
    const built = toPowerRecords([sheet], { org: NO_BODY });
    problems.push(...built.problems);
    const sheetLevel = catalogLevelOf(sheet.sheet);
    for (const r of built.records) {
      const written = [...new Set(r.levels.map((l) => catalogLevelOf(l.level)).filter((l) => l !== undefined))];
      const levels = sheetLevel ? [sheetLevel] : written;
      const source = { file: r.location.file, sheet: r.location.sheet, row: r.location.row };
      if (levels.length === 0) {
        problems.push(
          problem(
            { ...source, ...(sheet.columns['level'] ? { column: sheet.columns['level'] } : {}) },
            'error',
            `事项“${r.name}”的实施层级无法确定：实施层级及权限为空，工作表名“${sheet.sheet}”也未指明层级`,
            `the level of "${r.name}" is unknown: 实施层级及权限 is empty and the sheet name "${sheet.sheet}" names no level`,
          ),
        );
        continue;
      }
      const other = written.filter((l) => !levels.includes(l));
      if (other.length > 0) {
        problems.push(
          problem(
            { ...source, column: sheet.columns['level'] ?? '实施层级及权限' },
            'warning',
            `“${sheet.sheet}”工作表的事项“${r.name}”写明实施层级为${other.map((l) => CATALOG_LEVEL_LABELS[l]).join('、')}：仍按工作表记为${CATALOG_LEVEL_LABELS[levels[0]!]}事项，原文保留`,
            `"${r.name}" on the sheet "${sheet.sheet}" names the level ${other.join(', ')}: recorded as an item of the sheet's level ${levels[0]!}, the text kept`,
          ),
        );
      }
      records.push({
        source,
        rows: r.rows,
        raw: r.raw,
        ref: r.ref,
        ...(r.parentRef ? { parentRef: r.parentRef } : {}),
        ...(r.seqNo ? { seqNo: r.seqNo } : {}),
        name: r.name,
        ...(r.subName ? { subName: r.subName } : {}),
        ...(r.code ? { code: r.code } : {}),
        category: r.category,
        rawCategory: r.rawCategory,
        ...(r.basis ? { basis: r.basis } : {}),
        levels,
        levelText:
          r.levels
            .map((l) => [l.level, l.scope].filter((t) => t !== undefined && t !== '').join('：'))
            .filter((t) => t !== '')
            .join('；') || sheet.sheet,
        ...(r.exercisedByFrom !== 'option' ? { exercisedBy: r.exercisedBy } : {}),
        ...(r.undertakenBy ? { undertakenBy: r.undertakenBy } : {}),
      });
    }
  }
  return { records, problems };
}
