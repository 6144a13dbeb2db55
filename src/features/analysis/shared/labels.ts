import { POWER_CATEGORY_LABELS } from '../../../domain/categories';
import type { HandOverModeValue } from '../../enforcement/enforcement.model';

/** Division levels, as the organization's level (issue 5). 层级。 */
export const LEVEL_LABELS: Readonly<Record<string, string>> = {
  PROVINCE: '省级',
  CITY: '市级',
  COUNTY: '县级',
  TOWNSHIP: '乡镇级',
  STREET: '街道级',
};

export const levelZh = (level: string): string => LEVEL_LABELS[level] ?? level;

export const categoryZh = (category: string): string =>
  (POWER_CATEGORY_LABELS as Readonly<Record<string, string>>)[category] ?? category;

export const MODE_LABELS: Readonly<Record<HandOverModeValue, string>> = {
  GRANT: '赋权',
  ENTRUST: '委托',
  AUTHORIZE: '授权',
  SECONDMENT: '派驻',
  JOINT: '联合执法',
  CONCENTRATED: '相对集中',
};

export const modeZh = (mode: string): string => (MODE_LABELS as Readonly<Record<string, string>>)[mode] ?? mode;

/** 甲、乙和丙 */
export const listZh = (items: readonly string[]): string => items.join('、');

/** A, B and C */
export const listEn = (items: readonly string[]): string =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
