/** The dashboard's words, Chinese first; English by the toggle. 统计看板界面文字。 */
import { currentLang } from '../i18n';

const UI = {
  title: ['权责统计看板', 'Statistics dashboard'],
  graphLink: ['权责图谱', 'Graph'],
  asOf: ['日期', 'As of'],
  dateInvalid: ['日期“{value}”无效：请按 YYYY-MM-DD 填写实际存在的日期，例如 2026-12-01', 'Invalid date "{value}": write a real date as YYYY-MM-DD, e.g. 2026-12-01'],
  scope: ['范围', 'Scope'],
  switchLang: ['English', '中文'],
  loading: ['正在加载…', 'Loading…'],
  error: ['出错了：', 'Error: '],
  ready: ['已绘制：{orgs} 个机构，{powers} 项职权，{overlaps} 处职责交叉，{findings} 个问题', 'Drawn: {orgs} organizations, {powers} powers, {overlaps} overlaps, {findings} findings'],
  noDivision: ['无行政区划的机构', 'Organizations without a division'],
  listed: ['指定的 {n} 个机构', 'The {n} organizations listed'],
  exportPng: ['PNG', 'PNG'],
  exportXlsx: ['数据 XLSX', 'Data XLSX'],
  empty: ['该范围在此日期没有数据。', 'No data for this scope on this date.'],
  powersTitle: ['各部门职权数（按类别）', 'Powers per department, by category'],
  matrixTitle: ['职责交叉矩阵（点击格子查看图谱）', 'Overlap matrix (click a cell to open the graph)'],
  findingsTitle: ['问题（按类型与严重程度）', 'Findings by kind and severity'],
  trendTitle: ['清单变化趋势', 'Trend over the list versions'],
  coverageTitle: ['乡镇（街道）承接情况', 'Hand-over coverage per township'],
  department: ['部门', 'Department'],
  township: ['乡镇（街道）', 'Township'],
  total: ['合计', 'Total'],
  overlaps: ['职责交叉', 'Overlaps'],
  organizationA: ['机构甲', 'Organization A'],
  organizationB: ['机构乙', 'Organization B'],
  kind: ['类型', 'Kind'],
  severity: ['严重程度', 'Severity'],
  count: ['数量', 'Count'],
  date: ['日期', 'Date'],
  powers: ['职权', 'Powers'],
  handOversActive: ['承接（有效）', 'Handed (in force)'],
  handOversRecalled: ['已收回', 'Recalled'],
  handOversExpired: ['已到期', 'Expired'],
  held: ['自有职权', 'Held (own list)'],
  ERROR: ['错误', 'Error'],
  WARNING: ['警告', 'Warning'],
  INFO: ['提示', 'Info'],
} as const;
export type DashboardKey = keyof typeof UI;

export function w(key: DashboardKey, values: Record<string, string | number> = {}): string {
  const text = UI[key][currentLang() === 'zh' ? 0 : 1];
  return text.replace(/\{(\w+)\}/g, (_m, name: string) => String(values[name] ?? ''));
}

export const FINDING_KIND_NAMES: Record<string, readonly [string, string]> = {
  NO_BASIS: ['无实施依据', 'No basis'],
  WEAK_BASIS: ['依据层级过低', 'Weak basis'],
  STALE_BASIS: ['依据已失效', 'Stale basis'],
  UNRESOLVED_BASIS: ['依据无法解析', 'Unresolved basis'],
  NO_RESPONSIBILITY: ['无责任事项', 'No responsibility'],
  WHISTLE_NO_LEAD: ['吹哨无主责', 'Whistle: no lead'],
  WHISTLE_LEAD_INACTIVE: ['主责已撤销', 'Whistle: lead inactive'],
  WHISTLE_LEAD_LACKS_POWER: ['主责无职权', 'Whistle: lead lacks power'],
  DUTY_WITHOUT_POWER: ['权责不等', 'Duty without power'],
  ILLEGAL_HANDOVER: ['违法下放', 'Illegal hand-over'],
  HANDOVER_NOT_PUBLISHED: ['下放未公布', 'Hand-over not published'],
  HANDOVER_EVALUATION_OVERDUE: ['下放评估逾期', 'Evaluation overdue'],
  LENIENT_MISMATCH: ['四张清单不匹配', 'Lenient mismatch'],
  ORPHANED: ['无主事项', 'Orphaned'],
  CODE_TYPE_MISMATCH: ['编码类型不符', 'Code type mismatch'],
  CODE_AREA_MISMATCH: ['编码区划不符', 'Code area mismatch'],
  DUPLICATE_CODE: ['编码重复', 'Duplicate code'],
};

export { keepEnd as shortName } from '../labels';
