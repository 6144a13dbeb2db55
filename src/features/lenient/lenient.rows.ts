import type { z } from 'zod';

import { ids, maybeText, model, text } from '../../db/decode';
import { listRowReader } from '../list-rows/list-row-reader';
import type { LenientItemModel } from './lenient.model';

/** A LenientItem as find-by-ids projects it (`item`). */
export const LENIENT_ITEM = model({
  id: text,
  kind: text,
  violation: text,
  conditions: maybeText,
  violationBasis: maybeText,
  penaltyBasis: maybeText,
  lenientBasis: maybeText,
  validFrom: maybeText,
  validTo: maybeText,
  asOf: text,
  appliesToIds: ids,
  implementedByIds: ids,
}) satisfies z.ZodType<LenientItemModel>;

/** Its rows by id (node(id:), the loaders, an impact's snapshot) and its relations (list-row.resolvers.ts). */
export const LENIENT_ROWS = listRowReader<LenientItemModel>('LenientItem', 'item', LENIENT_ITEM, {
  appliesTo: { powers: 'appliesToIds' },
  implementedBy: { organizations: 'implementedByIds' },
});
