import { piece, type PieceRef } from './cypher-registry';

/**
 * The intermediate form of a compiled read: which projection pieces (`cypher/**\/*.piece.cypher`)
 * a request's statement is made of and how they nest. The compiler (src/features/compiled-read)
 * builds a shape from the selection set; this file turns it into the statement's text. Only the
 * pieces' own text and names made here (`n3`, `asOf_3`, `c3`) reach the statement: a request's
 * values travel as parameters, its aliases and names never.
 * 编译读取的中间形式：由哪些投影片段组成、如何嵌套；只拼接仓库中的片段与此处生成的名称。
 *
 * In a piece, `__self__` is the variable of the object the piece hangs under, `__child__` the
 * variable of the objects it reads, `__projection__` where their projection goes (their row
 * piece, then their own nested pieces as `c<id>: ...`). Any other `__name__` (a local variable, or
 * a parameter as `$__name__`) becomes `name_<id>`, unique to the node.
 */
export interface ShapeNode {
  /** Numbered in pre-order: its variable is `n<id>`, its key in the parent's map `c<id>`. */
  readonly id: number;
  /** What reads the node's objects under its parent (or, for a root node, from nothing). */
  readonly piece: PieceRef;
  /** How one object is projected; null when the piece returns a value itself (a count). */
  readonly row: PieceRef | null;
  readonly children: readonly ShapeNode[];
}

export interface StatementShape {
  /** Names the statement in logs and errors: `compiled/<root field>`. */
  readonly name: string;
  readonly children: readonly ShapeNode[];
}

/** The statement every shape is wrapped in: one row, one map, a key per root node. */
export const ROOT_PIECE = piece('compiled/root');
/**
 * The statement of a shape whose one root node reads objects: a row per object. The driver decodes
 * each string of a message that spans several network chunks through a new StringDecoder over every
 * chunk (neo4j-driver-bolt-connection utf8.js); a row per object keeps most messages in one chunk.
 */
export const ROWS_PIECE = piece('compiled/rows');

/** Whether the shape's statement returns a row per object of its one root node (else one row, `root`). */
export const rowPerObject = (shape: StatementShape): boolean =>
  shape.children.length === 1 && shape.children[0]!.row !== null;

const PLACEHOLDER = /__([A-Za-z][A-Za-z0-9]*)__/gu;

export const nodeKey = (node: Pick<ShapeNode, 'id'>): string => `c${node.id}`;
/** A node's parameter `name` as the statement names it. */
export const paramName = (node: Pick<ShapeNode, 'id'>, name: string): string => `${name}_${node.id}`;

function fill(text: string, id: number, names: { self?: string; child?: string; projection?: string }): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    if (name === 'self' || name === 'child' || name === 'projection') {
      const value = names[name];
      if (value === undefined) throw new Error(`piece placeholder ${whole} has no value here`);
      return value;
    }
    return `${name}_${id}`;
  });
}

type PieceText = (ref: PieceRef) => string;

/**
 * How one object's list becomes its row again: its own columns first, then its nested reads, each
 * by its node key with, for a read of objects, their layout (null for a value).
 */
export interface RowLayout {
  readonly columns: readonly string[];
  readonly nested: readonly { readonly key: string; readonly layout: RowLayout | null }[];
}

/** Where a restored row keeps its nested reads' values (by node key), apart from its own columns. */
export const NESTED = Symbol('nested');

/** An object's row as the compiler reads it: its columns, and its nested reads under NESTED. */
export type RestoredRow = Record<string, unknown> & { [NESTED]?: Record<string, unknown> };

interface Entry {
  readonly key: string;
  readonly expression: string;
}

