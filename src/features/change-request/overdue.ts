import type { DeadlineStage } from '../../config';
import type { Database } from '../../db/database';
import type { ChangeRequestState } from './change-request.model';
import { ChangeRequestRepository } from './change-request.repository';
import { deadline, stageEnteredOn, workingDaysBetween } from './workflow';

/** One line of the overdue report (超期变更申请). */
export interface OverdueRow {
  id: string;
  title: string;
  state: ChangeRequestState;
  proposer: string;
  stageEnteredOn: string;
  dueOn: string;
  /** Working days past the due date on `asOf`. */
  daysLate: number;
}

const WAITING: ChangeRequestState[] = ['SUBMITTED', 'LEGALITY_REVIEW', 'APPROVED', 'RETURNED'];

/** Requests past their stage's last day on `asOf`, the latest first. 超期的变更申请。 */
export async function overdueRequests(db: Database, stageDays: Record<DeadlineStage, number>, asOf: string): Promise<OverdueRow[]> {
  const requests = await new ChangeRequestRepository(db).inStates(WAITING, 10_000);
  const rows: OverdueRow[] = [];
  for (const r of requests) {
    const { dueOn, overdue } = deadline(r, stageDays, asOf);
    if (!overdue || dueOn === null) continue;
    rows.push({ id: r.id, title: r.title, state: r.state, proposer: r.proposer, stageEnteredOn: stageEnteredOn(r), dueOn, daysLate: workingDaysBetween(dueOn, asOf) });
  }
  return rows.sort((a, b) => b.daysLate - a.daysLate || a.id.localeCompare(b.id));
}
