import type { OrgTypeValue } from '../../domain/organizations';
import type { Connection } from '../../shared/pagination';

/** Organization // 机构: the internal model resolvers receive. */
export interface OrganizationModel {
  id: string;
  name: string;
  orgType: OrgTypeValue;
  validFrom: string | null;
  validTo: string | null;
  divisionCode: string | null;
  parentId: string | null;
}

export { ORG_TYPES, type OrgTypeValue } from '../../domain/organizations';

/** AdminDivision // 行政区划 */
export interface AdminDivisionModel {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
}

export type OrganizationConnectionModel = Connection<OrganizationModel>;

export interface OrganizationFilterModel {
  nameKey: string | null;
  nameContains: string | null;
  orgTypes: OrgTypeValue[] | null;
  divisionCode: string | null;
}
