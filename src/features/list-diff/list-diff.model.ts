/**
 * ListDiff // 版本比对: what changed in an organization's power list between two days, each change
 * with the change set (import or plan) that made it. What the resolvers receive (codegen mappers).
 */

export type PowerChangeKind = 'ADDED' | 'REMOVED' | 'RENAMED' | 'RETYPED' | 'BASIS_CHANGED' | 'RESPONSIBILITY_CHANGED';

/** Every kind, in the order the API, the CLI's sheets and the counts list them. */
export const CHANGE_KINDS: readonly PowerChangeKind[] = [
  'ADDED',
  'REMOVED',
  'RENAMED',
  'RETYPED',
  'BASIS_CHANGED',
  'RESPONSIBILITY_CHANGED',
];

/**
 * What made a change: START, the import that began the row; END, the import of the list that no
 * longer has it; PLAN, a reassignment plan (or its revert) that moved the row's exercise.
 */
export type ChangeCause = 'START' | 'END' | 'PLAN';

/** One power row in force on a compared day, as list-diff/powers-at reads it. */
export interface DiffRow {
  day: string;
  id: string;
  identityKey: string;
  name: string;
  subName: string | null;
  category: string;
  /** The importer's stored citations (JSON). */
  citations: string | null;
  /** The accountability cases (追责情形), as stored. */
  accountability: string[];
  responsibilities: string[];
  validFrom: string;
  validTo: string | null;
  exerciseFrom: string | null;
  exerciseTo: string | null;
}

/** One change before its change set is known. */
export interface RowChange {
  kind: PowerChangeKind;
  before: DiffRow | null;
  after: DiffRow | null;
  /** The item's name (the later one), with its sub-item. */
  name: string;
  /** RENAMED: the names' bigram Dice similarity. */
  similarity: number | null;
  citationsAdded: string[];
  citationsRemoved: string[];
  /** Citations of the same law and article whose resolved law version differs. */
  versionsChanged: string[];
  responsibilitiesAdded: string[];
  responsibilitiesRemoved: string[];
  /** The day the change took effect. */
  date: string;
  cause: ChangeCause;
  /** The row whose change set is looked for. */
  causeRowId: string;
}

export interface PowerChangeModel extends RowChange {
  /** The change set that made the change; null when none is recorded (rows written before the log). */
  changeSetId: string | null;
}

export interface ListDiffModel {
  organizationId: string;
  organizationName: string;
  from: string;
  to: string;
  changes: PowerChangeModel[];
}

export type DiffCountsModel = Record<PowerChangeKind, number>;

export interface OrganizationDiffModel {
  organizationId: string;
  organizationName: string;
  counts: DiffCountsModel;
}

export interface DivisionDiffModel {
  divisionCode: string;
  from: string;
  to: string;
  organizations: OrganizationDiffModel[];
  totals: DiffCountsModel;
}

export function countChanges(changes: readonly RowChange[]): DiffCountsModel {
  const counts = Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as DiffCountsModel;
  for (const c of changes) counts[c.kind] += 1;
  return counts;
}
