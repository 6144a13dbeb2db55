import { basename } from 'node:path';

import { z } from 'zod';

import { cypher } from '../db/cypher-registry';
import { writeReferenceImportChangeSet } from '../domain/change-set/change-set';
import type { Database } from '../db/database';
import { decodeRows, maybeText, text } from '../db/decode';
import { hashOf } from '../domain/ids';
import { DIVISIONS_SPEC } from './read/header-specs';
import { readFile } from './read/read-file';
import { toDivisionRecords } from './records/divisions';
import { emptySummary, type ImportSummary } from './summary';
import { runBatched } from './write/batches';
import type { ReferenceImportOptions } from './write/import-options';
import { Validation } from './write/validation';

const EXISTING = cypher('import/divisions-existing');
const UPSERT = cypher('import/divisions-upsert');
const LINK = cypher('organization/link-divisions');
const HASHED_BY_CODE = z.object({ code: text, contentHash: maybeText });

/**
 * `quanze import divisions <file>`: AdminDivision {code, name, level} and PART_OF the parent
 * division. A division whose content (name, level, parent, unknown columns) is unchanged is left
 * as it is; nothing is retired (a division missing from a newer file stays). 导入行政区划。
 */
export async function importDivisions(db: Database, file: string, options: ReferenceImportOptions): Promise<ImportSummary> {
  const summary = emptySummary(file, 'divisions', options.dryRun);
  const read = await readFile(file, DIVISIONS_SPEC);
  const { records, problems } = toDivisionRecords(read.sheets);
  const check = new Validation(read, records, problems);
  if (check.settle(summary, options.skipInvalid)) return summary;

  const rows = check.accepted().map((r) => {
    const content = {
      name: r.name,
      level: r.level,
      parentCode: r.parentCode ?? null,
      raw: Object.keys(r.raw).length > 0 ? JSON.stringify(r.raw) : null,
    };
    return {
      ...content,
      code: r.code,
      contentHash: hashOf(content),
      sourceFile: basename(r.source.file),
      sourceSheet: r.source.sheet,
      sourceRow: r.source.row,
    };
  });
  const existing = await db.read('import.divisions.existing', EXISTING, { codes: rows.map((r) => r.code) });
  const hashes = new Map(decodeRows(EXISTING, existing, HASHED_BY_CODE).map((r) => [r.code, r.contentHash]));
  const changed = rows.filter((r) => {
    const old = hashes.get(r.code);
    if (old === undefined) summary.created += 1;
    else if (old !== r.contentHash) summary.updated += 1;
    else summary.unchanged += 1;
    return old !== r.contentHash;
  });
  if (changed.length === 0 || options.dryRun) return summary;
  await db.executeWrite('import.divisions', async (tx) => {
    await runBatched(tx, UPSERT, changed);
    await runBatched(tx, LINK, changed);
    // A division's name is in the wording of its overlaps: its partition is computed again.
    await writeReferenceImportChangeSet(tx, {
      listType: 'DIVISIONS',
      file,
      summary,
      organizationIds: [],
      partitions: changed.map((row) => row.code),
    });
  });
  summary.written = true;
  return summary;
}
