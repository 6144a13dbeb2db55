import { z } from 'zod';

import { cypher } from '../../db/cypher-registry';
import type { Tx } from '../../db/database';
import { decodeRow, decodeRows, ids, maybeNumber, maybeText, text } from '../../db/decode';
import { basisLevelOf } from '../../domain/citations/basis-level';
import { resolveRowCitations, type CitationResult } from '../../domain/citations/row-citations';
import { hashOf, powerItemKey, rowId } from '../../domain/ids';
import { storedCodeParts } from '../../domain/item-codes';
import type { LawCatalog } from '../../domain/laws/types';
import { categoryOf, POWER_ROW_PROBLEMS } from '../../domain/power-row-problems';
import { compactText } from '../../domain/text';
import { refuseField } from './plan-input';
import type { PowerFieldsInput } from './reassignment.model';

const POWER_ROWS = cypher('reassignment/power-rows');
const POWER_LIST_OF_ORGANIZATION = cypher('reassignment/power-list-of-organization');

const FIELDS = z.object({
  identityKey: text,
  code: maybeText,
  seqNo: maybeText,
  name: text,
  subName: maybeText,
  category: text,
  rawCategory: maybeText,
  levelLabel: maybeText,
  scope: maybeText,
  remarks: maybeText,
  departmentDuty: maybeText,
  basisText: maybeText,
  responsibilityBasisText: maybeText,
  accountability: z.array(z.string()).nullable(),
  sourceFile: maybeText,
  sourceSheet: maybeText,
  sourceRow: maybeNumber,
  raw: maybeText,
});
const EXERCISE = z.object({ organizationId: text, basis: maybeText, validTo: maybeText });
const RESPONSIBILITY = z.object({ stage: maybeText, group: maybeText, text: text });
const POWER_ROW = z.object({
  id: text,
  found: z.boolean(),
  current: z.boolean(),
  fields: FIELDS.nullable(),
  exercises: z.array(EXERCISE),
  unitIds: ids,
  responsibilities: z.array(RESPONSIBILITY),
  parentId: maybeText,
  listIds: ids,
});
const LIST_OF_ORGANIZATION = z.object({ listIds: ids, duplicateId: maybeText });

/** A power list row as it is, read in the plan's transaction. */
export type PowerRowNow = z.infer<typeof POWER_ROW>;
type Fields = z.infer<typeof FIELDS>;

export async function readPowerRow(tx: Tx, id: string, effectiveDate: string): Promise<PowerRowNow> {
  const rows = await tx.run(POWER_ROWS, { ids: [id], effectiveDate });
  return decodeRows(POWER_ROWS, rows, POWER_ROW)[0] ?? { id, found: false, current: false, fields: null, exercises: [], unitIds: [], responsibilities: [], parentId: null, listIds: [] };
}

export async function powerListOf(
  tx: Tx,
  organizationId: string,
  itemKey: string,
  effectiveDate: string,
): Promise<z.infer<typeof LIST_OF_ORGANIZATION>> {
  const [row] = await tx.run(POWER_LIST_OF_ORGANIZATION, { organizationId, itemKey, effectiveDate });
  return row === undefined ? { listIds: [], duplicateId: null } : decodeRow(POWER_LIST_OF_ORGANIZATION, row, LIST_OF_ORGANIZATION);
}

/** One power row version ready for reassignment/create-power, with its citation links. */
export interface PowerRowDraft {
  row: {
    id: string;
    itemKey: string;
    properties: Record<string, unknown>;
    exercises: { organizationId: string; basis: string | null; validTo: string | null }[];
    unitIds: string[];
    responsibilities: { id: string; order: number; stage: string | null; group: string | null; text: string }[];
    parentId: string | null;
    listIds: string[];
  };
  citations: CitationResult;
}

/** Where the row stands, and what it keeps when the operation does not set a field. */
export interface PowerRowBase {
  fields: Fields | null;
  exercises: PowerRowDraft['row']['exercises'];
  unitIds: string[];
  responsibilities: { stage: string | null; group: string | null; text: string }[];
  parentId: string | null;
  listIds: string[];
}

/**
 * The fields an operation sets, checked as the importer checks a row (the same wording, see
 * domain/power-row-problems) and named by their path: plan.operations[i].addPower.category. A basis
 * is parsed and resolved by the importer's code; a citation that does not resolve is refused, as an
 * editor writing a row can correct it (an import keeps it, with its reason, as published).
 */
