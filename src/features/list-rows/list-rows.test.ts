import type DataLoader from 'dataloader';
import { isObjectType } from 'graphql';
import { z } from 'zod';

import type { Context } from '../../context';
import type { Row } from '../../db/database';
import { RowShapeError } from '../../db/decode';
import { LIST_KINDS, LIST_LABELS } from '../../domain/list-kinds';
import { buildSchema } from '../../schema';
import { loadNode } from '../node/node.resolvers';
import { readRowsByIds } from './list-row-reader';
import { LIST_ROW_READERS } from './list-rows';

describe('the read side of the kinds of list', () => {
  it('reads each kind through its own find-by-ids statement', () => {
    for (const k of LIST_KINDS) {
      expect(LIST_ROW_READERS[k.label].statement.name).toBe(k.statements.findByIds);
      expect(LIST_ROW_READERS[k.label].label).toBe(k.label);
    }
  });

  it('are each a GraphQL type that node(id:) can return', () => {
    const schema = buildSchema();
    for (const label of LIST_LABELS) {
      const type = schema.getType(label);
      expect(isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node')).toBe(true);
    }
  });

  it('give every field of each GraphQL type a value: a field of the model, or a resolver', () => {
    // A relation missed in the reader (or a field missed in the model schema) answers null, or
    // fails a non-null field, only when a query asks for it: this names it at once.
    const schema = buildSchema();
    const unresolved = LIST_LABELS.flatMap((label) => {
      const type = schema.getType(label);
      const reader = LIST_ROW_READERS[label].schema;
      const modelFields = reader instanceof z.ZodObject ? Object.keys(reader.shape) : [];
      const fields = isObjectType(type) ? Object.values(type.getFields()) : [];
      return fields.filter((f) => f.resolve === undefined && !modelFields.includes(f.name)).map((f) => `${label}.${f.name}`);
    });
    expect(unresolved).toEqual([]);
  });

  it('answers node(id:) for every kind through its loader', async () => {
    const asked: string[] = [];
    const loader = (label: string): Pick<DataLoader<string, unknown>, 'load'> => ({
      load: (id: string) => {
        asked.push(`${label}:${id}`);
        return Promise.resolve({ id });
      },
    });
    const rowById = Object.fromEntries(LIST_LABELS.map((label) => [label, loader(label)]));
    const ctx = { loaders: { rowById } } as unknown as Context;
    for (const label of LIST_LABELS) expect(await loadNode(ctx, label, 'x1')).toMatchObject({ id: 'x1' });
    expect(asked).toEqual(LIST_LABELS.map((label) => `${label}:x1`));
  });

  it('decodes the rows, failing on a wrong one with the statement, the row and the field', async () => {
    const reader = LIST_ROW_READERS.LenientItem;
    const good = {
      id: 'li-1',
      kind: 'NO_PENALTY',
      violation: 'v',
      asOf: '2026-01-01',
      appliesToIds: [],
      implementedByIds: ['o1'],
    };
    const run = (rows: Row[]) => () => Promise.resolve(rows);
    const [row] = await readRowsByIds(reader, run([{ item: good }]), ['li-1'], '2026-01-01');
    expect(row).toMatchObject({ id: 'li-1', conditions: null, implementedByIds: ['o1'] });
    const wrong = readRowsByIds(
      reader,
      run([{ item: good }, { item: { ...good, appliesToIds: null } }]),
      [],
      '2026-01-01',
    );
    await expect(wrong).rejects.toThrow(RowShapeError);
    await expect(wrong).rejects.toThrow('cypher/lenient/find-by-ids.cypher, row 1, field item.appliesToIds');
  });
});
