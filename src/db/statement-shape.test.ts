import { piece, type PieceRef } from './cypher-registry';
import {
  compactStatement,
  NESTED,
  renderShape,
  restoreRows,
  type RestoredRow,
  type StatementShape,
} from './statement-shape';

/** Pieces as the registry gives them: placeholders left for the renderer. */
const PIECES: Record<string, string> = {
  'compiled/root': 'RETURN { __projection__ } AS root',
  'compiled/rows': 'WITH __projection__ AS rows\nUNWIND rows AS row\nRETURN row',
  'test/by-id': 'COLLECT { MATCH (__child__:Thing {id: $__id__}) RETURN __child__ { __projection__ } }',
  'test/ranked': 'COLLECT {\n  MATCH (__child__:Thing)\n  RETURN __child__ { score: __rank__, __projection__ }\n}',
  'test/parts': 'COLLECT { MATCH (__self__)-[:HAS]->(__child__:Part) RETURN __child__ { __projection__ } }',
  'test/count': 'COUNT { (__self__)-[:HAS]->(:Part) }',
  'test/row': '.id, .name,\nvalidFrom: toString(__self__.validFrom),\ntags: [__t__ IN [\'a, b\', "c)"] | __t__]',
  'test/part-row': '.id, size: coalesce(__self__.size, 0)',
  'test/bad-row': '.id, name',
};
const text = (ref: PieceRef): string => PIECES[ref.piece]!;

const thing = (children: StatementShape['children'][number]['children'] = []): StatementShape['children'][number] => ({
  id: 1,
  piece: piece('test/by-id'),
  row: piece('test/row'),
  children,
});

describe('a compiled statement projects its objects as lists (issue 15)', () => {
  it('lists the row piece entries in order, then the nested reads, and names the parameters per node', () => {
    const shape: StatementShape = {
      name: 'compiled/t',
      children: [
        thing([
          { id: 2, piece: piece('test/parts'), row: piece('test/part-row'), children: [] },
          { id: 3, piece: piece('test/count'), row: null, children: [] },
        ]),
      ],
    };
    const rendered = renderShape(shape, text);
    expect(rendered.text).toBe(
      'WITH COLLECT {MATCH (n1:Thing {id: $id_1}) RETURN [n1.id,n1.name,toString(n1.validFrom),' +
        '[t_1 IN [\'a, b\',"c)"] | t_1],COLLECT {MATCH (n1)-[:HAS]->(n2:Part) RETURN [n2.id,coalesce(n2.size,0)]},' +
        'COUNT {(n1)-[:HAS]->(:Part)}]} AS rows UNWIND rows AS row RETURN row',
    );
    // The records the driver gives back, made rows again with the keys the map projection had; the
    // nested reads' values kept apart, by node key.
    const records = [
      {
        row: [
          't1',
          '甲',
          '2024-01-01',
          ['a, b', 'c)'],
          [
            ['p1', 3],
            ['p2', 0],
          ],
          2,
        ],
      },
    ];
    const [restored] = rendered.restore(records) as [{ row: RestoredRow }];
    expect(restored.row).toStrictEqual(
      Object.assign(
        { id: 't1', name: '甲', validFrom: '2024-01-01', tags: ['a, b', 'c)'] },
        {
          [NESTED]: {
            c2: [
              { id: 'p1', size: 3 },
              { id: 'p2', size: 0 },
            ],
            c3: 2,
          },
        },
      ),
    );
    expect(Object.keys(restored.row)).toEqual(['id', 'name', 'validFrom', 'tags']);
    expect(restored.row[NESTED]?.['c3']).toBe(2);
  });

  it("keeps a piece's own entries (a search hit's score) first, and several root nodes in one map", () => {
    const shape: StatementShape = {
      name: 'compiled/t',
      children: [
        { id: 1, piece: piece('test/ranked'), row: piece('test/part-row'), children: [] },
        { id: 2, piece: piece('test/by-id'), row: piece('test/part-row'), children: [] },
      ],
    };
    const rendered = renderShape(shape, text);
    expect(rendered.text).toContain('RETURN [rank_1,n1.id,coalesce(n1.size,0)]');
    const restored = rendered.restore([{ root: { c1: [[0.5, 'a', 1]], c2: [] } }]);
    expect(restored).toEqual([{ root: { c1: [{ score: 0.5, id: 'a', size: 1 }], c2: [] } }]);
  });

  it('refuses a row entry it cannot read, naming the piece', () => {
    const shape: StatementShape = { name: 'compiled/t', children: [{ ...thing(), row: piece('test/bad-row') }] };
    expect(() => renderShape(shape, text)).toThrow(
      'cypher/test/bad-row.piece.cypher: cannot read the projection entry "name"',
    );
  });

  it('leaves a value that is not a list of objects as it is', () => {
    expect(restoreRows(null, { columns: ['id'], nested: [] })).toBeNull();
  });
});

describe('compactStatement', () => {
  it('collapses white space outside quotes only', () => {
    expect(compactStatement("RETURN [ ' ', '\\t',\n  \"a  b\" ,  `x  y` ] AS  s")).toBe(
      "RETURN [' ','\\t',\"a  b\",`x  y`] AS s",
    );
    expect(compactStatement("RETURN 'it\\'s  here'  AS s")).toBe("RETURN 'it\\'s  here' AS s");
  });

  it('refuses a comment, which would swallow the rest of a one-line statement', () => {
    expect(() => compactStatement('MATCH (n) // why\nRETURN n')).toThrow('comment');
    expect(compactStatement("RETURN 'http://x' AS u")).toBe("RETURN 'http://x' AS u");
  });
});
