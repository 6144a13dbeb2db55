import { gql, neighborhood, type GraphSlice } from './api';

/** How a node changed between the two dates (版本比对). */
export type DiffMark = 'added' | 'removed' | 'changed';

/** One change of an organization's list, as the page colours it. */
export interface PageChange {
  kind: string;
  name: string;
  /** The node coloured: the later row, or the earlier one when removed. */
  nodeId: string;
  mark: DiffMark;
}

interface Change {
  kind: string;
  name: string;
  before: { id: string } | null;
  after: { id: string } | null;
}

const LIST_DIFF = `query ListDiff($id: ID!, $from: Date!, $to: Date!) {
  listDiff(organizationId: $id, from: $from, to: $to) { changes { kind name before { id } after { id } } }
}`;

/** Organizations compared at most per draw: one listDiff each. */
export const MAX_COMPARED = 20;

const markOf = (kind: string): DiffMark => (kind === 'ADDED' ? 'added' : kind === 'REMOVED' ? 'removed' : 'changed');

/** listDiff requests in flight at once: the service answers 8 per client at most (CLIENT_MAX_CONCURRENT). */
const IN_FLIGHT = 4;

/** What changed in the power lists of these organizations from `from` to `to` (listDiff, one per organization). */
export async function loadChanges(organizationIds: readonly string[], from: string, to: string): Promise<PageChange[]> {
  const ids = organizationIds.slice(0, MAX_COMPARED);
  const lists: Change[][] = [];
  for (let start = 0; start < ids.length; start += IN_FLIGHT) {
    const batch = ids.slice(start, start + IN_FLIGHT);
    lists.push(
      ...(await Promise.all(
        batch.map((id) =>
          gql<{ listDiff: { changes: Change[] } }>(LIST_DIFF, { id, from, to }).then((d) => d.listDiff.changes),
        ),
      )),
    );
  }
  return lists.flat().flatMap((c) => {
    const node = c.kind === 'REMOVED' ? c.before : c.after;
    return node ? [{ kind: c.kind, name: c.name, nodeId: node.id, mark: markOf(c.kind) }] : [];
  });
}

/**
 * The removed rows as they were on `from`, with their links to what is on screen: drawn beside the
 * later list so that what went away is seen where it was.
 */
export async function removedSlice(
  removedIds: readonly string[],
  onScreen: ReadonlySet<string>,
  from: string,
): Promise<GraphSlice> {
  if (removedIds.length === 0) return { nodes: [], edges: [], truncated: false };
  const slice = await neighborhood([...removedIds], 1, 500, from);
  const keep = new Set([...removedIds, ...onScreen]);
  return {
    nodes: slice.nodes.filter((n) => removedIds.includes(n.id)),
    edges: slice.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
    truncated: slice.truncated,
  };
}

/** A year before an ISO date: the default start of a comparison. */
export function yearBefore(date: string): string {
  const [y, m, d] = date.split('-');
  return `${Number(y) - 1}-${m}-${m === '02' && d === '29' ? '28' : d}`;
}
