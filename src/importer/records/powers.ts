/**
 * Power-list records (权责清单) from read sheets: pure, validated, located.
 *
 * What counts as one power: one item of the list — one 序号 (or, where 序号 is missing, one
 * 事项名称 that does not repeat the item above). Continuation rows never make a new power.
 * Sub-items (子项): when an item lists two or more sub-items, the item is a parent record
 * (`subItemCount` > 0, no texts of its own: its duties and bases live on the sub-items) and each
 * sub-item is a record with `parentRef` pointing at it (Power -[:SUB_ITEM_OF]-> Power). An item
 * with a single sub-item name is one record carrying `subName`.
 * Exercising levels: some lists repeat an item for other levels (自治区级, 县市区级) on
 * continuation rows. The record is the item at the list's own level (the level most items of the
 * file carry); every level line is kept in `levels`.
 */
import { categoryFromSheetName, mapCategory, type PowerCategory } from '../../domain/categories';
import { parseItemCode, type ItemCode } from '../../domain/item-codes';
import { POWER_ROW_PROBLEMS } from '../../domain/power-row-problems';
import { problem } from '../read/problems';
import { compactText, isNoneValue, normalizeName, splitNumberedItems, valueOrNone } from '../../domain/text';
import type { ImportProblem, SheetRecords, SourceLine, SourceLocation, SourceRecord } from '../types';

export interface ResponsibilityItem {
  /** 受理, 审查, 决定, 送达, 事后监管, 立案, 调查取证, ... when the text names it ("1.受理责任：..."). */
  stage?: string;
  /** The heading it stands under: 直接实施, 指导监督. */
  group?: string;
  text: string;
}

/** One exercising line of an item: who exercises it at which level. */
export interface PowerLevelLine {
  rows: number[];
  level?: string;
  scope?: string;
  exercisedBy?: string;
  undertakenBy?: string;
  /** The line the record's own fields come from. */
  primary: boolean;
  fields: Partial<Record<string, string>>;
}

export interface PowerRecord {
  /** Unique within the file: "sheet!row" for items, "sheet!row/n" for the n-th sub-item. */
  ref: string;
  /** The item this sub-item belongs to (SUB_ITEM_OF). */
  parentRef?: string;
  subItemCount: number;
  seqNo?: string;
  name: string;
  subName?: string;
  code?: string;
  /** The code's parts, when a known layout fits it (domain/item-codes.ts). */
  itemCode?: ItemCode;
  category: PowerCategory;
  /** The category text as published; the sheet name when the cell was empty. */
  rawCategory: string;
  categoryFrom: 'column' | 'sheetName' | 'parent';
  basis?: string;
  exercisedBy: string;
  exercisedByFrom: 'column' | 'responsibleBody' | 'option';
  undertakenBy?: string;
  level?: string;
  scope?: string;
  departmentDuty?: string;
  responsibilitiesText?: string;
  responsibilities: ResponsibilityItem[];
  responsibilityBasis?: string;
  accountabilityScope?: string;
  accountabilityText?: string;
  /** 追责情形 split into cases, without the lead-in sentence. */
  accountability: string[];
  remarks?: string;
  division?: string;
  levels: PowerLevelLine[];
  location: SourceLocation;
  rows: number[];
  raw: Record<string, string>;
}

type Fields = Partial<Record<string, string>>;

/** Fields a sub-item or level line takes from the item's first row when its own cell is empty. */
const INHERITED = [
  'category',
  'basis',
  'exercisedBy',
  'responsibleBody',
  'undertakenBy',
  'level',
  'scope',
  'departmentDuty',
  'responsibilities',
  'responsibilityBasis',
  'accountabilityScope',
  'accountability',
  'division',
  'remarks',
];

const LEVEL_LABEL =
  /^(?:(?:国家|中央|省|自治区|地州市|地州|地市|设区的市|州|市|县市区|县市|县区|区县|县|区|乡镇\(街道\)|乡镇|街道|乡)本?级[、,/和及]?)+/u;

