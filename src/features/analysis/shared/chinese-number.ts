const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const UNITS = ['', '十', '百', '千'];

/**
 * An article number as written in Chinese law (第八十八条, 第一百零五条, 第十七条), for 0-9999;
 * larger numbers stay in Arabic digits. 条文序号的中文写法。
 */
export function toChineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) return String(n);
  if (n === 0) return DIGITS[0]!;
  const digits = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const unit = UNITS[digits.length - 1 - i]!;
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += DIGITS[0];
    zero = false;
    out += (d === 1 && unit === '十' && out === '' ? '' : DIGITS[d]!) + unit;
  });
  return out;
}

/** 第八十八条 / 第二十四条之一 */
export function articleLabel(article: number, suffix: number | null = null): string {
  return `第${toChineseNumber(article)}条${suffix ? `之${toChineseNumber(suffix)}` : ''}`;
}
