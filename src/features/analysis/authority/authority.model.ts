import type { NodeType } from '../../../shared/global-id';
import type { ActingNameValue, HandOverModeValue } from '../../enforcement/enforcement.model';
import type { OrgTypeValue } from '../../organization/organization.model';
import type { PowerCategoryValue } from '../../power/power.model';

/** AuthorityCheck codes (issue 5), allowed first, then the refusals in the order they are tried. */
export type AuthorityCode =
  | 'ALLOWED_OWN_LIST'
  | 'ALLOWED_HANDOVER'
  | 'ORG_INACTIVE'
  | 'OUTSIDE_JURISDICTION'
  | 'HANDOVER_ILLEGAL'
  | 'HANDOVER_NOT_YET_VALID'
  | 'HANDOVER_RECALLED'
  | 'HANDOVER_EXPIRED'
  | 'NO_SUCH_POWER';

/** One link of the evidence chain: what was checked, on which node, with what result. 证据链的一环。 */
export interface EvidenceStepModel {
  kind: EvidenceKind;
  node: { type: NodeType; id: string } | null;
  detail: string;
  detailEn: string;
}

export type EvidenceKind =
  'ORGANIZATION' | 'JURISDICTION' | 'POWER' | 'LIST_ROW' | 'BASIS' | 'HANDOVER' | 'LEGALITY' | 'RESPONDENT';

/** AuthorityCheck // 职权核验结果 */
export interface AuthorityCheckModel {
  allowed: boolean;
  code: AuthorityCode;
  reasonZh: string;
  reasonEn: string;
  actsInNameOfId: string | null;
  respondentId: string | null;
  evidence: EvidenceStepModel[];
}

export interface AuthorityQuery {
  organizationId: string;
  powerId: string;
  divisionCode: string | null;
  on: string;
}

/** What authority-facts.cypher returns. */
export interface AuthorityFacts {
  organization: {
    id: string;
    name: string;
    orgType: OrgTypeValue;
    validFrom: string | null;
    validTo: string | null;
    divisionCode: string | null;
    divisionName: string | null;
  };
  division: { code: string; name: string } | null;
  withinJurisdiction: boolean;
  power: {
    id: string;
    name: string;
    subName: string | null;
    category: PowerCategoryValue;
    rawCategory: string | null;
    identityKey: string | null;
  } | null;
  ownRows: OwnRowFact[];
  handOvers: HandOverFact[];
}

export interface OwnRowFact {
  id: string;
  name: string;
  validFrom: string | null;
  validTo: string | null;
  sourceFile: string | null;
  sourceSheet: string | null;
  sourceRow: number | null;
  linkFrom: string | null;
  linkTo: string | null;
  basis: {
    provisionId: string;
    lawName: string;
    article: number;
    suffix: number | null;
    /** Set for a chapter citation (第五章), which covers a range of articles. */
    chapter: number | null;
    citedText: string | null;
  }[];
}

export interface HandOverFact {
  id: string;
  name: string;
  mode: HandOverModeValue;
  rawMode: string | null;
  actsInNameOf: ActingNameValue;
  decisionDocNo: string | null;
  validFrom: string | null;
  validTo: string | null;
  status: string;
  from: { id: string; name: string; orgType: OrgTypeValue; validFrom: string | null; validTo: string | null };
}
