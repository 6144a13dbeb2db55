/**
 * Parsing the law texts of ../shared/data/laws/text (Markdown: title, history, `<!-- INFO END -->`,
 * chapters `##`, articles "第N条 ..."). Used only by the dev-time extractor and its checks.
 */

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 第一百零二 → 102. Returns NaN for anything that is not a Chinese numeral. */
export function chineseToInt(text: string): number {
  let total = 0;
  let current = 0;
  for (const ch of text) {
    const digit = DIGITS[ch];
    const unit = UNITS[ch];
    if (digit !== undefined) current = digit;
    else if (unit !== undefined) {
      total += (current === 0 ? 1 : current) * unit;
      current = 0;
    } else return Number.NaN;
  }
  return total + current;
}

const NUMS = '零一二三四五六七八九十';

/** 102 → 一百零二 (the form laws use; 10-19 as 十X). */
export function intToChinese(n: number): string {
  if (n <= 0 || n >= 10000) throw new Error(`out of range: ${n}`);
  const parts: string[] = [];
  const thousands = Math.floor(n / 1000);
  const hundreds = Math.floor((n % 1000) / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  if (thousands) parts.push(NUMS[thousands] + '千');
  if (hundreds) parts.push(NUMS[hundreds] + '百');
  else if (thousands && (tens || ones)) parts.push('零');
  if (tens) parts.push((tens === 1 && !thousands && !hundreds ? '' : NUMS[tens]) + '十');
  else if (hundreds && ones) parts.push('零');
  if (ones) parts.push(NUMS[ones] ?? '');
  return parts.join('');
}

export interface Article {
  n: number;
  chapter: string;
  /** Paragraph lines, the first one without the "第N条" prefix. */
  lines: string[];
}

export interface LawText {
  title: string;
  history: string[];
  articles: Article[];
}

const ARTICLE_START = /^第([零〇一二三四五六七八九十百千]+)条[\s\u3000]+(.*)$/;

export function parseLawText(markdown: string): LawText {
  const lines = markdown.split(/\r?\n/);
  const title = (lines[0] ?? '').replace(/^#\s*/, '').trim();
  const history: string[] = [];
  let i = 1;
  for (; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '<!-- INFO END -->') break;
    if (line) history.push(line.replace(/[\s\u3000]+/g, ''));
  }
  const articles: Article[] = [];
  let chapter = '';
  for (i += 1; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (!line) continue;
    if (line.startsWith('#')) {
      if (line.startsWith('## ')) chapter = line.slice(3).trim();
      continue;
    }
    const m = ARTICLE_START.exec(line);
    if (m) {
      articles.push({ n: chineseToInt(m[1] ?? ''), chapter, lines: [(m[2] ?? '').trim()] });
    } else {
      articles.at(-1)?.lines.push(line);
    }
  }
  return { title, history, articles };
}
