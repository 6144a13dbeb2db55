/**
 * The statistics dashboard (统计看板) at /dashboard/: five charts of one scope on one date, drawn with
 * Apache ECharts bundled into the page (no CDN). The date and the division redraw everything; each
 * chart exports a PNG and its data as XLSX. 统计看板。
 */
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

import { byId, h } from '../dom';
import { currentLang, setLang, type Lang } from '../i18n';
import { divisionOptions, divisions, type DivisionRef } from '../divisions';
import { isoDateField } from '../date-field';
import { statistics, summary, trend, type Scope } from './api';
import { coverageChart, findingsChart, matrixChart, powersChart, trendChart, type ChartSpec } from './charts';
import { downloadPng, downloadXlsx } from './export';
import { w, type DashboardKey } from './words';

echarts.use([BarChart, HeatmapChart, LineChart, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

type ChartName = 'powers' | 'matrix' | 'findings' | 'trend' | 'coverage';
const CHARTS: { name: ChartName; title: DashboardKey; wide?: boolean }[] = [
  { name: 'powers', title: 'powersTitle', wide: true },
  { name: 'matrix', title: 'matrixTitle' },
  { name: 'findings', title: 'findingsTitle' },
  { name: 'trend', title: 'trendTitle' },
  { name: 'coverage', title: 'coverageTitle' },
];
const NO_DIVISION = '__none__';
/** The organizations of ?organizationIds=a,b (a list the lead or a link chose; e.g. lists without a division). */
const LISTED = '__listed__';

const params = new URLSearchParams(window.location.search);
const todayInChina = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const state = {
  asOf: params.get('asOf') ?? todayInChina(),
  division: params.get('divisionCode') ?? '',
  withoutDivision: [] as string[],
  listed: (params.get('organizationIds') ?? '').split(',').filter((id) => id !== ''),
  specs: new Map<ChartName, ChartSpec>(),
  matrixIds: [] as string[],
};

const board = byId('board');
const status = byId('status');
const asOfInput = byId<HTMLInputElement>('as-of');
const scopeSelect = byId<HTMLSelectElement>('scope');
const instances = new Map<ChartName, echarts.ECharts>();

function chartCard(name: ChartName, title: DashboardKey, wide: boolean): HTMLElement {
  const png = h('button', { type: 'button', 'data-testid': `png-${name}` }, w('exportPng'));
  const xlsx = h('button', { type: 'button', 'data-testid': `xlsx-${name}` }, w('exportXlsx'));
  png.addEventListener('click', () => {
    const chart = instances.get(name);
    if (chart) downloadPng(chart, `quanze-${name}-${state.asOf}.png`);
  });
  xlsx.addEventListener('click', () => {
    const spec = state.specs.get(name);
    if (spec) downloadXlsx(spec.table, w(title), `quanze-${name}-${state.asOf}.xlsx`);
  });
  const body = h('div', { class: 'chart', id: `chart-${name}`, 'data-testid': `chart-${name}`, 'data-state': 'empty' });
  const card = h(
    'section',
    { class: wide ? 'card wide' : 'card' },
    h('header', {}, h('h2', { 'data-dash': title }, w(title)), h('span', { class: 'tools' }, png, xlsx)),
    body,
  );
  return card;
}

/** Marks the chart drew: data items with a graphic element and a value (a stacked 0 draws nothing). */
function drawnMarks(chart: echarts.ECharts): number {
  const model = (chart as unknown as { getModel(): { getSeries(): { getData(): SeriesData }[] } }).getModel();
  let marks = 0;
  for (const series of model.getSeries()) {
    const data = series.getData();
    for (let i = 0; i < data.count(); i += 1) {
      const value = data.getRawDataItem(i);
      const number = Array.isArray(value) ? Number(value[2]) : Number(value);
      if (data.getItemGraphicEl(i) && Number.isFinite(number) && number > 0) marks += 1;
    }
  }
  return marks;
}
interface SeriesData {
  count(): number;
  getRawDataItem(i: number): unknown;
  getItemGraphicEl(i: number): unknown;
}

function draw(name: ChartName, spec: ChartSpec): void {
  state.specs.set(name, spec);
  const element = byId(`chart-${name}`);
  let chart = instances.get(name);
  if (!chart) {
    chart = echarts.init(element, undefined, { renderer: 'canvas' });
    instances.set(name, chart);
    if (name === 'matrix') chart.on('click', (event) => openPair(event.value as [number, number, number]));
  }
  // The powers chart grows with the departments so that every name stays readable.
  if (name === 'powers') {
    element.style.height = `${Math.max(320, 60 + spec.categories * 22)}px`;
    chart.resize();
  }
  chart.setOption({ animation: false, textStyle: { fontFamily: getComputedStyle(document.body).fontFamily }, ...spec.option }, true);
  element.dataset['categories'] = String(spec.categories);
  element.dataset['marks'] = String(drawnMarks(chart));
  element.dataset['state'] = 'ready';
}

/** A heat-map cell opens the graph page on its two organizations, in overlaps mode. */
function openPair(value: [number, number, number]): void {
  const a = state.matrixIds[value[0]];
  const b = state.matrixIds[value[1]];
  if (!a || !b) return;
  const query = new URLSearchParams({ id: `${a},${b}`, analysis: '1', asOf: state.asOf, lang: currentLang() });
  window.location.assign(`/graph/?${query.toString()}`);
}

function scope(): Scope {
  if (state.division === LISTED) return { organizationIds: state.listed };
  return state.division === NO_DIVISION ? { organizationIds: state.withoutDivision } : { divisionCode: state.division };
}

const threeYearsBefore = (date: string): string => `${Number(date.slice(0, 4)) - 3}${date.slice(4, 7)}-01`;

async function refresh(): Promise<void> {
  if (state.division === '') return;
  board.dataset['state'] = 'loading';
  status.textContent = w('loading');
  for (const c of CHARTS) byId(`chart-${c.name}`).dataset['state'] = 'loading';
  const s = scope();
  // One after the other: each is heavy and waits for the service's analysis gate.
  const stats = await statistics(s, state.asOf);
  draw('powers', powersChart(stats.byCategory));
  draw('coverage', coverageChart(stats.byOrganization));
  const analysis = await summary(s, state.asOf);
  state.matrixIds = analysis.matrix.organizations.map((o) => o.id);
  draw('matrix', matrixChart(analysis));
  draw('findings', findingsChart(analysis));
  draw('trend', trendChart(await trend(s, threeYearsBefore(state.asOf), state.asOf)));
  status.textContent = w('ready', {
    orgs: stats.byOrganization.organizationCount,
    powers: stats.byOrganization.totals.powers,
    overlaps: analysis.overlapCount,
    findings: analysis.findingCount,
  });
  board.dataset['state'] = 'ready';
}

function fail(error: unknown): void {
  status.textContent = `${w('error')}${error instanceof Error ? error.message : String(error)}`;
  board.dataset['state'] = 'error';
}

/** The divisions as an indented tree in the scope picker, parents before children. */
function fillScopes(found: Map<string, DivisionRef>, organizationsBelow: Map<string, number>): void {
  const { options, roots } = divisionOptions(found);
  if (state.withoutDivision.length > 0) options.push(h('option', { value: NO_DIVISION, 'data-dash': 'noDivision' }, w('noDivision')));
  if (state.listed.length > 0) {
    options.unshift(h('option', { value: LISTED }, w('listed', { n: state.listed.length })));
    state.division = LISTED;
  }
  scopeSelect.replaceChildren(...options);
  // Default: the top division with the most organizations (the demo's city), else the organizations without one.
  if (state.division === '') {
    const top = [...roots].sort((a, b) => (organizationsBelow.get(b.code) ?? 0) - (organizationsBelow.get(a.code) ?? 0))[0];
    state.division = top?.code ?? (state.withoutDivision.length > 0 ? NO_DIVISION : '');
  }
  scopeSelect.value = state.division;
}

function applyLanguage(lang: Lang): void {
  setLang(lang);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  for (const element of document.querySelectorAll<HTMLElement>('[data-dash]')) element.textContent = w(element.dataset['dash'] as DashboardKey);
  byId('lang').textContent = w('switchLang');
  document.title = `${w('title')} Quanze`;
  byId<HTMLAnchorElement>('graph-link').href = `/graph/?lang=${lang}`;
}

async function start(): Promise<void> {
  applyLanguage(params.get('lang') === 'en' ? 'en' : 'zh');
  board.replaceChildren(...CHARTS.map((c) => chartCard(c.name, c.title, c.wide ?? false)));
  isoDateField(
    asOfInput,
    state.asOf,
    (date) => {
      state.asOf = date;
      void refresh().catch(fail);
    },
    (typed) => {
      status.textContent = w('dateInvalid', { value: typed });
    },
  );
  scopeSelect.addEventListener('change', () => {
    state.division = scopeSelect.value;
    void refresh().catch(fail);
  });
  byId('lang').addEventListener('click', () => {
    applyLanguage(currentLang() === 'zh' ? 'en' : 'zh');
    for (const c of CHARTS) byId(`chart-${c.name}`).closest('section')?.replaceWith(chartCard(c.name, c.title, c.wide ?? false));
    for (const chart of instances.values()) chart.dispose();
    instances.clear();
    void refresh().catch(fail);
  });
  window.addEventListener('resize', () => {
    for (const chart of instances.values()) chart.resize();
  });
  const found = await divisions(state.asOf);
  state.withoutDivision = found.withoutDivision;
  fillScopes(found.divisions, found.organizationsBelow);
  await refresh();
}

// Read-only access for end-to-end tests: the pixel of a heat-map cell. 供测试读取。
Object.assign(window, {
  quanzeDashboard: {
    cellPixel: (x: number, y: number): number[] | null => {
      const chart = instances.get('matrix');
      return chart ? chart.convertToPixel({ seriesIndex: 0 }, [x, y]) : null;
    },
    matrixIds: () => [...state.matrixIds],
    scope: () => scope(),
  },
});

void start().catch(fail);
