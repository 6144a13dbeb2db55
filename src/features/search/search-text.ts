import { itemCodeKey } from '../../domain/item-codes';
import { badInput } from '../../errors';

export const MAX_SEARCH_RESULTS = 100;
export const MAX_SEARCH_TEXT = 100;

/** Characters with a meaning in Lucene's query syntax; each is escaped with a backslash. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** The user's text normalised for matching: NFKC (full/half width unified), lower case, runs of whitespace as one space. */
export function normaliseSearchText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/**
 * The Lucene query for a user's text: the whole text as a phrase (boosted, so rows holding it
 * verbatim come first), OR its words (the cjk analyzer splits Chinese into bigrams, so rows sharing
 * some of them still match). A single Chinese character has no bigram of its own: a prefix query
 * finds the bigrams it starts. Lower case keeps AND/OR/NOT from acting as operators; every special
 * character is escaped, so user text can never change the query's structure.
 * 用户文本经转义后构造查询：整句短语加权，或其中词语；单个汉字用前缀查询。
 */
export function luceneQuery(normalised: string): string {
  const escaped = escapeLucene(normalised.toLowerCase());
  const parts = [`"${escaped}"^4`, `(${escaped})`];
  if ([...normalised].length === 1) parts.push(`${escaped}*`);
  return parts.join(' OR ');
}

const CODE_LIKE = /^(?=.*\d).{4,}$/u;

/**
 * The text as an item code (事项编码) to look up by prefix, when it may be one: four characters or
 * more, one of them a digit ("650200207XK", "62052400MZ-XK-0001", a code no layout fits such as
 * "市监许可第6号"); else null.
 */
export function codeQuery(normalised: string): string | null {
  const key = itemCodeKey(normalised);
  return CODE_LIKE.test(key) ? key : null;
}

/** Validates the arguments of `search`; returns the normalised text, or null when it has nothing to search for. */
export function searchArguments(
  text: string,
  first: number | null | undefined,
): { text: string | null; first: number } {
  const limit = first ?? 20;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_SEARCH_RESULTS) {
    throw badInput(
      'first',
      first,
      `须为 0 到 ${MAX_SEARCH_RESULTS} 之间的整数`,
      `must be an integer from 0 to ${MAX_SEARCH_RESULTS}`,
    );
  }
  const normalised = normaliseSearchText(text);
  if (normalised.length === 0) throw badInput('text', text, '不能为空', 'must not be empty');
  if ([...normalised].length > MAX_SEARCH_TEXT) {
    throw badInput(
      'text',
      text.slice(0, 20),
      `不能超过 ${MAX_SEARCH_TEXT} 个字`,
      `must be at most ${MAX_SEARCH_TEXT} characters`,
    );
  }
  // Only punctuation: the analyzer would find no word, so there is nothing to look up.
  return { text: /[\p{L}\p{N}]/u.test(normalised) ? normalised : null, first: limit };
}
