import { piece } from '../../db/cypher-registry';
import type { CompiledType } from '../compiled-read/compile';
import type { LenientItemModel } from './lenient.model';
import { LENIENT_ROWS } from './lenient.rows';

/** LenientItem // 包容审慎监管事项, read for a date (`asOf`): its row only, its relations through the loaders. */
export const compiledLenientItem: CompiledType<LenientItemModel> = {
  name: 'LenientItem',
  schema: LENIENT_ROWS.schema,
  row: () => piece('lenient/row'),
  fields: {},
};