/** "地州市级" / "地州市级；负责..." / "负责市本级..." (no level) -> level and scope. */
export function parseLevel(levelCell?: string, scopeCell?: string): { level?: string; scope?: string } {
  const scope = valueOrNone(scopeCell);
  const text = valueOrNone(levelCell);
  if (text === undefined) return scope !== undefined ? { scope } : {};
  const norm = normalizeName(text);
  const m = LEVEL_LABEL.exec(norm);
  if (!m) return { scope: scope !== undefined ? `${text}\n${scope}` : text };
  const level = m[0].replace(/[、,/和及]$/u, '');
  const rest = norm.slice(m[0].length).replace(/^[。；;，,：:]+/u, '');
  const ownScope = scope ?? (rest !== '' ? rest : undefined);
  return ownScope !== undefined ? { level, scope: ownScope } : { level };
}

const STAGE = /^([^\s，。；、：:,;]{2,12}?)责任\s*[:：]\s*/u;

export function splitResponsibilities(text: string): ResponsibilityItem[] {
  return splitNumberedItems(text).items.map(({ group, text: itemText }) => {
    const m = STAGE.exec(itemText);
    const item: ResponsibilityItem = { text: m ? itemText.slice(m[0].length).trim() : itemText };
    if (m?.[1] !== undefined) item.stage = m[1];
    if (group !== undefined) item.group = group;
    return item;
  });
}

export function splitAccountability(text: string): string[] {
  return splitNumberedItems(text).items.map((i) => i.text);
}

const SUB_NUMBER = /^\s*(?:\d{1,2}[.、．](?!\d)|[(（]\d{1,2}[)）])\s*/u;

/** "1.新设采矿权审批   2.采矿权延续登记" -> two names; numbering is presentation, not name. */
export function splitSubNames(text: string): string[] {
  const parts = text
    .split(/(?:^|\s+)(?=\d{1,2}[.、．](?!\d))/u)
    .map((p) => p.replace(SUB_NUMBER, '').trim())
    .filter((p) => p !== '');
  return parts.length > 0 ? parts : [text.trim()];
}

function same(a: string | undefined, b: string | undefined): boolean {
  return normalizeName(a ?? '') === normalizeName(b ?? '');
}

function mergeLines(lines: SourceLine[]): { fields: Fields; raw: Record<string, string> } {
  const fields: Fields = {};
  const raw: Record<string, string> = {};
  const add = (target: Record<string, string | undefined>, key: string, value: string | undefined): void => {
    if (value === undefined || value === '') return;
    const existing = target[key];
    if (existing === undefined) target[key] = value;
    else if (!existing.split('\n').includes(value) && existing !== value) target[key] = `${existing}\n${value}`;
  };
  for (const line of lines) {
    for (const [k, v] of Object.entries(line.fields)) add(fields, k, v);
    for (const [k, v] of Object.entries(line.raw)) add(raw, k, v);
  }
  return { fields, raw };
}

interface SubItem {
  subName?: string;
  lines: SourceLine[];
}

function subItemsOf(lines: SourceLine[]): SubItem[] {
  const subs: SubItem[] = [];
  for (const line of lines) {
    const subName = valueOrNone(line.fields['subName']);
    const current = subs[subs.length - 1];
    if (current && (subName === undefined || same(subName, current.subName))) current.lines.push(line);
    else subs.push({ ...(subName !== undefined ? { subName } : {}), lines: [line] });
  }
  return subs.flatMap((sub) => {
    const names = sub.subName !== undefined ? splitSubNames(sub.subName) : [];
    if (names.length < 2) return [{ ...sub, ...(names[0] !== undefined ? { subName: names[0] } : {}) }];
    return names.map((subName) => ({ subName, lines: sub.lines }));
  });
}

