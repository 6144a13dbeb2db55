import type DataLoader from 'dataloader';

import type { Database } from '../../db/database';
import type { ListLabel } from '../../domain/list-kinds';
import { DUTY_ROWS } from '../duty/duty.rows';
import { ENFORCEMENT_ROWS } from '../enforcement/enforcement.repository';
import { LENIENT_ROWS } from '../lenient/lenient.rows';
import { WHISTLE_ROWS } from '../whistle/whistle.repository';
import { type ListRowReader, perLabel, rowByIdLoader } from './list-row-reader';

/**
 * Each kind's reader, by label: one entry per label of LIST_KINDS, under its own label (the
 * compiler asks for a new one). The models, the loaders, node(id:) and the GraphQL type's `id` and
 * relations (list-row.resolvers.ts) all come from it.
 */
const READERS = {
  EnforcementItem: ENFORCEMENT_ROWS,
  WhistleMatter: WHISTLE_ROWS,
  TownshipDutyItem: DUTY_ROWS,
  LenientItem: LENIENT_ROWS,
} as const satisfies { readonly [L in ListLabel]: unknown };

type ModelOf<R> = R extends ListRowReader<infer M> ? M : never;

/** The model of each kind's rows, as its reader decodes it. */
export type ListRowModels = { [L in ListLabel]: ModelOf<(typeof READERS)[L]> };

export const LIST_ROW_READERS: { readonly [L in ListLabel]: ListRowReader<ListRowModels[L]> } = READERS;

/** The model of one kind (the codegen mapper of its GraphQL type, through MappedModel: codegen.yml). */
export type ListRowModelOf<L extends ListLabel> = ListRowModels[L];

export type ListRowModel = ListRowModels[ListLabel];

/** Rows of every kind, by label. */
export type ListRowsByLabel = { readonly [L in ListLabel]: readonly ListRowModels[L][] };

export type ListRowLoaders = { readonly [L in ListLabel]: DataLoader<string, ListRowModels[L] | null> };

export interface ListRowLoaderSet {
  /** A kind's rows by id, as of today (node(id:), and every field that names rows by id). */
  rowById: ListRowLoaders;
}

export function createListRowLoaders(db: Database, today: string): ListRowLoaderSet {
  const loaderOf = <L extends ListLabel>(label: L): DataLoader<string, ListRowModels[L] | null> =>
    rowByIdLoader(LIST_ROW_READERS[label], db, today);
  // One loader per label, made from that label's reader: the mapped type holds by construction.
  return { rowById: perLabel(loaderOf) as ListRowLoaders };
}

/**
 * codegen.yml's defaultMapper: a list row's GraphQL type (its __typename one of the kinds' labels)
 * is its reader's model; every other type without a mapper stays the generated type.
 */
export type MappedModel<T> = T extends { __typename?: infer N } ? (N extends ListLabel ? ListRowModelOf<N> : T) : T;
