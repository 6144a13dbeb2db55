import { compareLists } from './compare';
import type { DiffRow } from './list-diff.model';

const row = (id: string, name: string, extra: Partial<DiffRow> = {}): DiffRow => ({
  day: '',
  id,
  identityKey: `org|PUNISHMENT|${name}`,
  name,
  subName: null,
  category: 'PUNISHMENT',
  citations: null,
  accountability: [],
  responsibilities: [],
  validFrom: '2024-01-01',
  validTo: null,
  exerciseFrom: '2024-01-01',
  exerciseTo: null,
  ...extra,
});

describe('compareLists', () => {
  it('pairs a renamed item only at or above the similarity threshold, best pair first', async () => {
    const before = [row('a', '对违法建设行为的处罚', { validTo: '2024-12-31', exerciseTo: '2024-12-31' })];
    const after = [
      row('b', '对违法建设行为的处罚决定', { validFrom: '2025-01-01' }),
      row('c', '对违法建设的处罚', { validFrom: '2025-01-01' }),
    ];
    const renamed = await compareLists(before, after, 0.8);
    expect(renamed.map((c) => [c.kind, c.before?.id ?? null, c.after?.id ?? null, c.similarity])).toEqual([
      ['ADDED', null, 'c', null],
      ['RENAMED', 'a', 'b', 0.9],
    ]);
    const strict = await compareLists(before, after, 0.95);
    expect(strict.map((c) => c.kind).sort()).toEqual(['ADDED', 'ADDED', 'REMOVED']);
  });

  it('dates a removal by the list that dropped it, or by the plan that ended its exercise first', async () => {
    const dropped = row('a', '甲', { validTo: '2024-12-31', exerciseTo: '2024-12-31' });
    const moved = row('b', '乙', { exerciseTo: '2025-05-31' });
    const changes = await compareLists([dropped, moved], [], 0.8);
    expect(changes.map((c) => [c.name, c.date, c.cause])).toEqual([
      ['甲', '2025-01-01', 'END'],
      ['乙', '2025-06-01', 'PLAN'],
    ]);
  });

  it('reports a citation whose law version changed apart from citations added and removed', async () => {
    const cite = (article: number, versionId: string) => ({
      lawName: '野生动物保护法',
      lawId: 'law-1',
      article,
      paragraph: null,
      versionId,
    });
    const before = row('a', '甲', { citations: JSON.stringify([cite(1, 'v2018'), cite(2, 'v2018')]) });
    const after = row('b', '甲', { citations: JSON.stringify([cite(1, 'v2022'), cite(3, 'v2022')]) });
    const [change] = await compareLists([before], [after], 0.8);
    expect(change).toMatchObject({
      kind: 'BASIS_CHANGED',
      citationsAdded: ['《野生动物保护法》第3条'],
      citationsRemoved: ['《野生动物保护法》第2条'],
      versionsChanged: ['《野生动物保护法》第1条'],
    });
  });

  it('is no change when the same row is in force on both days', async () => {
    expect(await compareLists([row('a', '甲')], [row('a', '甲')], 0.8)).toEqual([]);
  });
});