function levelGroupsOf(lines: SourceLine[]): SourceLine[][] {
  const groups: SourceLine[][] = [];
  for (const line of lines) {
    const current = groups[groups.length - 1];
    const head = current?.[0];
    const ex = valueOrNone(line.fields['exercisedBy']);
    const lv = valueOrNone(line.fields['level']);
    const newLevel =
      head !== undefined &&
      ((ex !== undefined && !same(ex, head.fields['exercisedBy'])) ||
        (lv !== undefined && !same(lv, head.fields['level'])));
    if (!current || newLevel) groups.push([line]);
    else current.push(line);
  }
  return groups;
}

interface Context {
  sheet: SheetRecords;
  ownLevel: string | undefined;
  org: string | undefined;
  problems: ImportProblem[];
}

function at(ctx: Context, row: number, field?: string): SourceLocation {
  const column = field !== undefined ? ctx.sheet.columns[field] : undefined;
  return { file: ctx.sheet.file, sheet: ctx.sheet.sheet, row, ...(column !== undefined ? { column } : {}) };
}

function resolveCategory(
  ctx: Context,
  cell: string | undefined,
  parent: PowerCategory | undefined,
  row: number,
): Pick<PowerRecord, 'category' | 'rawCategory' | 'categoryFrom'> | null {
  if (cell !== undefined && !isNoneValue(cell)) {
    const mapped = mapCategory(cell);
    if (mapped) return { category: mapped.category, rawCategory: mapped.raw, categoryFrom: 'column' };
    ctx.problems.push(
      problem(
        at(ctx, row, 'category'),
        'error',
        POWER_ROW_PROBLEMS.unknownCategory(cell).zh,
        POWER_ROW_PROBLEMS.unknownCategory(cell).en,
      ),
    );
    return null;
  }
  if (parent !== undefined) return { category: parent, rawCategory: '', categoryFrom: 'parent' };
  const fromSheet = categoryFromSheetName(ctx.sheet.sheet);
  if (fromSheet) return { category: fromSheet, rawCategory: ctx.sheet.sheet, categoryFrom: 'sheetName' };
  ctx.problems.push(
    problem(
      at(ctx, row, 'category'),
      'error',
      '权力类型为空，且无法从工作表名推断',
      'The power category is empty and the sheet name does not name one',
    ),
  );
  return null;
}

function withInherited(own: Fields, base: Fields): Fields {
  const fields: Fields = { ...own };
  for (const key of INHERITED) {
    if (valueOrNone(fields[key]) === undefined && valueOrNone(base[key]) !== undefined) fields[key] = base[key];
  }
  return fields;
}

function levelLines(groups: SourceLine[][], primaryIndex: number): PowerLevelLine[] {
  return groups.map((g, i) => {
    const { fields } = mergeLines(g);
    const { level, scope } = parseLevel(fields['level'], fields['scope']);
    const exercisedBy = valueOrNone(fields['exercisedBy']);
    const undertakenBy = valueOrNone(fields['undertakenBy']);
    return {
      rows: g.map((l) => l.row),
      ...(level !== undefined ? { level } : {}),
      ...(scope !== undefined ? { scope } : {}),
      ...(exercisedBy !== undefined ? { exercisedBy } : {}),
      ...(undertakenBy !== undefined ? { undertakenBy } : {}),
      primary: i === primaryIndex,
      fields,
    };
  });
}

function optional<K extends string>(key: K, value: string | undefined, compact = false): Partial<Record<K, string>> {
  const found = valueOrNone(value);
  const v = found !== undefined && compact ? compactText(found) : found;
  return (v !== undefined ? { [key]: v } : {}) as Partial<Record<K, string>>;
}

interface Build {
  ref: string;
  parentRef?: string;
  seqNo?: string;
  name: string;
  subName?: string;
  lines: SourceLine[];
  base: Fields;
  parentCategory?: PowerCategory;
}

