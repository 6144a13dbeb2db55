import type { StylesheetJson } from 'cytoscape';

import { LIST_KINDS } from '../../src/domain/list-kinds';
import { h } from './dom';
import { CATEGORY_NAMES, NODE_TYPE_NAMES, nameOf, t } from './i18n';

/** Colours and shapes by node type; powers take their category's colour. 按类型与类别配色。 */
export const TYPE_STYLE: Record<string, { color: string; shape: string }> = {
  Organization: { color: '#1f3a5f', shape: 'round-rectangle' },
  AdminDivision: { color: '#718096', shape: 'hexagon' },
  Power: { color: '#4e79a7', shape: 'ellipse' },
  LegalDocument: { color: '#553c9a', shape: 'rectangle' },
  Provision: { color: '#9f7aea', shape: 'tag' },
  ...Object.fromEntries(LIST_KINDS.map((k) => [k.label, k.style])),
};

export const CATEGORY_COLORS: Record<string, string> = {
  LICENSING: '#4e79a7',
  PUNISHMENT: '#f28e2b',
  COERCION: '#e15759',
  LEVY: '#76b7b2',
  PAYMENT: '#59a14f',
  INSPECTION: '#edc948',
  CONFIRMATION: '#b07aa1',
  REWARD: '#ff9da7',
  ADJUDICATION: '#9c755f',
  OTHER: '#bab0ac',
  PUBLIC_SERVICE: '#17becf',
};

export const ERROR_COLOR = '#d00000';
export const WARNING_COLOR = '#ffb000';
/** What-if highlights: purple, dashed. 假设调整标注。 */
export const WHATIF_COLOR = '#805ad5';

/** Compare-dates marks (版本比对): added green, removed red and dashed, changed orange. */
export const DIFF_COLORS = { added: '#2f855a', removed: '#c53030', changed: '#dd6b20' } as const;

export const categoryColor = (category: string): string => CATEGORY_COLORS[category] ?? '#a0aec0';

export function nodeColor(type: string, properties: Record<string, unknown>): string {
  if (type === 'Power' && typeof properties['category'] === 'string') return categoryColor(properties['category']);
  return TYPE_STYLE[type]?.color ?? '#a0aec0';
}

