/** LenientItem // 包容审慎监管"四张清单"事项 (ADR 0001). */
export interface LenientItemModel {
  id: string;
  /** NO_PENALTY | FIRST_OFFENCE_NO_PENALTY | LIGHTER | MITIGATED | NO_COERCION */
  kind: string;
  violation: string;
  conditions: string | null;
  violationBasis: string | null;
  penaltyBasis: string | null;
  lenientBasis: string | null;
  validFrom: string | null;
  validTo: string | null;
  /** The date the row was read for: which versions of the powers `appliesToIds` are. */
  asOf: string;
  appliesToIds: string[];
  implementedByIds: string[];
}
