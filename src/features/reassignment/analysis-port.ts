import type { AnalysisConfig } from '../../config';
import type { Database, Tx } from '../../db/database';
import { FindingRepository } from '../analysis/findings/finding.repository';
import { FINDING_KINDS, type FindingModel } from '../analysis/findings/finding.model';
import { OVERLAP_KIND_SPECS } from '../analysis/overlaps/overlap-kinds';
import { OVERLAP_KINDS, type OverlapModel } from '../analysis/overlaps/overlap.model';
import { OverlapRepository } from '../analysis/overlaps/overlap.repository';
import { overlapsOfPartitions } from '../analysis/overlaps/overlap.service';
import { cypher } from '../../db/cypher-registry';

const PARTITION_MEMBERS = cypher('analysis/partition-members');

/** Kinds whose statements need no more than the plan's own organizations (overlap-kinds.ts). */
const OWN_KINDS = OVERLAP_KINDS.filter((kind) => OVERLAP_KIND_SPECS[kind].completeForOrganizations === true);
const PARTITION_KINDS = OVERLAP_KINDS.filter((kind) => !OWN_KINDS.includes(kind));

export interface AnalysisResult {
  overlaps: OverlapModel[];
  findings: FindingModel[];
}

/**
 * The analysis of issue 5 (every overlap and finding kind) as of a date, run in the given
 * transaction so it sees the plan's uncommitted writes, limited to what involves the organizations
 * the plan touches. Overlaps are computed over the whole partitions (divisions) of those
 * organizations, as issue 13 compares within one government, then kept when they involve one of
 * them; a kind complete for any organizations alone (DUAL_ENFORCEMENT) is read for the plan's
 * organizations only. Kinds run one after another: one transaction serves one statement at a time.
 */
export async function analyseInTx(
  db: Database,
  tx: Tx,
  settings: AnalysisConfig,
  asOf: string,
  organizationIds: readonly string[],
): Promise<AnalysisResult> {
  const repository = new OverlapRepository(db, tx);
  const [row] = await tx.run(PARTITION_MEMBERS, { organizationIds });
  const members = Array.isArray(row?.['organizationIds']) ? row['organizationIds'].map(String) : [];
  const wanted = new Set(organizationIds);
  // Overlaps and findings in one go: their statements are pipelined in the transaction, and each
  // result is worded while Neo4j runs the next.
  const [ofPartitions, ofOwn, byKind] = await Promise.all([
    overlapsOfPartitions(repository, settings, asOf, members, PARTITION_KINDS),
    overlapsOfPartitions(repository, settings, asOf, organizationIds, OWN_KINDS),
    // As the kept partition results are read for the world before the plan: those naming one of them.
    new FindingRepository(db, tx).ofKinds(FINDING_KINDS, asOf, organizationIds),
  ]);
  const found = [...ofPartitions, ...ofOwn];
  const overlaps = OVERLAP_KINDS.flatMap((kind) =>
    found.filter((o) => o.kind === kind && o.involvedOrganizationIds.some((id) => wanted.has(id))),
  );
  const findings = FINDING_KINDS.flatMap((kind) =>
    (byKind.get(kind) ?? []).filter((f) => f.organizations.some((o) => wanted.has(o.id))),
  );
  return { overlaps, findings };
}
