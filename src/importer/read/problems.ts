/** Builds located, bilingual import problems. 构造带位置的中英文问题。 */
import type { ImportProblem, SourceLocation } from '../types';

export function problem(
  at: SourceLocation,
  severity: ImportProblem['severity'],
  message: string,
  messageEn: string,
): ImportProblem {
  return { ...at, message, messageEn, severity };
}

/** Where a whole-file problem sits: no sheet, row 0. */
export function fileLocation(file: string): SourceLocation {
  return { file, sheet: '', row: 0 };
}
