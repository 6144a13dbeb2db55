/**
 * Text normalisation shared by the importer and the analysis. 文本规范化（导入与分析共用）。
 * Published lists are typed by hand: names carry stray spaces, full-width letters, line breaks.
 */

/** Whitespace of every kind, including U+3000 (ideographic space), NBSP, BOM and zero-width marks. */
const ALL_SPACE = /[\s\u00a0\u3000\ufeff\u200b-\u200d\u2060]+/gu;

/** Removes all whitespace and unifies full-/half-width forms (NFKC): "行政 处罚" -> "行政处罚". */
export function normalizeName(text: string): string {
  return text.normalize('NFKC').replace(ALL_SPACE, '');
}

/** Removes all whitespace but keeps the publisher's characters: for names shown to users. */
export function compactText(text: string): string {
  return text.replace(ALL_SPACE, '');
}

/**
 * The identity key of a power item (PowerItem.key): normalizeName, then without punctuation or
 * symbols, lower-cased. "对违反《X条例》行为的处罚" and "对违反X条例行为的处罚。" share one key.
 */
export function normalizeKey(text: string): string {
  return normalizeName(text)
    .replace(/[\p{P}\p{S}]/gu, '')
    .toLowerCase();
}

/** Trims and unifies line ends; keeps inner line breaks (they carry meaning in legal text). */
export function cleanCell(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/_x000D_/g, '')
    .trim();
}

/** Cell values that publishers use for "none". */
const NONE_VALUES = new Set(['/', '无', '—', '——', '-', '--', '暂无', '无编码', '空', 'null', '不涉及']);

export function isNoneValue(text: string | undefined): boolean {
  if (text === undefined) return true;
  const n = normalizeName(text);
  return n === '' || NONE_VALUES.has(n);
}

/** Undefined for empty or "none" cells, else the trimmed text. */
export function valueOrNone(text: string | undefined): string | undefined {
  return text === undefined || isNoneValue(text) ? undefined : text.trim();
}

export interface NumberedItem {
  /** The heading the item stands under, e.g. "直接实施" for "直接实施责任：". */
  group?: string;
  text: string;
}

// "1." "1、" "1．" "一、" at the start of a line: top-level numbering. "（1）" stays inside an item.
const ITEM_START = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.、．,，](?!\d)\s*/u;
const INLINE_BREAK = /([。；;])\s*(?=\d{1,2}[.、．](?!\d))/gu;
const HEADING = /^(?!(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.、．])(.{2,10}?)责任\s*[:：]\s*$/u;

/**
 * Splits a numbered cell ("直接实施责任：\n1.受理责任：...\n2.审查责任：...") into items. Text
 * before the first number (a lead-in such as "有下列情形的...") is returned as `preamble`.
 */
export function splitNumberedItems(text: string): { preamble?: string; items: NumberedItem[] } {
  const lines = cleanCell(text)
    .replace(INLINE_BREAK, '$1\n')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const items: NumberedItem[] = [];
  const preamble: string[] = [];
  let group: string | undefined;
  let current: NumberedItem | undefined;
  for (const line of lines) {
    const heading = HEADING.exec(line);
    if (heading?.[1] !== undefined) {
      group = heading[1];
      current = undefined;
      continue;
    }
    const start = ITEM_START.exec(line);
    if (start) {
      current = { ...(group !== undefined ? { group } : {}), text: line.slice(start[0].length).trim() };
      items.push(current);
    } else if (current) {
      current.text += `\n${line}`;
    } else if (group !== undefined) {
      current = { group, text: line };
      items.push(current);
    } else {
      preamble.push(line);
    }
  }
  if (items.length === 0 && preamble.length > 0) return { items: [{ text: preamble.join('\n') }] };
  return preamble.length > 0 ? { preamble: preamble.join('\n'), items } : { items };
}
