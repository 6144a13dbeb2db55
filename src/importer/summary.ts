import type { ImportKind, ImportProblem } from './types';

/**
 * What one import did, for people and for machines (`--json`: one object on the last line).
 * 导入结果摘要。
 */
export interface ImportSummary {
  file: string;
  kind: ImportKind;
  rowsRead: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Rows whose nodes got a validTo because the newer list no longer has them. */
  retired: number;
  rejected: number;
  citations: { resolved: number; unresolved: number };
  /** Organizations named in the list but absent from the graph, created on the fly. */
  createdOrganizations: string[];
  errors: { sheet: string; row: number; column: string | null; message: string; messageEn: string }[];
  warnings: { sheet: string; row: number; column: string | null; message: string; messageEn: string }[];
  /** Power lists: the first day the list applies and where that date came from. */
  validFrom?: { date: string; from: 'option' | 'title' | 'fileName' | 'today' };
  /** Power lists: the organizations rows were credited to, with their row counts. */
  creditedOrganizations?: { name: string; rows: number }[];
  dryRun: boolean;
  /** True when the transaction committed. */
  written: boolean;
}

export function emptySummary(file: string, kind: ImportKind, dryRun: boolean): ImportSummary {
  return {
    file,
    kind,
    rowsRead: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    retired: 0,
    rejected: 0,
    citations: { resolved: 0, unresolved: 0 },
    createdOrganizations: [],
    errors: [],
    warnings: [],
    dryRun,
    written: false,
  };
}

export function addProblems(summary: ImportSummary, problems: readonly ImportProblem[]): void {
  for (const p of problems) {
    if (p.severity === 'error') {
      summary.errors.push({ sheet: p.sheet, row: p.row, column: p.column ?? null, message: p.message, messageEn: p.messageEn });
    } else {
      summary.warnings.push({ sheet: p.sheet, row: p.row, column: p.column ?? null, message: p.message, messageEn: p.messageEn });
    }
  }
}

/** `file:sheet:row:column: message`, the located form every error is printed in. */
export function formatProblem(file: string, p: ImportSummary['errors'][number], english = false): string {
  return `${file}:${p.sheet}:${p.row}:${p.column ?? ''}: ${english ? p.messageEn : p.message}`;
}

/** Rows rejected: distinct (sheet, row) pairs among the errors. */
export function countRejectedRows(problems: readonly ImportProblem[]): number {
  return new Set(problems.filter((p) => p.severity === 'error' && p.row > 0).map((p) => `${p.sheet}\u0000${p.row}`)).size;
}
