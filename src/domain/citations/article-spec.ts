/**
 * Article designators (条款项) at one position of a basis cell: "第十二条第一款、第二款",
 * "第七十八条第一款第一、三、四、五项", "第二十九条至第四十一条", "第十条之一", "第五章", "第86项".
 * Lists and ranges are expanded: one reference per provision, so each can be one Provision node.
 */
import { NUMERAL_CHARS, parseChineseNumeral } from '../laws/numerals';

export interface ArticleRef {
  article?: number;
  suffix?: number;
  /** -1 for 末款. */
  paragraph?: number;
  item?: number;
  otherRef?: string;
}

export interface ArticleChain {
  refs: ArticleRef[];
  /** Index just after the last designator. */
  end: number;
  /** The designator text, when it expanded to more than one reference. */
  expandedFrom?: string;
}

const N = `[${NUMERAL_CHARS}]+`;
const SP = '[ \\t\\u3000]*';
const sticky = (source: string): RegExp => new RegExp(source, 'y');

const ARTICLE = sticky(`第?${SP}(${N})${SP}条(?:${SP}之${SP}(${N}))?`);
/** "第三十八、第四十条": 条 forgotten inside a list. */
const ARTICLE_NO_TIAO = sticky(`第(${N})(?=${SP}[、，,])`);
const ARTICLE_RANGE_END = sticky(`${SP}(?:至|到|-|—|－|~|～)${SP}第?${SP}(${N})${SP}条`);
const PARAGRAPHS = sticky(`第?${SP}(${N})((?:${SP}[、，,和及]${SP}第?${SP}${N})*)${SP}款`);
const LAST_PARAGRAPH = sticky('(?:末款|最后一款)');
const ITEMS = sticky(
  `第?${SP}[（(]?${SP}(${N})${SP}[)）]?((?:${SP}[、，,和及]${SP}第?${SP}[（(]?${SP}${N}${SP}[)）]?)*)${SP}(?:小)?项`,
);
const ITEM_RANGE_END = sticky(`${SP}(?:至|到)${SP}第?${SP}[（(]?${SP}(${N})${SP}[)）]?${SP}项`);
const OTHER = sticky(
  `(?:第${SP}${N}${SP}章(?:${SP}第${SP}${N}${SP}节)?|第${SP}${N}${SP}(?:节|部分|编)|附件目录|附件${SP}\\d*|附表${SP}\\d*)`,
);
const SEPARATOR = sticky(`${SP}(?:[、，,；;]|以及|和|及)${SP}`);
const BLANK = sticky(SP);
const MAX_RANGE = 200;

interface Part {
  paragraph?: number;
  items: number[];
}
interface Group {
  article?: number;
  suffix?: number;
  otherRef?: string;
  parts: Part[];
}

function numbersIn(list: string): number[] {
  return [...list.matchAll(new RegExp(N, 'g'))]
    .map((m) => parseChineseNumeral(m[0]))
    .filter((n): n is number => n !== undefined);
}

function at(re: RegExp, s: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(s);
}

/** Parses paragraphs and items after an article; returns the new position. */
function parseParts(s: string, pos: number, group: Group): number {
  let p = pos;
  for (;;) {
    const blank = at(BLANK, s, p);
    const q = p + (blank?.[0].length ?? 0);
    const para = at(PARAGRAPHS, s, q);
    if (para) {
      for (const n of numbersIn(`${para[1] ?? ''}${para[2] ?? ''}`)) group.parts.push({ paragraph: n, items: [] });
      p = q + para[0].length;
      continue;
    }
    const last = at(LAST_PARAGRAPH, s, q);
    if (last) {
      group.parts.push({ paragraph: -1, items: [] });
      p = q + last[0].length;
      continue;
    }
    const items = at(ITEMS, s, q);
    if (items) {
      let numbers = numbersIn(`${items[1] ?? ''}${items[2] ?? ''}`);
      p = q + items[0].length;
      const range = at(ITEM_RANGE_END, s, p);
      const from = numbers[numbers.length - 1];
      const to = range ? parseChineseNumeral(range[1] ?? '') : undefined;
      if (range && from !== undefined && to !== undefined && to > from && to - from <= MAX_RANGE) {
        for (let n = from + 1; n <= to; n++) numbers = [...numbers, n];
        p += range[0].length;
      }
      let part = group.parts[group.parts.length - 1];
      if (!part || part.items.length > 0) {
        part = part
          ? { ...(part.paragraph !== undefined ? { paragraph: part.paragraph } : {}), items: [] }
          : { items: [] };
        group.parts.push(part);
      }
      part.items.push(...numbers);
      continue;
    }
    return p;
  }
}

