import type { NodeType } from '../../../shared/global-id';
import type { Connection } from '../../../shared/pagination';

/** Severity // 严重程度 */
export const SEVERITIES = ['INFO', 'WARNING', 'ERROR'] as const;
export type SeverityValue = (typeof SEVERITIES)[number];

/** FindingKind // 问题类型, in report and page order (issue 5). */
export const FINDING_KINDS = [
  'NO_BASIS',
  'WEAK_BASIS',
  'STALE_BASIS',
  'UNRESOLVED_BASIS',
  'NO_RESPONSIBILITY',
  'WHISTLE_NO_LEAD',
  'WHISTLE_LEAD_INACTIVE',
  'WHISTLE_LEAD_LACKS_POWER',
  'DUTY_WITHOUT_POWER',
  'ILLEGAL_HANDOVER',
  'HANDOVER_NOT_PUBLISHED',
  'HANDOVER_EVALUATION_OVERDUE',
  'LENIENT_MISMATCH',
  'ORPHANED',
  'CODE_TYPE_MISMATCH',
  'CODE_AREA_MISMATCH',
  'DUPLICATE_CODE',
  'MISSING_CATALOG_ITEM',
  'NOT_IN_CATALOG',
  'CATALOG_DEVIATION',
  'LEVEL_MISMATCH',
] as const;
export type FindingKindValue = (typeof FINDING_KINDS)[number];

/** A node a finding points at, with a display name for reports. */
export interface NodeRef {
  type: NodeType;
  id: string;
  name: string;
}

export interface OrganizationRef {
  id: string;
  name: string;
}

/** Finding // 问题: one defect of the lists as of a date, with its evidence (issue 5). */
export interface FindingModel {
  /** Stable across runs: a hash of kind, subject and the related ids that make the finding. */
  id: string;
  kind: FindingKindValue;
  severity: SeverityValue;
  subject: NodeRef;
  related: NodeRef[];
  /** The organizations the subject belongs to or involves (the organizationIds filter). */
  organizations: OrganizationRef[];
  explanation: string;
  explanationEn: string;
  /** The rows, articles, hand-overs and dates that make it true, one line each (Chinese). */
  evidence: string[];
  asOf: string;
}

export interface FindingFilterModel {
  kinds: FindingKindValue[] | null;
  organizationIds: string[] | null;
  /** Findings naming an organization of this division or a division below it. */
  divisionCode: string | null;
  severities: SeverityValue[] | null;
}

/** One row of a `cypher/analysis/finding-*.cypher` statement. */
export interface FindingRow {
  subjectId: string;
  subjectName: string;
  organizations: OrganizationRef[];
  related: NodeRef[];
  facts: Record<string, unknown>;
}

export type FindingConnectionModel = Connection<FindingModel>;
