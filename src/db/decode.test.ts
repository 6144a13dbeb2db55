import { z } from 'zod';

import { decodeColumn, decodeRows, maybeText, RowShapeError, text } from './decode';

const REF = { name: 'thing/find-by-ids' };
const THING = z.object({ id: text, note: maybeText });

describe('row decoding', () => {
  it('turns rows into typed values, absent and null optional fields into null', () => {
    expect(decodeRows(REF, [{ id: 'a', note: 'x' }, { id: 'b', note: null }, { id: 'c' }], THING)).toEqual([
      { id: 'a', note: 'x' },
      { id: 'b', note: null },
      { id: 'c', note: null },
    ]);
  });

  it('names the statement, the row and the field of a value of the wrong shape', () => {
    const decode = () => decodeRows(REF, [{ id: 'a' }, { id: 7 }], THING);
    expect(decode).toThrow(RowShapeError);
    expect(decode).toThrow('cypher/thing/find-by-ids.cypher, row 1, field id: Invalid input: expected string, received number');
  });

  it('names the column and the field within it', () => {
    expect(() => decodeColumn(REF, [{ item: { id: null } }], 'item', THING)).toThrow('row 0, field item.id');
  });
});
