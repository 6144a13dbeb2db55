import { mapInTurns, TurnBudget } from '../shared/event-loop';

/**
 * Character-bigram similarity of power names (issue 5 SIMILAR_NAME). We use the Dice coefficient
 * on bigram sets, 2|A∩B| / (|A| + |B|): it weighs the shared part of two short names more kindly
 * than Jaccard (|A∩B| / |A∪B|) and is what reviewers' "0.8" usually means. 字二元组 Dice 相似度。
 */

/** The set of adjacent character pairs of a normalised name ("违法建设" -> 违法, 法建, 建设). */
export function bigrams(text: string): Set<string> {
  const chars = [...text];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(`${chars[i]}${chars[i + 1]}`);
  return out;
}

export function diceOfSets(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 0;
  let common = 0;
  for (const g of a) if (b.has(g)) common += 1;
  return (2 * common) / (a.size + b.size);
}

export function dice(a: string, b: string): number {
  return diceOfSets(bigrams(a), bigrams(b));
}

export interface SimilarPair {
  /** Indices into the input, a < b. */
  a: number;
  b: number;
  score: number;
}

const EPSILON = 1e-9;

/**
 * Every pair of texts whose bigram Dice similarity is at least `threshold`, without comparing
 * every pair: prefix filtering (AllPairs). Bigrams are ordered rarest first; a pair reaching the
 * threshold must share a bigram within both prefixes, where a set of size n keeps its first
 * n - ceil(t·n / (2 - t)) + 1 bigrams (Dice ≥ t implies an overlap of at least t·n / (2 - t)).
 * Only pairs that share a prefix bigram are scored exactly, so common bigrams such as 处罚 never
 * make the work quadratic.
 */
export async function similarPairs(
  texts: readonly string[],
  threshold: number,
  turn: TurnBudget = new TurnBudget(),
): Promise<SimilarPair[]> {
  const sets = await mapInTurns(texts, bigrams, turn);
  const frequency = new Map<string, number>();
  for (const set of sets) {
    for (const g of set) frequency.set(g, (frequency.get(g) ?? 0) + 1);
    if (turn.spent) await turn.check();
  }
  const rarestFirst = (x: string, y: string): number =>
    (frequency.get(x) ?? 0) - (frequency.get(y) ?? 0) || (x < y ? -1 : x > y ? 1 : 0);
  const index = new Map<string, number[]>();
  const pairs: SimilarPair[] = [];
  for (const [i, set] of sets.entries()) {
    // A county's items of one category can number thousands: other requests run in between.
    await turn.check();
    if (set.size === 0) continue;
    const ordered = [...set].sort(rarestFirst);
    const minOverlap = Math.ceil((threshold * set.size) / (2 - threshold) - EPSILON);
    const prefix = ordered.slice(0, Math.max(1, set.size - minOverlap + 1));
    const candidates = new Set<number>();
    for (const g of prefix) for (const j of index.get(g) ?? []) candidates.add(j);
    for (const [k, j] of [...candidates].sort((x, y) => x - y).entries()) {
      if (k % 256 === 255) await turn.check();
      const score = diceOfSets(sets[j]!, set);
      if (score >= threshold - EPSILON) pairs.push({ a: j, b: i, score });
    }
    for (const g of prefix) {
      const list = index.get(g);
      if (list) list.push(i);
      else index.set(g, [i]);
    }
  }
  return pairs;
}

/** Each text's similar partners (by index), from its pairs, both ways, in the pairs' order. */
function partnersOf(pairs: readonly SimilarPair[]): Map<number, { other: number; score: number }[]> {
  const partners = new Map<number, { other: number; score: number }[]>();
  const link = (x: number, other: number, score: number): void => {
    const list = partners.get(x);
    if (list) list.push({ other, score });
    else partners.set(x, [{ other, score }]);
  };
  for (const pair of pairs) {
    link(pair.a, pair.b, pair.score);
    link(pair.b, pair.a, pair.score);
  }
  return partners;
}

/** A set of distinct texts compared by `similarPairs`, with each text's similar partners. */
interface ComparedSet {
  threshold: number;
  /** Each text's index in the set. */
  position: Map<string, number>;
  /** Each text's similar partners (indices into the set), with their scores. */
  partners: Map<number, { other: number; score: number }[]>;
}

/**
 * Sets of texts compared lately, so that a set within one of them is not compared again: the
 * pairs of a subset are exactly the pairs of the set whose two texts are both in the subset, since
 * `similarPairs` finds every pair reaching the threshold and a pair's score depends on its two texts
 * only. The counties of a province list the same catalog names, so a batch's names, or the county
 * a reassignment plan analyses again in its transaction, are mostly within a set compared before.
 * Bounded by the number of texts kept; the least recently used set goes first.
 * 已比较过的名称集合：其子集直接取已知的相近对，不再重复比较。
 */
export class ComparedSets {
  private readonly sets: ComparedSet[] = [];
  private texts = 0;
  /** Sets compared (not answered from a kept set), for tests. */
  comparisons = 0;

  constructor(private readonly maxTexts: number) {}

