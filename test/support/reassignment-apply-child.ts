/**
 * Child process of reassignment-kill.test.ts: applies the plan given as JSON in argv[2] with the
 * reason argv[3], printing "started" just before and "done" after. The test kills it with SIGKILL.
 */
import { openDatabase } from '../../src/cli/database';
import { DEFAULT_ANALYSIS_CONFIG } from '../../src/config';
import { ReassignmentService } from '../../src/features/reassignment/reassignment.service';
import type { Plan } from '../../src/features/reassignment/reassignment.model';

async function main(): Promise<void> {
  const plan = JSON.parse(process.argv[2] ?? '{}') as Plan;
  const reason = process.argv[3] ?? 'kill test';
  const connection = await openDatabase();
  try {
    process.stdout.write('started\n');
    await new ReassignmentService(connection.db, DEFAULT_ANALYSIS_CONFIG, '2025-01-01').apply(
      plan,
      reason,
      'kill-test',
    );
    process.stdout.write('done\n');
  } finally {
    await connection.close();
  }
}

void main();
