import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';

import { aggregate, GROUP_TYPE, mapEdges, VISIBLE_BUDGET, type GroupInfo } from './aggregate';
import type { GraphEdge, GraphNode, GraphSlice } from './api';
import { CATEGORY_NAMES, EDGE_NAMES, MODE_NAMES, NODE_TYPE_NAMES, nameOf, t } from './i18n';
import { distinctLabels, keepEnd, keepStart, placeLabels, type Box } from './labels';
import { categoryColor, nodeColor, STYLESHEET, TYPE_STYLE } from './styles';

cytoscape.use(fcose);
cytoscape.use(svg);

const RING_SIZE = 160;
/** Organization labels keep this many characters (plus the ellipsis). */
const ORGANIZATION_LABEL = 12;
/** Organizations differ at the end of their names (…劳动关系科), powers and list rows at the start. */
const shorten = (type: string, label: string): string => (type === 'Organization' ? keepEnd(label, ORGANIZATION_LABEL) : keepStart(label, 16));
/** The jurisdiction tree: one line per node, columns of subtrees side by side. */
const TREE_LINE = 40;
const TREE_COLUMN = 250;
const TREE_INDENT = 26;
/** Order of siblings in the tree: divisions, governments, departments, the rest, groups last. */
const TREE_RANK: Record<string, number> = { TOWNSHIP_GOV: 1, STREET_OFFICE: 1, GOV_DEPT: 2, VERTICAL_AGENCY: 3 };
/** Labels drawn smaller than this (font size × zoom) are not drawn (styles.ts min-zoomed-font-size). */
const MIN_ZOOMED_FONT = 9;

/**
 * The Cytoscape view: elements built from graph slices, fCoSE layout, Chinese edge labels.
 * The container carries data-node-count / data-edge-count / data-layout-ms once a layout ends.
 * 图谱视图。
 */
export class GraphView {
  readonly cy: Core;
  /** Collapsed groups still (partly) closed, each collapsed node's group, and the slice's edges. */
  private groups = new Map<string, GroupInfo>();
  private groupOf = new Map<string, string>();
  private sliceEdges: GraphEdge[] = [];
  private sliceLabels = new Map<string, string>();
  /** Whether internal units and large slices are drawn collapsed (?aggregate=0 turns it off). */
  aggregateLarge = true;
  /** Whether the drawing is the jurisdiction tree (laid out as a tree, not by forces). */
  private tree = false;

  constructor(private readonly container: HTMLElement) {
    this.cy = cytoscape({
      container,
      style: STYLESHEET,
      minZoom: 0.02,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      // Large graphs stay responsive while panning and zooming.
      hideEdgesOnViewport: true,
      textureOnViewport: true,
      motionBlur: false,
      pixelRatio: 1,
    });
    // Hover shows a node's full name and its edges' labels (edge labels show on hover only).
    this.cy.on('mouseover', 'node', (event) => {
      const node = event.target as NodeSingular;
      node.addClass('hover');
      node.connectedEdges().addClass('hover');
    });
    this.cy.on('mouseout', 'node', (event) => {
      const node = event.target as NodeSingular;
      node.removeClass('hover');
      node.connectedEdges().removeClass('hover');
    });
  }

