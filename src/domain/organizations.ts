import { digest } from './ids';

/** Organization types // 机构类型, as the schema's OrgType enum spells them. */
export const ORG_TYPES = [
  'GOV_DEPT',
  'TOWNSHIP_GOV',
  'STREET_OFFICE',
  'AUTHORIZED_ORG',
  'PUBLIC_INSTITUTION',
  'VERTICAL_AGENCY',
  'INTERNAL_UNIT',
  'ENFORCEMENT_TEAM',
] as const;
export type OrgTypeValue = (typeof ORG_TYPES)[number];

/** Names match after removing all whitespace (incl. full-width spaces) and unifying full/half width. */
export function organizationNameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, '');
}

/** A stable id derived from the name key, so the same organization gets the same id on every import. */
export function organizationIdFor(nameKey: string): string {
  return `org-${digest(nameKey, { length: 16 })}`;
}