function buildRecord(ctx: Context, b: Build): PowerRecord | null {
  const groups = levelGroupsOf(b.lines);
  const found = groups.findIndex((g) => parseLevel(g[0]?.fields['level']).level === ctx.ownLevel);
  const primaryIndex = found >= 0 ? found : 0;
  const primary = mergeLines(groups[primaryIndex] ?? []);
  const f = withInherited(primary.fields, b.base);
  const row = groups[primaryIndex]?.[0]?.row ?? b.lines[0]?.row ?? 0;
  const category = resolveCategory(ctx, f['category'], b.parentCategory, row);
  const column = valueOrNone(f['exercisedBy']);
  const responsible = valueOrNone(f['responsibleBody']);
  const exercisedBy = column ?? responsible ?? ctx.org;
  const exercisedByName = exercisedBy !== undefined ? compactText(exercisedBy) : undefined;
  if (exercisedByName === undefined) {
    ctx.problems.push(
      problem(
        at(ctx, row, 'exercisedBy'),
        'error',
        '缺少行使主体（无“行使主体”或“责任主体”列的值，也未用 --org 指定机构）',
        'No exercising body: neither 行使主体 nor 责任主体 has a value, and no --org was given',
      ),
    );
  }
  if (!category || exercisedByName === undefined) return null;
  const code = valueOrNone(f['code'])?.trim();
  const itemCode = code === undefined ? null : parseItemCode(code);
  if (code !== undefined && itemCode === null) {
    ctx.problems.push(
      problem(
        at(ctx, row, 'code'),
        'warning',
        `事项编码“${code}”不符合已知的编码格式，按原文保存`,
        `The item code "${code}" fits no known layout; it is kept as published`,
      ),
    );
  }
  const { level, scope } = parseLevel(f['level'], f['scope']);
  const responsibilitiesText = valueOrNone(f['responsibilities']);
  const accountabilityText = valueOrNone(f['accountability']);
  const rows = b.lines.map((l) => l.row);
  return {
    ref: b.ref,
    ...(b.parentRef !== undefined ? { parentRef: b.parentRef } : {}),
    subItemCount: 0,
    ...optional('seqNo', b.seqNo),
    name: b.name,
    ...optional('subName', b.subName, true),
    ...optional('code', f['code']),
    ...(itemCode ? { itemCode } : {}),
    ...category,
    ...optional('basis', f['basis']),
    exercisedBy: exercisedByName,
    exercisedByFrom: column !== undefined ? 'column' : responsible !== undefined ? 'responsibleBody' : 'option',
    ...optional('undertakenBy', f['undertakenBy'], true),
    ...(level !== undefined ? { level } : {}),
    ...(scope !== undefined ? { scope } : {}),
    ...optional('departmentDuty', f['departmentDuty']),
    ...(responsibilitiesText !== undefined ? { responsibilitiesText } : {}),
    responsibilities: responsibilitiesText !== undefined ? splitResponsibilities(responsibilitiesText) : [],
    ...optional('responsibilityBasis', f['responsibilityBasis']),
    ...optional('accountabilityScope', f['accountabilityScope']),
    ...(accountabilityText !== undefined ? { accountabilityText } : {}),
    accountability: accountabilityText !== undefined ? splitAccountability(accountabilityText) : [],
    ...optional('remarks', f['remarks']),
    ...optional('division', f['division']),
    levels: levelLines(groups, primaryIndex),
    location: at(ctx, rows[0] ?? row),
    rows,
    raw: primary.raw,
  };
}