export const STYLESHEET: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      shape: 'data(shape)' as never,
      label: 'data(short)',
      'font-size': 10,
      color: '#1a202c',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-max-width': '120px',
      'text-wrap': 'ellipsis',
      width: 22,
      height: 22,
      // Labels appear when zoomed in far enough to read them (keeps large graphs legible and fast).
      'min-zoomed-font-size': 9,
    },
  },
  { selector: 'node[type = "Organization"]', style: { width: 44, height: 30, 'font-size': 12, 'font-weight': 'bold', 'z-index': 5, 'text-max-width': '220px' } },
  { selector: 'node[type = "AdminDivision"]', style: { width: 34, height: 34 } },
  {
    selector: 'node[type = "Group"]',
    style: { width: 52, height: 34, 'font-size': 12, 'font-weight': 'bold', 'border-width': 2, 'border-style': 'double', 'border-color': '#2d3748', 'z-index': 4 },
  },
  // The jurisdiction tree: labels to the right of their node, one line per node.
  { selector: 'node.tree', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 4, 'text-margin-y': 0, 'font-size': 12, 'text-max-width': '220px' } },
  { selector: 'node.tree[type = "AdminDivision"]', style: { 'font-weight': 'bold', 'font-size': 13 } },
  { selector: 'node.seed', style: { 'border-width': 3, 'border-color': '#2d3748' } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#3182ce', 'overlay-opacity': 0.1 } },
  {
    selector: 'edge',
    style: {
      width: 1.2,
      'line-color': '#a0aec0',
      'target-arrow-color': '#a0aec0',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.7,
      'curve-style': 'bezier',
      // Edge labels show on hover only (node.hover marks its edges).
      label: '',
      'font-size': 8,
      color: '#4a5568',
      'text-rotation': 'autorotate',
      'text-background-color': '#fafbfc',
      'text-background-opacity': 0.8,
      'min-zoomed-font-size': 8,
    },
  },
  { selector: 'edge[type = "BASED_ON"], edge[type = "OF_LAW"]', style: { 'line-style': 'dashed', 'line-color': '#b794f4', 'target-arrow-color': '#b794f4' } },
  { selector: 'edge[type = "LEAD"]', style: { 'line-color': '#d53f8c', 'target-arrow-color': '#d53f8c', width: 2 } },
  { selector: 'edge[type = "HANDS_OVER"], edge[type = "TO"]', style: { 'line-color': '#38a169', 'target-arrow-color': '#38a169' } },
  // The jurisdiction tree: its own edges stay faint (the layout shows the tree), hand-overs stand out.
  { selector: 'edge.tree', style: { opacity: 0.25, 'target-arrow-shape': 'none' } },
  // Where hand-overs go (jurisdiction view): thicker with more items.
  {
    selector: 'edge[type = "HANDS_OVER_TO"]',
    style: { 'line-color': '#38a169', 'target-arrow-color': '#38a169', width: 'mapData(items, 1, 60, 1.5, 6)', opacity: 0.7, 'curve-style': 'unbundled-bezier' },
  },
  { selector: 'node.issue-warning', style: { 'border-width': 6, 'border-color': WARNING_COLOR, 'underlay-color': WARNING_COLOR, 'underlay-opacity': 0.35, 'underlay-padding': 6 } },
  { selector: 'node.issue-error', style: { 'border-width': 6, 'border-color': ERROR_COLOR, 'underlay-color': ERROR_COLOR, 'underlay-opacity': 0.35, 'underlay-padding': 6 } },
  { selector: 'edge.issue-warning', style: { 'line-color': WARNING_COLOR, 'target-arrow-color': WARNING_COLOR, width: 3 } },
  { selector: 'edge.issue-error', style: { 'line-color': ERROR_COLOR, 'target-arrow-color': ERROR_COLOR, width: 3 } },
  {
    selector: 'node.whatif',
    style: { 'border-width': 5, 'border-style': 'dashed', 'border-color': WHATIF_COLOR, 'underlay-color': WHATIF_COLOR, 'underlay-opacity': 0.25, 'underlay-padding': 6 },
  },
  { selector: 'edge.whatif', style: { 'line-style': 'dashed', 'line-color': WHATIF_COLOR, 'target-arrow-color': WHATIF_COLOR, width: 2.5 } },
  ...(['added', 'removed', 'changed'] as const).map((mark) => ({
    selector: `node.diff-${mark}`,
    style: {
      'border-width': 6,
      'border-color': DIFF_COLORS[mark],
      'underlay-color': DIFF_COLORS[mark],
      'underlay-opacity': 0.35,
      'underlay-padding': 6,
      ...(mark === 'removed' ? { 'border-style': 'dashed' as const, opacity: 0.7 } : {}),
    },
  })),
  { selector: 'edge.diff-removed', style: { 'line-style': 'dashed', 'line-color': DIFF_COLORS.removed, 'target-arrow-color': DIFF_COLORS.removed } },
  { selector: '.faded', style: { opacity: 0.25 } },
  { selector: 'node.label-hidden', style: { label: '' } },
  { selector: 'edge.hover', style: { label: 'data(label)', 'z-index': 10 } },
  {
    selector: 'node.hover',
    style: { label: 'data(label)', 'z-index': 20, 'text-background-color': '#ffffff', 'text-background-opacity': 0.9, 'text-max-width': '360px', 'min-zoomed-font-size': 0 },
  },
];

const swatch = (color: string, text: string): HTMLElement => h('div', {}, h('i', { style: `background:${color}` }), text);

/** The legend for the node types and categories on screen (all of them when none are drawn). */
export function renderLegend(legend: HTMLElement, types: Set<string>, categories: Set<string>, issues: boolean, whatIf = false, compare = false): void {
  const typeNames = Object.keys(TYPE_STYLE).filter((type) => types.size === 0 || types.has(type));
  const categoryNames = Object.keys(CATEGORY_COLORS).filter((c) => categories.size === 0 || categories.has(c));
  // Categories are a legend of powers: none drawn (the jurisdiction view), none listed.
  const showCategories = types.size === 0 || categories.size > 0;
  legend.replaceChildren(
    h('h4', {}, t('legendTypes')),
    ...typeNames.filter((type) => type !== 'Power').map((type) => swatch(TYPE_STYLE[type]!.color, nameOf(NODE_TYPE_NAMES, type))),
    ...(showCategories
      ? [h('h4', {}, `${t('legendCategories')}（${nameOf(NODE_TYPE_NAMES, 'Power')}）`), ...categoryNames.map((c) => swatch(CATEGORY_COLORS[c]!, nameOf(CATEGORY_NAMES, c)))]
      : []),
    ...(issues ? [h('h4', {}, t('legendIssues')), swatch(ERROR_COLOR, t('severityError')), swatch(WARNING_COLOR, t('severityWarning'))] : []),
    ...(whatIf ? [h('h4', {}, t('whatIf')), swatch(WHATIF_COLOR, t('whatIfLegend'))] : []),
    ...(compare
      ? [h('h4', {}, t('compare')), swatch(DIFF_COLORS.added, t('diffAdded')), swatch(DIFF_COLORS.removed, t('diffRemoved')), swatch(DIFF_COLORS.changed, t('diffChanged'))]
      : []),
  );
}
