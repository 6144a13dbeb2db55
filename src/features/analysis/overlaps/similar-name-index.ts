import { bigrams, diceOfSets } from '../shared/text-similarity';
import { comparedText } from './similar-name';

const EPSILON = 1e-9;

interface Entry {
  key: string;
  grams: ReadonlySet<string>;
  prefix: string[];
}

interface CategoryIndex {
  byKey: Map<string, Entry>;
  /** Bigram -> the entries whose prefix holds it. */
  postings: Map<string, Entry[]>;
}

/**
 * Every power item's name, indexed to answer "which items are similar to these?" without comparing
 * each pair: the same prefix filtering as similarPairs (bigrams ordered rarest first within a
 * category; two names reaching Dice t share a bigram of both prefixes, where a set of n bigrams
 * keeps its first n - ceil(t·n / (2 - t)) + 1). Scoped analysis (issue 6's impact) looks up the
 * items in scope here instead of pairing the whole graph. 相似名称索引：只查与范围内事项相似的事项。
 */
export class SimilarNameIndex {
  private constructor(
    /** Item key -> the index of its category. */
    private readonly categoryOf: Map<string, CategoryIndex>,
    readonly threshold: number,
  ) {}

  static build(items: readonly { category: string; key: string }[], threshold: number): SimilarNameIndex {
    const grouped = new Map<string, { key: string; grams: Set<string> }[]>();
    for (const item of items) {
      const list = grouped.get(item.category) ?? [];
      list.push({ key: item.key, grams: bigrams(comparedText(item.key)) });
      grouped.set(item.category, list);
    }
    const categoryOf = new Map<string, CategoryIndex>();
    for (const list of grouped.values()) {
      const frequency = new Map<string, number>();
      for (const { grams } of list) for (const g of grams) frequency.set(g, (frequency.get(g) ?? 0) + 1);
      const rarestFirst = (x: string, y: string): number =>
        (frequency.get(x) ?? 0) - (frequency.get(y) ?? 0) || (x < y ? -1 : x > y ? 1 : 0);
      const byKey = new Map<string, Entry>();
      const postings = new Map<string, Entry[]>();
      for (const { key, grams } of list) {
        if (grams.size === 0) continue;
        const minOverlap = Math.ceil((threshold * grams.size) / (2 - threshold) - EPSILON);
        const prefix = [...grams].sort(rarestFirst).slice(0, Math.max(1, grams.size - minOverlap + 1));
        const entry: Entry = { key, grams, prefix };
        byKey.set(key, entry);
        for (const g of prefix) {
          const posting = postings.get(g);
          if (posting) posting.push(entry);
          else postings.set(g, [entry]);
        }
      }
      const index: CategoryIndex = { byKey, postings };
      for (const key of byKey.keys()) categoryOf.set(key, index);
    }
    return new SimilarNameIndex(categoryOf, threshold);
  }

  /** The keys of the other items of the same category whose names reach the threshold with one of `keys`. */
  similarTo(keys: readonly string[]): string[] {
    const wanted = new Set(keys);
    const found = new Set<string>();
    for (const key of wanted) {
      const category = this.categoryOf.get(key);
      const entry = category?.byKey.get(key);
      if (!category || !entry) continue;
      for (const g of entry.prefix) {
        for (const other of category.postings.get(g) ?? []) {
          if (wanted.has(other.key) || found.has(other.key)) continue;
          if (diceOfSets(entry.grams, other.grams) >= this.threshold - EPSILON) found.add(other.key);
        }
      }
    }
    return [...found].sort();
  }
}
