import { FINDING_KIND_SPECS } from './finding-kinds';
import { FINDING_KINDS, type FindingModel } from './finding.model';

/** One sheet of the reviewer's report: the same columns for every kind, so CSV can be one file. */
export interface ReportSheet {
  /** Sheet name (≤ 31 characters, Chinese). */
  name: string;
  /** The kind code (FindingKind or OverlapKind). */
  kind: string;
  rows: ReportRow[];
  /** The organizations each row involves, for the summary's counts per organization. */
  rowOrganizations: string[][];
}

/**
 * 序号, 类型, 类型代码, 严重程度, 得分, 对象, 对象类型, 涉及机构, 说明, 证据, 英文说明, 标识.
 * Findings have a severity and no score; overlaps a score (a number) and no severity.
 */
export type ReportRow = [number, string, string, string, number | '', string, string, string, string, string, string, string];

export const REPORT_HEADERS: readonly string[] = [
  '序号',
  '类型',
  '类型代码',
  '严重程度',
  '得分',
  '对象',
  '对象类型',
  '涉及机构',
  '说明',
  '证据',
  '英文说明 (English)',
  '标识',
];

const SEVERITY_LABELS: Readonly<Record<string, string>> = { ERROR: '错误', WARNING: '警告', INFO: '提示' };
export const SUBJECT_LABELS: Readonly<Record<string, string>> = {
  Power: '权力事项',
  EnforcementItem: '执法事项（下放）',
  WhistleMatter: '吹哨事项',
  TownshipDutyItem: '乡镇履职事项',
  LenientItem: '四张清单事项',
  Organization: '机构',
  CatalogItem: '指导目录事项',
};

/** One sheet per finding kind, in issue 5's order, empty kinds included (a reviewer sees the zero). */
export function findingSheets(findings: readonly FindingModel[]): ReportSheet[] {
  return FINDING_KINDS.map((kind) => {
    const spec = FINDING_KIND_SPECS[kind];
    const ofKind = findings.filter((f) => f.kind === kind);
    const rows = ofKind.map((f, index): ReportRow => [
        index + 1,
        spec.label,
        kind,
        SEVERITY_LABELS[f.severity] ?? f.severity,
        '',
        f.subject.name,
        SUBJECT_LABELS[f.subject.type] ?? f.subject.type,
        f.organizations.map((o) => o.name).join('、'),
        f.explanation,
        f.evidence.join('\n'),
        f.explanationEn,
        f.id,
      ]);
    return { name: `问题-${spec.label}`, kind, rows, rowOrganizations: ofKind.map((f) => f.organizations.map((o) => o.name)) };
  });
}
