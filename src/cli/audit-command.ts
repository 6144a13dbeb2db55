import type { Database } from '../db/database';
import { firstBreak, type ChainBreak } from '../domain/change-set/change-set-hash';
import { ChangeSetRepository } from '../features/reassignment/change-set.repository';
import { openDatabase } from './database';
import { EXIT } from './exit-codes';

export interface AuditReport {
  count: number;
  broken: ChainBreak | null;
}

/** Checks every ChangeSet's hash and link to the previous one, and the chain's end. */
export async function verifyAudit(db: Database): Promise<AuditReport> {
  const { head, chain } = await new ChangeSetRepository(db).chain();
  return { count: chain.length, broken: firstBreak(chain, head) };
}

/** `quanze audit verify`: exit 0 when the chain is intact, 1 with the first broken link otherwise. */
export async function runAuditVerify(flags: { json?: boolean }): Promise<number> {
  const connection = await openDatabase();
  try {
    const report = await verifyAudit(connection.db);
    if (flags.json) process.stdout.write(`${JSON.stringify(report)}\n`);
    else if (report.broken === null) {
      process.stdout.write(
        `变更记录哈希链完整：共 ${report.count} 条 / the change-set chain is intact: ${report.count} records\n`,
      );
    } else {
      const b = report.broken;
      process.stdout.write(
        `变更记录哈希链在第 ${b.seq} 条断开（${b.id ?? '链尾'}）：${b.reasonZh}\n` +
          `the change-set chain breaks at record ${b.seq} (${b.id ?? 'end'}): ${b.reasonEn}\n`,
      );
    }
    return report.broken === null ? EXIT.ok : EXIT.rejected;
  } finally {
    await connection.close();
  }
}
