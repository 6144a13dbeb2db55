import { digest } from '../../../domain/ids';
import { flatCopy } from '../../../shared/flat-copy';

/**
 * An id that stays the same for the same fact across runs and databases: a hash of the kind and
 * the sorted, de-duplicated identities involved (power item keys, organization ids, ...).
 * 同一事实在每次计算中得到相同的标识。
 */
export function stableId(prefix: string, kind: string, identities: readonly string[]): string {
  const sorted = [...new Set(identities)].sort();
  // One piece, not the prefix and the digest: a province keeps tens of thousands of these.
  return flatCopy(`${prefix}-${digest([kind, ...sorted].join('\u001f'), { algorithm: 'sha256', length: 24 })}`);
}
