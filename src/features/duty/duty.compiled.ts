import { piece } from '../../db/cypher-registry';
import type { CompiledType } from '../compiled-read/compile';
import type { TownshipDutyItemModel } from './duty.model';
import { DUTY_ITEM, DUTY_ROWS } from './duty.rows';

/** TownshipDutyItem // 履职事项, read for a date (`asOf`): its row only, its relations through the loaders. */
export const compiledDutyItem: CompiledType<TownshipDutyItemModel> = {
  name: 'TownshipDutyItem',
  schema: DUTY_ROWS.schema,
  row: () => piece('duty/row'),
  fields: {},
  // Its own short columns; its texts and relations are not in the brief row.
  brief: {
    fields: new Set(['id', 'listKind', 'name', 'validFrom', 'validTo']),
    row: piece('duty/brief-row'),
    schema: DUTY_ITEM.pick({ id: true, listKind: true, name: true, validFrom: true, validTo: true }),
  },
};
