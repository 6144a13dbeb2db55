/**
 * Conditions that many statements share, written once and filled in by the registry at load
 * (cypher-registry.ts). In a .cypher file a fragment is `{{name arg ...}}`, its arguments
 * separated by spaces; the expansion is the very text the statements held before, so a query's
 * text, and with it its plan, does not change:
 * - `{{inForce x d}}`: `x` (a node or relationship with validFrom/validTo, null = open) is in
 *   force on the date `d`: `(x.validFrom IS NULL OR x.validFrom <= d) AND (x.validTo IS NULL OR x.validTo >= d)`.
 * - `{{activeOrganization o d}}`: the organization `o` is active on `d` (today: in force on `d`).
 * - `{{startOf p}}`: when a version starts, an open start as the earliest date:
 *   `coalesce(p.validFrom, date('0001-01-01'))` (`{{startOf p}} <= asOf`: started by then).
 * `x`, `o` and `p` are variables; `d` is a variable, a `$parameter` or `date($parameter)`.
 * Written without outer parentheses, as they were: `NOT ({{inForce o d}})` negates all of it.
 * 共用条件（有效期、机构有效）只写一次，载入时展开为原文。
 */

const VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/u;
const DATE = /^(?:[A-Za-z_][A-Za-z0-9_]*|\$[A-Za-z_][A-Za-z0-9_]*|date\(\$[A-Za-z_][A-Za-z0-9_]*\))$/u;

interface Fragment {
  /** The arguments' names and what each must look like. */
  readonly args: readonly (readonly [name: string, shape: RegExp])[];
  readonly text: (...args: string[]) => string;
}

const inForce = (x: string, d: string): string =>
  `(${x}.validFrom IS NULL OR ${x}.validFrom <= ${d}) AND (${x}.validTo IS NULL OR ${x}.validTo >= ${d})`;

export const FRAGMENTS: Readonly<Record<string, Fragment>> = {
  inForce: {
    args: [
      ['variable', VARIABLE],
      ['date', DATE],
    ],
    text: inForce,
  },
  activeOrganization: {
    args: [
      ['organization', VARIABLE],
      ['date', DATE],
    ],
    text: inForce,
  },
  startOf: { args: [['variable', VARIABLE]], text: (p) => `coalesce(${p}.validFrom, date('0001-01-01'))` },
};

/** Placeholders the list kinds fill in (cypher-registry.ts expandKinds); they take no arguments. */
export const KIND_PLACEHOLDERS: readonly string[] = [
  'label',
  'labelKey',
  'UNION',
  'repointed',
  'affectedIds',
  'labels',
  'organizationLinks',
  'powerLinks',
];

/** Every `{{...}}` in a statement: `{{` never starts anything else in our Cypher. */
const MACRO = /\{\{([^{}]*)\}\}/gu;

/**
 * Fills in the fragments and leaves the kinds' placeholders for expandKinds. Throws on an
 * unknown name, a wrong number of arguments, an argument of the wrong shape, or a `{{` that is
 * not closed; the registry adds the file's name.
 */
export function expandFragments(text: string): string {
  const expanded = text.replace(MACRO, (whole, inner: string) => {
    const [name = '', ...args] = inner.trim().split(/\s+/u);
    if (KIND_PLACEHOLDERS.includes(name)) {
      if (args.length === 0) return whole;
      throw new Error(`${whole}: {{${name}}} takes no arguments, got ${args.length}`);
    }
    const fragment = Object.hasOwn(FRAGMENTS, name) ? FRAGMENTS[name] : undefined;
    if (fragment === undefined) {
      const known = [...Object.keys(FRAGMENTS), ...KIND_PLACEHOLDERS].join(', ');
      throw new Error(`unknown Cypher fragment ${whole} (known: ${known})`);
    }
    if (args.length !== fragment.args.length) {
      const expected = fragment.args.map(([argName]) => argName).join(' ');
      throw new Error(
        `${whole}: {{${name} ${expected}}} takes ${fragment.args.length} argument(s), got ${args.length}`,
      );
    }
    fragment.args.forEach(([argName, shape], i) => {
      if (!shape.test(args[i] ?? '')) throw new Error(`${whole}: ${args[i]} is not a ${argName}`);
    });
    return fragment.text(...args);
  });
  const unclosed = text.replace(MACRO, '').indexOf('{{');
  if (unclosed >= 0) throw new Error(`an unclosed {{ near "${text.replace(MACRO, '').slice(unclosed, unclosed + 40)}"`);
  return expanded;
}
