import { cypher, type CypherRef } from '../../../db/cypher-registry';
import type { Row } from '../../../db/database';
import { mapInChunks } from '../../../shared/event-loop';
import { dualEnforcementOverlap } from './dual-enforcement';
import type { OverlapKindValue, OverlapModel } from './overlap.model';
import type {
  DualEnforcementRow,
  ItemHoldersRow,
  ItemKeysRow,
  SamePowerRow,
  SameProvisionRow,
  UnversionedCitationRow,
  WhistleMultiLeadRow,
} from './overlap.rows';
import { mergeProvisionGroups } from './provision-groups';
import { samePowerOverlap } from './same-power';
import { sameProvisionOverlap } from './same-provision';
import { similarItemKeys, similarNameOverlaps } from './similar-name';
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
   * A statement's parameters besides the common ones ($organizationIds, $asOf…), from the rows of
   * the statements before it; a statement whose parameters say `skip: true` is not run (no rows).
   */
  params?(
    index: number,
    earlier: readonly (readonly Row[])[],
    context: OverlapBuildContext,
  ): Record<string, unknown> | Promise<Record<string, unknown>>;
  /** The overlaps of the statements' rows: one list of rows per statement, in order. */
  build(rows: readonly (readonly Row[])[], context: OverlapBuildContext): Promise<OverlapModel[]>;
}

/** The rows of the statement at `index`, as the row type its statement returns (overlap.rows.ts). */
const rowsOf = <T>(rows: readonly (readonly Row[])[], index: number): T[] => (rows[index] ?? []) as unknown as T[];

/** Overlaps explained between two turns of the event loop (a province batch has tens of thousands). */
const CHUNK = 500;

const statement = (name: string): CypherRef => cypher(`analysis/${name}`);

export const OVERLAP_KIND_SPECS: Readonly<Record<OverlapKindValue, OverlapKindSpec>> = {
  SAME_POWER: {
    label: '同一权力多部门行使',
    labelEn: 'One power, several holders',
    statements: [statement('overlap-same-power')],
    build: (rows, { asOf }) => mapInChunks(rowsOf<SamePowerRow>(rows, 0), CHUNK, (r) => samePowerOverlap(r, asOf)),
  },
  SAME_PROVISION: {
    label: '同一条款多部门实施',
    labelEn: 'One article, several holders',
    // Rows citing an older version first: only when there are some can a group of one holder
    // become an overlap, so only then does the second statement return groups of one.
    statements: [statement('overlap-same-provision-unversioned'), statement('overlap-same-provision')],
    params: (index, earlier) => (index === 1 ? { singleHolderGroups: (earlier[0]?.length ?? 0) > 0 } : {}),
    build: (rows, { asOf }) =>
      mapInChunks(
        mergeProvisionGroups(rowsOf<SameProvisionRow>(rows, 1), rowsOf<UnversionedCitationRow>(rows, 0)).filter(
          (r) => r.holders.length >= 2,
        ),
        CHUNK,
        (r) => sameProvisionOverlap(r, asOf),
      ),
  },
  SIMILAR_NAME: {
    label: '权力名称相近',
    labelEn: 'Similar names',
    // The keys first, compared here; then only the items of similar pairs, in full.
    statements: [statement('overlap-similar-name-keys'), statement('overlap-similar-name-items')],
    params: async (index, earlier, { similarity }) => {
      if (index === 0) return {};
      const itemKeys = await similarItemKeys(rowsOf<ItemKeysRow>(earlier, 0), similarity);
      return { itemKeys, skip: itemKeys.length === 0 };
    },
    build: (rows, { asOf, similarity }) => similarNameOverlaps(rowsOf<ItemHoldersRow>(rows, 1), similarity, asOf),
  },
  DUAL_ENFORCEMENT: {
    label: '乡镇重复承接',
    labelEn: 'Dual enforcement',
    statements: [statement('overlap-dual-enforcement')],
    build: (rows, { asOf }) =>
      mapInChunks(rowsOf<DualEnforcementRow>(rows, 0), CHUNK, (r) => dualEnforcementOverlap(r, asOf)),
  },
  WHISTLE_MULTI_LEAD: {
    label: '吹哨多部门牵头',
    labelEn: 'Several leads',
    statements: [statement('overlap-whistle-multi-lead')],
    build: (rows, { asOf }) =>
      mapInChunks(rowsOf<WhistleMultiLeadRow>(rows, 0), CHUNK, (r) => whistleMultiLeadOverlap(r, asOf)),
  },
};
