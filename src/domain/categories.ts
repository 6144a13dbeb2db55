/**
 * Power categories (职权类别): the standard "9 + other" plus 公共服务, and the local variants real
 * lists use. Variants map to a standard category; the caller keeps the raw text.
 */
import { normalizeName } from './text';

export type PowerCategory =
  | 'LICENSING' // 行政许可
  | 'PUNISHMENT' // 行政处罚
  | 'COERCION' // 行政强制
  | 'LEVY' // 行政征收
  | 'PAYMENT' // 行政给付
  | 'INSPECTION' // 行政检查
  | 'CONFIRMATION' // 行政确认
  | 'REWARD' // 行政奖励
  | 'ADJUDICATION' // 行政裁决
  | 'OTHER' // 其他行政权力
  | 'PUBLIC_SERVICE'; // 公共服务

export const POWER_CATEGORY_LABELS: Readonly<Record<PowerCategory, string>> = {
  LICENSING: '行政许可',
  PUNISHMENT: '行政处罚',
  COERCION: '行政强制',
  LEVY: '行政征收',
  PAYMENT: '行政给付',
  INSPECTION: '行政检查',
  CONFIRMATION: '行政确认',
  REWARD: '行政奖励',
  ADJUDICATION: '行政裁决',
  OTHER: '其他行政权力',
  PUBLIC_SERVICE: '公共服务',
};

export const POWER_CATEGORIES = Object.keys(POWER_CATEGORY_LABELS) as PowerCategory[];

/**
 * Names seen in published lists, after normalizeName. Local variants go to the standard category
 * whose legal character they share: 征用 is levied like 征收; 备案, 指导, 调解, 审核转报 and the
 * abolished 非行政许可审批 are "other" powers in the national 9+1 scheme.
 */
const ALIASES: ReadonlyArray<readonly [string, PowerCategory]> = [
  ['行政许可', 'LICENSING'],
  ['许可', 'LICENSING'],
  ['行政处罚', 'PUNISHMENT'],
  ['处罚', 'PUNISHMENT'],
  ['行政强制', 'COERCION'],
  ['行政强制措施', 'COERCION'],
  ['行政强制执行', 'COERCION'],
  ['强制', 'COERCION'],
  ['行政征收', 'LEVY'],
  ['行政征用', 'LEVY'],
  ['行政征收征用', 'LEVY'],
  ['行政征收、征用', 'LEVY'],
  ['征收', 'LEVY'],
  ['行政给付', 'PAYMENT'],
  ['给付', 'PAYMENT'],
  ['行政检查', 'INSPECTION'],
  ['行政监督检查', 'INSPECTION'],
  ['监督检查', 'INSPECTION'],
  ['检查', 'INSPECTION'],
  ['行政确认', 'CONFIRMATION'],
  ['确认', 'CONFIRMATION'],
  ['行政奖励', 'REWARD'],
  ['奖励', 'REWARD'],
  ['行政裁决', 'ADJUDICATION'],
  ['裁决', 'ADJUDICATION'],
  ['其他行政权力', 'OTHER'],
  ['其它行政权力', 'OTHER'],
  ['其他权力', 'OTHER'],
  ['其它权力', 'OTHER'],
  ['其他职权', 'OTHER'],
  ['其他', 'OTHER'],
  ['行政备案', 'OTHER'],
  ['备案', 'OTHER'],
  ['行政指导', 'OTHER'],
  ['行政调解', 'OTHER'],
  ['审核转报', 'OTHER'],
  ['非行政许可审批', 'OTHER'],
  ['非行政许可', 'OTHER'],
  ['行政审批', 'LICENSING'],
  ['公共服务', 'PUBLIC_SERVICE'],
  ['公共服务事项', 'PUBLIC_SERVICE'],
];

const EXACT = new Map(ALIASES.map(([alias, category]) => [normalizeName(alias), category]));
// Only aliases long enough not to occur inside unrelated words take part in substring search.
const CONTAINED = ALIASES.filter(([alias]) => alias.length >= 4)
  .map(([alias, category]) => [normalizeName(alias), category] as const)
  .sort((a, b) => b[0].length - a[0].length);

/** "行政处罚（254项）", "行政检查类", "(共5项)" -> the bare name. */
function stripDecorations(name: string): string {
  return name
    .replace(/\((?:共)?\d*项?\)|\(\d+\)/g, '')
    .replace(/(?:类|事项|类别|类型)$/u, '')
    .replace(/^\d+[.、]/u, '');
}

function searchContained(name: string): PowerCategory | null {
  const found: Array<readonly [string, PowerCategory]> = [];
  for (const entry of CONTAINED) {
    if (name.includes(entry[0]) && !found.some(([longer]) => longer.includes(entry[0]))) found.push(entry);
  }
  const categories = new Set(found.map(([, category]) => category));
  const [only] = categories;
  return categories.size === 1 && only !== undefined ? only : null;
}

/** Maps a category cell ("行政 处罚", "行政\n确认", "行政备案") to a category, keeping the raw text. */
export function mapCategory(raw: string): { category: PowerCategory; raw: string } | null {
  const text = raw.trim();
  const name = stripDecorations(normalizeName(text));
  if (name === '') return null;
  const category = EXACT.get(name) ?? searchContained(name);
  return category === null ? null : { category, raw: text };
}

/**
 * The category a sheet is devoted to, from its name ("行政处罚（254项）" -> PUNISHMENT), or null
 * when the name names no category or several ("市生态环境局（217项）", "附表1").
 */
export function categoryFromSheetName(sheetName: string): PowerCategory | null {
  const name = stripDecorations(normalizeName(sheetName));
  return EXACT.get(name) ?? searchContained(name);
}

/** Number of items a sheet name announces ("行政处罚（254项）" -> 254), if any. */
export function announcedCount(sheetName: string): number | null {
  const m = /\((?:共)?(\d+)项\)/u.exec(normalizeName(sheetName));
  return m?.[1] !== undefined ? Number(m[1]) : null;
}
