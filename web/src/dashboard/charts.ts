/**
 * The five charts as ECharts options, each with the table behind it (what XLSX export writes) and
 * the number of marks it should draw (what the e2e test compares with the API). 图表配置。
 */
import { CATEGORY_NAMES, nameOf } from '../i18n';
import { CATEGORY_COLORS, ERROR_COLOR, WARNING_COLOR } from '../styles';
import type { Group, Statistics, Summary, TrendPoint } from './api';
import { FINDING_KIND_NAMES, shortName, w } from './words';

export interface ChartSpec {
  option: Record<string, unknown>;
  /** Header row, then data rows. */
  table: (string | number)[][];
  /** Rows of the chart's category axis (bars = departments, townships...). */
  categories: number;
}

const TOWNSHIP_TYPES = new Set(['TOWNSHIP_GOV', 'STREET_OFFICE']);
const CATEGORY_ORDER = Object.keys(CATEGORY_COLORS);
const LABEL_CHARS = 14;

const axisName = (name: string): string => shortName(name, LABEL_CHARS);
const grid = { left: 8, right: 24, top: 36, bottom: 8, containLabel: true };
const tooltip = { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true };

/** Departments (not townships) with at least one power, most powers first. */
export function departments(stats: Statistics): { id: string; name: string; total: number }[] {
  const totals = new Map<string, { id: string; name: string; total: number }>();
  for (const g of stats.groups) {
    const o = g.organization;
    if (!o || TOWNSHIP_TYPES.has(o.orgType) || g.counts.powers === 0) continue;
    const entry = totals.get(o.id) ?? { id: o.id, name: o.name, total: 0 };
    entry.total += g.counts.powers;
    totals.set(o.id, entry);
  }
  return [...totals.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, 'zh-Hans-CN'));
}

export function powersChart(stats: Statistics): ChartSpec {
  const rows = departments(stats);
  // Largest at the top of a horizontal bar chart: the category axis runs bottom-up.
  const axis = [...rows].reverse();
  const cell = new Map<string, number>();
  for (const g of stats.groups) if (g.organization && g.category) cell.set(`${g.organization.id}|${g.category}`, g.counts.powers);
  const categories = CATEGORY_ORDER.filter((c) => rows.some((r) => (cell.get(`${r.id}|${c}`) ?? 0) > 0));
  return {
    categories: rows.length,
    option: {
      tooltip,
      legend: { top: 0, type: 'scroll' },
      grid,
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: axis.map((r) => axisName(r.name)), axisLabel: { interval: 0, fontSize: 11 } },
      series: categories.map((c) => ({
        name: nameOf(CATEGORY_NAMES, c),
        type: 'bar',
        stack: 'powers',
        itemStyle: { color: CATEGORY_COLORS[c] },
        data: axis.map((r) => cell.get(`${r.id}|${c}`) ?? 0),
      })),
    },
    table: [
      [w('department'), ...categories.map((c) => nameOf(CATEGORY_NAMES, c)), w('total')],
      ...rows.map((r) => [r.name, ...categories.map((c) => cell.get(`${r.id}|${c}`) ?? 0), r.total]),
    ],
  };
}

/** The symmetric matrix: both halves drawn, so a cell is found from either organization's row. */
export function matrixChart(summary: Summary): ChartSpec {
  const names = summary.matrix.organizations.map((o) => o.name);
  const data = summary.matrix.cells.flatMap((c) => [
    [c.column, c.row, c.count],
    [c.row, c.column, c.count],
  ]);
  const max = Math.max(1, ...summary.matrix.cells.map((c) => c.count));
  const labels = names.map(axisName);
  return {
    categories: names.length,
    option: {
      tooltip: {
        confine: true,
        formatter: (p: { value: [number, number, number] }) =>
          `${names[p.value[1]] ?? ''} × ${names[p.value[0]] ?? ''}<br>${w('overlaps')}: ${p.value[2]}`,
      },
      grid: { ...grid, top: 8, bottom: 60, right: 70 },
      xAxis: { type: 'category', data: labels, axisLabel: { rotate: 40, interval: 0, fontSize: 11 }, splitArea: { show: true } },
      yAxis: { type: 'category', data: labels, axisLabel: { interval: 0, fontSize: 11 }, splitArea: { show: true } },
      visualMap: { min: 0, max, calculable: false, orient: 'vertical', right: 0, top: 'middle', inRange: { color: ['#fde0c5', '#d00000'] } },
      series: [{ type: 'heatmap', data, label: { show: true }, emphasis: { itemStyle: { borderColor: '#1a202c', borderWidth: 1 } } }],
    },
    table: [
      [w('organizationA'), w('organizationB'), w('overlaps')],
      ...summary.matrix.cells.map((c) => [names[c.row] ?? '', names[c.column] ?? '', c.count]),
    ],
  };
}

