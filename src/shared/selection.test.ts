import { buildSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';

import { idOrLoaded, selectsOnlyId, typesReadBeyondId } from './selection';

const schema = buildSchema(`
  type Item { id: ID! name: String }
  type Query { items: [Item!]! }
`);

/** What selectsOnlyId says of `items` in this query. */
async function onlyId(query: string): Promise<boolean> {
  let seen: boolean | null = null;
  await execute({
    schema,
    document: parse(query),
    rootValue: {
      items: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
        seen = selectsOnlyId(info);
        return [{ id: '1', name: 'a' }];
      },
    },
  });
  if (seen === null) throw new Error('items was not resolved');
  return seen;
}

describe('selectsOnlyId', () => {
  it('is true for id and __typename, directly or through fragments', async () => {
    expect(await onlyId('{ items { id } }')).toBe(true);
    expect(await onlyId('{ items { __typename id } }')).toBe(true);
    expect(await onlyId('{ items { ...F } } fragment F on Item { id }')).toBe(true);
    expect(await onlyId('{ items { ... on Item { id } } }')).toBe(true);
  });

  it('is false as soon as any other field is read, however deep in fragments', async () => {
    expect(await onlyId('{ items { id name } }')).toBe(false);
    expect(await onlyId('{ items { ...F } } fragment F on Item { id ...G } fragment G on Item { name }')).toBe(false);
    expect(await onlyId('{ items { ... on Item { name } } }')).toBe(false);
    expect(await onlyId('{ a: items { id } items { name } }')).toBe(false);
  });
});

describe('idOrLoaded', () => {
  /** The ids `items` asked its loader for while resolving this query. */
  async function loaded(query: string): Promise<string[]> {
    const asked: string[] = [];
    const loader = { load: (id: string) => (asked.push(id), Promise.resolve({ id, name: 'a' })) };
    const result = await execute({
      schema,
      document: parse(query),
      rootValue: { items: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => [idOrLoaded(info, loader, '1')] },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ items: [expect.objectContaining({ id: '1' })] });
    return asked;
  }

  it('gives the id alone, without a load, when nothing else of the object is read', async () => {
    expect(await loaded('{ items { id } }')).toEqual([]);
    expect(await loaded('{ items { id name } }')).toEqual(['1']);
  });
});

describe('typesReadBeyondId', () => {
  const graph = buildSchema(`
    interface Node { id: ID! }
    type Power implements Node { id: ID! name: String holder: Org }
    type Org implements Node { id: ID! name: String }
    union Subject = Power | Org
    type Impact { powers: [Power!]! subject: Subject node: Node count: Int }
    type Query { impact: Impact! power: Power }
  `);

  /** What typesReadBeyondId says, seen from the `impact` field, of this query. */
  async function readTypes(query: string): Promise<string[]> {
    let seen: Set<string> | null = null;
    await execute({
      schema: graph,
      document: parse(query),
      rootValue: {
        impact: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
          seen = typesReadBeyondId(info);
          return { powers: [], subject: null, node: null, count: 0 };
        },
        power: () => null,
      },
    });
    if (seen === null) throw new Error('impact was not resolved');
    return [...(seen as Set<string>)].filter((t) => t === 'Power' || t === 'Org').sort();
  }

  it('leaves out the types read for their id alone, through fragments and abstract types', async () => {
    expect(await readTypes('{ impact { count powers { id __typename } } }')).toEqual([]);
    expect(await readTypes('{ impact { powers { ...P } node { id } subject { ... on Power { id } } } } fragment P on Power { id }')).toEqual([]);
  });

  it('names a type as soon as any field beyond its id is read, anywhere in the operation', async () => {
    expect(await readTypes('{ impact { powers { id name } } }')).toEqual(['Power']);
    expect(await readTypes('{ impact { powers { holder { id } } } }')).toEqual(['Power']);
    expect(await readTypes('{ impact { powers { holder { name } } } }')).toEqual(['Org', 'Power']);
    expect(await readTypes('{ impact { subject { ... on Org { name } } } }')).toEqual(['Org']);
    expect(await readTypes('{ impact { node { ...N } } } fragment N on Power { name }')).toEqual(['Power']);
    // A field read on an interface counts for every type that can stand there.
    expect(await readTypes('{ impact { node { ... on Node { __typename id } } } }')).toEqual([]);
    // Another root field of the same request reads Power's name: the loaders are shared.
    expect(await readTypes('{ impact { powers { id } } power { name } }')).toEqual(['Power']);
  });
});
