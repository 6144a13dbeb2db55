import { gql, type GraphNode } from './api';
import { h } from './dom';
import { CATEGORY_NAMES, MODE_NAMES, NODE_TYPE_NAMES, ORG_TYPE_NAMES, nameOf, t } from './i18n';
import { categoryColor } from './styles';

interface Named {
  id: string;
  name: string;
}
interface Page<T> {
  totalCount: number;
  edges: { node: T }[];
}
interface HandOver {
  id: string;
  name: string;
  mode: string;
  status: string;
  validFrom: string | null;
  validTo: string | null;
  from: Named;
  to: Named;
}
interface PowerDetails {
  __typename: 'Power';
  name: string;
  subName: string | null;
  code: string | null;
  category: string;
  rawCategory: string | null;
  validFrom: string | null;
  validTo: string | null;
  basis: {
    text: string;
    level: string | null;
    unresolvedReason: string | null;
    provision: { id: string; article: number; paragraph: number | null; item: number | null; text: string | null; law: { name: string }; version: { publishDate: string | null; current: boolean } } | null;
  }[];
  responsibilities: { stage: string | null; text: string }[];
  exercisedBy: Named[];
}
interface OrganizationDetails {
  __typename: 'Organization';
  name: string;
  orgType: string;
  validFrom: string | null;
  validTo: string | null;
  division: { name: string } | null;
  powerCategories: { category: string; count: number }[];
  enforcementItemsHandedOver: Page<HandOver>;
  enforcementItemsReceived: Page<HandOver>;
  whistleMattersLed: Page<Named>;
}

const HAND_OVER_FIELDS = 'id name mode status validFrom validTo from { id name } to { id name }';

const POWER = `query PowerDetails($id: ID!, $asOf: Date) {
  node(id: $id) { __typename ... on Power {
    name subName code category rawCategory validFrom validTo
    basis { text level unresolvedReason provision { id article paragraph item text law { name } version { publishDate current } } }
    responsibilities { stage text }
    exercisedBy(asOf: $asOf) { id name }
  } }
  enforcementItems(filter: { powerId: $id }, asOf: $asOf, first: 50) { totalCount edges { node { ${HAND_OVER_FIELDS} } } }
}`;

const ORGANIZATION = `query OrganizationDetails($id: ID!, $asOf: Date) {
  node(id: $id) { __typename ... on Organization {
    name orgType validFrom validTo division { name }
    powerCategories(asOf: $asOf) { category count }
    enforcementItemsHandedOver(asOf: $asOf, first: 30) { totalCount edges { node { ${HAND_OVER_FIELDS} } } }
    enforcementItemsReceived(asOf: $asOf, first: 30) { totalCount edges { node { ${HAND_OVER_FIELDS} } } }
    whistleMattersLed(asOf: $asOf, first: 30) { totalCount edges { node { id name } } }
  } }
}`;

const period = (from: string | null, to: string | null): string => `${from ?? '…'} ～ ${to ?? '…'}`;

function list<T>(items: T[], render: (item: T) => Node | string, total = items.length): HTMLElement {
  if (items.length === 0) return h('p', { class: 'muted' }, t('none'));
  return h(
    'ul',
    {},
    items.map((item) => h('li', {}, render(item))),
    total > items.length ? h('li', { class: 'muted' }, t('more', { n: total - items.length })) : null,
  );
}

const handOverLine = (item: HandOver, side: 'from' | 'to'): string =>
  `${nameOf(MODE_NAMES, item.mode)} · ${item.name} → ${item[side].name}${item.status === 'ACTIVE' ? '' : `（${item.status}）`}`;