function itemRecords(ctx: Context, record: SourceRecord): PowerRecord[] {
  const lines = record.lines ?? [{ row: record.location.row, fields: record.fields, raw: record.raw }];
  const rawName = valueOrNone(lines.find((l) => valueOrNone(l.fields['name']) !== undefined)?.fields['name']);
  const name = rawName !== undefined ? compactText(rawName) : undefined;
  const row = record.location.row;
  if (name === undefined) {
    ctx.problems.push(problem(at(ctx, row, 'name'), 'error', POWER_ROW_PROBLEMS.noName.zh, POWER_ROW_PROBLEMS.noName.en));
    return [];
  }
  const seqNo = valueOrNone(lines[0]?.fields['seqNo']);
  if (seqNo === undefined) {
    ctx.problems.push(problem(at(ctx, row, 'seqNo'), 'warning', `事项“${name}”缺少序号`, `Item "${name}" has no 序号`));
  }
  const ref = `${ctx.sheet.sheet}!${row}`;
  const base = lines[0]?.fields ?? {};
  const subs = subItemsOf(lines);
  const common = { name, base, ...(seqNo !== undefined ? { seqNo } : {}) };
  if (subs.length < 2) {
    const built = buildRecord(ctx, { ...common, ref, lines, ...optional('subName', subs[0]?.subName) });
    return built ? [built] : [];
  }
  // The parent keeps the item-level columns of its first row; texts belong to the sub-items.
  const parentFields: SourceLine = {
    row,
    fields: Object.fromEntries(
      ['seqNo', 'name', 'category', 'exercisedBy', 'responsibleBody', 'undertakenBy', 'level', 'division'].flatMap(
        (k) => (base[k] !== undefined ? [[k, base[k]]] : []),
      ),
    ),
    raw: {},
  };
  const parent = buildRecord(ctx, { ...common, base: parentFields.fields, ref, lines: [parentFields] });
  if (!parent) return [];
  parent.rows = lines.map((l) => l.row);
  parent.subItemCount = subs.length;
  const children = subs.flatMap((sub, i) => {
    const child = buildRecord(ctx, {
      ...common,
      ref: `${ref}/${i + 1}`,
      parentRef: ref,
      lines: sub.lines,
      parentCategory: parent.category,
      ...optional('subName', sub.subName),
    });
    return child ? [child] : [];
  });
  return [parent, ...children];
}

/** The level most items of a file carry: the list's own level. */
function ownLevelOf(sheets: SheetRecords[]): string | undefined {
  const counts = new Map<string, number>();
  for (const s of sheets) {
    for (const r of s.records) {
      const level = parseLevel(r.lines?.[0]?.fields['level'] ?? r.fields['level']).level;
      if (level !== undefined) counts.set(level, (counts.get(level) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** What an item says, without where it stands (sheet, rows, 序号): equal keys are repeats. */
function itemKey(item: readonly PowerRecord[]): string {
  return JSON.stringify(
    item.map(
      ({ ref: _ref, parentRef: _parentRef, location: _location, rows: _rows, levels, seqNo: _seqNo, ...content }) => ({
        ...content,
        levels: levels.map(({ rows: _levelRows, ...level }) => level),
      }),
    ),
  );
}

/** Power records of every sheet read from one or more files, with every problem found. */
export function toPowerRecords(
  sheets: SheetRecords[],
  options: { org?: string },
): { records: PowerRecord[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const records: PowerRecord[] = [];
  const files = [...new Set(sheets.map((s) => s.file))];
  for (const file of files) {
    const fileSheets = sheets.filter((s) => s.file === file);
    const ownLevel = ownLevelOf(fileSheets);
    const seen = new Map<string, PowerRecord>();
    for (const sheet of fileSheets) {
      const ctx: Context = { sheet, ownLevel, org: valueOrNone(options.org), problems };
      for (const record of sheet.records) {
        const item = itemRecords(ctx, record);
        const [head] = item;
        if (head === undefined) continue;
        const key = itemKey(item);
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, head);
          records.push(...item);
          continue;
        }
        // Same header, same rows: a sheet (or row) copied twice is one list, not twice as many powers.
        const where = first.location.sheet === head.location.sheet ? '' : `工作表“${first.location.sheet}”`;
        problems.push(
          problem(
            head.location,
            'error',
            `事项“${head.name}”与${where}第${first.location.row}行完全相同（重复）`,
            `item "${head.name}" repeats sheet "${first.location.sheet}" row ${first.location.row} exactly`,
          ),
        );
      }
    }
  }
  return { records, problems };
}
