import { aggregate, GROUP_TYPE, unitGroupId } from '../../web/src/aggregate';
import type { GraphEdge, GraphNode } from '../../web/src/api';

const node = (id: string, type: string, properties: Record<string, unknown> = {}): GraphNode => ({ id, type, label: id, properties });
const edge = (source: string, type: string, target: string): GraphEdge => ({ id: `${source}-${type}-${target}`, type, source, target, properties: null });

describe('aggregate', () => {
  const nodes = [
    node('org', 'Organization'),
    node('t1', 'Organization'),
    ...Array.from({ length: 5 }, (_, i) => node(`p${i}`, 'Power', { category: i < 3 ? 'PUNISHMENT' : 'LICENSING' })),
    ...Array.from({ length: 4 }, (_, i) => node(`e${i}`, 'EnforcementItem')),
    node('w0', 'WhistleMatter'),
  ];
  const edges = [
    ...Array.from({ length: 5 }, (_, i) => edge(`p${i}`, 'EXERCISED_BY', 'org')),
    ...Array.from({ length: 4 }, (_, i) => edge(`e${i}`, 'TO', 't1')),
    ...Array.from({ length: 4 }, (_, i) => edge(`e${i}`, 'HANDS_OVER', `p${i}`)),
    edge('w0', 'LEAD', 'org'),
  ];
  const label = (g: { memberType: string; members: unknown[] }): string => `${g.memberType} ${g.members.length}`;

  it('leaves a slice within the budget as it is', () => {
    expect(aggregate({ nodes, edges, truncated: false }, label, 100).slice.nodes).toHaveLength(nodes.length);
  });

  it('collapses powers per category, hand-overs per township, keeps a group of one as a node, merges edges', () => {
    const { slice, groups } = aggregate({ nodes, edges, truncated: false }, label, 5);
    expect(slice.nodes.filter((n) => n.type === GROUP_TYPE).map((n) => n.label).sort()).toEqual([
      'EnforcementItem 4',
      'Power 2',
      'Power 3',
    ]);
    expect(slice.nodes.map((n) => n.id)).toContain('w0');
    expect(groups.get('group:EnforcementItem:t1')?.members).toHaveLength(4);
    // 4 hand-overs TO t1 become one edge; HANDS_OVER to the two categories become two.
    expect(slice.edges.filter((e) => e.type === 'TO')).toHaveLength(1);
    expect(slice.edges.filter((e) => e.type === 'HANDS_OVER').map((e) => e.target).sort()).toEqual([
      'group:Power:LICENSING',
      'group:Power:PUNISHMENT',
    ]);
    expect(slice.edges.filter((e) => e.type === 'EXERCISED_BY')).toHaveLength(2);
  });

  describe('internal units', () => {
    const units = [node('bureau', 'Organization'), node('city', 'AdminDivision'), ...Array.from({ length: 6 }, (_, i) => node(`u${i}`, 'Organization'))];
    const unitEdges = [
      edge('bureau', 'IN_DIVISION', 'city'),
      ...Array.from({ length: 6 }, (_, i) => edge(`u${i}`, 'PART_OF', 'bureau')),
      ...Array.from({ length: 6 }, (_, i) => edge(`u${i}`, 'IN_DIVISION', 'city')),
    ];

    it('collapse under their parent even within the budget, with one edge to the parent and one to the division', () => {
      const { slice, groups } = aggregate({ nodes: units, edges: unitEdges, truncated: false }, label, 150);
      expect(slice.nodes.map((n) => n.id).sort()).toEqual(['bureau', 'city', unitGroupId('bureau')].sort());
      expect(groups.get(unitGroupId('bureau'))?.members).toHaveLength(6);
      expect(groups.get(unitGroupId('bureau'))?.townshipId).toBe('bureau');
      expect(slice.edges.map((e) => `${e.source} ${e.type} ${e.target}`).sort()).toEqual(
        ['bureau IN_DIVISION city', `${unitGroupId('bureau')} PART_OF bureau`, `${unitGroupId('bureau')} IN_DIVISION city`].sort(),
      );
    });

    it('leave a unit asked for (a start node) on its own', () => {
      const { slice } = aggregate({ nodes: units, edges: unitEdges, truncated: false }, label, 150, new Set(['u0']));
      expect(slice.nodes.map((n) => n.id)).toContain('u0');
      expect(slice.nodes.find((n) => n.id === unitGroupId('bureau'))?.properties?.['count']).toBe(5);
    });
  });
});