function renderPower(p: PowerDetails, handOvers: Page<HandOver>): HTMLElement[] {
  return [
    h('h2', {}, p.subName ? `${p.name}（${p.subName}）` : p.name),
    h('p', {}, h('span', { class: 'tag', style: `background:${categoryColor(p.category)}` }, nameOf(CATEGORY_NAMES, p.category)), p.code ? `${t('code')} ${p.code}` : ''),
    h('p', { class: 'muted' }, `${t('valid')}：${period(p.validFrom, p.validTo)}`),
    h('h3', {}, t('basis')),
    h(
      'ul',
      { 'data-testid': 'panel-basis' },
      p.basis.length === 0 ? h('li', { class: 'muted' }, t('none')) : null,
      p.basis.map((c) =>
        h(
          'li',
          {},
          c.provision
            ? h('strong', {}, `《${c.provision.law.name}》第${c.provision.article}条${c.provision.paragraph ? `第${c.provision.paragraph}款` : ''}${c.provision.item ? `第${c.provision.item}项` : ''}`)
            : h('span', { class: 'muted' }, `${t('unresolved')}：`),
          ' ',
          c.provision ? '' : c.text,
          c.provision?.text ? h('div', { class: 'provision-text' }, c.provision.text) : null,
          !c.provision && c.unresolvedReason ? h('div', { class: 'muted' }, c.unresolvedReason) : null,
        ),
      ),
    ),
    h('h3', {}, t('responsibilities')),
    list(p.responsibilities, (r) => (r.stage ? `${r.stage}：${r.text}` : r.text)),
    h('h3', {}, t('exercisers')),
    list(p.exercisedBy, (o) => o.name),
    h('h3', {}, t('handOvers')),
    list(handOvers.edges.map((e) => e.node), (i) => `${i.from.name} ${handOverLine(i, 'to')}`, handOvers.totalCount),
  ];
}

function renderOrganization(o: OrganizationDetails): HTMLElement[] {
  const total = o.powerCategories.reduce((sum, c) => sum + c.count, 0);
  return [
    h('h2', {}, o.name),
    h('p', {}, `${t('orgType')}：${nameOf(ORG_TYPE_NAMES, o.orgType)}`, o.division ? ` · ${t('division')}：${o.division.name}` : ''),
    h('p', { class: 'muted' }, `${t('valid')}：${period(o.validFrom, o.validTo)}`),
    h('h3', {}, `${t('powersByCategory')}（${total}）`),
    h(
      'table',
      { 'data-testid': 'panel-categories' },
      o.powerCategories.map((c) =>
        h('tr', {}, h('td', {}, h('span', { class: 'tag', style: `background:${categoryColor(c.category)}` }, nameOf(CATEGORY_NAMES, c.category))), h('td', {}, String(c.count))),
      ),
    ),
    h('h3', {}, `${t('handedOver')}（${o.enforcementItemsHandedOver.totalCount}）`),
    list(o.enforcementItemsHandedOver.edges.map((e) => e.node), (i) => handOverLine(i, 'to'), o.enforcementItemsHandedOver.totalCount),
    h('h3', {}, `${t('received')}（${o.enforcementItemsReceived.totalCount}）`),
    list(o.enforcementItemsReceived.edges.map((e) => e.node), (i) => `${nameOf(MODE_NAMES, i.mode)} · ${i.name} ← ${i.from.name}`, o.enforcementItemsReceived.totalCount),
    h('h3', {}, `${t('whistleLed')}（${o.whistleMattersLed.totalCount}）`),
    list(o.whistleMattersLed.edges.map((e) => e.node), (m) => m.name, o.whistleMattersLed.totalCount),
  ];
}

function renderGeneric(node: GraphNode): HTMLElement[] {
  const rows = Object.entries(node.properties ?? {}).filter(([, v]) => v !== null && v !== '' && typeof v !== 'object');
  return [
    h('h2', {}, node.label),
    h('p', { class: 'muted' }, nameOf(NODE_TYPE_NAMES, node.type)),
    h('h3', {}, t('properties')),
    h('table', {}, rows.map(([k, v]) => h('tr', {}, h('td', {}, k), h('td', {}, String(v))))),
  ];
}

/** Fetches and renders the details of a node into the side panel. 在侧栏显示节点详情。 */
export async function showDetails(panel: HTMLElement, node: GraphNode, asOf: string): Promise<void> {
  panel.dataset['nodeId'] = node.id;
  panel.replaceChildren(h('p', { class: 'muted' }, t('loading')));
  let content: HTMLElement[];
  if (node.type === 'Power') {
    const data = await gql<{ node: PowerDetails | null; enforcementItems: Page<HandOver> }>(POWER, { id: node.id, asOf });
    content = data.node ? renderPower(data.node, data.enforcementItems) : renderGeneric(node);
  } else if (node.type === 'Organization') {
    const data = await gql<{ node: OrganizationDetails | null }>(ORGANIZATION, { id: node.id, asOf });
    content = data.node ? renderOrganization(data.node) : renderGeneric(node);
  } else {
    content = renderGeneric(node);
  }
  if (panel.dataset['nodeId'] !== node.id) return; // another node was chosen meanwhile
  panel.replaceChildren(h('div', { 'data-testid': 'panel-details', 'data-node-type': node.type }, content));
}
