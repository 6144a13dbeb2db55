/** The page's words, Chinese first; English by the toggle. 界面文字（中文为主，可切换英文）。 */
import { LIST_KINDS } from '../../src/domain/list-kinds';

export type Lang = 'zh' | 'en';

const UI = {
  title: ['权责图谱', 'Jurisdiction graph'],
  searchPlaceholder: ['搜索机构、职权、乡镇、吹哨事项，回车检索', 'Search organizations, powers, townships, whistle matters; press Enter'],
  asOf: ['日期', 'As of'],
  dateInvalid: ['日期“{value}”无效：请按 YYYY-MM-DD 填写实际存在的日期，例如 2026-12-01', 'Invalid date "{value}": write a real date as YYYY-MM-DD, e.g. 2026-12-01'],
  jurisdiction: ['管辖视图', 'Jurisdiction'],
  jurisdictionPick: ['（选择区划）', '(pick a division)'],
  jurisdictionDrawn: ['管辖视图：{division}，{divisions} 个区划、{orgs} 个机构、{handOvers} 项下放事项', 'Jurisdiction of {division}: {divisions} divisions, {orgs} organizations, {handOvers} items handed over'],
  unitsGroup: ['内设/下属单位 {n}', 'Internal units {n}'],
  handOverItems: ['下放 {n} 项', '{n} handed over'],
  depth: ['层数', 'Depth'],
  analysis: ['重叠与问题', 'Overlaps & findings'],
  fit: ['适应窗口', 'Fit'],
  exportPng: ['导出 PNG', 'Export PNG'],
  exportSvg: ['导出 SVG', 'Export SVG'],
  switchLang: ['English', '中文'],
  dashboard: ['统计看板', 'Dashboard'],
  crTitle: ['变更申请', 'Change requests'],
  crToken: ['访问令牌（审核人员）', 'Access token (reviewers)'],
  crTokenUse: ['使用令牌', 'Use token'],
  crNone: ['没有可查看的变更申请。', 'No change requests to show.'],
  crOverdue: ['已超期', 'overdue'],
  crCleared: ['合法性审查已通过', 'legality cleared'],
  crComment: ['意见（退回、不予批准时必填）', 'Comment (required to return or reject)'],
  crOverride: ['放行理由（检查有错误时）', 'Override reason (when the checks found errors)'],
  crWhatIf: ['在图中预览（如获批准）', 'Preview on the graph (as if approved)'],
  crBack: ['返回列表', 'Back to the list'],
  crReason: ['调整理由', 'Reason'],
  crBasis: ['调整依据', 'Legal basis'],
  crEffective: ['申请生效日期', 'Requested effective date'],
  crProposer: ['提出者', 'Proposer'],
  crDue: ['本环节截止', 'Stage due'],
  crVersion: ['发布的清单版本', 'Published list version'],
  crChecks: ['自动检查', 'Automatic checks'],
  crChecksSummary: ['新增错误 {e} 个、警告 {w} 个，涉及现有事项 {n} 项', '{e} errors and {w} warnings created, {n} existing rows touched'],
  crHistory: ['办理记录', 'Steps'],
  crDraft: ['保存为变更申请草稿', 'Save as a change request draft'],
  crDraftTitle: ['标题', 'Title'],
  crDraftReason: ['调整理由', 'Reason'],
  crDraftDocNo: ['调整依据文号', 'Decision number (文号) of the legal basis'],
  crDraftSave: ['保存草稿', 'Save draft'],
  empty: ['输入名称并回车开始检索。', 'Type a name and press Enter to search.'],
  noHits: ['没有找到匹配的结果。', 'No matches.'],
  loading: ['正在加载…', 'Loading…'],
  drawn: ['已绘制 {n} 个节点、{e} 条关系，布局 {ms} 毫秒', '{n} nodes and {e} edges drawn, layout {ms} ms'],
  truncated: ['（已截断，仅显示最相关的节点）', '(truncated: the most relevant nodes are shown)'],
  collapsedGroups: ['；{n} 个节点汇总为 {g} 组（点击展开）', '; {n} nodes collapsed into {g} groups (click to expand)'],
  labelsHidden: ['；{n} 个标签因重叠而隐藏（悬停可见）', '; {n} labels hidden where they would overlap (hover shows them)'],
  nothingOnDate: ['该日期下没有有效的节点。', 'Nothing is valid on this date.'],
  error: ['出错了：', 'Error: '],
  legendTypes: ['节点类型', 'Node types'],
  legendCategories: ['职权类别', 'Power categories'],
  legendIssues: ['标注', 'Highlights'],
  compare: ['比对日期', 'Compare dates'],
  compareFrom: ['比对起始日', 'Compare from'],
  compareTitle: ['{from} 至 {to} 的变化', 'Changes from {from} to {to}'],
  compareNone: ['图中机构的清单在两个日期之间没有变化。', 'The lists of the organizations on screen did not change between the two dates.'],
  compareCounts: ['新增 {a} 项，取消 {r} 项，变更 {c} 项', '{a} added, {r} removed, {c} changed'],
  compareCapped: ['（仅比对前 {n} 个机构）', ' (only the first {n} organizations compared)'],
  diffAdded: ['新增', 'Added'],
  diffRemoved: ['取消（起始日有、现已无）', 'Removed (there on the start date, gone now)'],
  diffChanged: ['变更（更名、类别、依据或责任）', 'Changed (name, category, basis or responsibility)'],
  severityError: ['错误（ERROR）', 'Error'],
  severityWarning: ['警告（WARNING）', 'Warning'],
  analysisUnavailable: ['分析功能尚未提供（服务尚无 overlaps / findings 查询）。', 'Analysis not available (the service has no overlaps / findings queries yet).'],
  analysisNone: ['当前图中没有涉及的重叠或问题。', 'No overlaps or findings touch what is on screen.'],
  analysisTitle: ['重叠与问题', 'Overlaps and findings'],
  overlap: ['重叠', 'Overlap'],
  finding: ['问题', 'Finding'],
  category: ['类别', 'Category'],
  code: ['编码', 'Code'],
  valid: ['有效期', 'Valid'],
  basis: ['依据', 'Basis'],
  unresolved: ['未能解析', 'unresolved'],
  responsibilities: ['责任事项', 'Responsibilities'],
  exercisers: ['行使主体', 'Exercised by'],
  handOvers: ['下放情况', 'Hand-overs'],
  orgType: ['机构类型', 'Type'],
  division: ['所属区划', 'Division'],
  powersByCategory: ['职权（按类别）', 'Powers by category'],
  handedOver: ['下放出去的事项', 'Handed over'],
  received: ['承接的事项', 'Received'],
  whistleLed: ['主责的吹哨事项', 'Whistle matters led'],
  properties: ['属性', 'Properties'],
  none: ['无', 'none'],
  more: ['另有 {n} 项', '{n} more'],
  whatIf: ['假设调整', 'What-if'],
  whatIfAbolish: ['撤销该机构（可选继任机构）', 'Abolish this organization (optional successor)'],
  whatIfMove: ['将该职权移交给…', 'Move this power to…'],
  whatIfSuccessor: ['继任机构', 'Successor'],
  whatIfNoSuccessor: ['（无继任机构）', '(no successor)'],
  whatIfFrom: ['原行使机构', 'From'],
  whatIfTo: ['移交给', 'Move to'],
  whatIfSearch: ['搜索其他机构，回车加入下拉框', 'Search other organizations; Enter adds them to the list'],
  whatIfDate: ['生效日期', 'Effective date'],
  whatIfPreview: ['预览', 'Preview'],
  whatIfClear: ['清除', 'Clear'],
  whatIfComputing: ['正在计算影响（可能需要几秒）…', 'Computing the impact (may take a few seconds)…'],
  whatIfNothingApplied: ['仅为预览：未对数据作任何更改。', 'Preview only: nothing has been applied.'],
  whatIfSummary: ['共影响 {n} 个对象，其中 {s} 个在图中以紫色虚线标出。', '{n} objects affected; {s} on screen, outlined in dashed purple.'],
  whatIfPowers: ['受影响的职权', 'Affected powers'],
  whatIfHandOvers: ['受影响的下放事项', 'Affected hand-overs'],
  whatIfWhistle: ['受影响的吹哨事项', 'Affected whistle matters'],
  whatIfDuty: ['受影响的履职事项', 'Affected township duties'],
  whatIfLenient: ['受影响的包容审慎事项', 'Affected lenient items'],
  whatIfOverlapsCreated: ['新出现的职责重叠', 'Overlaps created'],
  whatIfOverlapsResolved: ['消除的职责重叠', 'Overlaps resolved'],
  whatIfFindingsCreated: ['新出现的问题', 'Findings created'],
  whatIfFindingsResolved: ['消除的问题', 'Findings resolved'],
  whatIfNoIssues: ['职责重叠与清单问题：调整前后无新增或消除。', 'Overlaps and findings: none created or resolved.'],
  whatIfRespondents: ['复议被申请人变化', 'Respondent changes'],
  whatIfInvalid: ['调整方案无效：', 'Invalid plan: '],
  whatIfNoFrom: ['该职权在此日期没有行使机构。', 'Nobody exercises this power on that date.'],
  whatIfNoTarget: ['请选择移交给哪个机构。', 'Choose the organization to move it to.'],
  whatIfLegend: ['假设调整影响', 'What-if impact'],
  nobody: ['无', 'nobody'],
} as const;
export type UiKey = keyof typeof UI;

