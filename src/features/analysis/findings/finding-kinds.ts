import { cypher, type CypherRef } from '../../../db/cypher-registry';
import type { NodeType } from '../../../shared/global-id';
import {
  explainNoBasis,
  explainNoResponsibility,
  explainOrphanedPower,
  explainStaleBasis,
  explainUnresolvedBasis,
  explainWeakBasis,
} from './explain-basis';
import {
  explainHandoverEvaluationOverdue,
  explainHandoverNotPublished,
  explainIllegalHandover,
  explainOrphanedHandover,
} from './explain-handovers';
import {
  explainDutyWithoutPower,
  explainLenientMismatch,
  explainWhistleLeadInactive,
  explainWhistleLeadLacksPower,
  explainWhistleNoLead,
} from './explain-lists';
import { explainCodeAreaMismatch, explainCodeTypeMismatch, explainDuplicateCode } from './explain-codes';
import { explainCatalogDeviation, explainLevelMismatch, explainMissingCatalogItem, explainNotInCatalog } from './explain-catalog';
import type { Explain } from './facts';
import type { FindingKindValue, SeverityValue } from './finding.model';

/** One statement that finds (candidates of) a kind, the type of its subjects and how to word them. */
export interface FindingScan {
  statement: CypherRef;
  subjectType: NodeType;
  explain: Explain;
}

export interface FindingKindSpec {
  severity: SeverityValue;
  /** Sheet and column label in reports. */
  label: string;
  labelEn: string;
  scans: FindingScan[];
}

const scan = (name: string, subjectType: NodeType, explain: Explain): FindingScan => ({
  statement: cypher(`analysis/${name}`),
  subjectType,
  explain,
});

/** Issue 5's finding kinds: severity, label and the statements that find them. 问题类型定义。 */
export const FINDING_KIND_SPECS: Readonly<Record<FindingKindValue, FindingKindSpec>> = {
  NO_BASIS: {
    severity: 'ERROR',
    label: '无实施依据',
    labelEn: 'No legal basis',
    scans: [scan('finding-no-basis', 'Power', explainNoBasis)],
  },
  WEAK_BASIS: {
    severity: 'WARNING',
    label: '依据层级过低',
    labelEn: 'Weak legal basis',
    scans: [scan('finding-weak-basis', 'Power', explainWeakBasis)],
  },
  STALE_BASIS: {
    severity: 'WARNING',
    label: '依据版本过时',
    labelEn: 'Outdated law version',
    scans: [scan('finding-stale-basis', 'Power', explainStaleBasis)],
  },
  UNRESOLVED_BASIS: {
    severity: 'INFO',
    label: '依据未能解析',
    labelEn: 'Unresolved citation',
    scans: [scan('finding-unresolved-basis', 'Power', explainUnresolvedBasis)],
  },
  NO_RESPONSIBILITY: {
    severity: 'WARNING',
    label: '权责不等',
    labelEn: 'No responsibility',
    scans: [scan('finding-no-responsibility', 'Power', explainNoResponsibility)],
  },
  WHISTLE_NO_LEAD: {
    severity: 'ERROR',
    label: '吹哨无主责部门',
    labelEn: 'Whistle matter without lead',
    scans: [scan('finding-whistle-no-lead', 'WhistleMatter', explainWhistleNoLead)],
  },
  WHISTLE_LEAD_INACTIVE: {
    severity: 'ERROR',
    label: '主责部门已撤销',
    labelEn: 'Lead not active',
    scans: [scan('finding-whistle-lead-inactive', 'WhistleMatter', explainWhistleLeadInactive)],
  },
  WHISTLE_LEAD_LACKS_POWER: {
    severity: 'WARNING',
    label: '主责部门无相应权力',
    labelEn: 'Lead lacks the power',
    scans: [scan('finding-whistle-lead-lacks-power', 'WhistleMatter', explainWhistleLeadLacksPower)],
  },
  DUTY_WITHOUT_POWER: {
    severity: 'ERROR',
    label: '履职事项无权力支撑',
    labelEn: 'Duty without power',
    scans: [scan('finding-duty-without-power', 'TownshipDutyItem', explainDutyWithoutPower)],
  },
  ILLEGAL_HANDOVER: {
    severity: 'ERROR',
    label: '违法下放',
    labelEn: 'Unlawful hand-over',
    scans: [scan('finding-illegal-handover', 'EnforcementItem', explainIllegalHandover)],
  },
  HANDOVER_NOT_PUBLISHED: {
    severity: 'WARNING',
    label: '下放未公布或无期限',
    labelEn: 'Hand-over not published',
    scans: [scan('finding-handover-not-published', 'EnforcementItem', explainHandoverNotPublished)],
  },
  HANDOVER_EVALUATION_OVERDUE: {
    severity: 'WARNING',
    label: '下放评估逾期',
    labelEn: 'Evaluation overdue',
    scans: [scan('finding-handover-evaluation-overdue', 'EnforcementItem', explainHandoverEvaluationOverdue)],
  },
  LENIENT_MISMATCH: {
    severity: 'ERROR',
    label: '四张清单不匹配',
    labelEn: 'Lenient item mismatch',
    scans: [scan('finding-lenient-mismatch', 'LenientItem', explainLenientMismatch)],
  },
  ORPHANED: {
    severity: 'ERROR',
    label: '无主权力或下放',
    labelEn: 'Orphaned',
    scans: [
      scan('finding-orphaned-powers', 'Power', explainOrphanedPower),
      scan('finding-orphaned-handovers', 'EnforcementItem', explainOrphanedHandover),
    ],
  },
  CODE_TYPE_MISMATCH: {
    severity: 'WARNING',
    label: '编码类型与权力类型不符',
    labelEn: 'Code type mismatch',
    scans: [scan('finding-code-type-mismatch', 'Power', explainCodeTypeMismatch)],
  },
  CODE_AREA_MISMATCH: {
    severity: 'WARNING',
    label: '编码区划与机构不符',
    labelEn: 'Code area mismatch',
    scans: [scan('finding-code-area-mismatch', 'Power', explainCodeAreaMismatch)],
  },
  DUPLICATE_CODE: {
    severity: 'ERROR',
    label: '事项编码重复',
    labelEn: 'Duplicate code',
    scans: [scan('finding-duplicate-code', 'Power', explainDuplicateCode)],
  },
  MISSING_CATALOG_ITEM: {
    severity: 'WARNING',
    label: '清单不全（缺少目录事项）',
    labelEn: 'Missing catalog item',
    scans: [scan('finding-missing-catalog-item', 'CatalogItem', explainMissingCatalogItem)],
  },
  NOT_IN_CATALOG: {
    severity: 'INFO',
    label: '自行增设（目录外事项）',
    labelEn: 'Not in the catalog',
    scans: [scan('finding-not-in-catalog', 'Power', explainNotInCatalog)],
  },
  CATALOG_DEVIATION: {
    severity: 'WARNING',
    label: '与目录不一致',
    labelEn: 'Deviates from the catalog',
    scans: [scan('finding-catalog-deviation', 'Power', explainCatalogDeviation)],
  },
  LEVEL_MISMATCH: {
    severity: 'WARNING',
    label: '层级不符',
    labelEn: 'Level mismatch',
    scans: [scan('finding-level-mismatch', 'Power', explainLevelMismatch)],
  },
};
