import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { intToChinese } from './law-text';

/** The shape of law-articles.json, written by extract-laws.ts (dev time, from ../shared). */
export interface LawExtract {
  provenance: string;
  laws: Record<string, { name: string; level: string; publish: string; title: string; history: string[]; articles: Record<string, string[]> }>;
  punishments: { dept: string; law: string; article: number; item: number; violation: string; subject: string }[];
  others: { dept: string; category: string; law: string; article: number; name: string }[];
  curated: { id: string; dept: string; category: string; name: string; law: string; keyword: string; article: number; publish?: string }[];
}

let cached: LawExtract | undefined;

export function loadExtract(): LawExtract {
  cached ??= JSON.parse(readFileSync(join(__dirname, 'law-articles.json'), 'utf8')) as LawExtract;
  return cached;
}

const TAGS: Record<string, string> = { 法律: '【法律】', 行政法规: '【行政法规】', 部门规章: '【规章】' };

/** "（2010年10月28日…通过，根据2018年12月29日…修正）": the passing line and the last amendment. */
export function versionClue(history: readonly string[]): string {
  const first = history[0] ?? '';
  const last = history.length > 1 ? history[history.length - 1] : undefined;
  return last ? `（${first}，根据${last}）` : `（${first}）`;
}

const QUOTE_MAX = 240;

/**
 * One citation: `【法律】《中华人民共和国X法》（…通过…根据…修正）第N条：quoted text`. The quote is the
 * article's first paragraph (cut at QUOTE_MAX with "……") and, for an enumerated item, that item
 * on its own line, so every quoted line is a prefix of a line of the real article.
 */
export function citation(lawKey: string, article: number, item = 0): string {
  const law = loadExtract().laws[lawKey];
  const lines = law?.articles[String(article)];
  if (!law || !lines) throw new Error(`law extract has no ${lawKey} §${article}`);
  const cut = (s: string) => (s.length > QUOTE_MAX ? `${s.slice(0, QUOTE_MAX)}……` : s);
  const items = lines.filter((l) => /^（[一二三四五六七八九十]+）/.test(l));
  const quote = [cut(lines[0] ?? ''), ...(item > 0 && items[item - 1] ? [cut(items[item - 1] ?? '')] : [])].join('\n');
  return `${TAGS[law.level] ?? '【法规】'}《${law.title}》${versionClue(law.history)}第${intToChinese(article)}条：${quote}`;
}

/** A citation by article numbers only, as 责任事项依据 cells usually are: "…第三十条、第三十四条。" */
export function articleList(lawKey: string, articles: readonly number[]): string {
  const law = loadExtract().laws[lawKey];
  if (!law) throw new Error(`law extract has no ${lawKey}`);
  return `${TAGS[law.level] ?? '【法规】'}《${law.title}》${versionClue(law.history)}${articles.map((n) => `第${intToChinese(n)}条`).join('、')}。`;
}
