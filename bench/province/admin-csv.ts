/** One property as exported: name, Cypher type (`valueType`), value (text, or a list). */
export interface Prop {
  k: string;
  t: string;
  v: string | readonly unknown[];
}

/** Cypher value types -> neo4j-admin import header types. */
const ADMIN_TYPES: Record<string, string> = {
  STRING: 'string',
  INTEGER: 'long',
  FLOAT: 'double',
  BOOLEAN: 'boolean',
  DATE: 'date',
  'ZONED DATETIME': 'datetime',
  'LOCAL DATETIME': 'localdatetime',
  'LIST<STRING>': 'string[]',
  'LIST<INTEGER>': 'long[]',
  'LIST<FLOAT>': 'double[]',
};

/** Between list elements in one cell; never in the data (checked). */
export const ARRAY_DELIMITER = '\u001f';

function adminType(cypherType: string): string {
  const type = ADMIN_TYPES[cypherType.replace(/ NOT NULL/g, '')];
  if (!type) throw new Error(`bench/province: no bulk-import type for ${cypherType}`);
  return type;
}

/** A column that so far holds only empty lists. */
const EMPTY_LIST = '[]';

export const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/**
 * The column layout of one file of the bulk import: the union of the properties its rows carry,
 * each with the one type it has in every row. 批量导入文件的列。
 */
export class Columns {
  private readonly types = new Map<string, string>();
  private readonly present = new Map<string, number>();
  private readonly emptyLists = new Set<string>();
  private rows = 0;

  /** Properties every row has and some rows hold as an empty list (the bulk import drops those). */
  get alwaysPresentEmptyLists(): string[] {
    return [...this.emptyLists].filter((k) => this.present.get(k) === this.rows);
  }

  add(props: readonly Prop[]): void {
    this.rows += 1;
    for (const p of props) {
      this.present.set(p.k, (this.present.get(p.k) ?? 0) + 1);
      if (Array.isArray(p.v) && p.v.length === 0) this.emptyLists.add(p.k);
      // An empty list has no element type: it takes the column's.
      if (p.t.startsWith('LIST<NOTHING>')) {
        if (!this.types.has(p.k)) this.types.set(p.k, EMPTY_LIST);
        continue;
      }
      const type = adminType(p.t);
      const known = this.types.get(p.k);
      if (known === EMPTY_LIST) {
        this.types.set(p.k, type);
        continue;
      }
      if (known !== undefined && known !== type) throw new Error(`bench/province: ${p.k} is ${known} and ${type}`);
      this.types.set(p.k, type);
    }
  }

  header(leading: readonly string[]): string {
    return [...leading, ...[...this.types].map(([k, t]) => `${k}:${t === EMPTY_LIST ? 'string[]' : t}`)].join(',');
  }

  /**
   * Absent properties are empty cells (no property); `text` rewrites and quotes a text (even an
   * empty one, which stays an empty string).
   */
  cells(props: readonly Prop[], text: (s: string) => string): string[] {
    const byKey = new Map(props.map((p) => [p.k, p]));
    return [...this.types].map(([k, type]) => {
      const p = byKey.get(k);
      if (p === undefined) return '';
      if (typeof p.v === 'string') return type === 'string' ? text(p.v) : p.v;
      const items = p.v.map((x) => (type === 'string[]' ? unquote(text(String(x))) : String(x)));
      if (items.some((x) => x.includes(ARRAY_DELIMITER))) throw new Error(`bench/province: ${k} holds the array delimiter`);
      return quote(items.join(ARRAY_DELIMITER));
    });
  }
}

const unquote = (q: string): string => q.slice(1, -1).replace(/""/g, '"');
