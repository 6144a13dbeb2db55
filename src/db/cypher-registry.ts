import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import { LIST_KINDS, type ListKind } from '../domain/list-kinds';
import { PROJECT_ROOT } from '../paths';
import { expandFragments } from './cypher-fragments';

/**
 * Cypher lives only in `cypher/**.cypher`, one parameterised statement per file (schema files
 * may hold several, separated by `;`). Code names the statements it uses with `cypher(name)` at
 * module load; the registry reads the folder once and refuses to start when a named file is
 * missing. Cypher 只存放在 .cypher 文件中；启动时缺少文件即失败。
 *
 * Statements that name every kind of list get their branches from the kinds at load
 * (src/domain/list-kinds.ts), so a new kind reaches each of them without an edit:
 * - a line holding `{{label}}` stands once for each kind, with `{{label}}`, `{{labelKey}}` (the
 *   label in snake case, for constraint names), `{{repointed}}` (its relationship types joined by
 *   `|`) and `{{affectedIds}}` filled in; a line starting with `{{UNION}}` has it dropped in the
 *   first copy and made `UNION` in the others;
 * - `{{labels}}` anywhere is the list of every kind's label, as a Cypher list of strings;
 *   `{{organizationLinks}}` and `{{powerLinks}}` every kind's relationship types, joined by `|`.
 * The values come from the repository's own descriptors, never from a request.
 *
 * A file in `cypher/per-kind/` is a template written once for every kind: it is loaded as one
 * statement per kind, named `per-kind/<file>:<kind name>` (`kindStatement`), with `{{kind.label}}`,
 * `{{kind.listType}}` and `{{kind.scope}}` (the relationship to the organizations that scope the
 * kind's lists) filled in from that kind's descriptor.
 *
 * Text several statements share word for word (a statement's head, such as the scope of the
 * statistics) is written once in a part, `cypher/<path>.part.cypher`, and put in place of
 * `{{include <path>}}` before anything else is filled in; a part is not a statement.
 *
 * Conditions many statements share (in force on a date, an active organization, when a version
 * starts) are written once as `{{inForce x d}}`, `{{activeOrganization o d}}` and `{{startOf p}}`
 * and filled in first (cypher-fragments.ts). An unknown `{{name}}`, a wrong number of arguments
 * or an unclosed `{{` fails the load, naming the file.
 */

export interface CypherRef {
  readonly name: string;
}

const declared = new Map<string, CypherRef>();

/** Declares a statement by its path below `cypher/` without the extension, e.g. `organization/list-page`. */
export function cypher(name: string): CypherRef {
  const existing = declared.get(name);
  if (existing) return existing;
  const ref: CypherRef = Object.freeze({ name });
  declared.set(name, ref);
  return ref;
}

export function declaredStatements(): string[] {
  return [...declared.keys()].sort();
}

/**
 * A projection piece (`cypher/<feature>/<name>.piece.cypher`): not a statement but a part of one,
 * from which the read compiler (src/features/compiled-read) assembles a request's one statement.
 * Its variables and parameters are placeholders `__name__` (statement-shape.ts fills them in).
 * 投影片段：由读取编译器拼装成一条语句。
 */
export interface PieceRef {
  readonly piece: string;
}

const declaredPieceRefs = new Map<string, PieceRef>();

/** Declares a piece by its path below `cypher/` without `.piece.cypher`, e.g. `power/list-row`. */
export function piece(name: string): PieceRef {
  const existing = declaredPieceRefs.get(name);
  if (existing) return existing;
  const ref: PieceRef = Object.freeze({ piece: name });
  declaredPieceRefs.set(name, ref);
  return ref;
}

export function declaredPieces(): string[] {
  return [...declaredPieceRefs.keys()].sort();
}

const PIECE = '.piece.cypher';
/** A part of several statements' text (`{{include <path>}}`), not a statement itself. */
const PART = '.part.cypher';
const INCLUDE = /\{\{include\s+([^{}\s]+)\s*\}\}/gu;

/** Puts each `{{include name}}` part's text in place; an unknown part fails the load, naming the file. */
function includeParts(file: string, text: string, parts: ReadonlyMap<string, string>): string {
  return text.replace(INCLUDE, (whole, name: string) => {
    const part = parts.get(name);
    if (part === undefined) {
      throw new Error(`${file}: unknown Cypher part ${whole} (no cypher/${name}${PART})`);
    }
    return part;
  });
}

export const CYPHER_DIR = join(PROJECT_ROOT, 'cypher');

/** The folder of templates that stand once for each kind of list. */
const PER_KIND = 'per-kind/';

/** The statement a per-kind template (`cypher/per-kind/<template>.cypher`) makes for one kind. */
export function kindStatement(template: string, kind: Pick<ListKind, 'name'>): CypherRef {
  return cypher(`${PER_KIND}${template}:${kind.name}`);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return listFiles(path);
    return entry.endsWith('.cypher') ? [path] : [];
  });
}

const nameOf = (dir: string, path: string, ext: string): string =>
  relative(dir, path).split(sep).join('/').slice(0, -ext.length);

export class CypherRegistry {
  private constructor(
    private readonly statements: ReadonlyMap<string, string>,
    private readonly pieces: ReadonlyMap<string, string> = new Map(),
  ) {}

