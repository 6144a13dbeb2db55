import type { AnalysisConfig } from '../../config';
import type { Database, Tx } from '../../db/database';
import { FindingRepository } from '../analysis/findings/finding.repository';
import { FINDING_KINDS, type FindingModel } from '../analysis/findings/finding.model';
import { OVERLAP_KINDS, type OverlapModel } from '../analysis/overlaps/overlap.model';
import { OverlapRepository } from '../analysis/overlaps/overlap.repository';
import { computeOverlaps } from '../analysis/overlaps/overlap.service';

export interface AnalysisResult {
  overlaps: OverlapModel[];
  findings: FindingModel[];
}

/**
 * The analysis of issue 5 (every overlap and finding kind) as of a date, run in the given
 * transaction so it sees the plan's uncommitted writes, limited to what involves the organizations
 * the plan touches. Kinds run one after another: one transaction serves one statement at a time.
 */
export async function analyseInTx(
  db: Database,
  tx: Tx,
  settings: AnalysisConfig,
  asOf: string,
  organizationIds: readonly string[],
): Promise<AnalysisResult> {
  const overlaps = await computeOverlaps(new OverlapRepository(db, tx), settings, asOf, {
    kinds: OVERLAP_KINDS,
    organizationIds,
    divisionCode: null,
    categories: null,
  });
  const repository = new FindingRepository(db, tx);
  const findings: FindingModel[] = [];
  for (const kind of FINDING_KINDS) findings.push(...(await repository.ofKind(kind, asOf, organizationIds)));
  return { overlaps, findings };
}
