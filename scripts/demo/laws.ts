import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseVersionDates, pickVersionClue } from '../../src/domain/citations/version-clue';
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

const DATED = /^[\d０-９]{4}\s*年/;
const AMENDMENT = /修正|修订|修改/;

/**
 * The history lines of a law text as one event each: a line that does not start with a date
 * continues the one above (the texts wrap long decision titles), and the parenthesis some texts
 * close their history with ("…修订）") is dropped, as is a dangling "根据".
 */
export function historyEvents(history: readonly string[]): string[] {
  const events: string[] = [];
  for (const raw of history) {
    let line = raw;
    const open = (line.match(/[（(]/g) ?? []).length;
    const close = (line.match(/[）)]/g) ?? []).length;
    if (close > open) line = line.replace(/[）)]$/, '');
    if (open > close) line = line.replace(/^[（(]/, '');
    line = line.replace(/根据$/, '');
    if (line === '') continue;
    const last = events.length - 1;
    if (last < 0 || DATED.test(line)) events.push(line);
    else events[last] += line;
  }
  return events;
}

const chineseDate = (iso: string): string => {
  const [y, m, d] = iso.split('-');
  return `${y ?? ''}年${Number(m)}月${Number(d)}日`;
};

/** Passing precedes publication by weeks; the importer accepts up to this lag (version-choice.ts). */
const PUBLICATION_LAG_DAYS = 92;

/** True when the importer would take `clue` to mean the version published on `publish`. */
function namesVersion(clue: string, publish: string): boolean {
  const picked = pickVersionClue(parseVersionDates(clue));
  if (!picked) return true; // no clue: the current version, which is the one cited
  if (publish.startsWith(picked.date) || picked.date >= publish) return true;
  const lag = (Date.parse(publish) - Date.parse(picked.date)) / 86_400_000;
  return picked.precision === 'day' && picked.kind !== 'effective' && lag > 0 && lag <= PUBLICATION_LAG_DAYS;
}

/**
 * "（2010年10月28日…通过，根据2018年12月29日…修正）": the first event and the last amendment of the
 * version's history. Some texts' histories stop before the catalog version they belong to; then
 * "，<publish date>修订" is added so the clue names the version quoted, never an older one (only
 * the curated stale citations cite an older version). Empty when the text has no history.
 */
export function versionClue(law: { history: readonly string[]; publish: string }): string {
  const events = historyEvents(law.history);
  const first = events[0];
  if (first === undefined) return '';
  const amendment = [...events.slice(1)].reverse().find((e) => DATED.test(e) && AMENDMENT.test(e));
  const parts = [first, ...(amendment ? [`根据${amendment}`] : [])];
  if (law.publish && !namesVersion(parts.join('，'), law.publish)) parts.push(`${chineseDate(law.publish)}修订`);
  return `（${parts.join('，')}）`;
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
  return `${TAGS[law.level] ?? '【法规】'}《${law.title}》${versionClue(law)}第${intToChinese(article)}条：${quote}`;
}

/** A citation by article numbers only, as 责任事项依据 cells usually are: "…第三十条、第三十四条。" */
export function articleList(lawKey: string, articles: readonly number[]): string {
  const law = loadExtract().laws[lawKey];
  if (!law) throw new Error(`law extract has no ${lawKey}`);
  return `${TAGS[law.level] ?? '【法规】'}《${law.title}》${versionClue(law)}${articles.map((n) => `第${intToChinese(n)}条`).join('、')}。`;
}
