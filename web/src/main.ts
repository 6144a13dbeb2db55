import { capabilities as loadCapabilities, jurisdiction, neighborhood, search, type Capabilities, type GraphSlice, type SearchHit } from './api';
import { divisionOptions, divisions } from './divisions';
import { loadIssues, type Issue } from './analysis';
import { loadChanges, MAX_COMPARED, removedSlice, yearBefore, type DiffMark, type PageChange } from './compare';
import { byId, h } from './dom';
import { exportPng, exportSvg } from './export';
import { GraphView } from './graph-view';
import { isoDateField } from './date-field';
import { CHANGE_NAMES, currentLang, NODE_TYPE_NAMES, nameOf, setLang, t, type Lang, type UiKey } from './i18n';
import { showDetails } from './panel';
import { renderLegend } from './styles';
import { whatIfSection, type WhatIfHost } from './what-if';
import { ReviewPanel } from './change-requests';

/** Upper bounds of what one draw or one expansion asks for. */
const DRAW_LIMIT = 500;
const EXPAND_LIMIT = 150;

const params = new URLSearchParams(window.location.search);
const todayInChina = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

const state = {
  asOf: params.get('asOf') ?? todayInChina(),
  depth: Number(params.get('depth') ?? 1),
  limit: Number(params.get('limit') ?? DRAW_LIMIT),
  /** The nodes drawn on request (search, expansion): a new date redraws their neighbourhoods. */
  roots: [] as string[],
  /** The division whose jurisdiction is drawn (the jurisdiction view), or null. */
  jurisdiction: params.get('jurisdiction'),
  hits: [] as SearchHit[],
  analysis: false,
  issues: [] as Issue[],
  capabilities: { overlaps: false, findings: false, whatIf: false } as Capabilities,
  selected: null as string | null,
  truncated: false,
  /** Node ids the last what-if preview touched; null when none is shown. */
  whatIf: null as Set<string> | null,
  /** Compare dates (版本比对): the lists on `compareFrom` against those on `asOf`. */
  compare: params.get('compare') === '1',
  compareFrom: params.get('compareFrom') ?? '',
  changes: [] as PageChange[],
};

const graph = byId('graph');
const panel = byId('panel');
const legend = byId('legend');
const status = byId('status');
const results = byId('search-results');
const searchBox = byId<HTMLInputElement>('search');
const asOfInput = byId<HTMLInputElement>('as-of');
const depthSelect = byId<HTMLSelectElement>('depth');
const analysisButton = byId('analysis');
const compareButton = byId('compare');
const compareField = byId('compare-field');
const compareFromInput = byId<HTMLInputElement>('compare-from');
const jurisdictionSelect = byId<HTMLSelectElement>('jurisdiction');
const view = new GraphView(graph);
// ?aggregate=0 draws node by node, nothing collapsed (the 2,000-node layout test, power users).
view.aggregateLarge = params.get('aggregate') !== '0';
// Read-only access for end-to-end tests and the browser console. 供测试读取。
Object.assign(window, {
  quanzeView: {
    nodes: (type?: string) => view.visibleNodes(type),
    labelBoxes: () => view.labelBoxes(),
    expandGroup: (id: string) => openGroup(id),
    // Compare dates: each marked node's mark (added, removed, changed).
    diffMarks: () => Object.fromEntries(view.cy.nodes('.diff-added, .diff-removed, .diff-changed').map((n) => [n.id(), markOfNode(n.classes())])),
    handOvers: () => view.cy.edges('[type = "HANDS_OVER_TO"]').map((e) => ({ source: e.source().id(), target: e.target().id(), items: Number(e.data('items') ?? 0) })),
    // Zooms in on one node so a real click lands on it and not on a neighbour drawn over it.
    focus: (id: string) => {
      view.cy.zoom(2);
      view.cy.center(view.cy.getElementById(id));
    },
  },
});

function setStatus(text: string): void {
  status.textContent = text;
}

function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  setStatus(`${t('error')}${message}`);
  graph.dataset['state'] = 'error';
}

function refreshLegend(): void {
  const types = new Set(view.cy.nodes().map((n) => n.data('type') as string));
  // Powers and their groups per category (groups of units or hand-overs have none).
  const categories = new Set(
    view.cy
      .nodes('[type = "Power"], [type = "Group"]')
      .map((n) => n.data('category') as string | null)
      .filter((c): c is string => typeof c === 'string'),
  );
  renderLegend(legend, types, categories, state.analysis, state.whatIf !== null, state.compare);
}

