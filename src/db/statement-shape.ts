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

function projection(nodes: readonly ShapeNode[], variable: string | undefined, text: PieceText): string {
  return nodes.map((node) => `${nodeKey(node)}: ${render(node, variable, text)}`).join(',\n');
}

function render(node: ShapeNode, parent: string | undefined, text: PieceText): string {
  const child = `n${node.id}`;
  const row = node.row === null ? undefined : fill(text(node.row), node.id, { self: child });
  const nested = projection(node.children, child, text);
  const body = row === undefined ? undefined : nested === '' ? row : `${row},\n${nested}`;
  return fill(text(node.piece), node.id, {
    ...(parent === undefined ? {} : { self: parent }),
    child,
    ...(body === undefined ? {} : { projection: body }),
  });
}

/** The statement's text: the root piece around one entry per root node, or the rows piece around the one. */
export function renderShape(shape: StatementShape, text: PieceText): string {
  const [only] = shape.children;
  if (only !== undefined && rowPerObject(shape)) {
    return fill(text(ROWS_PIECE), 0, { projection: render(only, undefined, text) });
  }
  return fill(text(ROOT_PIECE), 0, { projection: projection(shape.children, undefined, text) });
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
