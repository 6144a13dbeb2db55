import { buildSchema } from 'graphql';

import { checkConformance } from './conformance';
import { PENDING_PARTS, pendingPartOf } from './pending';

const contract = buildSchema(`
  interface Node { id: ID! }
  enum Kind { A B }
  input Filter { name: String  ids: [ID!] }
  type Thing implements Node { id: ID!  name: String  tags: [String!]!  kind: Kind }
  type Query { things(filter: Filter, first: Int = 50): [Thing!]!  node(id: ID!): Node }
`);

const paths = (sdl: string) => checkConformance(contract, buildSchema(sdl)).map((p) => p.path);

describe('checkConformance', () => {
  it('accepts the contract itself and compatible changes (stricter outputs, looser inputs, optional additions)', () => {
    expect(
      paths(`
        interface Node { id: ID! }
        enum Kind { A B C }
        input Filter { name: String  ids: [ID!]  extra: Int }
        type Thing implements Node { id: ID!  name: String!  tags: [String!]!  kind: Kind  more: Int }
        type Query { things(filter: Filter, first: Int = 50, asOf: String): [Thing!]!  node(id: ID): Node }
      `),
    ).toEqual([]);
  });

  it('names every missing or incompatible part', () => {
    expect(
      paths(`
        interface Node { id: ID! }
        enum Kind { A }
        input Filter { name: Int  required: String! }
        type Thing { id: ID!  tags: [String] }
        type Query { things(filter: Filter, first: Int = 20, must: Int!): [Thing!]!  node(id: ID!): Node }
      `),
    ).toEqual([
      'Kind.B',
      'Filter.name',
      'Filter.ids',
      'Filter.required',
      'Thing',
      'Thing.name',
      'Thing.tags',
      'Thing.kind',
      'Query.things(first)',
      'Query.things(must)',
    ]);
  });

  it('files a listed part as pending (with its fields and arguments), and nothing else', () => {
    const parts = { analysis: ['Overlap', 'Query.overlaps'], reassignment: ['Mutation'] };
    expect(pendingPartOf('Query.overlaps', parts)).toBe('analysis');
    expect(pendingPartOf('Query.overlaps(asOf)', parts)).toBe('analysis');
    expect(pendingPartOf('Overlap.kind', parts)).toBe('analysis');
    expect(pendingPartOf('Mutation', parts)).toBe('reassignment');
    expect(pendingPartOf('OverlapKind', parts)).toBeUndefined();
    expect(pendingPartOf('Query.powers', parts)).toBeUndefined();
  });

  it('is strict for the whole contract now that every part has landed', () => {
    expect(PENDING_PARTS).toEqual({});
  });
});