const MARKS: readonly DiffMark[] = ['added', 'removed', 'changed'];
const markOfNode = (classes: string[]): DiffMark | undefined => MARKS.find((m) => classes.includes(`diff-${m}`));

/**
 * Compare dates: colours the rows of the organizations on screen that were added, removed or
 * changed between `compareFrom` and the page's date (listDiff), drawing the removed ones as they
 * were on `compareFrom`. data-diff-state is "ready" once done; data-diff-* count the marked nodes.
 */
async function refreshCompare(): Promise<void> {
  const cy = view.cy;
  cy.batch(() => {
    cy.nodes('.diff-removed').remove();
    cy.elements().removeClass(MARKS.map((m) => `diff-${m}`).join(' '));
  });
  graph.dataset['diffState'] = 'loading';
  state.changes = [];
  if (!state.compare) {
    graph.dataset['diffState'] = 'off';
    return;
  }
  const organizationIds = cy.nodes('[type = "Organization"]').map((n) => n.id());
  const changes = await loadChanges(organizationIds, state.compareFrom, state.asOf);
  state.changes = changes;
  const removed = [...new Set(changes.filter((c) => c.mark === 'removed').map((c) => c.nodeId))];
  const ghosts = await removedSlice(removed, new Set(cy.nodes().map((n) => n.id())), state.compareFrom);
  if (ghosts.nodes.length > 0) drawnStatus(await view.draw(ghosts, state.roots, true));
  cy.batch(() => {
    for (const change of changes) cy.getElementById(change.nodeId).addClass(`diff-${change.mark}`);
    cy.nodes('.diff-removed').connectedEdges().addClass('diff-removed');
  });
  for (const mark of MARKS) graph.dataset[`diff${mark[0]!.toUpperCase()}${mark.slice(1)}`] = String(cy.nodes(`.diff-${mark}`).length);
  refreshLegend();
  renderChanges(organizationIds.length > MAX_COMPARED);
  graph.dataset['diffState'] = 'ready';
}

function renderChanges(capped: boolean): void {
  const count = (mark: DiffMark): number => state.changes.filter((c) => c.mark === mark).length;
  panel.replaceChildren(
    h('h2', {}, t('compareTitle', { from: state.compareFrom, to: state.asOf })),
    h('p', { 'data-testid': 'compare-counts' }, `${t('compareCounts', { a: count('added'), r: count('removed'), c: count('changed') })}${capped ? t('compareCapped', { n: MAX_COMPARED }) : ''}`),
    ...(state.changes.length === 0 ? [h('p', { class: 'muted' }, t('compareNone'))] : []),
    ...state.changes.map((change) => {
      const item = h('div', { class: `issue diff-${change.mark}`, 'data-testid': 'change' }, h('strong', {}, nameOf(CHANGE_NAMES, change.kind)), h('div', {}, change.name));
      item.addEventListener('click', () => {
        const node = view.cy.getElementById(change.nodeId);
        view.cy.elements().unselect();
        node.select();
        if (node.nonempty()) view.cy.animate({ fit: { eles: node, padding: 120 } }, { duration: 300 });
      });
      return item;
    }),
  );
}

function drawnStatus(ms: number): void {
  const n = view.cy.nodes().length;
  if (n === 0 && (state.roots.length > 0 || state.jurisdiction !== null)) setStatus(t('nothingOnDate'));
  else {
    const handOvers = view.cy.edges('[type = "HANDS_OVER_TO"]').reduce((sum, e) => sum + Number(e.data('items') ?? 0), 0);
    const division = view.cy.nodes('.seed[type = "AdminDivision"]').data('label') as string | undefined;
    const hidden = Number(graph.dataset['labelsHidden'] ?? 0);
    const collapsed = view.collapsed();
    const lead =
      state.jurisdiction !== null && state.roots.length === 0
        ? `${t('jurisdictionDrawn', { division: division ?? state.jurisdiction, divisions: view.cy.nodes('[type = "AdminDivision"]').length, orgs: view.cy.nodes('[type = "Organization"]').length + view.collapsed().nodes, handOvers })}；`
        : '';
    setStatus(
      `${lead}${t('drawn', { n, e: view.cy.edges().length, ms: Math.round(ms) })}${collapsed.nodes > 0 ? t('collapsedGroups', { n: collapsed.nodes, g: collapsed.groups }) : ''}${hidden > 0 ? t('labelsHidden', { n: hidden }) : ''}${state.truncated ? t('truncated') : ''}`,
    );
  }
}

