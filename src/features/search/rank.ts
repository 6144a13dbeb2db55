/**
 * Ranking and snippets of search hits (pure). The full-text score alone ranks a long name that
 * repeats a word above the name that is exactly the query, so hits are ordered by match tier
 * first (exact > starts with > contains > shares words), then by the full-text score.
 * 检索结果排序与摘要：先按匹配层级，再按全文得分。
 */

export interface Candidate {
  type: string;
  id: string;
  score: number;
  /** The indexed texts of the node, most important first (name, sub-item, duty, violation); nulls allowed. */
  texts: (string | null)[];
}

export interface RankedHit {
  type: string;
  id: string;
  /** tier + the full-text score relative to the best candidate, in [0, 4). */
  score: number;
  snippet: string | null;
}

export const TIER_EXACT = 3;
export const TIER_PREFIX = 2;
export const TIER_CONTAINS = 1;

const compact = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');

export function matchTier(text: string, query: string): number {
  return tierOfCompact(compact(text), compact(query));
}

/** matchTier of texts already compacted (the query once for all candidates). */
function tierOfCompact(t: string, q: string): number {
  if (q.length === 0) return 0;
  if (t === q) return TIER_EXACT;
  if (t.startsWith(q)) return TIER_PREFIX;
  if (t.includes(q)) return TIER_CONTAINS;
  return 0;
}

export const SNIPPET_LENGTH = 80;
const CONTEXT_BEFORE = 20;

/**
 * Marks with 【】 the longest pieces of the text that occur in a word of the query (at least two
 * characters, or one for a one-character word), then cuts a window around the first mark.
 */
export function snippet(text: string, query: string, length = SNIPPET_LENGTH): string {
  const words = query
    .normalize('NFKC')
    .toLowerCase()
    .split(/\s+/u)
    .filter((w) => w.length > 0);
  const chars = [...text];
  // The lowered characters as one string, and where each character starts in it: a piece of the
  // text is a substring, not a slice joined anew on every try.
  const starts: number[] = [];
  let lowered = '';
  for (const c of chars) {
    starts.push(lowered.length);
    lowered += c.normalize('NFKC').toLowerCase();
  }
  starts.push(lowered.length);
  const wordLengths = words.map((w) => [...w].length);
  const marked: boolean[] = chars.map(() => false);
  for (let i = 0; i < chars.length;) {
    let best = 0;
    words.forEach((word, w) => {
      const min = wordLengths[w] === 1 ? 1 : 2;
      for (let len = Math.min(wordLengths[w]!, chars.length - i); len >= min && len > best; len -= 1) {
        if (word.includes(lowered.slice(starts[i], starts[i + len]))) best = len;
      }
    });
    for (let k = 0; k < best; k += 1) marked[i + k] = true;
    i += Math.max(best, 1);
  }
  const first = marked.indexOf(true);
  const start =
    chars.length <= length || first < CONTEXT_BEFORE ? 0 : Math.min(first - CONTEXT_BEFORE, chars.length - length);
  const end = Math.min(chars.length, start + length);
  let out = start > 0 ? '…' : '';
  for (let i = start; i < end; i += 1) {
    if (marked[i] && !marked[i - 1]) out += '【';
    out += chars[i];
    if (marked[i] && (i + 1 === end || !marked[i + 1])) out += '】';
  }
  return end < chars.length ? `${out}…` : out;
}

/** Code-point order, as Neo4j's ORDER BY compares strings (the compiled search ranks in its statement). */
const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The best-matching of a hit's texts (the first one on a tie: the name), and its tier. */
function shownText(texts: readonly (string | null)[], q: string): { shown: string | undefined; tier: number } {
  const present = texts.filter((t): t is string => typeof t === 'string' && t.length > 0);
  const tiers = present.map((t) => tierOfCompact(compact(t), q));
  const tier = Math.max(0, ...tiers);
  return { shown: present[tiers.indexOf(tier)] ?? present[0], tier };
}

/** A kept hit's snippet: from its best-matching text, as rankHits cuts it. */
export function hitSnippet(texts: readonly (string | null)[], query: string): string | null {
  const { shown } = shownText(texts, compact(query));
  return shown === undefined ? null : snippet(shown, query);
}

/** The query as the tiers compare it (NFKC, lower case, no white space): the compiled search's $compact. */
export const compactQuery = compact;

/**
 * Orders candidates by (tier, relative full-text score), keeps the first `limit`, with snippets.
 * Ties go by type, then id, in code-point order. cypher/search/candidates.piece.cypher ranks the
 * same way in its statement; the equivalence suite compares the two.
 */
export function rankHits(candidates: readonly Candidate[], query: string, limit: number): RankedHit[] {
  const best = Math.max(0, ...candidates.map((c) => c.score));
  const q = compact(query);
  return (
    candidates
      .map((c) => {
        const { shown, tier } = shownText(c.texts, q);
        const relative = best > 0 ? c.score / best : 0;
        return { type: c.type, id: c.id, score: tier + Math.min(relative, 1) * 0.999, shown };
      })
      .sort((a, b) => b.score - a.score || byCodePoint(a.type, b.type) || byCodePoint(a.id, b.id))
      .slice(0, limit)
      // Snippets only for the hits kept: the candidates are ten times as many.
      .map(({ shown, ...hit }) => ({ ...hit, snippet: shown === undefined ? null : snippet(shown, query) }))
  );
}
