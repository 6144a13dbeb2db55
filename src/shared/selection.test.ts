import { buildSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';

import { selectsOnlyId } from './selection';

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
