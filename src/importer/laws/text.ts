/**
 * Law texts (法律文本) in the LawRefBook Markdown format: title, history, `<!-- INFO END -->`,
 * `##` chapters, articles "第N条 ...", one paragraph (款) per line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { NUMERAL_CHARS, parseChineseNumeral } from '../../domain/laws/numerals';
import { articleKey, chapterIndexOf, type ArticlePlace } from '../../domain/laws/article-places';
import type { ArticleIndex, CatalogEntry, ChapterIndex } from '../../domain/laws/types';

export interface LawArticle extends ArticlePlace {
  /** Paragraphs (款); item lines "（一）…" stay inside the paragraph they belong to. */
  paragraphs: string[];
}

export interface ParsedLawText {
  articles: LawArticle[];
  /**
   * False when the text is visibly cut short: a "第一章" heading with no other chapter after it
   * (a few source files stop after chapter one). Article checks must not trust such a text.
   */
  complete: boolean;
}

const ARTICLE_LINE = new RegExp(`^第([${NUMERAL_CHARS}]+)条(?:之([${NUMERAL_CHARS}]+))?(?:[\\s\\u3000]+|$)(.*)$`);
const ITEM_LINE = /^[（(][一二三四五六七八九十\d]+[)）]/;
const HEADING = new RegExp(`^(#+)\\s*(?:第([${NUMERAL_CHARS}]+)([编章节]))?`);

/** Chapter and section state while reading headings; a heading at or above a level closes it. */
interface Outline {
  chapter?: { n: number; depth: number };
  section?: { n: number; depth: number };
}

function readHeading(outline: Outline, line: string): void {
  const m = HEADING.exec(line);
  const depth = m?.[1]?.length ?? 1;
  const n = m?.[2] === undefined ? undefined : parseChineseNumeral(m[2]);
  const unit = m?.[3];
  if (outline.section && depth <= outline.section.depth) delete outline.section;
  if (outline.chapter && depth <= outline.chapter.depth) {
    delete outline.chapter;
    delete outline.section;
  }
  if (n === undefined) return;
  if (unit === '章') outline.chapter = { n, depth };
  else if (unit === '节' && outline.chapter) outline.section = { n, depth };
}

export function parseLawText(markdown: string): ParsedLawText {
  const marker = markdown.indexOf('<!-- INFO END -->');
  const body = marker >= 0 ? markdown.slice(marker + '<!-- INFO END -->'.length) : markdown;
  const articles: LawArticle[] = [];
  let current: LawArticle | undefined;
  let lastNumber = 0;
  let chapters = 0;
  let firstChapter = false;
  const outline: Outline = {};
  for (const rawLine of body.split(/\r?\n/)) {
    const line = rawLine.replace(/[\u200b\ufeff]/g, '').trim();
    if (line === '') continue;
    if (line.startsWith('#')) {
      if (/^#+\s*第[一二三四五六七八九十]+章/.test(line)) {
        chapters++;
        if (/^#+\s*第一章/.test(line)) firstChapter = true;
      }
      readHeading(outline, line);
      current = undefined;
      continue;
    }
    const m = ARTICLE_LINE.exec(line);
    const article = m ? parseChineseNumeral(m[1] ?? '') : undefined;
    // A number that goes backwards starts an annex (附件) with its own numbering: stop there.
    if (m && article !== undefined && article < lastNumber) break;
    if (m && article !== undefined) {
      const suffix = m[2] ? parseChineseNumeral(m[2]) : undefined;
      current = { article, paragraphs: [] };
      if (suffix !== undefined) current.suffix = suffix;
      if (outline.chapter) current.chapter = outline.chapter.n;
      if (outline.section) current.section = outline.section.n;
      const first = (m[3] ?? '').trim();
      if (first) current.paragraphs.push(first);
      articles.push(current);
      lastNumber = article;
      continue;
    }
    if (!current) continue;
    const last = current.paragraphs.length - 1;
    if (ITEM_LINE.test(line) && last >= 0) current.paragraphs[last] += `\n${line}`;
    else current.paragraphs.push(line);
  }
  return { articles, complete: !(firstChapter && chapters === 1) };
}

export function articleIndexOf(text: ParsedLawText): ArticleIndex {
  return new Map(text.articles.map((a) => [articleKey(a.article, a.suffix), a.paragraphs.length]));
}

/** Article and chapter indexes of the versions whose text was loaded. */
export interface LawTextIndexes {
  articles: Map<string, ArticleIndex>;
  chapters: Map<string, ChapterIndex>;
}

/**
 * Candidate files of a version, most specific first: <name>(<publish>).md; <name>.md (undated
 * texts such as 刑法); for 民法典 parts ("民法典 合同编") the part name alone.
 */
export function lawTextPaths(dir: string, entry: CatalogEntry): string[] {
  const folder = join(dir, entry.folder);
  const paths: string[] = [];
  if (entry.publish) paths.push(join(folder, `${entry.name}(${entry.publish}).md`));
  paths.push(join(folder, `${entry.name}.md`));
  const part = entry.name.split(/\s+/)[1];
  if (part) paths.push(join(folder, `${part}.md`));
  // The catalog's folder and name columns are data: a path leaving the text folder ("../", an
  // absolute path) is never read.
  const root = resolve(dir) + sep;
  return paths.filter((path) => resolve(path).startsWith(root));
}

/**
 * Reads and indexes the text of every version that has one; versions without a file are absent,
 * and so are versions without chapters from `chapters`.
 */
export function loadLawTextIndexes(dir: string, entries: readonly CatalogEntry[]): LawTextIndexes {
  const result: LawTextIndexes = { articles: new Map(), chapters: new Map() };
  for (const entry of entries) {
    const path = lawTextPaths(dir, entry).find((p) => existsSync(p));
    if (path === undefined) continue;
    const text = parseLawText(readFileSync(path, 'utf8'));
    // Some old texts number their clauses "一、" instead of 第N条, a few are cut short:
    // no index rather than one that would reject real articles.
    if (!text.complete || text.articles.length === 0) continue;
    result.articles.set(entry.id, articleIndexOf(text));
    const chapters = chapterIndexOf(text.articles);
    if (chapters.size > 0) result.chapters.set(entry.id, chapters);
  }
  return result;
}

/** The article indexes alone (see loadLawTextIndexes). */
export function loadLawTexts(dir: string, entries: readonly CatalogEntry[]): Map<string, ArticleIndex> {
  return loadLawTextIndexes(dir, entries).articles;
}