  /**
   * Collision avoidance: labels are placed in priority order (start nodes, organizations and groups, then by
   * degree) and a label that would cover a placed one is hidden (hover shows it). Label sizes are in
   * graph units, so what overlaps does not depend on the zoom; the zoom decides which sizes are
   * drawn at all (organizations' larger labels first).
   */
  placeLabels(): void {
    const cy = this.cy;
    cy.nodes().removeClass('label-hidden');
    const priority = (n: NodeSingular): number =>
      (n.hasClass('seed') ? 1e6 : 0) + (n.data('type') === 'Organization' || n.data('type') === GROUP_TYPE ? 1e5 : 0) + n.degree(false);
    const nodes = cy
      .nodes()
      .toArray()
      .sort((a, b) => priority(b) - priority(a));
    const boxes: Box[] = nodes.map((n) => n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false }));
    const kept = placeLabels(boxes);
    cy.batch(() => {
      nodes.forEach((n, i) => {
        if (!kept.has(i)) n.addClass('label-hidden');
      });
    });
    this.container.dataset['labelsHidden'] = String(nodes.length - kept.size);
  }

  /** The labels drawn now, as boxes on the page: shown (not hidden by placement) and big enough at this zoom. */
  labelBoxes(): Box[] {
    const cy = this.cy;
    const zoom = cy.zoom();
    return cy
      .nodes()
      .filter((n) => !n.hasClass('label-hidden') && Number.parseFloat(String(n.style('font-size'))) * zoom >= MIN_ZOOMED_FONT)
      .map((n) => n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false }));
  }

  nodeData(id: string): GraphNode | null {
    const node = this.cy.getElementById(id);
    return node.nonempty() ? (node.data('graphNode') as GraphNode) : null;
  }

  /**
   * Replaces (or with merge, adds to) what is drawn, then lays it out. Returns the layout time in ms.
   * `tree`: the slice is a jurisdiction (divisions, organizations, hand-overs), drawn as a tree from the seeds.
   */
  async draw(slice: GraphSlice, seeds: readonly string[], merge: boolean, tree = false): Promise<number> {
    const cy = this.cy;
    this.container.dataset['state'] = 'drawing';
    if (!merge) this.tree = tree;
    this.container.dataset['view'] = this.tree ? 'jurisdiction' : 'neighborhood';
    const existing = new Set(merge ? cy.nodes().map((n) => n.id()) : []);
    if (!merge) {
      this.container.dataset['sliceCount'] = String(slice.nodes.length);
      // Aggregate first: a large slice is drawn collapsed (powers per category, hand-overs per township).
      this.sliceLabels = new Map(slice.nodes.map((n) => [n.id, n.label]));
      // ?aggregate=0: every node drawn as itself (internal units too).
      const aggregated = this.aggregateLarge
        ? aggregate(slice, (g) => this.groupLabel(g), VISIBLE_BUDGET, new Set(seeds))
        : { slice, groups: new Map<string, GroupInfo>(), groupOf: new Map<string, string>() };
      this.groups = aggregated.groups;
      this.groupOf = aggregated.groupOf;
      this.sliceEdges = slice.edges;
      slice = aggregated.slice;
    }
    cy.batch(() => {
      if (!merge) cy.elements().remove();
      const modes = new Map(slice.nodes.filter((n) => n.type === 'EnforcementItem').map((n) => [n.id, typeof n.properties?.['mode'] === 'string' ? n.properties['mode'] : '']));
      const elements: ElementDefinition[] = [
        ...slice.nodes.filter((n) => !existing.has(n.id)).map((n) => this.nodeElement(n)),
        ...slice.edges.filter((e) => cy.getElementById(e.id).empty()).map((e) => this.edgeElement(e, modes.get(e.source))),
      ];
      const added = cy.add(elements);
      // New nodes start around the node they were expanded from, so the layout only refines.
      const anchor = merge && seeds[0] ? cy.getElementById(seeds[0]) : null;
      if (anchor?.nonempty()) {
        const centre = anchor.position();
        const fresh = added.nodes();
        fresh.forEach((n, i) => {
          const angle = (2 * Math.PI * i) / Math.max(fresh.length, 1);
          n.position({ x: centre.x + 120 * Math.cos(angle), y: centre.y + 120 * Math.sin(angle) });
        });
      }
      cy.nodes().removeClass('seed');
      for (const id of seeds) cy.getElementById(id).addClass('seed');
      cy.nodes().toggleClass('tree', this.tree);
      cy.edges('[type = "IN_DIVISION"], [type = "PART_OF"]').toggleClass('tree', this.tree);
    });
    this.relabel();
    const ms = await this.layout(merge ? existing : new Set());
    this.placeLabels();
    this.container.dataset['nodeCount'] = String(cy.nodes().length);
    this.container.dataset['edgeCount'] = String(cy.edges().length);
    this.container.dataset['layoutMs'] = String(Math.round(ms));
    this.container.dataset['typeCounts'] = JSON.stringify(this.typeCounts());
    this.markGroups();
    this.container.dataset['state'] = 'ready';
    return ms;
  }

  /** Whether the jurisdiction tree is drawn. */
  isTree(): boolean {
    return this.tree;
  }

  private markGroups(): void {
    this.container.dataset['groups'] = String(this.cy.nodes(`[type = "${GROUP_TYPE}"]`).length);
    this.container.dataset['collapsed'] = String(this.groupOf.size);
  }

  /** Collapsed nodes and groups on screen now (the status line says what is hidden). */
  collapsed(): { nodes: number; groups: number } {
    return { nodes: this.groupOf.size, groups: this.cy.nodes(`[type = "${GROUP_TYPE}"]`).length };
  }

  private groupLabel(g: GroupInfo): string {
    const n = g.members.length;
    if (g.memberType === 'Organization') return t('unitsGroup', { n });
    if (g.memberType === 'Power') return `${nameOf(CATEGORY_NAMES, g.category ?? 'OTHER')} ${n}`;
    const township = g.townshipId ? this.sliceLabels.get(g.townshipId) : undefined;
    const kind = nameOf(NODE_TYPE_NAMES, g.memberType);
    return township ? `${kind}→${keepEnd(township, 8)} ${n}` : `${kind} ${n}`;
  }

  /**
   * Opens a group: its members join the drawing while about VISIBLE_BUDGET nodes are visible (at
   * least 20); the rest stay in the group, whose count says how many it still holds.
   */
  async expandGroup(id: string): Promise<{ shown: number; hidden: number; ms: number }> {
    const cy = this.cy;
    const group = this.groups.get(id);
    const groupNode = cy.getElementById(id);
    if (!group || groupNode.empty()) return { shown: 0, hidden: 0, ms: 0 };
    this.container.dataset['state'] = 'drawing';
    const existing = new Set(cy.nodes().map((n) => n.id()));
    const room = Math.max(20, VISIBLE_BUDGET - cy.nodes().length + 1);
    const shown = group.members.slice(0, room);
    group.members = group.members.slice(room);
    for (const m of shown) this.groupOf.delete(m.id);
    const centre = groupNode.position();
    const shownIds = new Set(shown.map((m) => m.id));
    cy.batch(() => {
      const added = cy.add(shown.map((m) => this.nodeElement(m)));
      added.toggleClass('tree', this.tree);
      added.forEach((n, i) => {
        const angle = (2 * Math.PI * i) / Math.max(added.length, 1);
        n.position({ x: centre.x + 90 * Math.cos(angle), y: centre.y + 90 * Math.sin(angle) });
      });
      if (group.members.length === 0) {
        groupNode.remove();
        this.groups.delete(id);
      } else {
        groupNode.data('label', this.groupLabel(group));
        groupNode.data('short', this.groupLabel(group));
      }
      const drawnAs = (nodeId: string): string | null => {
        if (cy.getElementById(nodeId).nonempty()) return nodeId;
        const g = this.groupOf.get(nodeId);
        return g !== undefined && cy.getElementById(g).nonempty() ? g : null;
      };
      const touching = this.sliceEdges.filter((e) => shownIds.has(e.source) || shownIds.has(e.target));
      cy.add(
        mapEdges(touching, drawnAs)
          .filter((e) => cy.getElementById(e.id).empty())
          .map((e) => this.edgeElement(e, undefined)),
      );
      cy.edges('[type = "IN_DIVISION"], [type = "PART_OF"]').toggleClass('tree', this.tree);
    });
    this.relabel();
    const ms = await this.layout(existing);
    this.placeLabels();
    this.container.dataset['nodeCount'] = String(cy.nodes().length);
    this.container.dataset['edgeCount'] = String(cy.edges().length);
    this.container.dataset['typeCounts'] = JSON.stringify(this.typeCounts());
    this.markGroups();
    this.container.dataset['state'] = 'ready';
    return { shown: shown.length, hidden: group.members.length, ms };
  }

  typeCounts(): Record<string, number> {
    const counts: Record<string, number> = {};
    this.cy.nodes().forEach((n) => {
      const type = n.data('type') as string;
      counts[type] = (counts[type] ?? 0) + 1;
    });
    return counts;
  }

  /** Drawn nodes with their positions on the page (for tests and tools). */
  visibleNodes(type?: string): { id: string; type: string; label: string; short: string; x: number; y: number }[] {
    const box = this.container.getBoundingClientRect();
    return this.cy
      .nodes(type === undefined ? undefined : `[type = "${type.replace(/[^A-Za-z]/g, '')}"]`)
      .map((n) => {
        const p = n.renderedPosition();
        return { id: n.id(), type: n.data('type') as string, label: n.data('label') as string, short: n.data('short') as string, x: box.left + p.x, y: box.top + p.y };
      });
  }

  clear(): void {
    this.cy.elements().remove();
    this.container.dataset['nodeCount'] = '0';
    this.container.dataset['edgeCount'] = '0';
    this.container.dataset['state'] = 'ready';
  }

  /**
   * Labels in the current language: edges (HANDS_OVER shows the mode: 赋权, 委托...; HANDS_OVER_TO the
   * number of items), groups, and organizations' short labels made distinct where their cuts collide.
   */
  relabel(): void {
    const cy = this.cy;
    cy.edges().forEach((edge) => {
      const mode = edge.data('mode') as string | undefined;
      const type = edge.data('type') as string;
      const items = edge.data('items') as number | null;
      edge.data(
        'label',
        type === 'HANDS_OVER' && mode ? nameOf(MODE_NAMES, mode) : type === 'HANDS_OVER_TO' && items ? t('handOverItems', { n: items }) : nameOf(EDGE_NAMES, type),
      );
    });
    for (const [id, group] of this.groups) {
      const node = cy.getElementById(id);
      if (node.nonempty()) node.data({ label: this.groupLabel(group), short: this.groupLabel(group) });
    }
    const organizations = cy.nodes('[type = "Organization"]');
    const labels = distinctLabels(
      organizations.map((n) => n.data('label') as string),
      (name) => shorten('Organization', name),
      ORGANIZATION_LABEL,
    );
    organizations.forEach((n, i) => {
      n.data('short', labels[i]);
    });
  }

  private nodeElement(n: GraphNode): ElementDefinition {
    const properties = n.properties ?? {};
    if (n.type === GROUP_TYPE) {
      const memberType = String(properties['memberType']);
      const color = memberType === 'Power' ? categoryColor(String(properties['category'])) : (TYPE_STYLE[memberType]?.color ?? '#a0aec0');
      return { group: 'nodes', data: { id: n.id, type: n.type, label: n.label, short: n.label, color, shape: 'round-rectangle', category: properties['category'] ?? null, graphNode: n } };
    }
    return {
      group: 'nodes',
      data: {
        id: n.id,
        type: n.type,
        label: n.label,
        short: shorten(n.type, n.label),
        color: nodeColor(n.type, properties),
        shape: TYPE_STYLE[n.type]?.shape ?? 'ellipse',
        category: properties['category'] ?? null,
        graphNode: n,
      },
    };
  }

  private edgeElement(e: GraphEdge, mode: string | undefined): ElementDefinition {
    const items = typeof e.properties?.['items'] === 'number' ? e.properties['items'] : null;
    return { group: 'edges', data: { id: e.id, type: e.type, source: e.source, target: e.target, mode: mode ?? null, items, label: '' } };
  }

  /** Rings of at most RING_SIZE nodes, nearer nodes inside, grouped by type along a ring. */
  private assignRings(): void {
    const distance = (n: NodeSingular): number => Number((n.data('graphNode') as GraphNode).properties?.['distance'] ?? 3);
    const ordered = this.cy
      .nodes()
      .toArray()
      .sort((a, b) => distance(a) - distance(b) || String(a.data('type')).localeCompare(String(b.data('type'))));
    let ring = 0;
    let inRing = 0;
    let lastDistance = -1;
    for (const n of ordered) {
      if (distance(n) !== lastDistance || inRing >= RING_SIZE) {
        ring += lastDistance === -1 ? 0 : 1;
        inRing = 0;
        lastDistance = distance(n);
      }
      n.data('ring', ring);
      inRing += 1;
    }
  }

  /**
   * The jurisdiction as a tree: each node under its parent (an internal unit or its group under its
   * organization, an organization under its division, a division under its parent), the chain from
   * the top down to the first division with several children at the top, then that division's
   * children as columns, each an indented list of its subtree, in rows shaped like the container.
   */
  private treePositions(): Map<string, { x: number; y: number }> {
    const cy = this.cy;
    const parentOf = new Map<string, string>();
    cy.edges('[type = "PART_OF"]').forEach((e) => {
      parentOf.set(e.source().id(), e.target().id());
    });
    cy.edges('[type = "IN_DIVISION"]').forEach((e) => {
      if (!parentOf.has(e.source().id())) parentOf.set(e.source().id(), e.target().id());
    });
    const rank = (n: NodeSingular): number =>
      n.data('type') === 'AdminDivision' ? 0 : n.data('type') === GROUP_TYPE ? 9 : (TREE_RANK[String((n.data('graphNode') as GraphNode).properties?.['orgType'])] ?? 5);
    const byOrder = (a: NodeSingular, b: NodeSingular): number => rank(a) - rank(b) || a.id().localeCompare(b.id());
    const children = new Map<string, NodeSingular[]>();
    const roots: NodeSingular[] = [];
    cy.nodes().forEach((n) => {
      const parent = parentOf.get(n.id());
      if (parent !== undefined && cy.getElementById(parent).nonempty()) children.set(parent, [...(children.get(parent) ?? []), n]);
      else roots.push(n);
    });
    const kids = (n: NodeSingular): NodeSingular[] => (children.get(n.id()) ?? []).sort(byOrder);
    roots.sort((a, b) => Number(b.hasClass('seed')) - Number(a.hasClass('seed')) || byOrder(a, b));
    const positions = new Map<string, { x: number; y: number }>();
    // The chain from the top root down to the first node with several children.
    const chain: NodeSingular[] = [];
    let hub = roots[0];
    while (hub) {
      chain.push(hub);
      const below = kids(hub);
      if (below.length !== 1) break;
      hub = below[0];
    }
    const columns: [NodeSingular, number][][] = [];
    const seen = new Set(chain.map((n) => n.id()));
    const walk = (n: NodeSingular, depth: number, out: [NodeSingular, number][]): void => {
      if (seen.has(n.id())) return;
      seen.add(n.id());
      out.push([n, depth]);
      for (const c of kids(n)) walk(c, depth + 1, out);
    };
    for (const top of [...(hub ? kids(hub) : []), ...roots.slice(1)]) {
      const column: [NodeSingular, number][] = [];
      walk(top, 0, column);
      if (column.length > 0) columns.push(column);
    }
    // Columns per row: the arrangement whose width to height is nearest the container's.
    const aspect = Math.max(0.5, this.container.clientWidth / Math.max(1, this.container.clientHeight));
    const rowsOf = (perRow: number): [NodeSingular, number][][][] =>
      Array.from({ length: Math.ceil(columns.length / perRow) }, (_, r) => columns.slice(r * perRow, (r + 1) * perRow));
    const heightOf = (rows: [NodeSingular, number][][][]): number => rows.reduce((h, row) => h + (Math.max(...row.map((c) => c.length)) + 1) * TREE_LINE, 0);
    let perRow = Math.max(1, columns.length);
    let best = Number.POSITIVE_INFINITY;
    for (let k = 1; k <= columns.length; k += 1) {
      const width = Math.min(k, columns.length) * TREE_COLUMN;
      const score = Math.abs(Math.log(width / Math.max(TREE_LINE, heightOf(rowsOf(k)) + chain.length * TREE_LINE) / aspect));
      if (score < best) {
        best = score;
        perRow = k;
      }
    }
    const width = Math.min(perRow, columns.length) * TREE_COLUMN;
    chain.forEach((n, i) => positions.set(n.id(), { x: width / 2 - TREE_COLUMN / 2, y: i * TREE_LINE * 1.5 }));
    let y = chain.length * TREE_LINE * 1.5 + TREE_LINE / 2;
    for (const row of rowsOf(perRow)) {
      row.forEach((column, c) => column.forEach(([n, depth], line) => positions.set(n.id(), { x: c * TREE_COLUMN + depth * TREE_INDENT, y: y + line * TREE_LINE })));
      y += (Math.max(...row.map((column) => column.length)) + 1) * TREE_LINE;
    }
    return positions;
  }

  private layout(fixed: Set<string>): Promise<number> {
    const cy = this.cy;
    const started = performance.now();
    const count = cy.nodes().length;
    if (count === 0) return Promise.resolve(0);
    if (this.tree) {
      const positions = this.treePositions();
      return new Promise((resolve) => {
        const layout = cy.layout({ name: 'preset', positions: Object.fromEntries(positions), fit: true, padding: 30, animate: false });
        layout.one('layoutstop', () => resolve(performance.now() - started));
        layout.run();
      });
    }
    // fCoSE gives the readable picture up to ~1,000 nodes; beyond that its force phase takes tens of
    // seconds in a CPU-only browser, so large slices go in rings by distance from the start nodes,
    // grouped by type within a ring (linear time).
    if (count > 1000) this.assignRings();
    const options =
      count > 1000
        ? {
            name: 'concentric',
            animate: false,
            fit: true,
            padding: 30,
            minNodeSpacing: 6,
            avoidOverlap: true,
            concentric: (n: NodeSingular) => -Number(n.data('ring')),
            levelWidth: () => 1,
          }
        : {
            name: 'fcose',
            quality: 'default',
            randomize: fixed.size === 0,
            animate: false,
            fit: true,
            padding: 30,
            nodeDimensionsIncludeLabels: false,
            packComponents: true,
            nodeRepulsion: () => 6500,
            idealEdgeLength: () => 70,
            numIter: 2500,
          };
    return new Promise((resolve) => {
      const layout = cy.layout(options);
      layout.one('layoutstop', () => resolve(performance.now() - started));
      layout.run();
    });
  }
}