export const NODE_TYPE_NAMES: Record<string, readonly [string, string]> = {
  Organization: ['机构', 'Organization'],
  AdminDivision: ['行政区划', 'Division'],
  Power: ['职权', 'Power'],
  LegalDocument: ['法律法规', 'Law'],
  Provision: ['条款', 'Provision'],
  ...Object.fromEntries(LIST_KINDS.map((k) => [k.label, [k.text.zh, k.text.en] as const])),
};

export const CATEGORY_NAMES: Record<string, readonly [string, string]> = {
  LICENSING: ['行政许可', 'Licensing'],
  PUNISHMENT: ['行政处罚', 'Punishment'],
  COERCION: ['行政强制', 'Coercion'],
  LEVY: ['行政征收', 'Levy'],
  PAYMENT: ['行政给付', 'Payment'],
  INSPECTION: ['行政检查', 'Inspection'],
  CONFIRMATION: ['行政确认', 'Confirmation'],
  REWARD: ['行政奖励', 'Reward'],
  ADJUDICATION: ['行政裁决', 'Adjudication'],
  OTHER: ['其他行政权力', 'Other'],
  PUBLIC_SERVICE: ['公共服务', 'Public service'],
};

export const CHANGE_NAMES: Record<string, readonly [string, string]> = {
  ADDED: ['新增', 'added'],
  REMOVED: ['取消', 'removed'],
  RENAMED: ['更名', 'renamed'],
  RETYPED: ['类别调整', 're-typed'],
  BASIS_CHANGED: ['依据变化', 'basis changed'],
  RESPONSIBILITY_CHANGED: ['责任事项变化', 'responsibility changed'],
};

