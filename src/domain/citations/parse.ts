/**
 * Splits a legal-basis cell (实施依据 / 责任事项依据) into citations, in source order.
 *
 * A new citation starts at a level tag (【法律】, also "法规】" without its 【), at a 《name》 that
 * opens a line and is followed by a version parenthesis or an article, or at an article
 * designator that opens a line (or follows 。/； and is followed by a colon). Everything after a
 * designator's colon up to the next such start is quoted law text: 《》 and 第N条 inside it are
 * references of the quoted law, not citations.
 */
import { normalizeLawName } from '../laws/normalize-name';
import { readArticleChain, type ArticleRef } from './article-spec';
import { readHeader, type BlockHeader } from './header';
import { KNOWN_TAGS, levelOfTag } from './level-tags';
import type { ParsedCitation } from './types';
import { parseVersionDates, pickVersionClue } from './version-clue';

interface BlockStart {
  start: number;
  nameStart: number;
  tag?: string;
}

const TAG = /【([^【】\n]{1,10})】/g;
const BARE_TAG = new RegExp(`(?<![【\\u4e00-\\u9fa5])(${KNOWN_TAGS.join('|')})】`, 'g');
const LINE_BOOK = /(?:^|\n)[ \t\u3000]*(?:\d{1,2}[.、．](?!\d)[ \t\u3000]*)?《/g;
const LINE_START = /\n[ \t\u3000]*(?:\d{1,2}[.、．](?!\d)[ \t\u3000]*)?/g;
const INLINE_START = /[。；;][ \t\u3000]*(?=第)/g;
const DESIGNATOR_AFTER_NAME = /^[ \t\u3000]*(?:\n|$|第[零〇一二三四五六七八九十百千两\d]+[条款项章]|全文)/;

function isTag(content: string): boolean {
  return !/[\d０-９]/.test(content) && !/号/.test(content);
}

function findBlockStarts(text: string): BlockStart[] {
  const starts: BlockStart[] = [];
  for (const m of text.matchAll(TAG)) {
    const tag = (m[1] ?? '').trim();
    if (isTag(tag)) starts.push({ start: m.index, nameStart: m.index + m[0].length, tag });
  }
  for (const m of text.matchAll(BARE_TAG)) {
    starts.push({ start: m.index, nameStart: m.index + m[0].length, tag: m[1] ?? '' });
  }
  for (const m of text.matchAll(LINE_BOOK)) {
    const book = m.index + m[0].length - 1;
    if (starts.some((s) => s.nameStart <= book && book - s.nameStart <= 2)) continue;
    const header = readHeader(text, book);
    // A line that merely begins with a title inside quoted text ("《巴塞尔公约》规定的…") is not a citation.
    if (header.clueText !== '' || DESIGNATOR_AFTER_NAME.test(text.slice(header.end))) {
      starts.push({ start: book, nameStart: book });
    }
  }
  if (starts.length === 0) {
    const book = text.indexOf('《');
    if (book >= 0) starts.push({ start: book, nameStart: book });
  }
  return starts.sort((a, b) => a.start - b.start);
}

interface Spec {
  start: number;
  refs: ArticleRef[];
  quoteStart: number;
  expandedFrom?: string;
}

function specAt(body: string, pos: number, mustHaveColon: boolean): Spec | undefined {
  const chain = readArticleChain(body, pos);
  if (!chain) return undefined;
  const rest = body.slice(chain.end);
  const colon = /^[ \t\u3000]*[：:]/.exec(rest);
  const hasArticle = chain.refs.some((r) => r.article !== undefined || r.otherRef !== undefined);
  if ((mustHaveColon || !hasArticle) && !colon && !(hasArticle && /^[ \t\u3000]/.test(rest))) return undefined;
  const spec: Spec = { start: pos, refs: chain.refs, quoteStart: chain.end + (colon?.[0].length ?? 0) };
  if (chain.expandedFrom !== undefined) spec.expandedFrom = chain.expandedFrom;
  return spec;
}

function findSpecs(body: string): Spec[] {
  const specs: Spec[] = [];
  const first = /^[\s\u3000。，,；;文]*/.exec(body)?.[0].length ?? 0;
  const head = readArticleChain(body, first);
  if (head) {
    const colon = /^[ \t\u3000]*[：:]/.exec(body.slice(head.end));
    const spec: Spec = { start: first, refs: head.refs, quoteStart: head.end + (colon?.[0].length ?? 0) };
    if (head.expandedFrom !== undefined) spec.expandedFrom = head.expandedFrom;
    specs.push(spec);
  }
  const candidates: { pos: number; mustHaveColon: boolean }[] = [];
  for (const m of body.matchAll(LINE_START)) candidates.push({ pos: m.index + m[0].length, mustHaveColon: false });
  for (const m of body.matchAll(INLINE_START)) candidates.push({ pos: m.index + m[0].length, mustHaveColon: true });
  candidates.sort((a, b) => a.pos - b.pos);
  for (const c of candidates) {
    const last = specs[specs.length - 1];
    if (last && c.pos < last.quoteStart) continue;
    const spec = specAt(body, c.pos, c.mustHaveColon);
    if (spec) specs.push(spec);
  }
  return specs;
}

