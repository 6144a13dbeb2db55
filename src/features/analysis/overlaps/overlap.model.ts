import { flatCopy } from '../../../shared/flat-copy';
import type { Connection } from '../../../shared/pagination';
import type { PowerCategoryValue } from '../../power/power.model';

/** OverlapKind // 重叠类型 (issue 5), in the order overlaps are listed. */
export const OVERLAP_KINDS = [
  'SAME_POWER',
  'SAME_PROVISION',
  'SIMILAR_NAME',
  'DUAL_ENFORCEMENT',
  'WHISTLE_MULTI_LEAD',
] as const;
export type OverlapKindValue = (typeof OVERLAP_KINDS)[number];

/** Overlap // 职责重叠: one fact, with the ids of its evidence and a reviewer's explanation. */
export interface OverlapModel {
  /** Stable across runs for the same fact: hash of the kind and the identities involved. */
  id: string;
  kind: OverlapKindValue;
  /** The power category the overlap is about; null for WHISTLE_MULTI_LEAD. */
  category: PowerCategoryValue | null;
  /**
   * The division (government) the overlap was found in: SAME_POWER, SAME_PROVISION and
   * SIMILAR_NAME compare organizations of one division only; DUAL_ENFORCEMENT is the township's;
   * WHISTLE_MULTI_LEAD the one its leads share. Null: organizations with no known division, or
   * leads of different divisions.
   */
  divisionCode: string | null;
  organizationIds: readonly string[];
  powerIds: readonly string[];
  provisionId: string | null;
  enforcementItemIds: readonly string[];
  whistleMatterIds: readonly string[];
  /** What the organization and division filters match: `organizationIds`, plus the departments handing over (DUAL_ENFORCEMENT). */
  involvedOrganizationIds: readonly string[];
  score: number;
  /** Worded when read (`overlapOf`): a kept province would otherwise hold every explanation twice over. */
  readonly explanation: string;
  readonly explanationEn: string;
  /** The date the overlap was computed for. */
  asOf: string;
}

/** The empty list of ids, one for every overlap that has none of a kind (most have no enforcement items or whistle matters). */
export const NO_IDS: readonly string[] = Object.freeze([]);

/** An overlap's facts: all of it but the two explanations. */
export type OverlapFacts = Omit<OverlapModel, 'explanation' | 'explanationEn'>;

/**
 * What an overlap keeps to word its explanations: a value JSON can carry (strings, numbers,
 * booleans, null, lists of them), usually a tuple of the names and numbers its wording needs.
 */
export type OverlapSource = string | number | boolean | null | readonly OverlapSource[];

/**
 * Words an overlap's explanation in one language from its facts and `source`, the names and
 * numbers of the rows it was found in. One function per kind, shared by all its overlaps: a
 * closure per overlap would cost more than the text it saves.
 */
export type OverlapWording<S extends OverlapSource> = (
  overlap: OverlapFacts,
  source: S,
  language: 'zh' | 'en',
) => string;

/**
 * An overlap that words its explanations each time they are read, from what it keeps of the rows it
 * was found in. A province's analysis is kept in memory (ADR 0004) and its overlaps are tens of
 * thousands: their two explanations repeat every holder's name and row in both languages, in
 * two-byte strings (the English one too: the names are Chinese). A listing reads an overlap's
 * explanation once per request, and wording it again costs microseconds.
 *
 * The source is kept as its JSON text: one flat string, where the rows as the driver gave them
 * were about ten objects and six lists an overlap (52 of the 71 MB a million powers' overlaps
 * weighed, ADR 0004, fifteenth round). Reading it back is one `JSON.parse` a wording.
 */
class OverlapWordedOnRead<S extends OverlapSource> implements OverlapModel {
  declare id: string;
  declare kind: OverlapFacts['kind'];
  declare category: OverlapFacts['category'];
  declare divisionCode: string | null;
  declare organizationIds: readonly string[];
  declare powerIds: readonly string[];
  declare provisionId: string | null;
  declare enforcementItemIds: readonly string[];
  declare whistleMatterIds: readonly string[];
  declare involvedOrganizationIds: readonly string[];
  declare score: number;
  declare asOf: string;
  readonly #wording: OverlapWording<S>;
  /** `source` as JSON text. */
  readonly #source: string;

  constructor(facts: OverlapFacts, wording: OverlapWording<S>, source: S) {
    // Each field assigned here, not by Object.assign: V8 sizes an instance by the assignments in
    // its constructor, and fields added otherwise go to an array of their own (2.3 MB at a million
    // powers).
    this.id = facts.id;
    this.kind = facts.kind;
    this.category = facts.category;
    this.divisionCode = facts.divisionCode;
    this.organizationIds = facts.organizationIds;
    this.powerIds = facts.powerIds;
    this.provisionId = facts.provisionId;
    this.enforcementItemIds = facts.enforcementItemIds;
    this.whistleMatterIds = facts.whistleMatterIds;
    this.involvedOrganizationIds = facts.involvedOrganizationIds;
    this.score = facts.score;
    this.asOf = facts.asOf;
    this.#wording = wording;
    // JSON.stringify gives its text in pieces (a tree V8 keeps until flattened): one piece instead.
    this.#source = flatCopy(JSON.stringify(source));
  }

  get explanation(): string {
    return this.#word('zh');
  }

  get explanationEn(): string {
    return this.#word('en');
  }

  #word(language: 'zh' | 'en'): string {
    // The text was made by JSON.stringify from an S in the constructor.
    return this.#wording(this, JSON.parse(this.#source) as S, language);
  }

  /** What JSON.stringify and structured logs see: the facts and both explanations. */
  toJSON(): OverlapFacts & { explanation: string; explanationEn: string } {
    return { ...this, explanation: this.explanation, explanationEn: this.explanationEn };
  }
}

/** An overlap of these facts whose explanations `wording` words from `source` when they are read. */
export const overlapOf = <S extends OverlapSource>(
  facts: OverlapFacts,
  wording: OverlapWording<S>,
  source: S,
): OverlapModel => new OverlapWordedOnRead(facts, wording, source);

export interface OverlapFilterModel {
  kinds: readonly OverlapKindValue[];
  organizationIds: readonly string[] | null;
  divisionCode: string | null;
  categories: readonly PowerCategoryValue[] | null;
}

/** Settings of the analysis (src/config.ts ANALYSIS_*). */
export interface OverlapSettings {
  proceduralLaws: readonly string[];
  similarity: number;
}

export type OverlapConnectionModel = Connection<OverlapModel>;

/** An organization holding a power item (or citing an article) and its rows. */
export interface HolderRow {
  id: string;
  name: string;
  powerIds: string[];
  powerNames: string[];
}