/** Outlines the what-if ids on screen (dashed purple); data-whatif-count says how many. */
function highlightWhatIf(ids: Set<string> | null): number {
  state.whatIf = ids;
  const cy = view.cy;
  cy.elements().removeClass('whatif');
  let touched = cy.collection();
  if (ids) {
    touched = cy.nodes().filter((n) => ids.has(n.id()));
    cy.batch(() => {
      touched.addClass('whatif');
      touched.edgesWith(touched).addClass('whatif');
    });
  }
  graph.dataset['whatifCount'] = String(touched.length);
  refreshLegend();
  return touched.length;
}

const whatIfHost: WhatIfHost = {
  asOf: () => state.asOf,
  organizations: () => view.cy.nodes('[type = "Organization"]').map((n) => ({ id: n.id(), name: n.data('label') as string })),
  highlight: highlightWhatIf,
  openRequest: (id) => void review.show(id),
};

/** The jurisdiction view: the division tree with its organizations and where hand-overs go. */
async function drawJurisdiction(code: string): Promise<void> {
  setStatus(t('loading'));
  state.jurisdiction = code;
  state.roots = [];
  const requested = performance.now();
  const slice = await jurisdiction(code, DRAW_LIMIT, state.asOf);
  graph.dataset['fetchMs'] = String(Math.round(performance.now() - requested));
  state.truncated = slice.truncated;
  const top = slice.nodes.find((n) => n.type === 'AdminDivision' && n.properties?.['distance'] === 0);
  const ms = await view.draw(slice, top ? [top.id] : [], false, true);
  drawnStatus(ms);
  refreshLegend();
  await refreshAnalysis();
}

/** What is drawn again for a new date: the jurisdiction, or the neighbourhoods asked for. */
function redraw(): Promise<void> {
  return state.jurisdiction !== null && state.roots.length === 0 ? drawJurisdiction(state.jurisdiction) : drawRoots();
}

async function drawRoots(): Promise<void> {
  if (state.roots.length === 0) return;
  state.jurisdiction = null;
  jurisdictionSelect.value = '';
  setStatus(t('loading'));
  const requested = performance.now();
  const slice: GraphSlice = await neighborhood(state.roots, state.depth, state.limit, state.asOf);
  graph.dataset['fetchMs'] = String(Math.round(performance.now() - requested));
  state.truncated = slice.truncated;
  const ms = await view.draw(slice, state.roots, false);
  if (state.whatIf) highlightWhatIf(state.whatIf);
  drawnStatus(ms);
  refreshLegend();
  await refreshAnalysis();
  await refreshCompare();
}

async function expand(id: string): Promise<void> {
  const slice = await neighborhood([id], 1, EXPAND_LIMIT, state.asOf);
  if (!state.roots.includes(id)) state.roots.push(id);
  state.truncated = state.truncated || slice.truncated;
  const ms = await view.draw(slice, [id], true);
  if (state.whatIf) highlightWhatIf(state.whatIf);
  drawnStatus(ms);
  refreshLegend();
  await refreshAnalysis();
  await refreshCompare();
}

/** Opens a collapsed group in place (within the visible budget) and says what it still holds. */
async function openGroup(id: string): Promise<void> {
  const opened = await view.expandGroup(id);
  drawnStatus(opened.ms);
  refreshLegend();
  await refreshAnalysis();
}

async function select(id: string): Promise<void> {
  const node = view.nodeData(id);
  if (!node) return;
  state.selected = id;
  if (state.whatIf) highlightWhatIf(null);
  await showDetails(panel, node, state.asOf);
  const section = state.capabilities.whatIf && panel.dataset['nodeId'] === id ? whatIfSection(node, whatIfHost) : null;
  if (section) panel.append(section);
  if (state.analysis) appendIssues(state.issues.filter((i) => i.nodeIds.includes(id)));
}

function renderResults(): void {
  results.replaceChildren(
    ...state.hits.map((hit, index) => {
      const name = hit.node.name ?? hit.node.violation ?? hit.node.id;
      const label = hit.node.subName ? `${name}（${hit.node.subName}）` : name;
      const item = h('li', { 'data-index': String(index) }, h('span', { class: 'kind' }, nameOf(NODE_TYPE_NAMES, hit.node.__typename)), label);
      item.addEventListener('click', () => void choose(hit).catch(fail));
      return item;
    }),
  );
  results.hidden = state.hits.length === 0;
}

async function choose(hit: SearchHit): Promise<void> {
  results.hidden = true;
  state.roots = [hit.node.id];
  await drawRoots();
  await select(hit.node.id);
}

