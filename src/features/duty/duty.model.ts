/** TownshipDutyItem // 乡镇(街道)履行职责事项 (ADR 0001). */
export interface TownshipDutyItemModel {
  id: string;
  /** BASIC | COOPERATIVE | RECALLED (基本履职 / 配合履职 / 上级部门收回) */
  listKind: string;
  name: string;
  townshipDuty: string | null;
  departmentDuty: string | null;
  basis: string | null;
  validFrom: string | null;
  validTo: string | null;
  /** The date the row was read for: which versions of the needed powers `neededPowerIds` are. */
  asOf: string;
  townshipId: string | null;
  /** The PRIMARY counterpart first. */
  counterpartIds: string[];
  primaryCounterpartId: string | null;
  neededPowerIds: string[];
}
