import { RowShapeError } from './decode';
import { TurnBudget } from '../shared/event-loop';
import { decodeChecked, decodeCheckedInTurns, list, map, nullable, num, oneOf, str } from './row-check';

const REF = { name: 'analysis/some-statement' };
const ROW = map({
  id: str,
  count: num,
  note: nullable(str),
  kind: oneOf(['A', 'B']),
  holders: list(map({ id: str, powerIds: list(str) })),
});

describe('row checks', () => {
  it('return the row itself, typed, filling a missing nullable field with null', () => {
    const row: Record<string, unknown> = { id: 'x', count: 2, kind: 'A', holders: [{ id: 'o', powerIds: ['p'] }] };
    const checked = decodeChecked(REF, row, ROW, 0);
    expect(checked).toBe(row);
    expect(checked.note).toBeNull();
    expect(checked.holders[0]?.powerIds).toEqual(['p']);
  });

  it.each([
    [{ id: 'x', count: '2', kind: 'A', holders: [] }, 'count', 'expected a number, got "2"'],
    [{ id: 'x', count: 2, kind: 'C', holders: [] }, 'kind', 'expected one of A, B, got "C"'],
    [
      {
        id: 'x',
        count: 2,
        kind: 'A',
        holders: [
          { id: 'o', powerIds: ['p'] },
          { id: 'q', powerIds: ['p', 3] },
        ],
      },
      'holders[1].powerIds[1]',
      'expected text, got number',
    ],
    [{ id: 'x', count: 2, kind: 'A', holders: null }, 'holders', 'expected a list, got null'],
  ])('name the statement, the row and the field of a wrong one (%#)', (row, field, detail) => {
    expect(() => decodeChecked(REF, row, ROW, 7)).toThrow(new RowShapeError(REF.name, 7, field, detail));
  });

  it('check every row, counting rows from 0', async () => {
    const rows = [
      { id: 'a', count: 1, kind: 'B', holders: [] },
      { id: 'b', count: 1, kind: 'B' },
    ];
    await expect(decodeCheckedInTurns(REF, rows, ROW, new TurnBudget(0))).rejects.toThrow(
      'cypher/analysis/some-statement.cypher, row 1, field holders',
    );
  });
});
