import type { Context } from '../../context';
import { LIST_LABELS, type ListLabel } from '../../domain/list-kinds';
import type { Resolvers } from '../../generated/graphql';
import { compiledOr } from '../../shared/compiled';
import { toGlobalId } from '../../shared/global-id';
import { loadAll } from '../../shared/loader';
import { required } from '../enforcement/related';
import type { OrganizationModel } from '../organization/organization.model';
import type { PowerModel } from '../power/power.model';
import type { ListRowBase, RelationField } from './list-row-reader';
import { LIST_ROW_READERS } from './list-rows';

type Row = ListRowBase & Record<string, unknown>;
type Related = OrganizationModel | PowerModel | null | (OrganizationModel | PowerModel)[];
type FieldResolver = (row: Row, args: unknown, ctx: Context, info: Parameters<typeof compiledOr>[1]) => unknown;

const idOf = (row: Row, field: string): string | null => {
  const value = row[field];
  return typeof value === 'string' ? value : null;
};
const idsOf = (row: Row, field: string): string[] => {
  const value = row[field];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
};
const listed = (row: Row, power: PowerModel): PowerModel => ({ ...power, listedAsOf: row.asOf });

/** What one relation reads through the loaders. */
async function follow(relation: RelationField, row: Row, ctx: Context): Promise<Related> {
  if (relation.many) {
    const ids = idsOf(row, relation.ids);
    return relation.to === 'organization'
      ? loadAll(ctx.loaders.organizationById, ids)
      : (await loadAll(ctx.loaders.powerById, ids)).map((p) => listed(row, p));
  }
  const id = idOf(row, relation.ids);
  const found =
    id === null
      ? null
      : relation.to === 'organization'
        ? await ctx.loaders.organizationById.load(id)
        : await ctx.loaders.powerById.load(id).then((p) => p && listed(row, p));
  return relation.required ? required(found, relation.required, row.id) : found;
}

/** A kind's GraphQL type: its global `id`, and each relation its reader names. */
function resolversOf(label: ListLabel, relations: readonly RelationField[]): Record<string, FieldResolver> {
  const fields: Record<string, FieldResolver> = { id: (row) => toGlobalId(label, row.id) };
  for (const relation of relations) {
    fields[relation.field] = (row, _args, ctx, info) => compiledOr(row, info, () => follow(relation, row, ctx));
  }
  return fields;
}

/**
 * The resolvers of every kind of list's GraphQL type, made from its reader (list-rows.ts): a kind
 * adds no resolvers of its own unless a field needs more than its ids. 各类清单的解析器由其读取器生成。
 */
export const listRowResolvers: Resolvers = Object.fromEntries(
  LIST_LABELS.map((label) => [label, resolversOf(label, LIST_ROW_READERS[label].relations)]),
);
