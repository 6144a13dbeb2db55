/**
 * Chinese numerals as written in legal citations (第一百零八条, 第二十三条之一, 第86项) to integers.
 * 法律条文中的中文数字转换为整数。
 */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Character class (for regular expressions) of the characters a citation number may use. */
export const NUMERAL_CHARS = '零〇一二三四五六七八九十百千两0-9０-９';

/** Parses "一百零八", "十二", "二十", "108", "１２"; returns undefined for anything else. */
export function parseChineseNumeral(raw: string): number | undefined {
  const text = raw.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (text === '') return undefined;
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let pending: number | undefined;
  for (const ch of text) {
    const digit = DIGITS[ch];
    const unit = UNITS[ch];
    if (digit !== undefined) {
      pending = digit;
    } else if (unit !== undefined) {
      // A bare unit ("十二") means one of it.
      total += (pending ?? 1) * unit;
      pending = undefined;
    } else {
      return undefined;
    }
  }
  return total + (pending ?? 0);
}