const SEVERITIES = ['ERROR', 'WARNING', 'INFO'] as const;
const SEVERITY_COLORS: Record<string, string> = { ERROR: ERROR_COLOR, WARNING: WARNING_COLOR, INFO: '#4e79a7' };

export function findingsChart(summary: Summary): ChartSpec {
  const kinds = [...new Set(summary.findingsByKindAndSeverity.map((f) => f.kind))];
  const count = (kind: string, severity: string): number =>
    summary.findingsByKindAndSeverity.find((f) => f.kind === kind && f.severity === severity)?.count ?? 0;
  const severities = SEVERITIES.filter((s) => kinds.some((k) => count(k, s) > 0));
  return {
    categories: kinds.length,
    option: {
      tooltip,
      legend: { top: 0 },
      grid: { ...grid, bottom: 8 },
      xAxis: { type: 'category', data: kinds.map((k) => nameOf(FINDING_KIND_NAMES, k)), axisLabel: { interval: 0, rotate: 30, fontSize: 11 } },
      yAxis: { type: 'value' },
      series: severities.map((s) => ({
        name: w(s),
        type: 'bar',
        stack: 'findings',
        itemStyle: { color: SEVERITY_COLORS[s] },
        // '-' leaves no bar where a kind has no finding of that severity.
        data: kinds.map((k) => count(k, s) || '-'),
      })),
    },
    table: [
      [w('kind'), w('severity'), w('count')],
      ...summary.findingsByKindAndSeverity.map((f) => [nameOf(FINDING_KIND_NAMES, f.kind), w(f.severity as 'ERROR'), f.count]),
    ],
  };
}

const TREND_MEASURES = ['powers', 'handOversActive', 'handOversRecalled'] as const;

export function trendChart(points: TrendPoint[]): ChartSpec {
  return {
    categories: points.length,
    option: {
      tooltip: { trigger: 'axis', confine: true },
      legend: { top: 0 },
      grid,
      xAxis: { type: 'category', data: points.map((p) => p.date), axisLabel: { fontSize: 11 } },
      yAxis: [{ type: 'value', name: w('powers') }, { type: 'value', name: w('handOversActive'), splitLine: { show: false } }],
      series: TREND_MEASURES.map((m, i) => ({
        name: w(m),
        type: 'line',
        yAxisIndex: i === 0 ? 0 : 1,
        showAllSymbol: true,
        symbolSize: 7,
        data: points.map((p) => p.totals[m]),
      })),
    },
    table: [[w('date'), ...TREND_MEASURES.map((m) => w(m))], ...points.map((p) => [p.date, ...TREND_MEASURES.map((m) => p.totals[m])])],
  };
}

/** Townships and streets: what was handed to them, what they hold on their own list, what was recalled. */
export function townships(stats: Statistics): Group[] {
  return stats.groups
    .filter((g) => g.organization && TOWNSHIP_TYPES.has(g.organization.orgType))
    .sort((a, b) => a.organization!.name.localeCompare(b.organization!.name, 'zh-Hans-CN'));
}

export function coverageChart(stats: Statistics): ChartSpec {
  const rows = townships(stats);
  const measures = [
    { key: 'handOversActive', label: w('handOversActive'), color: '#2c7a7b' },
    { key: 'powers', label: w('held'), color: '#4e79a7' },
    { key: 'handOversRecalled', label: w('handOversRecalled'), color: '#c05621' },
  ] as const;
  return {
    categories: rows.length,
    option: {
      tooltip,
      legend: { top: 0 },
      grid,
      xAxis: { type: 'category', data: rows.map((g) => axisName(g.organization!.name)), axisLabel: { interval: 0, rotate: 30, fontSize: 11 } },
      yAxis: { type: 'value' },
      series: measures.map((m) => ({ name: m.label, type: 'bar', itemStyle: { color: m.color }, data: rows.map((g) => g.counts[m.key]) })),
    },
    table: [
      [w('township'), ...measures.map((m) => m.label), w('handOversExpired')],
      ...rows.map((g) => [g.organization!.name, ...measures.map((m) => g.counts[m.key]), g.counts.handOversExpired]),
    ],
  };
}
