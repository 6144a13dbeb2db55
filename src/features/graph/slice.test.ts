import { fromGlobalId, NODE_TYPES } from '../../shared/global-id';
import type { SliceEdgeRow, SliceNodeRow } from './graph.model';
import { toSlice } from './slice';
import { NODE_PROPERTIES } from './visible-properties';

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

describe('toSlice shows allow-listed properties only', () => {
  const HOSTILE = {
    actor: '张三',
    reason: '内部调整',
    undoLog: '[{"op":"delete"}]',
    summary: '{}',
    password: 'hunter2',
    passwordHash: '$2b$10$x',
    apiToken: 'secret-token',
    createdBy: 'REASSIGNMENT',
    sourceFile: '/home/editor/内部/清单.xlsx',
    contentHash: 'abc',
    identityKey: 'k',
    raw: '{"内部备注":"x"}',
    rawCategory: '行政处罚',
  };

  it.each(NODE_TYPES.filter((t) => t !== 'ChangeSet'))('%s: keeps its listed properties and drops the rest', (type) => {
    const listed = Object.fromEntries(NODE_PROPERTIES[type].map((k) => [k, `v-${k}`]));
    const [shown] = toSlice([node('a', 0, { type, properties: { ...HOSTILE, ...listed, somethingNew: 1 } })], [], 10).nodes;
    expect(shown?.properties).toEqual({ ...listed, distance: 0, degree: 1 });
  });

  it('drops every property of an edge but its listed ones, and shows an unlisted type its period only', () => {
    const rows: SliceEdgeRow[] = [
      { source: 'a', target: 'b', type: 'BASED_ON', properties: { ...HOSTILE, role: 'BASIS', citedText: '第十条', order: 1 } },
      { source: 'a', target: 'b', type: 'HANDS_OVER', properties: { ...HOSTILE, validFrom: '2024-01-01', mode: 'x' } },
    ];
    const slice = toSlice([node('a', 0), node('b', 1)], rows, 10);
    expect(slice.edges.map((e) => e.properties)).toEqual([{ role: 'BASIS', citedText: '第十条', order: 1 }, { validFrom: '2024-01-01' }]);
  });

  it('lists no property that names an actor, a reason, an undo log, a secret or import bookkeeping', () => {
    const listed = Object.values(NODE_PROPERTIES).flat();
    for (const bad of [...Object.keys(HOSTILE), 'changeSetId', 'importedAt', 'nameKey', 'normalizedName']) expect(listed).not.toContain(bad);
  });
});
