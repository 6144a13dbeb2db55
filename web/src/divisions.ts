/**
 * The divisions a page offers (the dashboard's scope, the graph page's jurisdiction view): every
 * division an organization names, with its ancestors, as an indented tree of options. 行政区划树。
 */
import { gql } from './api';
import { h } from './dom';

export interface DivisionRef {
  code: string;
  name: string;
  level: string;
  parent: DivisionRef | null;
}
const DIVISIONS = `query PageDivisions($asOf: Date, $after: String) {
  organizations(asOf: $asOf, first: 500, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { id division { code name level parent { code name level parent { code name level parent { code name level } } } } } }
  }
}`;

export interface Divisions {
  divisions: Map<string, DivisionRef>;
  /** How many organizations each division has, itself and below. */
  organizationsBelow: Map<string, number>;
  /** Organizations in no division (at most 500). */
  withoutDivision: string[];
}

/** Every division named by an organization (with its ancestors), how many organizations each has below it, and the organizations with none. */
export async function divisions(asOf: string): Promise<Divisions> {
  const found = new Map<string, DivisionRef>();
  const organizationsBelow = new Map<string, number>();
  const withoutDivision: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 20; page += 1) {
    const data: {
      organizations: {
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: { id: string; division: DivisionRef | null } }[];
      };
    } = await gql(DIVISIONS, { asOf, after });
    for (const { node } of data.organizations.edges) {
      if (node.division === null) withoutDivision.push(node.id);
      for (let d: DivisionRef | null = node.division; d; d = d.parent) {
        if (!found.has(d.code)) found.set(d.code, d);
        organizationsBelow.set(d.code, (organizationsBelow.get(d.code) ?? 0) + 1);
      }
    }
    if (!data.organizations.pageInfo.hasNextPage) break;
    after = data.organizations.pageInfo.endCursor;
  }
  return { divisions: found, organizationsBelow, withoutDivision: withoutDivision.slice(0, 500) };
}

/** The divisions as indented options, parents before children, and the top divisions. */
export function divisionOptions(found: Map<string, DivisionRef>): { options: HTMLElement[]; roots: DivisionRef[] } {
  const children = new Map<string, DivisionRef[]>();
  const roots: DivisionRef[] = [];
  for (const d of found.values()) {
    const parent = d.parent && found.has(d.parent.code) ? d.parent.code : null;
    if (parent === null) roots.push(d);
    else children.set(parent, [...(children.get(parent) ?? []), d]);
  }
  const options: HTMLElement[] = [];
  const walk = (d: DivisionRef, depth: number): void => {
    options.push(h('option', { value: d.code }, `${'\u3000'.repeat(depth)}${d.name}（${d.code}）`));
    for (const c of (children.get(d.code) ?? []).sort((a, b) => a.code.localeCompare(b.code))) walk(c, depth + 1);
  };
  for (const r of roots.sort((a, b) => a.code.localeCompare(b.code))) walk(r, 0);
  return { options, roots };
}
