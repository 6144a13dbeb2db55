import { digest } from '../../../domain/ids';
import { flatCopy } from '../../../shared/flat-copy';

import type { FindingKindValue } from './finding.model';

/**
 * A finding's id: the kind and a hash of the kind, the subject id and the ids that single the
 * finding out (e.g. the inactive lead). The same fact gets the same id in every run.
 * 问题标识：同一事实每次运行得到相同标识。
 */
export function findingId(kind: FindingKindValue, subjectId: string, parts: readonly string[] = []): string {
  // One piece, not the kind and the digest: a province keeps its findings (flatCopy).
  return flatCopy(`${kind}:${digest([kind, subjectId, ...parts].join('\u0000'), { algorithm: 'sha256', length: 24 })}`);
}
