import type { GraphQLResolveInfo } from 'graphql';

import type { Context } from '../../context';
import { AppError } from '../../errors';
import { COMPILED } from '../../shared/compiled';
import { fromGlobalId } from '../../shared/global-id';
import { listRowResolvers } from './list-row.resolvers';

type Field = (row: object, args: object, ctx: Context, info: GraphQLResolveInfo) => unknown;
const field = (type: string, name: string): Field =>
  (listRowResolvers as unknown as Record<string, Record<string, Field>>)[type]![name]!;
const info = (key: string) => ({ path: { key } }) as unknown as GraphQLResolveInfo;

/** Loaders that answer every id but `gone`, each value naming its id. */
const loader = (kind: string) => ({
  load: (id: string) => Promise.resolve(id === 'gone' ? null : { id, kind }),
  loadMany: (ids: readonly string[]) => Promise.resolve(ids.map((id) => (id === 'gone' ? null : { id, kind }))),
});
const ctx = { loaders: { organizationById: loader('organization'), powerById: loader('power') } } as unknown as Context;

describe("a kind of list's resolvers, made from its reader's relations", () => {
  const duty = { id: 'td-1', asOf: '2024-03-01', townshipId: 't', primaryCounterpartId: null, counterpartIds: ['a', 'gone', 'b'], neededPowerIds: ['p', 'q'] };

  it('give the global id of its label', () => {
    expect(fromGlobalId(field('TownshipDutyItem', 'id')(duty, {}, ctx, info('id')) as string)).toEqual({
      type: 'TownshipDutyItem',
      localId: 'td-1',
    });
  });

  it('follow ids to organizations in order, dropping the ones gone, and to powers as the row listed them', async () => {
    expect(await field('TownshipDutyItem', 'counterparts')(duty, {}, ctx, info('counterparts'))).toEqual([
      { id: 'a', kind: 'organization' },
      { id: 'b', kind: 'organization' },
    ]);
    expect(await field('TownshipDutyItem', 'neededPowers')(duty, {}, ctx, info('neededPowers'))).toEqual([
      { id: 'p', kind: 'power', listedAsOf: '2024-03-01' },
      { id: 'q', kind: 'power', listedAsOf: '2024-03-01' },
    ]);
  });

  it('answer null for an optional one that is absent, and NOT_FOUND naming the row for a required one', async () => {
    expect(await field('TownshipDutyItem', 'primaryCounterpart')(duty, {}, ctx, info('primaryCounterpart'))).toBeNull();
    expect(await field('TownshipDutyItem', 'township')(duty, {}, ctx, info('township'))).toEqual({ id: 't', kind: 'organization' });
    const hand = { id: 'ei-1', asOf: '2024-03-01', powerId: 'gone', fromId: 'f', toId: null };
    await expect(field('EnforcementItem', 'power')(hand, {}, ctx, info('power'))).rejects.toThrow(AppError);
    await expect(field('EnforcementItem', 'to')(hand, {}, ctx, info('to'))).rejects.toThrow('ei-1 缺少承接乡镇（街道）');
    expect(await field('EnforcementItem', 'power')({ ...hand, powerId: 'p' }, {}, ctx, info('power'))).toEqual({
      id: 'p',
      kind: 'power',
      listedAsOf: '2024-03-01',
    });
  });

  it("answer a compiled read's value first", async () => {
    const compiled = { ...duty, [COMPILED]: new Map([['neededPowers', ['compiled']]]) };
    expect(await field('TownshipDutyItem', 'neededPowers')(compiled, {}, ctx, info('neededPowers'))).toEqual(['compiled']);
  });
});
