/**
 * Item codes (事项编码): the known layouts as data, and a parser that keeps the parts. A code no
 * layout fits is kept as published (the importer warns); codes never decide identity, since many
 * rows have none (DOMAIN.md).
 */
import type { PowerCategory } from './categories';

/** The two letters of the type (事项类型代码) and the category each one names. */
export const CODE_TYPE_LETTERS: Readonly<Record<string, PowerCategory>> = {
  XK: 'LICENSING', // 行政许可
  CF: 'PUNISHMENT', // 行政处罚
  QZ: 'COERCION', // 行政强制
  ZS: 'LEVY', // 行政征收
  JF: 'PAYMENT', // 行政给付
  JC: 'INSPECTION', // 行政检查
  QR: 'CONFIRMATION', // 行政确认
  JL: 'REWARD', // 行政奖励
  CJ: 'ADJUDICATION', // 行政裁决
  QT: 'OTHER', // 其他行政权力
};

export type ItemCodeLayoutId = 'AREA_DEPT_TYPE_ITEM_SUB' | 'AREA_DEPT_VARIANT' | 'GUIZHOU_BASIC' | 'COUNTY_DASHED';

/** One known layout: a pattern over the normalised code whose named groups are the parts. */
export interface ItemCodeLayout {
  id: ItemCodeLayoutId;
  /** What it is and where it comes from (Chinese, then English). */
  label: string;
  labelEn: string;
  example: string;
  /** Named groups: area, department, type, item, sub (those the layout has). */
  pattern: RegExp;
}

const TYPE = `(?<type>${Object.keys(CODE_TYPE_LETTERS).join('|')})`;

/** The known layouts (事项编码格式), tried in order; the first that matches wins. */
export const ITEM_CODE_LAYOUTS: readonly ItemCodeLayout[] = [
  {
    id: 'AREA_DEPT_TYPE_ITEM_SUB',
    label: '16位编码：行政区划6位＋部门3位＋类型2位＋事项3位＋子项2位（湖北省行政职权编码规则，新疆等地同式）',
    labelEn: '16 characters: area 6, department 3, type 2, item 3, sub-item 2 (Hubei; also Xinjiang)',
    example: '650200207XK01600',
    pattern: new RegExp(`^(?<area>\\d{6})-?(?<department>\\d{3})-?${TYPE}-?(?<item>\\d{3})-?(?<sub>\\d{2})$`, 'u'),
  },
  {
    id: 'AREA_DEPT_VARIANT',
    label: '行政区划6位＋部门代码（位数不同）＋类型2位＋事项3位＋子项2位',
    labelEn: 'area 6, a department code of another length, type 2, item 3, sub-item 2',
    example: '65020001XK00101',
    pattern: new RegExp(`^(?<area>\\d{6})-?(?<department>\\d{1,5})-?${TYPE}-?(?<item>\\d{3})-?(?<sub>\\d{2})$`, 'u'),
  },
  {
    id: 'GUIZHOU_BASIC',
    label: '贵州 DB52/T 1264-2018 基本编码10位：类型2位＋主项5位＋子项3位',
    labelEn: 'Guizhou DB52/T 1264-2018 basic code, 10 characters: type 2, item 5, sub-item 3',
    example: 'XK00101001',
    pattern: new RegExp(`^${TYPE}(?<item>\\d{5})(?<sub>\\d{3})$`, 'u'),
  },
  {
    id: 'COUNTY_DASHED',
    label: '县级编码：行政区划6位＋部门代码4位－类型2位－事项4位',
    labelEn: 'county code: area 6, department 4, type 2, item 4, dash-separated',
    example: '62052400MZ-XK-0001',
    pattern: new RegExp(`^(?<area>\\d{6})(?<department>\\d{2}[A-Z]{2})-${TYPE}-(?<item>\\d{4})$`, 'u'),
  },
];

/** ItemCode // 事项编码, parsed into its parts. */
export interface ItemCode {
  /** As published. */
  raw: string;
  /** Normalised (NFKC, upper case, no whitespace): what search and duplicates compare. */
  key: string;
  layout: ItemCodeLayoutId;
  /** 行政区划代码 (6 digits), when the layout has one. */
  area: string | null;
  department: string | null;
  /** The type letters (XK, CF, ...). */
  type: string;
  category: PowerCategory;
  item: string;
  subItem: string | null;
}

/** The code compared by search and duplicates: full-width to half-width, upper case, no whitespace, one kind of dash. */
export function itemCodeKey(raw: string): string {
  return raw
    .normalize('NFKC')
    .toUpperCase()
    .replace(/\s+/gu, '')
    .replace(/[‐-―−－]/gu, '-');
}

/** The parts of a code in the first layout that fits, or null when none does (keep it raw). */
export function parseItemCode(raw: string): ItemCode | null {
  const key = itemCodeKey(raw);
  for (const layout of ITEM_CODE_LAYOUTS) {
    const groups = layout.pattern.exec(key)?.groups;
    const type = groups?.['type'];
    const item = groups?.['item'];
    const category = type === undefined ? undefined : CODE_TYPE_LETTERS[type];
    if (groups === undefined || type === undefined || item === undefined || category === undefined) continue;
    return {
      raw,
      key,
      layout: layout.id,
      area: groups['area'] ?? null,
      department: groups['department'] ?? null,
      type,
      category,
      item,
      subItem: groups['sub'] ?? null,
    };
  }
  return null;
}

/**
 * Whether a 6-digit area code names `division` or one of its ancestors, by GB/T 2260's structure
 * (province 2 digits, city 4, county 6; a 12-digit township code starts with its county's).
 */
export function areaCoversDivision(area: string, division: string): boolean {
  const county = division.slice(0, 6).padEnd(6, '0');
  return [county, `${county.slice(0, 4)}00`, `${county.slice(0, 2)}0000`].includes(area);
}

/** What a Power stores of its code (事项编码): the normalised code and the parts of its layout, all null without a code. */
export interface StoredCodeParts {
  codeKey: string | null;
  codeLayout: string | null;
  codeArea: string | null;
  codeDepartment: string | null;
  codeType: string | null;
  codeItem: string | null;
  codeSubItem: string | null;
}

/** The stored parts of a code; `parsed` when the caller has parsed it already. */
export function storedCodeParts(
  code: string | null,
  parsed: ItemCode | null = code === null ? null : parseItemCode(code),
): StoredCodeParts {
  return {
    codeKey: code === null ? null : itemCodeKey(code),
    codeLayout: parsed?.layout ?? null,
    codeArea: parsed?.area ?? null,
    codeDepartment: parsed?.department ?? null,
    codeType: parsed?.type ?? null,
    codeItem: parsed?.item ?? null,
    codeSubItem: parsed?.subItem ?? null,
  };
}
