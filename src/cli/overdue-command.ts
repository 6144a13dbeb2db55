import { loadConfig } from '../config';
import { overdueRequests } from '../features/change-request/overdue';
import { STATE_ZH } from '../features/change-request/workflow';
import { isIsoDate, today } from '../shared/dates';
import { openDatabase } from './database';
import { CliError, EXIT } from './exit-codes';

export interface OverdueFlags {
  asOf?: string;
  json?: boolean;
}

/**
 * `quanze overdue`: change requests past their stage's deadline (CHANGE_REQUEST_STAGE_DAYS working
 * days), one line each, the latest first. 超期变更申请报告。
 */
export async function runOverdue(flags: OverdueFlags): Promise<number> {
  const asOf = flags.asOf ?? today();
  if (!isIsoDate(asOf)) throw new CliError(`--as-of 须为 ISO 日期，如 2026-12-01 / --as-of must be an ISO date: ${asOf}`, EXIT.usage);
  const { changeRequests } = loadConfig();
  const connection = await openDatabase();
  try {
    const rows = await overdueRequests(connection.db, changeRequests.stageDays, asOf);
    if (flags.json) {
      process.stdout.write(`${JSON.stringify({ asOf, overdue: rows })}\n`);
      return EXIT.ok;
    }
    process.stdout.write(`截至 ${asOf} 超期的变更申请 ${rows.length} 件 / ${rows.length} change requests overdue on ${asOf}\n`);
    for (const r of rows) {
      process.stdout.write(
        `${r.title}\t${STATE_ZH[r.state]}（${r.state}）\t进入本环节 ${r.stageEnteredOn}\t截止 ${r.dueOn}\t超期 ${r.daysLate} 个工作日\t提出者 ${r.proposer}\t${r.id}\n`,
      );
    }
    return EXIT.ok;
  } finally {
    await connection.close();
  }
}
