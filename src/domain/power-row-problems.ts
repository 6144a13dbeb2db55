import { mapCategory, POWER_CATEGORIES, POWER_CATEGORY_LABELS, type PowerCategory } from './categories';

/**
 * What is wrong with a power list row's own fields, worded once for the importer (a cell of a
 * file) and a plan's item operations (a field of an operation). 权责清单行的字段问题（导入与调整共用）。
 */
export interface FieldProblem {
  zh: string;
  en: string;
}

export const POWER_ROW_PROBLEMS = {
  noName: { zh: '缺少事项名称', en: 'The item has no name (事项名称)' },
  unknownCategory: (cell: string): FieldProblem => ({
    zh: `无法识别的权力类型“${cell.trim()}”`,
    en: `Unknown power category "${cell.trim()}"`,
  }),
  noCategory: { zh: '权力类型为空', en: 'The power category is empty' },
} as const;

/** A category as a list writes it (行政 处罚, 行政备案) or as the API names it (PUNISHMENT). */
export function categoryOf(text: string): { category: PowerCategory; raw: string } | null {
  const name = text.trim();
  if ((POWER_CATEGORIES as readonly string[]).includes(name)) {
    const category = name as PowerCategory;
    return { category, raw: POWER_CATEGORY_LABELS[category] };
  }
  return mapCategory(name);
}