function otherRefOf(body: string): string | undefined {
  return /全文/.test(body) ? '全文' : undefined;
}

interface Block {
  header: BlockHeader;
  tag?: string;
  headerText: string;
  body: string;
  specs: Spec[];
}

function readBlocks(text: string): Block[] {
  const starts = findBlockStarts(text);
  const blocks: Block[] = [];
  starts.forEach((s, i) => {
    const end = starts[i + 1]?.start ?? text.length;
    const header = readHeader(text.slice(0, end), s.nameStart);
    const body = text.slice(header.end, end);
    const block: Block = { header, headerText: text.slice(s.start, header.end).trim(), body, specs: findSpecs(body) };
    if (s.tag !== undefined) block.tag = s.tag;
    blocks.push(block);
  });
  // "【法律】《A》（…）法律】《A》（…） 第六十八条：" — a header repeated by mistake adds nothing.
  return blocks.filter((b, i) => {
    const next = blocks[i + 1];
    return !(
      b.specs.length === 0 &&
      b.body.trim() === '' &&
      next?.header.name !== undefined &&
      b.header.name !== undefined &&
      normalizeLawName(next.header.name) === normalizeLawName(b.header.name)
    );
  });
}

function sameRefs(a: readonly ArticleRef[], b: readonly ArticleRef[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function citationsOf(block: Block, push: (c: Omit<ParsedCitation, 'index'>) => void): void {
  const { header } = block;
  const versionDates = parseVersionDates(header.clueText);
  const clue = pickVersionClue(versionDates);
  const base: Omit<ParsedCitation, 'index' | 'text'> = { bracketed: header.bracketed, versionDates };
  if (block.tag !== undefined) {
    base.levelTag = block.tag;
    const level = levelOfTag(block.tag, header.name);
    if (level !== undefined) base.level = level;
  }
  if (header.name !== undefined) base.lawName = header.name;
  if (clue !== undefined) base.versionClue = clue;
  if (block.specs.length === 0) {
    const other = otherRefOf(block.body);
    const quote = block.body.trim();
    push({
      ...base,
      ...(other !== undefined ? { otherRef: other } : {}),
      ...(quote !== '' ? { quote } : {}),
      text: `${block.headerText}${quote ? `\n${quote}` : ''}`,
    });
    return;
  }
  let lastArticle: ArticleRef | undefined;
  block.specs.forEach((spec, i) => {
    const next = block.specs[i + 1];
    const end = next?.start ?? block.body.length;
    const quote = block.body
      .slice(spec.quoteStart, end)
      .trim()
      .replace(/^[。.，,；;]+$/, '');
    // "第六十八条：" written twice, the first time without text: one citation.
    if (quote === '' && next && sameRefs(spec.refs, next.refs)) return;
    const segment = block.body.slice(spec.start, end).trim();
    for (const ref of spec.refs) {
      const c: Omit<ParsedCitation, 'index'> = { ...base, text: `${block.headerText}\n${segment}` };
      // "第二款：" on its own line continues the article above it.
      const article = ref.article === undefined && ref.otherRef === undefined ? lastArticle : ref;
      if (article?.article !== undefined) c.article = article.article;
      if (article?.suffix !== undefined) c.articleSuffix = article.suffix;
      if (ref.paragraph !== undefined) c.paragraph = ref.paragraph;
      if (ref.item !== undefined) c.item = ref.item;
      if (ref.otherRef !== undefined) c.otherRef = ref.otherRef;
      if (spec.expandedFrom !== undefined) c.expandedFrom = spec.expandedFrom;
      if (quote !== '') c.quote = quote;
      push(c);
    }
    const lastWithArticle = [...spec.refs].reverse().find((r) => r.article !== undefined);
    if (lastWithArticle) lastArticle = lastWithArticle;
  });
}

export function parseBasis(text: string): ParsedCitation[] {
  const clean = text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u200b\ufeff]/g, ' ')
    .replace(/<</g, '《')
    .replace(/>>/g, '》');
  const result: ParsedCitation[] = [];
  for (const block of readBlocks(clean)) {
    citationsOf(block, (c) => result.push({ index: result.length, ...c }));
  }
  return result;
}