export const MODE_NAMES: Record<string, readonly [string, string]> = {
  GRANT: ['赋权', 'grant'],
  ENTRUST: ['委托', 'entrust'],
  AUTHORIZE: ['授权', 'authorize'],
  SECONDMENT: ['派驻', 'secondment'],
  JOINT: ['联合执法', 'joint'],
  CONCENTRATED: ['集中行使', 'concentrated'],
};

export const EDGE_NAMES: Record<string, readonly [string, string]> = {
  EXERCISED_BY: ['行使', 'exercised by'],
  HANDS_OVER: ['赋权/委托', 'hands over'],
  FROM: ['下放部门', 'from'],
  TO: ['承接', 'to'],
  LEAD: ['主责', 'lead'],
  COOPERATES: ['配合', 'cooperates'],
  WHISTLED_BY: ['吹哨', 'whistled by'],
  NEEDS_POWER: ['需用职权', 'needs power'],
  OF_TOWNSHIP: ['履职主体', 'township'],
  COUNTERPART: ['对应部门', 'counterpart'],
  APPLIES_TO: ['适用', 'applies to'],
  IMPLEMENTED_BY: ['实施', 'implemented by'],
  BASED_ON: ['依据', 'based on'],
  OF_LAW: ['出自', 'of law'],
  IN_DIVISION: ['所在', 'in division'],
  PART_OF: ['隶属', 'part of'],
  SUB_ITEM_OF: ['子项', 'sub-item of'],
  HANDS_OVER_TO: ['下放至', 'handed over to'],
};

export const ORG_TYPE_NAMES: Record<string, readonly [string, string]> = {
  GOV_DEPT: ['政府部门', 'Government department'],
  TOWNSHIP_GOV: ['乡镇人民政府', 'Township government'],
  STREET_OFFICE: ['街道办事处', 'Street office'],
  AUTHORIZED_ORG: ['法律法规授权组织', 'Authorized organization'],
  PUBLIC_INSTITUTION: ['事业单位', 'Public institution'],
  VERTICAL_AGENCY: ['垂直管理机构', 'Vertical agency'],
  INTERNAL_UNIT: ['内设机构', 'Internal unit'],
  ENFORCEMENT_TEAM: ['综合行政执法队', 'Enforcement team'],
};

let lang: Lang = 'zh';

export const currentLang = (): Lang => lang;
export const setLang = (next: Lang): void => {
  lang = next;
};

/** A UI text with `{name}` placeholders filled. */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  const text = UI[key][lang === 'zh' ? 0 : 1];
  return text.replace(/\{(\w+)\}/g, (_m, name: string) => String(values[name] ?? ''));
}

/** A name from one of the tables above; the raw value when it has none. */
export function nameOf(table: Record<string, readonly [string, string]>, value: string | null | undefined): string {
  if (value == null) return '';
  const names = table[value];
  return names ? names[lang === 'zh' ? 0 : 1] : value;
}
