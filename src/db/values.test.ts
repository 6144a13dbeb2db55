import neo4j from 'neo4j-driver';

import { Compaction, toPlain } from './values';

describe('toPlain', () => {
  it('converts in place without a compaction: lists and maps are the driver’s own', () => {
    const list = ['a', neo4j.int(2)];
    const row = { list, date: new neo4j.types.Date(2026, 6, 1) };
    const plain = toPlain(row) as { list: unknown[]; date: string };
    expect(plain).toBe(row);
    expect(plain.list).toBe(list);
    expect(plain).toEqual({ list: ['a', 2], date: '2026-06-01' });
  });

  it('with a compaction, copies short lists to their size and keeps each short text once', () => {
    const compact = new Compaction();
    const shortList = ['org-1', 'org-2'];
    const longList = Array.from({ length: 40 }, (_, i) => `pw-${i % 4}`);
    const long = 'x'.repeat(65);
    const rows = [
      { holders: shortList, ids: longList, note: long },
      { holders: ['org-1'], ids: [], note: long },
    ].map((r) => toPlain(r, compact) as { holders: string[]; ids: string[]; note: string });

    expect(rows[0]!.holders).not.toBe(shortList);
    expect(rows[0]!.holders).toEqual(['org-1', 'org-2']);
    expect(rows[0]!.ids).toBe(longList);
    expect(rows[1]!.holders).toEqual(['org-1']);
    // org-1, org-2 and pw-0..pw-3; the 65-character text is not held.
    expect(compact.texts).toBe(6);
    expect(rows[1]!.note).toBe(long);
  });
});