async function runSearch(): Promise<void> {
  const text = searchBox.value.trim();
  if (text === '') return;
  setStatus(t('loading'));
  state.hits = await search(text, state.asOf);
  renderResults();
  results.hidden = true;
  const first = state.hits[0];
  if (!first) {
    setStatus(t('noHits'));
    return;
  }
  // Enter draws the best hit at once; the list stays open to pick another.
  state.roots = [first.node.id];
  await drawRoots();
  await select(first.node.id);
}

function appendIssues(issues: Issue[]): void {
  if (issues.length === 0) return;
  panel.append(
    h('h3', {}, t('analysisTitle')),
    ...issues.map((issue) => issueElement(issue)),
  );
}

function issueElement(issue: Issue): HTMLElement {
  const element = h(
    'div',
    { class: `issue ${issue.severity === 'ERROR' ? 'error' : 'warning'}`, 'data-testid': 'issue', 'data-severity': issue.severity },
    h('strong', {}, `${issue.source === 'overlap' ? t('overlap') : t('finding')} · ${issue.kind}`),
    h('div', {}, issue.explanation),
  );
  element.addEventListener('click', () => {
    const touched = view.cy.nodes().filter((n) => issue.nodeIds.includes(n.id()));
    view.cy.elements().unselect();
    touched.select();
    if (touched.nonempty()) view.cy.animate({ fit: { eles: touched, padding: 80 } }, { duration: 300 });
  });
  return element;
}

async function refreshAnalysis(): Promise<void> {
  const cy = view.cy;
  cy.elements().removeClass('issue-error issue-warning');
  graph.dataset['highlighted'] = '0';
  if (!state.analysis) return;
  const organizationIds = cy.nodes('[type = "Organization"]').map((n) => n.id());
  const issues = await loadIssues(state.capabilities, organizationIds, state.asOf);
  if (issues === null) {
    panel.replaceChildren(h('p', { class: 'notice', 'data-testid': 'analysis-unavailable' }, t('analysisUnavailable')));
    return;
  }
  const onScreen = new Set(cy.nodes().map((n) => n.id()));
  state.issues = issues.filter((i) => i.nodeIds.some((id) => onScreen.has(id)));
  cy.batch(() => {
    for (const issue of state.issues) {
      const cls = issue.severity === 'ERROR' ? 'issue-error' : 'issue-warning';
      const touched = cy.nodes().filter((n) => issue.nodeIds.includes(n.id()));
      touched.addClass(cls);
      touched.edgesWith(touched).addClass(cls);
    }
  });
  graph.dataset['highlighted'] = String(cy.nodes('.issue-error, .issue-warning').length);
  panel.replaceChildren(
    h('h2', {}, `${t('analysisTitle')}（${state.issues.length}）`),
    ...(state.issues.length === 0 ? [h('p', { class: 'muted' }, t('analysisNone'))] : []),
    ...[...state.issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'ERROR' ? -1 : 1)).map((issue) => issueElement(issue)),
  );
}

function applyLanguage(lang: Lang): void {
  setLang(lang);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) element.textContent = t(element.dataset['i18n'] as UiKey);
  searchBox.placeholder = t('searchPlaceholder');
  byId('lang').textContent = t('switchLang');
  byId<HTMLAnchorElement>('dashboard-link').href = `/dashboard/?lang=${lang}&asOf=${state.asOf}`;
  document.title = `${t('title')} Quanze`;
  view.relabel();
  refreshLegend();
  if (view.cy.nodes().length > 0) drawnStatus(Number(graph.dataset['layoutMs'] ?? 0));
  if (state.analysis) void refreshAnalysis().catch(fail);
  else if (state.compare && graph.dataset['diffState'] === 'ready') renderChanges(view.cy.nodes('[type = "Organization"]').length > MAX_COMPARED);
  else if (state.selected) void select(state.selected).catch(fail);
  else if (view.cy.nodes().length === 0) panel.replaceChildren(h('p', { class: 'muted' }, t('empty')));
}