  /** `similarPairs(texts, threshold)`, from a kept set when one holds every text (texts distinct). */
  async pairs(
    texts: readonly string[],
    threshold: number,
    turn: TurnBudget = new TurnBudget(),
  ): Promise<SimilarPair[]> {
    let known: ComparedSet | undefined;
    for (const set of this.sets) {
      if (set.threshold === threshold && (await everyInTurns(texts, (t) => set.position.has(t), turn))) {
        known = set;
        break;
      }
    }
    if (known) {
      // Another analysis may have let it go while this one took turns: then it is used, not kept again.
      const at = this.sets.indexOf(known);
      if (at >= 0) {
        this.sets.splice(at, 1);
        this.sets.push(known);
      }
      return pairsWithin(known, texts, turn);
    }
    const pairs = await similarPairs(texts, threshold, turn);
    this.comparisons += 1;
    await this.keep(texts, threshold, pairs, turn);
    return pairs;
  }

  private async keep(
    texts: readonly string[],
    threshold: number,
    pairs: readonly SimilarPair[],
    turn: TurnBudget,
  ): Promise<void> {
    if (texts.length > this.maxTexts) return;
    this.sets.push({ threshold, position: await positionsInTurns(texts, turn), partners: partnersOf(pairs) });
    this.texts += texts.length;
    while (this.texts > this.maxTexts) {
      const oldest = this.sets.shift();
      if (!oldest) break;
      this.texts -= oldest.position.size;
    }
  }
}

/** Whether every text passes `test`, taking turns: a batch's distinct names number tens of thousands. */
async function everyInTurns(
  texts: readonly string[],
  test: (text: string) => boolean,
  turn: TurnBudget,
): Promise<boolean> {
  for (const text of texts) {
    if (!test(text)) return false;
    if (turn.spent) await turn.check();
  }
  return true;
}

/** Each text's index, taking turns. */
async function positionsInTurns(texts: readonly string[], turn: TurnBudget): Promise<Map<string, number>> {
  const position = new Map<string, number>();
  for (const [i, text] of texts.entries()) {
    position.set(text, i);
    if (turn.spent) await turn.check();
  }
  return position;
}

/** The pairs among `texts` (each in `known`), in the order `similarPairs` gives them: by b, then a. */
async function pairsWithin(known: ComparedSet, texts: readonly string[], turn: TurnBudget): Promise<SimilarPair[]> {
  const index = new Map<number, number>();
  for (const [i, text] of texts.entries()) {
    index.set(known.position.get(text)!, i);
    if (turn.spent) await turn.check();
  }
  const pairs: SimilarPair[] = [];
  for (const [b, text] of texts.entries()) {
    for (const { other, score } of known.partners.get(known.position.get(text)!) ?? []) {
      const a = index.get(other);
      if (a !== undefined && a < b) pairs.push({ a, b, score });
    }
    if (turn.spent) await turn.check();
  }
  return pairs.sort((x, y) => x.b - y.b || x.a - y.a);
}

/** Compared sets shared by the process's analyses (at most 50,000 names, a few MB). */
const COMPARED = new ComparedSets(50_000);

/**
 * The similar pairs within each group of texts, as `similarPairs` gives them group by group (the
 * same pairs, indices into each group, a < b), but each distinct text is compared once for all the
 * groups: a pair's score depends on its two texts only. A province's counties list the same
 * catalog items under the same names, so a batch of counties is one comparison over the distinct
 * names of a category instead of one per county; each group then keeps the pairs of its own texts.
 * 多个分组（如各区县）共享相同事项名称时，相同名称只比较一次。
 */
export async function similarPairsInGroups(
  groups: readonly (readonly string[])[],
  threshold: number,
  turn: TurnBudget = new TurnBudget(),
): Promise<SimilarPair[][]> {
  // Every step over all the groups' texts takes turns: a batch of 2,000 organizations of a province
  // lists tens of thousands of names, and each pass over them was 5–15 ms (ADR 0004, twentieth round).
  const seen = new Set<string>();
  for (const texts of groups) {
    for (const text of texts) seen.add(text);
    if (turn.spent) await turn.check();
  }
  const distinct = [...seen];
  const position = await positionsInTurns(distinct, turn);
  const partners = partnersOf(await COMPARED.pairs(distinct, threshold, turn));
  // A text repeated within one group pairs with itself as similarPairs would score it (1 when it
  // has a bigram at all).
  const selfScore = (text: string): number => diceOfSets(bigrams(text), bigrams(text));
  const out: SimilarPair[][] = [];
  for (const texts of groups) {
    await turn.check();
    const at = new Map<number, number[]>();
    for (const [i, text] of texts.entries()) {
      const p = position.get(text)!;
      const list = at.get(p);
      if (list) list.push(i);
      else at.set(p, [i]);
      if (turn.spent) await turn.check();
    }
    const pairs: SimilarPair[] = [];
    for (const [b, text] of texts.entries()) {
      if (turn.spent) await turn.check();
      const p = position.get(text)!;
      for (const { other, score } of partners.get(p) ?? []) {
        for (const a of at.get(other) ?? []) if (a < b) pairs.push({ a, b, score });
      }
      const same = at.get(p) ?? [];
      if (same.length < 2 || same[0] === b) continue;
      const self = selfScore(text);
      if (self >= threshold - EPSILON) for (const a of same) if (a < b) pairs.push({ a, b, score: self });
    }
    out.push(pairs);
  }
  return out;
}
