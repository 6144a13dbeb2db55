import type { HandOverModeValue } from '../enforcement/enforcement.model';
import type { OrgTypeValue } from '../organization/organization.model';
import type { PowerCategoryValue } from '../power/power.model';

/**
 * Is a hand-over (赋权/委托) lawful? The one place that says so: issue 5's ILLEGAL_HANDOVER
 * finding and the HANDOVER_ILLEGAL refusal of checkAuthority both call it.
 * 权力下放是否合法（违法委托的唯一判定处）。
 *
 * - 行政强制法 §17: coercive measures (行政强制措施) may not be entrusted (委托).
 * - 行政许可法 §24: a licence may be entrusted only to another administrative organ (行政机关):
 *   a government department, a township government or a street office.
 * Only entrustment is restricted; a grant (赋权/交由行使) rests on its own decision.
 */

/** Organization types that are administrative organs (行政机关) in the sense of 行政许可法 §24. */
export const ADMINISTRATIVE_ORGAN_TYPES: readonly OrgTypeValue[] = ['GOV_DEPT', 'TOWNSHIP_GOV', 'STREET_OFFICE'];

export type IllegalHandOverRule = 'ENTRUSTED_COERCIVE_MEASURE' | 'ENTRUSTED_LICENSING_TO_NON_ORGAN';

export interface HandOverLegalityInput {
  mode: HandOverModeValue;
  /** The handed-over power's category and its published label (行政强制措施 / 行政强制执行). */
  category: PowerCategoryValue;
  rawCategory: string | null;
  /** The receiving organization's type; null when it is unknown (treated as not an organ). */
  receiverOrgType: OrgTypeValue | null;
}

export interface HandOverViolation {
  rule: IllegalHandOverRule;
  /** The law and article broken, e.g. 行政强制法 §17. */
  lawName: string;
  article: number;
  reasonZh: string;
  reasonEn: string;
}

/**
 * A COERCION power is a coercive measure unless its label says it is only coercive execution
 * (行政强制执行), which §17 does not cover.
 */
export function isCoerciveMeasure(category: PowerCategoryValue, rawCategory: string | null): boolean {
  if (category !== 'COERCION') return false;
  const label = rawCategory ?? '';
  return !(label.includes('强制执行') && !label.includes('强制措施'));
}

export function isAdministrativeOrgan(orgType: OrgTypeValue | null): boolean {
  return orgType !== null && ADMINISTRATIVE_ORGAN_TYPES.includes(orgType);
}

/** Every rule the hand-over breaks; empty when it is lawful. */
export function handOverViolations(input: HandOverLegalityInput): HandOverViolation[] {
  if (input.mode !== 'ENTRUST') return [];
  const violations: HandOverViolation[] = [];
  if (isCoerciveMeasure(input.category, input.rawCategory)) {
    violations.push({
      rule: 'ENTRUSTED_COERCIVE_MEASURE',
      lawName: '行政强制法',
      article: 17,
      reasonZh: '行政强制措施权不得委托（《行政强制法》第十七条）',
      reasonEn: 'the power to take coercive measures may not be entrusted (Administrative Coercion Law art. 17)',
    });
  }
  if (input.category === 'LICENSING' && !isAdministrativeOrgan(input.receiverOrgType)) {
    violations.push({
      rule: 'ENTRUSTED_LICENSING_TO_NON_ORGAN',
      lawName: '行政许可法',
      article: 24,
      reasonZh: '行政许可只能委托其他行政机关实施，受委托方不是行政机关（《行政许可法》第二十四条）',
      reasonEn:
        'a licence may be entrusted only to another administrative organ, and the receiver is not one (Administrative Licensing Law art. 24)',
    });
  }
  return violations;
}

export function isLawfulHandOver(input: HandOverLegalityInput): boolean {
  return handOverViolations(input).length === 0;
}
