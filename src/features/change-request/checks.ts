import { LIST_KINDS } from '../../domain/list-kinds';
import type { ReassignmentImpactModel } from '../reassignment/reassignment.model';
import type { ChangeRequestChecksModel, CheckIssue } from './change-request.model';

const issue = (i: { id: string; kind: string; explanation: string; explanationEn: string }, severity: string): CheckIssue => ({
  id: i.id,
  kind: i.kind,
  severity,
  explanation: i.explanation,
  explanationEn: i.explanationEn,
});

/** The automatic checks of a request: what its plan's impact creates and resolves. 自动检查结果。 */
export function checksOf(impact: ReassignmentImpactModel, computedAt: string): ChangeRequestChecksModel {
  const findingsCreated = impact.findingsCreated.map((f) => issue(f, f.severity));
  const overlapsCreated = impact.overlapsCreated.map((o) => issue(o, 'WARNING'));
  const { rowIds } = affectedOf(impact);
  return {
    computedAt,
    findingsCreated,
    overlapsCreated,
    findingsResolved: impact.findingsResolved.length,
    overlapsResolved: impact.overlapsResolved.length,
    affectedRows: rowIds.length,
    respondentChanges: impact.respondentChanges.length,
    errorCount: findingsCreated.filter((f) => f.severity === 'ERROR').length,
    warningCount: findingsCreated.filter((f) => f.severity === 'WARNING').length + overlapsCreated.length,
  };
}

/**
 * The rows a request touches: the existing powers and list rows its plan changes (rows it would
 * create are left out: they do not exist yet), and the organizations it names. Two requests
 * "touch the same rows" when their row sets meet.
 */
export function affectedOf(impact: ReassignmentImpactModel): { rowIds: string[]; organizationIds: string[] } {
  const created = new Set(impact.createdIds);
  const rows = [impact.affected.powerIds, ...LIST_KINDS.map((k) => impact.affected[k.affectedIds])].flat();
  return {
    rowIds: [...new Set(rows.filter((id) => !created.has(id)))].sort(),
    organizationIds: [...new Set(impact.affected.organizationIds)].sort(),
  };
}