function wire(): void {
  searchBox.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') void runSearch().catch(fail);
    if (event.key === 'Escape') results.hidden = true;
  });
  // The other hits of the last search come back when the box is clicked again.
  searchBox.addEventListener('click', () => {
    results.hidden = state.hits.length <= 1;
  });
  view.cy.on('tap', () => {
    results.hidden = true;
  });
  if (state.compareFrom === '') state.compareFrom = yearBefore(state.asOf);
  isoDateField(
    asOfInput,
    state.asOf,
    (date) => {
      state.asOf = date;
      byId<HTMLAnchorElement>('dashboard-link').href = `/dashboard/?lang=${currentLang()}&asOf=${state.asOf}`;
      const again = state.selected;
      state.selected = null;
      panel.replaceChildren(h('p', { class: 'muted' }, t('empty')));
      void redraw()
        .then(() => (again && view.nodeData(again) && !state.analysis ? select(again) : undefined))
        .catch(fail);
    },
    (typed) => setStatus(t('dateInvalid', { value: typed })),
  );
  jurisdictionSelect.addEventListener('change', () => {
    if (jurisdictionSelect.value === '') return;
    state.selected = null;
    panel.replaceChildren(h('p', { class: 'muted' }, t('empty')));
    void drawJurisdiction(jurisdictionSelect.value).catch(fail);
  });
  depthSelect.value = String(state.depth);
  depthSelect.addEventListener('change', () => {
    state.depth = Number(depthSelect.value);
    void drawRoots().catch(fail);
  });
  compareField.hidden = !state.compare;
  compareButton.setAttribute('aria-pressed', String(state.compare));
  compareButton.addEventListener('click', () => {
    state.compare = !state.compare;
    compareButton.setAttribute('aria-pressed', String(state.compare));
    compareField.hidden = !state.compare;
    // One mode colours the graph at a time: comparing turns the analysis off.
    if (state.compare && state.analysis) analysisButton.click();
    if (!state.compare) panel.replaceChildren(h('p', { class: 'muted' }, t('empty')));
    refreshLegend();
    void refreshCompare().catch(fail);
  });
  isoDateField(
    compareFromInput,
    state.compareFrom,
    (date) => {
      state.compareFrom = date;
      void refreshCompare().catch(fail);
    },
    (typed) => setStatus(t('dateInvalid', { value: typed })),
  );
  analysisButton.addEventListener('click', () => {
    state.analysis = !state.analysis;
    if (state.analysis && state.compare) compareButton.click();
    analysisButton.setAttribute('aria-pressed', String(state.analysis));
    refreshLegend();
    if (!state.analysis && state.selected) void select(state.selected).catch(fail);
    else if (!state.analysis) panel.replaceChildren(h('p', { class: 'muted' }, t('empty')));
    void refreshAnalysis().catch(fail);
  });
  byId('change-requests').addEventListener('click', () => void review.list());
  byId('fit').addEventListener('click', () => view.cy.fit(undefined, 30));
  byId('export-png').addEventListener('click', () => exportPng(view.cy));
  byId('export-svg').addEventListener('click', () => exportSvg(view.cy));
  byId('lang').addEventListener('click', () => applyLanguage(currentLang() === 'zh' ? 'en' : 'zh'));
  view.cy.on('tap', 'node', (event) => {
    const id = (event.target as { id(): string }).id();
    // A collapsed group opens in place (within the visible budget).
    if (view.cy.getElementById(id).data('type') === 'Group') {
      void openGroup(id).catch(fail);
      return;
    }
    // In the jurisdiction view a click shows the details; elsewhere it also draws the node's neighbours.
    void select(id)
      .then(() => (view.isTree() ? undefined : expand(id)))
      .catch(fail);
  });
}

/** The jurisdiction picker: every division an organization names, as a tree. */
async function fillJurisdictions(): Promise<void> {
  const { options } = divisionOptions((await divisions(state.asOf)).divisions);
  jurisdictionSelect.append(...options);
  jurisdictionSelect.dataset['ready'] = 'true';
}

// The change-request panel (issue 19): its badge counts what the change feed told.
const review = new ReviewPanel({ panel, highlight: (ids) => highlightWhatIf(ids) }, byId('cr-badge'));

async function start(): Promise<void> {
  wire();
  applyLanguage(params.get('lang') === 'en' ? 'en' : 'zh');
  state.capabilities = await loadCapabilities();
  // ?analysis=1 opens in overlaps mode (the dashboard's overlap matrix links here so).
  if (params.get('analysis') === '1' && (state.capabilities.overlaps || state.capabilities.findings)) {
    state.analysis = true;
    analysisButton.setAttribute('aria-pressed', 'true');
  }
  await fillJurisdictions();
  // ?request=<change request id> opens it in the review panel.
  const request = params.get('request');
  if (request) await review.show(request);
  // ?id=<global id>&depth=&limit= draws a neighbourhood at once (links, tests of large graphs);
  // ?jurisdiction=<division code> the jurisdiction view.
  const id = params.get('id');
  if (id) {
    state.roots = id.split(',');
    await drawRoots();
  } else if (state.jurisdiction !== null) {
    jurisdictionSelect.value = state.jurisdiction;
    await drawJurisdiction(state.jurisdiction);
  } else {
    graph.dataset['state'] = 'ready';
  }
}

void start().catch(fail);
