import type { FindingRow, NodeRef, OrganizationRef } from './finding.model';
import { POWER_CATEGORY_LABELS } from '../../../domain/categories';

/** What one statement row says, in the words of the report; `[]` when the row is not a finding. */
export interface Draft {
  explanation: string;
  explanationEn: string;
  evidence: string[];
  /** Ids beside the subject's that single the finding out (e.g. the inactive lead). */
  idParts?: string[];
  /** Replaces the row's related nodes. */
  related?: NodeRef[];
}

export type Explain = (row: FindingRow, asOf: string) => Draft[];

/** Typed reads of a row's `facts` map (plain values from the database boundary). */
export const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
export const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);
export const flag = (value: unknown): boolean => value === true;
/** The value when it is one of `values`, else null. */
export const member = <const T extends string>(values: readonly T[], value: unknown): T | null => {
  const found = values.find((v) => v === value);
  return found === undefined ? null : found;
};
export const record = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
export const records = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value)
    ? value.flatMap((v) => {
        const r = record(v);
        return r ? [r] : [];
      })
    : [];
export const texts = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap((v) => {
        const t = text(v);
        return t ? [t] : [];
      })
    : [];

export const orgRefs = (value: unknown): OrganizationRef[] =>
  records(value).flatMap((r) => {
    const id = text(r['id']);
    const name = text(r['name']);
    return id && name ? [{ id, name }] : [];
  });

export const names = (items: readonly { name: string }[] | readonly string[], none = '（无）'): string => {
  const list = items.map((i) => (typeof i === 'string' ? i : i.name));
  return list.length > 0 ? list.join('、') : none;
};

export const namesEn = (items: readonly { name: string }[] | readonly string[], none = '(none)'): string => {
  const list = items.map((i) => (typeof i === 'string' ? i : i.name));
  return list.length > 0 ? list.join(', ') : none;
};

/** The power's display name: 名称（子项）. */
export function powerName(row: FindingRow): string {
  const sub = text(row.facts['subName']);
  return sub ? `${row.subjectName}（${sub}）` : row.subjectName;
}

/** Who the subject belongs to, for the start of a sentence. */
export function owners(row: FindingRow): string {
  return names(row.organizations, '（无行使主体）');
}

/** The source row: 来源：file 第n行. */
export function sourceLine(facts: Record<string, unknown>): string[] {
  const file = text(facts['sourceFile']);
  if (!file) return [];
  const row = num(facts['sourceRow']);
  return [`来源：${file}${row === null ? '' : ` 第${row}行`}`];
}

/** First line of a citation, shortened for a report cell. */
export function firstLine(value: string, max = 160): string {
  const line = value.split('\n')[0] ?? value;
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

/** Chinese category labels, keyed by any string (a missing category gives undefined). */
export const CATEGORY_LABELS: Readonly<Record<string, string>> = POWER_CATEGORY_LABELS;

export function categoryOf(facts: Record<string, unknown> | null): string {
  if (!facts) return '';
  return text(facts['rawCategory']) ?? CATEGORY_LABELS[text(facts['category']) ?? ''] ?? '';
}