/** `text` split at its top-level commas (not those inside brackets, braces, parentheses or quotes). */
function topLevelParts(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quote !== null) {
      if (c === '\\') i += 1;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth += 1;
    else if (c === ')' || c === ']' || c === '}') depth -= 1;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

const PROPERTY_ENTRY = /^\.([A-Za-z_][A-Za-z0-9_]*)$/u;
const KEYED_ENTRY = /^([A-Za-z_][A-Za-z0-9_]*)\s*:\s*([\s\S]+)$/u;

/** The entries of a map projection's body (`.id, name: expression, …`) on `variable`. */
function entriesOf(body: string, variable: string, where: string): Entry[] {
  return topLevelParts(body).map((part) => {
    const property = PROPERTY_ENTRY.exec(part);
    if (property) return { key: property[1]!, expression: `${variable}.${property[1]!}` };
    const keyed = KEYED_ENTRY.exec(part);
    if (keyed) return { key: keyed[1]!, expression: keyed[2]! };
    throw new Error(`${where}: cannot read the projection entry "${part}" (write .property or key: expression)`);
  });
}

/** Where a piece projects its objects: the map projection `__child__ { …, __projection__ }`. */
const OBJECT_PROJECTION = /__child__\s*\{([^{}]*?)__projection__\s*\}/u;

interface Rendered {
  readonly text: string;
  /** Null for a node whose piece returns a value itself. */
  readonly layout: RowLayout | null;
}

/**
 * A node's text. Its objects are projected as lists, not maps: Bolt sends a map's keys with every
 * object, and the driver decodes each key into a new string and defines it as a property (about
 * a third of a page's decoding, and Neo4j's encoding of it); the layout makes the lists rows again.
 */
function render(node: ShapeNode, parent: string | undefined, text: PieceText): Rendered {
  const child = `n${node.id}`;
  const names = { ...(parent === undefined ? {} : { self: parent }), child };
  if (node.row === null) return { text: fill(text(node.piece), node.id, names), layout: null };
  const where = `cypher/${node.piece.piece}.piece.cypher`;
  const pieceText = text(node.piece);
  const match = OBJECT_PROJECTION.exec(pieceText);
  if (match === null) throw new Error(`${where}: no __child__ { __projection__ } to project its objects into`);
  const own = entriesOf(match[1]!, '__child__', where);
  const row = entriesOf(fill(text(node.row), node.id, { self: child }), child, `cypher/${node.row.piece}.piece.cypher`);
  const nested = node.children.map((c) => ({ key: nodeKey(c), rendered: render(c, child, text) }));
  const list = [...own.map((e) => e.expression), '__projection__'].join(', ');
  const body = [...row.map((e) => e.expression), ...nested.map((n) => n.rendered.text)].join(',\n');
  const layout: RowLayout = {
    columns: [...own, ...row].map((e) => e.key),
    nested: nested.map((n) => ({ key: n.key, layout: n.rendered.layout })),
  };
  const listed = `${pieceText.slice(0, match.index)}[${list}]${pieceText.slice(match.index + match[0].length)}`;
  return { text: fill(listed, node.id, { ...names, projection: body }), layout };
}

/** A compiled statement's text, and how its records become the rows the compiler reads. */
export interface RenderedShape {
  readonly text: string;
  /** The records with each object's list made a row again (`row`, or `root` by node key); see RestoredRow. */
  restore(records: readonly Record<string, unknown>[]): Record<string, unknown>[];
}

/** One object's list as its row. */
function restoreRow(values: readonly unknown[], layout: RowLayout): RestoredRow {
  const { columns, nested } = layout;
  const row: RestoredRow = {};
  for (let i = 0; i < columns.length; i += 1) row[columns[i]!] = values[i];
  if (nested.length > 0) {
    const reads: Record<string, unknown> = {};
    nested.forEach(({ key, layout: objects }, j) => {
      const value = values[columns.length + j];
      reads[key] = objects === null ? value : restoreRows(value, objects);
    });
    row[NESTED] = reads;
  }
  return row;
}

/** The objects a node read (a list of lists) as rows. */
export function restoreRows(value: unknown, layout: RowLayout): unknown {
  return Array.isArray(value) ? value.map((values: unknown[]) => restoreRow(values, layout)) : value;
}

const OPENS = new Set(['(', '[', '{', ',']);
const CLOSES = new Set([')', ']', '}', ',']);

/**
 * The statement as sent: white space outside quotes collapsed, and dropped next to brackets and
 * commas. The driver writes a statement in 1,400-byte pieces, a system call each (neo4j-driver-
 * bolt-connection chunking.js), which costs a compiled read more than its indentation is worth.
 */
export function compactStatement(text: string): string {
  let out = '';
  let quote: string | null = null;
  let space = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quote !== null) {
      out += c;
      if (c === '\\' && i + 1 < text.length) out += text[(i += 1)]!;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === ' ' || c === '\n' || c === '\t' || c === '\r') {
      space = true;
      continue;
    }
    if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      throw new Error(`a compiled statement has a comment outside a piece's header: ${text.slice(i, i + 40)}`);
    }
    if (space && out !== '' && !OPENS.has(out[out.length - 1]!) && !CLOSES.has(c)) out += ' ';
    space = false;
    out += c;
    if (c === "'" || c === '"' || c === '`') quote = c;
  }
  return out;
}

/** The statement's text: the root piece around one entry per root node, or the rows piece around the one. */
export function renderShape(shape: StatementShape, text: PieceText): RenderedShape {
  const [only] = shape.children;
  if (only !== undefined && rowPerObject(shape)) {
    const rendered = render(only, undefined, text);
    const layout = rendered.layout!;
    return {
      text: compactStatement(fill(text(ROWS_PIECE), 0, { projection: rendered.text })),
      restore: (records) => records.map((r) => ({ row: restoreRow(r['row'] as unknown[], layout) })),
    };
  }
  const rendered = shape.children.map((node) => ({ key: nodeKey(node), ...render(node, undefined, text) }));
  const entries = rendered.map((r) => `${r.key}: ${r.text}`).join(',\n');
  return {
    text: compactStatement(fill(text(ROOT_PIECE), 0, { projection: entries })),
    restore: (records) =>
      records.map((record) => {
        // The record is this read's own (values.ts converts in place too): restored where it is.
        const root = record['root'] as Record<string, unknown>;
        for (const r of rendered) if (r.layout !== null) root[r.key] = restoreRows(root[r.key], r.layout);
        return { root };
      }),
  };
}

/** What identifies a shape's text (the same structure gives the same statement). */
export function shapeKey(shape: StatementShape): string {
  const key = (node: ShapeNode): unknown => [
    node.id,
    node.piece.piece,
    node.row?.piece ?? null,
    node.children.map(key),
  ];
  return JSON.stringify(shape.children.map(key));
}
