import { cypher, type CypherRef } from '../../../db/cypher-registry';
import type { Row } from '../../../db/database';
import { type Check, decodeCheckedInTurns } from '../../../db/row-check';
import { mapInTurns, TurnBudget } from '../../../shared/event-loop';
import { dualEnforcementOverlap } from './dual-enforcement';
import type { OverlapKindValue, OverlapModel } from './overlap.model';
import {
  DUAL_ENFORCEMENT_ROW,
  ITEM_HOLDERS_ROW,
  ITEM_KEYS_ROW,
  SAME_POWER_ROW,
  SAME_PROVISION_ROW,
  UNVERSIONED_CITATION_ROW,
  WHISTLE_MULTI_LEAD_ROW,
} from './overlap.rows';
import { mergeProvisionGroups } from './provision-groups';
import { samePowerOverlap } from './same-power';
import { sameProvisionOverlap } from './same-provision';
import { similarItems, similarNameOverlaps } from './similar-name';
import { whistleMultiLeadOverlap } from './whistle-multi-lead';

/** What turning rows into overlaps needs besides the rows. */
export interface OverlapBuildContext {
  asOf: string;
  /** SIMILAR_NAME's threshold (ANALYSIS_SIMILARITY). */
  similarity: number;
}

/**
 * One kind of overlap as data (issue 13): the statements that find it (run with the organizations
 * of whole partitions, cypher/analysis/overlap-*.cypher), how its rows become overlaps with their
 * explanations, and its report label. Adding a kind is one entry here, its statement and its
 * explainer. 重叠类型定义表。
 */
export interface OverlapKindSpec {
  /** Report sheet label. */
  label: string;
  labelEn: string;
  statements: readonly CypherRef[];
  /**
   * A later statement's parameters besides the common ones ($organizationIds, $asOf…), from the
   * rows of the statements before it (never asked for the first, which is sent at once with the
   * other kinds' first statements); a statement whose parameters say `skip: true` is not run. A
   * common parameter given here replaces it for that statement (SIMILAR_NAME's second statement
   * reads its items' holders only, not every organization it was given).
   */
  params?(
    index: number,
    earlier: readonly (readonly Row[])[],
    context: OverlapBuildContext,
  ): Record<string, unknown> | Promise<Record<string, unknown>>;
  /** The overlaps of the statements' rows: one list of rows per statement, in order. */
  build(rows: readonly (readonly Row[])[], context: OverlapBuildContext): Promise<OverlapModel[]>;
  /**
   * Set when the statements, run for some organizations alone, find every overlap those
   * organizations take part in, whole. A plan's impact then runs them for the plan's organizations
   * only, not for every organization of their divisions. 仅凭所涉机构即可完整求出。
   */
  completeForOrganizations?: true;
}

const statement = (name: string): CypherRef => cypher(`analysis/${name}`);
const SAME_POWER = statement('overlap-same-power');
const SAME_PROVISION_UNVERSIONED = statement('overlap-same-provision-unversioned');
const SAME_PROVISION = statement('overlap-same-provision');
const SIMILAR_NAME_KEYS = statement('overlap-similar-name-keys');
const SIMILAR_NAME_ITEMS = statement('overlap-similar-name-items');
const DUAL_ENFORCEMENT = statement('overlap-dual-enforcement');
const WHISTLE_MULTI_LEAD = statement('overlap-whistle-multi-lead');

/**
 * The rows of `ref` (`rows[index]`), checked as the row type that statement returns (overlap.rows.ts).
 * A kind's build passes one `turn` to all its steps: steps that follow each other in one turn of the
 * event loop share its budget, instead of each taking a budget of its own.
 */
const rowsOf = <T>(
  ref: CypherRef,
  rows: readonly (readonly Row[])[],
  index: number,
  check: Check<T>,
  turn = new TurnBudget(),
): Promise<T[]> => decodeCheckedInTurns(ref, rows[index] ?? [], check, turn);

/** The overlaps of a kind of one statement: its rows checked, then each explained, under one turn budget. */
async function explained<T>(
  ref: CypherRef,
  rows: readonly (readonly Row[])[],
  check: Check<T>,
  explain: (row: T) => OverlapModel,
): Promise<OverlapModel[]> {
  const turn = new TurnBudget();
  return mapInTurns(await rowsOf(ref, rows, 0, check, turn), explain, turn);
}

export const OVERLAP_KIND_SPECS: Readonly<Record<OverlapKindValue, OverlapKindSpec>> = {
  SAME_POWER: {
    label: '同一权力多部门行使',
    labelEn: 'One power, several holders',
    statements: [SAME_POWER],
    build: (rows, { asOf }) => explained(SAME_POWER, rows, SAME_POWER_ROW, (r) => samePowerOverlap(r, asOf)),
  },
  SAME_PROVISION: {
    label: '同一条款多部门实施',
    labelEn: 'One article, several holders',
    // Rows citing an older version first: only when there are some can a group of one holder
    // become an overlap, so only then does the second statement return groups of one.
    statements: [SAME_PROVISION_UNVERSIONED, SAME_PROVISION],
    params: (_index, earlier) => ({ singleHolderGroups: (earlier[0]?.length ?? 0) > 0 }),
    build: async (rows, { asOf }) => {
      const turn = new TurnBudget();
      const groups = await mergeProvisionGroups(
        await rowsOf(SAME_PROVISION, rows, 1, SAME_PROVISION_ROW, turn),
        await rowsOf(SAME_PROVISION_UNVERSIONED, rows, 0, UNVERSIONED_CITATION_ROW, turn),
        turn,
      );
      return mapInTurns(
        groups.filter((r) => r.holders.length >= 2),
        (r) => sameProvisionOverlap(r, asOf),
        turn,
      );
    },
  },
  SIMILAR_NAME: {
    label: '权力名称相近',
    labelEn: 'Similar names',
    // The keys first, compared here; then only the items of similar pairs, in full, from their
    // holders' rows alone (a few hundred organizations of a batch's two thousand).
    statements: [SIMILAR_NAME_KEYS, SIMILAR_NAME_ITEMS],
    params: async (_index, earlier, { similarity }) => {
      const similar = await similarItems(await rowsOf(SIMILAR_NAME_KEYS, earlier, 0, ITEM_KEYS_ROW), similarity);
      return { itemKeys: similar.itemKeys, organizationIds: similar.holderIds, skip: similar.itemKeys.length === 0 };
    },
    build: async (rows, { asOf, similarity }) =>
      similarNameOverlaps(await rowsOf(SIMILAR_NAME_ITEMS, rows, 1, ITEM_HOLDERS_ROW), similarity, asOf),
  },
  DUAL_ENFORCEMENT: {
    label: '乡镇重复承接',
    labelEn: 'Dual enforcement',
    statements: [DUAL_ENFORCEMENT],
    // A township's overlap, read from the township and from every department handing over to it.
    completeForOrganizations: true,
    build: (rows, { asOf }) =>
      explained(DUAL_ENFORCEMENT, rows, DUAL_ENFORCEMENT_ROW, (r) => dualEnforcementOverlap(r, asOf)),
  },
  WHISTLE_MULTI_LEAD: {
    label: '吹哨多部门牵头',
    labelEn: 'Several leads',
    statements: [WHISTLE_MULTI_LEAD],
    build: (rows, { asOf }) =>
      explained(WHISTLE_MULTI_LEAD, rows, WHISTLE_MULTI_LEAD_ROW, (r) => whistleMultiLeadOverlap(r, asOf)),
  },
};
