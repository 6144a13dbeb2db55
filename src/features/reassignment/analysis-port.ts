import type { AnalysisConfig } from '../../config';
import type { Database, Tx } from '../../db/database';
import { FindingRepository } from '../analysis/findings/finding.repository';
import { FINDING_KINDS, type FindingModel } from '../analysis/findings/finding.model';
import { OVERLAP_KINDS, type OverlapModel } from '../analysis/overlaps/overlap.model';
import { OverlapRepository } from '../analysis/overlaps/overlap.repository';
import { overlapsOfPartitions } from '../analysis/overlaps/overlap.service';
import { cypher } from '../../db/cypher-registry';

const PARTITION_MEMBERS = cypher('analysis/partition-members');

export interface AnalysisResult {
  overlaps: OverlapModel[];
  findings: FindingModel[];
}

/**
 * The analysis of issue 5 (every overlap and finding kind) as of a date, run in the given
 * transaction so it sees the plan's uncommitted writes, limited to what involves the organizations
 * the plan touches. Overlaps are computed over the whole partitions (divisions) of those
 * organizations, as issue 13 compares within one government, then kept when they involve one of
 * them. Kinds run one after another: one transaction serves one statement at a time.
 */
export async function analyseInTx(
  db: Database,
  tx: Tx,
  settings: AnalysisConfig,
  asOf: string,
  organizationIds: readonly string[],
): Promise<AnalysisResult> {
  const [row] = await tx.run(PARTITION_MEMBERS, { organizationIds });
  const members = Array.isArray(row?.['organizationIds']) ? row['organizationIds'].map(String) : [];
  const wanted = new Set(organizationIds);
  // Overlaps and findings in one go: their statements are pipelined in the transaction, and each
  // result is worded while Neo4j runs the next.
  const [allOverlaps, byKind] = await Promise.all([
    overlapsOfPartitions(new OverlapRepository(db, tx), settings, asOf, members, OVERLAP_KINDS),
    // As the kept partition results are read for the world before the plan: those naming one of them.
    new FindingRepository(db, tx).ofKinds(FINDING_KINDS, asOf, organizationIds),
  ]);
  const overlaps = allOverlaps.filter((o) => o.involvedOrganizationIds.some((id) => wanted.has(id)));
  const findings = FINDING_KINDS.flatMap((kind) =>
    (byKind.get(kind) ?? []).filter((f) => f.organizations.some((o) => wanted.has(o.id))),
  );
  return { overlaps, findings };
}
