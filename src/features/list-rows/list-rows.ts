import type DataLoader from 'dataloader';

import type { Database } from '../../db/database';
import type { ListLabel } from '../../domain/list-kinds';
import type { TownshipDutyItemModel } from '../duty/duty.model';
import { DUTY_ROWS } from '../duty/duty.rows';
import type { EnforcementItemModel } from '../enforcement/enforcement.model';
import { ENFORCEMENT_ROWS } from '../enforcement/enforcement.repository';
import type { LenientItemModel } from '../lenient/lenient.model';
import { LENIENT_ROWS } from '../lenient/lenient.rows';
import type { WhistleMatterModel } from '../whistle/whistle.model';
import { WHISTLE_ROWS } from '../whistle/whistle.repository';
import { type ListRowReader, perLabel, rowByIdLoader } from './list-row-reader';

/** The model of each kind's rows (a codegen mapper); a kind missing here fails to compile below. */
export interface ListRowModels {
  EnforcementItem: EnforcementItemModel;
  WhistleMatter: WhistleMatterModel;
  TownshipDutyItem: TownshipDutyItemModel;
  LenientItem: LenientItemModel;
}

export type ListRowModel = ListRowModels[ListLabel];

/** Rows of every kind, by label. */
export type ListRowsByLabel = { readonly [L in ListLabel]: readonly ListRowModels[L][] };

/** Each kind's reader: one entry per label of LIST_KINDS (the compiler asks for a new one). */
export const LIST_ROW_READERS: { readonly [L in ListLabel]: ListRowReader<ListRowModels[L]> } = {
  EnforcementItem: ENFORCEMENT_ROWS,
  WhistleMatter: WHISTLE_ROWS,
  TownshipDutyItem: DUTY_ROWS,
  LenientItem: LENIENT_ROWS,
};

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
