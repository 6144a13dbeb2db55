import { z } from 'zod';

import { cypher } from '../db/cypher-registry';
import type { Database } from '../db/database';
import { decodeRow, ids, maybeText, text } from '../db/decode';
import { LIST_KINDS } from '../domain/list-kinds';
import { organizationNameKey } from '../domain/organizations';
import { CliError, EXIT } from './exit-codes';
import { openDatabase } from './database';

const HISTORY = cypher('reassignment/organization-history');

/** A list type's name in the timeline: the power list's, and each kind's from its descriptor. */
const LIST_ZH: Record<string, string> = {
  POWERS: '权责清单',
  ...Object.fromEntries(
    LIST_KINDS.map((k) => [k.listType, k.listName.endsWith('清单') ? k.listName : `${k.listName}清单`]),
  ),
};
const EVENT_ZH: Record<string, string> = { ABOLISH: '撤销', MERGE: '合并' };
const OP_ZH: Record<string, string> = {
  movePowers: '职权移交',
  abolishOrganization: '撤销机构',
  mergeOrganizations: '合并机构',
  handOver: '职权下放',
  recall: '收回下放',
};

const HISTORY_ROW = z.object({
  organization: z.object({ id: text, name: text, orgType: text, validFrom: maybeText, validTo: maybeText }).nullable(),
  lists: z.array(z.object({ listType: text, sourceFile: text, validFrom: text, rows: z.number() })),
  events: z.array(z.object({ type: text, effectiveDate: text, originals: ids, resulting: ids, docNo: maybeText })),
  changeSets: z.array(z.object({ seq: z.number(), at: text, actor: text, reason: text, kind: text, summary: text })),
});
type HistoryRow = z.infer<typeof HISTORY_ROW>;

/** A change set's summary, as far as the timeline reads it (an import's has neither field). */
const SUMMARY = z.looseObject({
  plan: z
    .looseObject({
      effectiveDate: z.string().optional(),
      operations: z.array(z.looseObject({ kind: z.string() })).optional(),
    })
    .optional(),
  reverts: z.string().optional(),
});

/** One line of the timeline: the date it takes effect (or was recorded) and what happened. */
export interface TimelineEntry {
  date: string;
  text: string;
}

function changeSetText(c: HistoryRow['changeSets'][number]): TimelineEntry {
  const parsed = SUMMARY.safeParse(JSON.parse(c.summary));
  if (!parsed.success)
    throw new Error(`change set #${c.seq}: summary: ${parsed.error.issues[0]?.message ?? 'unexpected shape'}`);
  const summary = parsed.data;
  const by = `（${c.actor}，记录 #${c.seq}，原因：${c.reason}）`;
  if (c.kind === 'REASSIGNMENT') {
    const ops = (summary.plan?.operations ?? []).map((o) => OP_ZH[o.kind] ?? o.kind);
    return { date: summary.plan?.effectiveDate ?? c.at.slice(0, 10), text: `调整生效：${ops.join('、')}${by}` };
  }
  if (c.kind === 'REVERT') return { date: c.at.slice(0, 10), text: `撤销调整 ${summary.reverts ?? ''}${by}` };
  return { date: c.at.slice(0, 10), text: `导入${by}` };
}

/** An organization's history as a timeline, oldest first (Chinese). */
export async function organizationHistory(
  db: Database,
  name: string,
): Promise<{ title: string; entries: TimelineEntry[] } | null> {
  const rows = await db.read('history.organization', HISTORY, {
    name: name.trim(),
    nameKey: organizationNameKey(name),
  });
  const row = rows[0] === undefined ? undefined : decodeRow(HISTORY, rows[0], HISTORY_ROW);
  if (!row?.organization) return null;
  const o = row.organization;
  const entries: TimelineEntry[] = [];
  if (o.validFrom) entries.push({ date: o.validFrom, text: '机构设立' });
  for (const l of row.lists) {
    entries.push({
      date: l.validFrom,
      text: `发布${LIST_ZH[l.listType] ?? l.listType}（${l.sourceFile}，${l.rows} 项）`,
    });
  }
  for (const e of row.events) {
    const to = e.resulting.length > 0 ? `，由「${e.resulting.join('、')}」承继` : '，无承继机构';
    entries.push({
      date: e.effectiveDate,
      text: `机构${EVENT_ZH[e.type] ?? e.type}：${e.originals.join('、')}${to}${e.docNo ? `（${e.docNo}）` : ''}`,
    });
  }
  for (const c of row.changeSets) entries.push(changeSetText(c));
  if (o.validTo) entries.push({ date: o.validTo, text: '机构存续至此日（最后一日）' });
  entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { title: `${o.name}（${o.validFrom ?? '?'} — ${o.validTo ?? '至今'}）`, entries };
}

/** `quanze history --org NAME`: prints the timeline. */
export async function runHistory(flags: { org: string; json?: boolean }): Promise<number> {
  const connection = await openDatabase();
  try {
    const history = await organizationHistory(connection.db, flags.org);
    if (history === null)
      throw new CliError(`未找到机构「${flags.org}」 / no organization named ${flags.org}`, EXIT.usage);
    if (flags.json) process.stdout.write(`${JSON.stringify(history)}\n`);
    else {
      process.stdout.write(`${history.title}\n`);
      for (const e of history.entries) process.stdout.write(`  ${e.date}  ${e.text}\n`);
    }
    return EXIT.ok;
  } finally {
    await connection.close();
  }
}
