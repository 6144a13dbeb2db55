/**
 * Keys of articles and chapters in a law version's indexes, and the chapter index built from
 * articles in text order: what the law text reader and the citation resolver share.
 * 条、章的键与章节索引（法律文本读取与引用解析共用）。
 */
import type { ArticleRange, ChapterIndex } from './types';

/** Where an article stands: its chapter (章) and section (节) numbers, when the text has them. */
export interface ArticlePlace {
  article: number;
  /** 2 for 第十条之二. */
  suffix?: number;
  chapter?: number;
  section?: number;
}

/** Key of a chapter in a ChapterIndex: "5" for 第五章, "5.2" for 第五章第二节. */
export function chapterKey(chapter: number, section?: number): string {
  return section === undefined ? String(chapter) : `${chapter}.${section}`;
}

/** Key of an article in an ArticleIndex: "12", or "12之1" for 第十二条之一. */
export function articleKey(article: number, suffix?: number): string {
  return suffix === undefined ? String(article) : `${article}之${suffix}`;
}

/**
 * Chapters and sections to article ranges, from articles in text order: a parsed text, or plain
 * rows read back from the graph (article, suffix, chapter, section). A chapter number that comes
 * back after another chapter (numbering restarting in each 编) is dropped as ambiguous.
 */
export function chapterIndexOf(articles: readonly ArticlePlace[]): ChapterIndex {
  const ranges = new Map<string, ArticleRange>();
  const ambiguous = new Set<string>();
  let previous: string[] = [];
  for (const a of articles) {
    const keys =
      a.chapter === undefined
        ? []
        : [chapterKey(a.chapter), ...(a.section === undefined ? [] : [chapterKey(a.chapter, a.section)])];
    for (const key of keys) {
      const range = ranges.get(key);
      if (range && !previous.includes(key)) ambiguous.add(key);
      if (range) {
        range.to = a.article;
        if (a.suffix === undefined) delete range.toSuffix;
        else range.toSuffix = a.suffix;
      } else {
        const fresh: ArticleRange = { from: a.article, to: a.article };
        if (a.suffix !== undefined) {
          fresh.fromSuffix = a.suffix;
          fresh.toSuffix = a.suffix;
        }
        ranges.set(key, fresh);
      }
    }
    previous = keys;
  }
  for (const key of ambiguous) ranges.delete(key);
  return ranges;
}
