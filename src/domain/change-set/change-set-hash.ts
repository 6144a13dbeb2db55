import { digest } from '../ids';

/** The fields a change set's hash covers (links are not content). */
export interface ChangeSetContent {
  id: string;
  seq: number;
  at: string;
  actor: string;
  reason: string;
  kind: string;
  /** JSON text: what changed, and for reassignments the undo log. */
  summary: string;
  prevHash: string;
}

/** sha256 over the content and the previous hash, fields in a fixed order: the chain's links. */
export function changeSetHash(c: ChangeSetContent): string {
  return digest(JSON.stringify([c.id, c.seq, c.at, c.actor, c.reason, c.kind, c.summary, c.prevHash]), {
    algorithm: 'sha256',
  });
}

export interface ChainBreak {
  seq: number;
  id: string | null;
  reasonZh: string;
  reasonEn: string;
}

/** The first broken link of the chain, or null when every hash and link checks out. */
export function firstBreak(
  chain: readonly (ChangeSetContent & { hash: string })[],
  head: { seq: number; hash: string } | null,
): ChainBreak | null {
  let prevHash = '';
  for (const [index, c] of chain.entries()) {
    const expectedSeq = index + 1;
    if (c.seq !== expectedSeq) {
      return {
        seq: expectedSeq,
        id: c.id,
        reasonZh: `序号应为 ${expectedSeq}，实为 ${c.seq}（记录缺失）`,
        reasonEn: `expected sequence ${expectedSeq}, found ${c.seq} (a record is missing)`,
      };
    }
    if (c.prevHash !== prevHash) {
      return {
        seq: c.seq,
        id: c.id,
        reasonZh: '前一哈希与上一条记录不符',
        reasonEn: 'prevHash differs from the hash of the previous record',
      };
    }
    if (changeSetHash(c) !== c.hash) {
      return {
        seq: c.seq,
        id: c.id,
        reasonZh: '内容哈希不符（记录被改动）',
        reasonEn: 'the content hash differs (the record was altered)',
      };
    }
    prevHash = c.hash;
  }
  if (head !== null && (head.seq !== chain.length || head.hash !== prevHash)) {
    return {
      seq: head.seq,
      id: null,
      reasonZh: `链尾应为第 ${head.seq} 条，实有 ${chain.length} 条（末尾记录缺失或被改动）`,
      reasonEn: `the chain should end at ${head.seq}, it has ${chain.length} (the last records are missing or altered)`,
    };
  }
  return null;
}
