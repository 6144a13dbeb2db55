import { fromGlobalId } from '../../shared/global-id';
import type { SliceEdgeRow, SliceNodeRow } from './graph.model';
import { toSlice } from './slice';

const node = (key: string, distance: number, extra: Partial<SliceNodeRow> = {}): SliceNodeRow => ({
  type: 'Power',
  localId: `p-${key}`,
  key,
  distance,
  degree: 1,
  label: key,
  properties: { name: key, citations: '[]', sourceFile: 'x.xlsx' },
  ...extra,
});
const edge = (source: string, target: string, type = 'EXERCISED_BY'): SliceEdgeRow => ({ source, target, type, properties: null });

describe('toSlice', () => {
  it('keeps the first limit nodes and marks the slice truncated when more were found', () => {
    const slice = toSlice([node('a', 0), node('b', 1), node('c', 1)], [], 2);
    expect(slice.nodes.map((n) => n.label)).toEqual(['a', 'b']);
    expect(slice.truncated).toBe(true);
    expect(toSlice([node('a', 0)], [], 2).truncated).toBe(false);
  });

  it('uses global ids that decode to the type and local id, and adds distance and degree', () => {
    const [first] = toSlice([node('a', 0, { type: 'AdminDivision', localId: '990181', degree: 7 })], [], 10).nodes;
    expect(fromGlobalId(first!.id)).toEqual({ type: 'AdminDivision', localId: '990181' });
    expect(first!.properties).toEqual({ name: 'a', distance: 0, degree: 7 });
  });

  it('keeps only edges whose both ends are in the slice, with distinct ids for parallel edges', () => {
    const slice = toSlice([node('a', 0), node('b', 1), node('c', 2)], [edge('a', 'b'), edge('a', 'b'), edge('b', 'c'), edge('a', 'zz')], 2);
    expect(slice.edges).toHaveLength(2);
    expect(new Set(slice.edges.map((e) => e.id)).size).toBe(2);
    expect(slice.edges.every((e) => e.source === slice.nodes[0]!.id && e.target === slice.nodes[1]!.id)).toBe(true);
  });
});
