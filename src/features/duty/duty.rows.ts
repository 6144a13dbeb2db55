import type { z } from 'zod';

import { ids, maybeText, model, text } from '../../db/decode';
import { listRowReader } from '../list-rows/list-row-reader';
import type { TownshipDutyItemModel } from './duty.model';

/** A TownshipDutyItem as find-by-ids projects it (`item`). */
export const DUTY_ITEM = model({
  id: text,
  listKind: text,
  name: text,
  townshipDuty: maybeText,
  departmentDuty: maybeText,
  basis: maybeText,
  validFrom: maybeText,
  validTo: maybeText,
  asOf: text,
  townshipId: maybeText,
  counterpartIds: ids,
  primaryCounterpartId: maybeText,
  neededPowerIds: ids,
}) satisfies z.ZodType<TownshipDutyItemModel>;

/** Its rows by id (node(id:), the loaders, an impact's snapshot) and its relations (list-row.resolvers.ts). */
export const DUTY_ROWS = listRowReader<TownshipDutyItemModel>('TownshipDutyItem', 'item', DUTY_ITEM, {
  township: { organization: 'townshipId', required: { zh: '乡镇（街道）', en: 'township' } },
  counterparts: { organizations: 'counterpartIds' },
  primaryCounterpart: { organization: 'primaryCounterpartId' },
  neededPowers: { powers: 'neededPowerIds' },
});
