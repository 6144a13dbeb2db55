import { loadDemo } from '../importer/demo';
import { openDatabase } from './database';
import { EXIT } from './exit-codes';

/** `quanze demo`: loads the demo city (idempotent: a second run changes nothing). */
export async function runDemo(flags: { json?: boolean }): Promise<number> {
  const connection = await openDatabase();
  const started = Date.now();
  try {
    const log = flags.json ? undefined : (line: string) => void process.stdout.write(`${line}\n`);
    if (log) log('正在载入示例数据（青石市）/ loading the demo data (青石市)…');
    const summaries = await loadDemo(connection.db, log ? { log } : {});
    const totals = summaries.reduce(
      (t, s) => ({ created: t.created + s.created, updated: t.updated + s.updated, unchanged: t.unchanged + s.unchanged }),
      { created: 0, updated: 0, unchanged: 0 },
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (flags.json) process.stdout.write(`${JSON.stringify({ kind: 'demo', files: summaries.length, ...totals, seconds: Number(seconds) })}\n`);
    else log?.(`已载入示例数据 / demo data loaded: ${summaries.length} 个文件 files, +${totals.created} ~${totals.updated} =${totals.unchanged}, ${seconds}s`);
    return EXIT.ok;
  } finally {
    await connection.close();
  }
}