export function checkPowerFields(index: number, member: string, input: PowerFieldsInput, adding: boolean): void {
  const path = (field: string): string => `${member}.${field}`;
  if (input.name !== null || adding) {
    if (compactText(input.name ?? '') === '') throw refuseField(index, path('name'), POWER_ROW_PROBLEMS.noName.zh, POWER_ROW_PROBLEMS.noName.en, input.name);
  }
  if (input.category !== null || adding) {
    const cell = input.category ?? '';
    if (cell.trim() === '') throw refuseField(index, path('category'), POWER_ROW_PROBLEMS.noCategory.zh, POWER_ROW_PROBLEMS.noCategory.en, cell);
    if (categoryOf(cell) === null) {
      const problem = POWER_ROW_PROBLEMS.unknownCategory(cell);
      throw refuseField(index, path('category'), problem.zh, problem.en, cell);
    }
  }
  input.responsibilities?.forEach((r, j) => {
    if (r.text.trim() === '') throw refuseField(index, path(`responsibilities[${j}].text`), '责任事项内容不能为空', 'a duty must have a text', r.text);
  });
  input.accountability?.forEach((a, j) => {
    if (a.trim() === '') throw refuseField(index, path(`accountability[${j}]`), '追责情形不能为空', 'an accountability case must have a text', a);
  });
}

/** Refuses the first citation of a cell that does not resolve against the catalog, naming it and why. */
function requireResolved(index: number, member: string, citations: CitationResult): void {
  for (const c of citations.stored) {
    if (c.unresolvedCode === null) continue;
    const field = c.role === 'IMPLEMENTING' ? 'basis' : 'responsibilityBasis';
    throw refuseField(
      index,
      `${member}.${field}`,
      `第 ${c.order + 1} 条引用“${c.text}”无法解析（${c.unresolvedCode}）：${c.unresolvedReason ?? ''}`,
      `citation ${c.order + 1} "${c.text}" does not resolve (${c.unresolvedCode}): ${c.unresolvedReason ?? ''}`,
      c.text,
    );
  }
}

const given = <T>(value: T | null, old: T): T => (value === null ? old : value);

/**
 * The new row version an item operation writes: the old row's fields with the operation's on top
 * (addPower: no old row), keyed and hashed as the importer keys rows (ADR 0001): the identity of the
 * issuer's item, the content hash and `rowId('pw', ...)`.
 */
export function draftPowerRow(
  index: number,
  member: string,
  input: PowerFieldsInput,
  base: PowerRowBase,
  identityKey: string,
  catalog: LawCatalog,
  effectiveDate: string,
): PowerRowDraft {
  const old = base.fields;
  const name = compactText(given(input.name, old?.name ?? ''));
  const subNameText = input.subName === null ? (old?.subName ?? null) : compactText(input.subName) || null;
  const mapped = input.category === null ? null : categoryOf(input.category);
  const category = mapped?.category ?? old?.category ?? '';
  const rawCategory = mapped?.raw ?? old?.rawCategory ?? null;
  const basisText = input.basis === null ? (old?.basisText ?? null) : input.basis.trim() || null;
  const responsibilityBasisText =
    input.responsibilityBasis === null ? (old?.responsibilityBasisText ?? null) : input.responsibilityBasis.trim() || null;
  const citations = resolveRowCitations(
    [
      { role: 'IMPLEMENTING', text: basisText ?? undefined },
      { role: 'RESPONSIBILITY', text: responsibilityBasisText ?? undefined },
    ],
    catalog,
  );
  if (input.basis !== null || input.responsibilityBasis !== null) requireResolved(index, member, citations);
  const duties = input.responsibilities?.map((r) => ({ stage: r.stage, group: null, text: r.text.trim() })) ?? base.responsibilities;
  const accountability = input.accountability?.map((a) => a.trim()) ?? old?.accountability ?? [];
  const code = input.code ?? old?.code ?? null;
  const properties = {
    identityKey,
    code,
    seqNo: old?.seqNo ?? null,
    name,
    subName: subNameText,
    category,
    rawCategory,
    levelLabel: old?.levelLabel ?? null,
    scope: old?.scope ?? null,
    remarks: old?.remarks ?? null,
    departmentDuty: old?.departmentDuty ?? null,
    basisText,
    responsibilityBasisText,
    citations: JSON.stringify(citations.stored),
    accountability,
    sourceFile: old?.sourceFile ?? null,
    sourceSheet: old?.sourceSheet ?? null,
    sourceRow: old?.sourceRow ?? null,
    raw: old?.raw ?? null,
  };
  const contentHash = hashOf({
    ...properties,
    exercisedBy: base.exercises.map((x) => x.organizationId),
    undertakenBy: base.unitIds,
    responsibilities: duties.map((d) => [d.stage, d.group, d.text]),
  });
  const id = rowId('pw', identityKey, contentHash, effectiveDate);
  return {
    row: {
      id,
      itemKey: powerItemKey(category, name, subNameText),
      properties: { ...properties, ...storedCodeParts(code), basisLevel: basisLevelOf(citations.stored), contentHash, createdBy: 'REASSIGNMENT' },
      exercises: base.exercises,
      unitIds: base.unitIds,
      responsibilities: duties.map((d, order) => ({ id: `${id}#r${order}`, order, ...d })),
      parentId: base.parentId,
      listIds: base.listIds,
    },
    citations,
  };
}