  static load(dir: string = CYPHER_DIR, kinds: readonly ListKind[] = LIST_KINDS): CypherRegistry {
    const statements = new Map<string, string>();
    const pieces = new Map<string, string>();
    const files = listFiles(dir);
    const parts = new Map(
      files.filter((path) => path.endsWith(PART)).map((path) => [nameOf(dir, path, PART), stripComments(readFileSync(path, 'utf8'))]),
    );
    for (const path of files) {
      if (path.endsWith(PART)) continue;
      const text = includeParts(`cypher/${relative(dir, path).split(sep).join('/')}`, stripComments(readFileSync(path, 'utf8')), parts);
      if (path.endsWith(PIECE)) {
        const name = nameOf(dir, path, PIECE);
        pieces.set(name, expand(`cypher/${name}${PIECE}`, text, kinds));
        continue;
      }
      const name = nameOf(dir, path, '.cypher');
      const file = `cypher/${name}.cypher`;
      if (!name.startsWith(PER_KIND)) {
        statements.set(name, expand(file, text, kinds));
        continue;
      }
      for (const kind of kinds) statements.set(`${name}:${kind.name}`, expand(file, expandKind(text, kind), kinds));
    }
    const registry = new CypherRegistry(statements, pieces);
    registry.verify(declaredStatements());
    const missing = declaredPieces().filter((name) => !pieces.has(name));
    if (missing.length > 0) {
      throw new Error(
        `缺少 Cypher 片段 / missing Cypher pieces: ${missing.map((n) => `cypher/${n}${PIECE}`).join(', ')}`,
      );
    }
    return registry;
  }

  /** The text of a projection piece, fragments filled in, placeholders left for the compiler. */
  pieceText(ref: PieceRef): string {
    const text = this.pieces.get(ref.piece);
    if (text === undefined) throw new Error(`unknown Cypher piece ${ref.piece}`);
    return text;
  }

  pieceNames(): string[] {
    return [...this.pieces.keys()].sort();
  }

  /** Throws naming every declared statement that has no file. */
  verify(names: Iterable<string>): void {
    const missing = [...names].filter((name) => !this.statements.has(name));
    if (missing.length > 0) {
      throw new Error(
        `缺少 Cypher 文件 / missing Cypher files: ${missing.map((n) => `cypher/${n}.cypher`).join(', ')}`,
      );
    }
  }

  text(ref: CypherRef): string {
    const text = this.statements.get(ref.name);
    if (text === undefined) throw new Error(`unknown Cypher statement ${ref.name}`);
    return text;
  }

  names(): string[] {
    return [...this.statements.keys()].sort();
  }

  /** The statements of a file that holds several, split on `;` at the end of a line. */
  statementsOf(name: string): string[] {
    const text = this.statements.get(name);
    if (text === undefined) throw new Error(`unknown Cypher file ${name}`);
    return text
      .split(/;\s*(?:\n|$)/)
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
  }
}

/** A statement as it runs: fragments, then kinds; an error names the file. */
export function expand(file: string, text: string, kinds: readonly ListKind[]): string {
  try {
    return expandKinds(expandFragments(text), kinds);
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** Fills in one kind's `{{kind.<field>}}` (see the class comment); an unknown field fails the load. */
export function expandKind(text: string, kind: ListKind): string {
  const values: Readonly<Record<string, string>> = { label: kind.label, listType: kind.listType, scope: kind.scope };
  return text.replace(/\{\{kind\.([A-Za-z]+)\}\}/gu, (_whole, field: string) => {
    const value = values[field];
    if (value === undefined) throw new Error(`unknown {{kind.${field}}}`);
    if (!SAFE_NAME.test(value)) throw new Error(`list kind ${kind.name}: ${value} is not a plain name`);
    return value;
  });
}

/** Removes `//` line comments that start a line, so files can carry a header comment. */
function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
}

const SAFE_NAME = /^[A-Za-z][A-Za-z0-9_]*$/u;

/** A label as the names of its constraints spell it: TownshipDutyItem → township_duty_item. */
const snakeCase = (label: string): string => label.replace(/(?<=[a-z0-9])([A-Z])/gu, '_$1').toLowerCase();

/** Fills in the kinds of list (see the class comment). */
export function expandKinds(text: string, kinds: readonly ListKind[]): string {
  for (const k of kinds) {
    for (const name of [k.label, k.affectedIds, k.scope, ...k.repointed, ...k.organizationLinks, ...k.powerLinks]) {
      if (!SAFE_NAME.test(name)) throw new Error(`list kind ${k.name}: ${name} is not a plain name`);
    }
  }
  const labels = `[${kinds.map((k) => `'${k.label}'`).join(', ')}]`;
  const joined = (links: (k: ListKind) => readonly string[]) => [...new Set(kinds.flatMap(links))].join('|');
  return text
    .split('\n')
    .flatMap((line) => {
      if (!line.includes('{{label}}')) return [line];
      return kinds.map((k, i) =>
        line
          .replace('{{UNION}}', i === 0 ? '' : 'UNION')
          .replaceAll('{{label}}', k.label)
          .replaceAll('{{labelKey}}', snakeCase(k.label))
          .replaceAll('{{repointed}}', k.repointed.join('|'))
          .replaceAll('{{affectedIds}}', k.affectedIds),
      );
    })
    .join('\n')
    .replaceAll('{{labels}}', labels)
    .replaceAll(
      '{{organizationLinks}}',
      joined((k) => k.organizationLinks),
    )
    .replaceAll(
      '{{powerLinks}}',
      joined((k) => k.powerLinks),
    );
}
