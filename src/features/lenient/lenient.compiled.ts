import { piece } from '../../db/cypher-registry';
import type { CompiledType } from '../compiled-read/compile';
import type { LenientItemModel } from './lenient.model';
import { LENIENT_ITEM, LENIENT_ROWS } from './lenient.rows';

/** LenientItem // 包容审慎监管事项, read for a date (`asOf`): its row only, its relations through the loaders. */
export const compiledLenientItem: CompiledType<LenientItemModel> = {
  name: 'LenientItem',
  schema: LENIENT_ROWS.schema,
  row: () => piece('lenient/row'),
  fields: {},
  // Its own short columns; its texts and relations are not in the brief row.
  brief: {
    fields: new Set(['id', 'kind', 'violation', 'conditions', 'validFrom', 'validTo']),
    row: piece('lenient/brief-row'),
    schema: LENIENT_ITEM.pick({
      id: true,
      kind: true,
      violation: true,
      conditions: true,
      validFrom: true,
      validTo: true,
    }),
  },
};
