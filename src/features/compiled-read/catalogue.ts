import { compiledEnforcementItem, enforcementFieldsOfOrganization } from '../enforcement/enforcement.compiled';
import { compiledLegalDocument, compiledLegalVersion, compiledProvision } from '../law/law.compiled';
import { compiledAdminDivision, compiledOrganization } from '../organization/organization.compiled';
import { compiledPower, organizationPowersField } from '../power/power.compiled';
import { compiledWhistleMatter } from '../whistle/whistle.compiled';
import { compiledSearchHit } from '../search/search.compiled';
import { compiledDutyItem } from '../duty/duty.compiled';
import { compiledLenientItem } from '../lenient/lenient.compiled';
import type { TypeCatalogue } from './compile';

/**
 * Every type the compiler reads, by GraphQL name. A field that another feature answers on a type
 * (an organization's powers, its hand-overs) is added here from that feature.
 * 编译器可读取的类型；其他功能在某类型上的字段在此合并。
 */
export const COMPILED_TYPES: TypeCatalogue = {
  Organization: {
    ...compiledOrganization,
    fields: { ...compiledOrganization.fields, powers: organizationPowersField, ...enforcementFieldsOfOrganization },
  },
  AdminDivision: compiledAdminDivision,
  Power: compiledPower,
  Provision: compiledProvision,
  LegalVersion: compiledLegalVersion,
  LegalDocument: compiledLegalDocument,
  EnforcementItem: compiledEnforcementItem,
  WhistleMatter: compiledWhistleMatter,
  TownshipDutyItem: compiledDutyItem,
  LenientItem: compiledLenientItem,
  SearchHit: compiledSearchHit,
};
