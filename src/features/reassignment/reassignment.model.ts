import type { ActingNameValue, HandOverModeValue } from '../enforcement/enforcement.model';
import type { FindingModel } from '../analysis/findings/finding.model';
import type { OverlapModel } from '../analysis/overlaps/overlap.model';
import type { ChangeSetModel } from '../../domain/change-set/change-set';
import type { AffectedIdsField } from '../../domain/list-kinds';
import type { Connection } from '../../shared/pagination';
import type { ListRowsByLabel } from '../list-rows/list-rows';
import type { OrganizationModel } from '../organization/organization.model';
import type { PowerModel } from '../power/power.model';

/** One operation of a plan (调整方案), with local ids; applied in order from the effective date. */
export type Operation =
  | { kind: 'movePowers'; powerIds: string[]; fromId: string; toId: string }
  | { kind: 'abolishOrganization'; organizationId: string; successorId: string | null }
  | { kind: 'mergeOrganizations'; organizationIds: string[]; intoId: string | null; newName: string | null }
  | {
      kind: 'handOver';
      powerIds: string[];
      fromId: string;
      toIds: string[];
      mode: HandOverModeValue;
      actsInNameOf: ActingNameValue | null;
    }
  | { kind: 'recall'; enforcementItemIds: string[] }
  | ({ kind: 'addPower'; organizationId: string } & PowerFieldsInput & { name: string; category: string })
  | { kind: 'cancelPower'; powerId: string }
  | ({ kind: 'changePower'; powerId: string } & PowerFieldsInput)
  | {
      kind: 'adjustHandover';
      enforcementItemId: string;
      mode: HandOverModeValue | null;
      actsInNameOf: ActingNameValue | null;
      decisionDocNo: string | null;
      published: boolean | null;
      evaluationDue: string | null;
    };

/** The fields of a power list row an item operation sets (null: not given, keep the old value). 职权字段。 */
export interface PowerFieldsInput {
  name: string | null;
  subName: string | null;
  category: string | null;
  code: string | null;
  basis: string | null;
  responsibilityBasis: string | null;
  responsibilities: { stage: string | null; text: string }[] | null;
  accountability: string[] | null;
}

export type OperationKind = Operation['kind'];

/** Plan // 调整方案: an effective date e and operations. Old relationships end on e - 1, new ones start on e. */
export interface Plan {
  effectiveDate: string;
  operations: Operation[];
}

/** What the plan touched, by kind of object (local ids; old and new versions of re-versioned rows). */
export type AffectedSets = {
  powerIds: string[];
  /** Organizations the plan names or re-points to: the analysis is filtered to them. */
  organizationIds: string[];
} & Record<AffectedIdsField, string[]>; // each kind's rows (ListKind.affectedIds)

/** RespondentChange // 复议被申请人变化: who answers for acts under a power, before and after. */
export interface RespondentChangeModel {
  powerId: string;
  beforeId: string | null;
  afterId: string | null;
}

/** Models of the objects the impact names, read inside the transaction (they may not exist outside it). */
export interface ImpactSnapshot {
  /** The organizations it names; none when the request reads nothing of an organization but its id. */
  organizations: OrganizationModel[];
  /** The affected powers as the plan leaves them; null when the request reads nothing of a power but its id. */
  powers: PowerModel[] | null;
  /** The list rows it names, by kind; of a kind the request reads by id alone, those the plan creates. */
  rows: ListRowsByLabel;
}

/** ReassignmentImpact // 调整影响 */
export interface ReassignmentImpactModel {
  effectiveDate: string;
  affected: AffectedSets;
  overlapsCreated: OverlapModel[];
  overlapsResolved: OverlapModel[];
  findingsCreated: FindingModel[];
  findingsResolved: FindingModel[];
  respondentChanges: RespondentChangeModel[];
  /** [new version id, the id it supersedes] for rows the plan re-versioned. */
  versionOf: [string, string][];
  /** Ids of list rows the plan leaves alone that need, hand over or apply to an affected power. */
  dependentIds: string[];
  /** Ids of list rows the plan created (hand-overs, new versions). */
  createdIds: string[];
  snapshot: ImpactSnapshot | null;
}

/** ChangeSet // 变更记录: one audit record in the hash chain. */
export type { ChangeSetModel } from '../../domain/change-set/change-set';

export type ChangeSetConnectionModel = Connection<ChangeSetModel>;

export interface ApplyReassignmentResultModel {
  changeSet: ChangeSetModel;
  impact: ReassignmentImpactModel;
}

export interface RevertChangeSetResultModel {
  changeSet: ChangeSetModel;
}
