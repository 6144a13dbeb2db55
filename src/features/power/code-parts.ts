import { CODE_TYPE_LETTERS, ITEM_CODE_LAYOUTS, type ItemCode } from '../../domain/item-codes';
import type { PowerModel } from './power.model';

/** ItemCodeParts // 事项编码各部分: what the importer stored on the row, without the raw and normalised code. */
export type ItemCodePartsModel = Omit<ItemCode, 'raw' | 'key'>;

/** The stored parts of a row's code; null when it has none or they are not of a known layout and type. */
export function codePartsOf(p: PowerModel): ItemCodePartsModel | null {
  const layout = ITEM_CODE_LAYOUTS.find((l) => l.id === p.codeLayout)?.id;
  const category = p.codeType ? CODE_TYPE_LETTERS[p.codeType] : undefined;
  if (layout === undefined || category === undefined || !p.codeType || !p.codeItem) return null;
  return {
    layout,
    area: p.codeArea ?? null,
    department: p.codeDepartment ?? null,
    type: p.codeType,
    category,
    item: p.codeItem,
    subItem: p.codeSubItem ?? null,
  };
}