function expand(groups: Group[]): ArticleRef[] {
  const refs: ArticleRef[] = [];
  for (const g of groups) {
    const base: ArticleRef = {};
    if (g.article !== undefined) base.article = g.article;
    if (g.suffix !== undefined) base.suffix = g.suffix;
    if (g.otherRef !== undefined) base.otherRef = g.otherRef;
    if (g.parts.length === 0) refs.push(base);
    for (const part of g.parts) {
      const withParagraph = part.paragraph === undefined ? base : { ...base, paragraph: part.paragraph };
      if (part.items.length === 0) refs.push(withParagraph);
      for (const item of part.items) refs.push({ ...withParagraph, item });
    }
  }
  return refs;
}

/**
 * Reads a chain of designators starting exactly at `pos` (no leading text). Returns undefined
 * when there is none. The first article must be written with 第.
 */
export function readArticleChain(s: string, pos: number): ArticleChain | undefined {
  const groups: Group[] = [];
  let p = pos;
  for (;;) {
    const start = p;
    const article = at(ARTICLE, s, p);
    const other = article ? null : at(OTHER, s, p);
    const bare = article || other || groups.length === 0 ? null : at(ARTICLE_NO_TIAO, s, p);
    if (article && (groups.length > 0 || s[p] === '第')) {
      const n = parseChineseNumeral(article[1] ?? '');
      if (n === undefined) break;
      const group: Group = { article: n, parts: [] };
      const suffix = article[2] ? parseChineseNumeral(article[2]) : undefined;
      if (suffix !== undefined) group.suffix = suffix;
      p += article[0].length;
      const range = suffix === undefined ? at(ARTICLE_RANGE_END, s, p) : null;
      const to = range ? parseChineseNumeral(range[1] ?? '') : undefined;
      if (range && to !== undefined && to > n && to - n <= MAX_RANGE) {
        groups.push(group);
        for (let k = n + 1; k <= to; k++) groups.push({ article: k, parts: [] });
        p += range[0].length;
      } else {
        groups.push(group);
        p = parseParts(s, p, group);
      }
    } else if (bare) {
      const n = parseChineseNumeral(bare[1] ?? '');
      if (n === undefined) break;
      groups.push({ article: n, parts: [] });
      p += bare[0].length;
    } else if (other) {
      const group: Group = { otherRef: other[0].replace(/\s+/g, ''), parts: [] };
      p = parseParts(s, p + other[0].length, group);
      // "第三章第十条": the structural prefix only locates the article that follows.
      const next = at(ARTICLE, s, p);
      if (next && s[p] === '第' && group.parts.length === 0) continue;
      groups.push(group);
    } else {
      // Paragraphs or items with no article: "第二款：" continuing the article above, "第86项".
      const group: Group = { parts: [] };
      const after = parseParts(s, p, group);
      if (after === p || groups.length > 0) {
        p = start;
        break;
      }
      groups.push(group);
      p = after;
    }
    const sep = at(SEPARATOR, s, p);
    if (!sep) break;
    const next = p + sep[0].length;
    // Continue only when another designator follows the separator.
    const probe = at(ARTICLE, s, next) ?? at(ARTICLE_NO_TIAO, s, next) ?? at(OTHER, s, next);
    if (probe) {
      p = next;
      continue;
    }
    const last = groups[groups.length - 1];
    if (last && last.article !== undefined) {
      const extra = parseParts(s, next, last);
      if (extra > next) {
        p = extra;
        const again = at(SEPARATOR, s, p);
        if (again && (at(ARTICLE, s, p + again[0].length) || at(ARTICLE_NO_TIAO, s, p + again[0].length))) {
          p += again[0].length;
          continue;
        }
      }
    }
    break;
  }
  if (groups.length === 0) return undefined;
  const refs = expand(groups);
  const chain: ArticleChain = { refs, end: p };
  if (refs.length > 1) chain.expandedFrom = s.slice(pos, p).trim();
  return chain;
}
