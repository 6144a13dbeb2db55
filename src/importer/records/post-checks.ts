/** Checks that need every record of a file at once (parent references, cycles). 跨行校验。 */
import type { ImportProblem, SheetRecords } from '../types';
import type { RecordSource } from './row-context';

/** Keys that lie on a cycle of parent links (a self-parent is a cycle of one). */
export function cycleMembers(parentOf: ReadonlyMap<string, string | undefined>): Set<string> {
  const bad = new Set<string>();
  const done = new Set<string>();
  for (const start of parentOf.keys()) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let key: string | undefined = start;
    while (key !== undefined && !done.has(key) && !onPath.has(key) && parentOf.has(key)) {
      path.push(key);
      onPath.add(key);
      key = parentOf.get(key);
    }
    if (key !== undefined && onPath.has(key)) path.slice(path.indexOf(key)).forEach((k) => bad.add(k));
    path.forEach((k) => done.add(k));
  }
  return bad;
}

/** The column header as written in the record's sheet, for a problem found after the row pass. */
export function columnOf(sheets: readonly SheetRecords[], record: RecordSource, field: string): string | undefined {
  return sheets.find((s) => s.file === record.source.file && s.sheet === record.source.sheet)?.columns[field];
}

export function errorAt(
  sheets: readonly SheetRecords[],
  record: RecordSource,
  field: string,
  message: string,
  messageEn: string,
): ImportProblem {
  const column = columnOf(sheets, record, field);
  return { ...record.source, ...(column === undefined ? {} : { column }), message, messageEn, severity: 'error' };
}
