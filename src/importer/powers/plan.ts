import { basename } from 'node:path';

import { hashOf, powerItemKey } from '../../domain/ids';
import { organizationIdFor } from '../../domain/organizations';
import type { LawCatalog } from '../../domain/laws/types';
import type { PowerRecord } from '../records/powers';
import { normalizeName, valueOrNone } from '../../domain/text';
import { storedCodeParts, type StoredCodeParts } from '../../domain/item-codes';
import { basisLevelOf, type BasisLevel } from '../../domain/citations/basis-level';
import { resolveRowCitations, type LawCitationLink, type ProvisionLink, type StoredCitation } from '../../domain/citations/row-citations';

/** One Power row version ready to write (ADR 0001). */
/** The code's parts (domain/item-codes.ts) are derived from `code`, so not part of the content hash. */
export interface PowerRow extends StoredCodeParts {
  id: string;
  ref: string;
  parentRef: string | null;
  identityKey: string;
  contentHash: string;
  itemKey: string;
  code: string | null;
  seqNo: string | null;
  name: string;
  subName: string | null;
  category: string;
  rawCategory: string;
  levelLabel: string | null;
  scope: string | null;
  remarks: string | null;
  departmentDuty: string | null;
  basisText: string | null;
  responsibilityBasisText: string | null;
  citations: string;
  /** The highest level the citations name (domain/citations/basis-level.ts); not part of the content hash. */
  basisLevel: BasisLevel;
  accountability: string[];
  exercisedByKey: string;
  /** The first internal unit (the bench's LOAD CSV comparison reads it). */
  undertakenByKey: string | null;
  /** Internal units (承办机构), one per name the cell lists. */
  undertakenByKeys: string[];
  responsibilities: { id: string; order: number; stage: string | null; group: string | null; text: string }[];
  links: ProvisionLink[];
  lawLinks: LawCitationLink[];
  sourceFile: string;
  sourceSheet: string;
  sourceRow: number;
  raw: string | null;
}

export interface PowerPlan {
  issuerName: string;
  issuerKey: string;
  rows: PowerRow[];
  /** Hash of the whole list's content: the same file twice gives the same ListVersion. */
  listHash: string;
  citations: { resolved: number; unresolved: number };
  /** Organizations the rows name, by nameKey -> display name (internal units keyed under their parent). */
  organizations: Map<string, { name: string; parentKey: string | null }>;
}

/** The issuer of a list: --org, else the body most rows name as exercising it. */
export function issuerOf(records: readonly PowerRecord[], org: string | undefined): string | undefined {
  if (org) return org.trim();
  const counts = new Map<string, { name: string; n: number }>();
  for (const r of records) {
    const key = normalizeName(r.exercisedBy);
    const entry = counts.get(key) ?? { name: r.exercisedBy.trim(), n: 0 };
    entry.n += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n || a.name.localeCompare(b.name))[0]?.name;
}

/**
 * "劳动关系科（劳动保障监察科）、市社会保险中心" -> two units: split on 、，,;； outside brackets, as
 * the whistle list's department columns are.
 */
export function splitUnits(cell: string): string[] {
  const units: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of cell) {
    if ('(（'.includes(ch)) depth += 1;
    if (')）'.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && '、，,;；\n'.includes(ch)) {
      units.push(current);
      current = '';
    } else current += ch;
  }
  units.push(current);
  return [...new Set(units.map((u) => u.trim()).filter((u) => valueOrNone(u) !== undefined))];
}

export function unitKey(parentKey: string, unit: string): string {
  return `${parentKey}/${normalizeName(unit)}`;
}

/**
 * The key of a 承办机构: the organization of that very name when the graph has one (one name in
 * one division is one organization), else `<body>/<unit>` with the body's name dropped from the
 * front of the unit's, as the organizations file keys its 内设机构.
 */
export function unitKeyFor(parentKey: string, unit: string, known: ReadonlySet<string>): string {
  const own = normalizeName(unit);
  if (known.has(own)) return own;
  return unitKey(parentKey, own.startsWith(parentKey) && own.length > parentKey.length ? own.slice(parentKey.length) : own);
}

export function planPowers(
  records: readonly PowerRecord[],
  issuerName: string,
  catalog: LawCatalog,
  validFrom: string,
  /** Name keys of organizations the graph already has: a unit of that name is that organization. */
  known: ReadonlySet<string> = new Set(),
): PowerPlan {
  const issuerKey = normalizeName(issuerName);
  const issuerId = organizationIdFor(issuerKey);
  const organizations = new Map<string, { name: string; parentKey: string | null }>([
    [issuerKey, { name: issuerName, parentKey: null }],
  ]);
  const seen = new Map<string, number>();
  const citations = { resolved: 0, unresolved: 0 };
  const rows = records.map((r): PowerRow => {
    const exercisedByKey = normalizeName(r.exercisedBy);
    if (!organizations.has(exercisedByKey)) organizations.set(exercisedByKey, { name: r.exercisedBy.trim(), parentKey: null });
    const undertakenByKeys = splitUnits(r.undertakenBy ?? '').map((unit) => {
      const key = unitKeyFor(exercisedByKey, unit, known);
      if (!organizations.has(key)) organizations.set(key, { name: unit, parentKey: exercisedByKey });
      return key;
    });
    const itemKey = powerItemKey(r.category, r.name, r.subName);
    const baseIdentity = `${issuerId}|${itemKey}`;
    const occurrence = (seen.get(baseIdentity) ?? 0) + 1;
    seen.set(baseIdentity, occurrence);
    const identityKey = occurrence === 1 ? baseIdentity : `${baseIdentity}#${occurrence}`;

    const cited = resolveRowCitations(
      [
        { role: 'IMPLEMENTING', text: r.basis },
        { role: 'RESPONSIBILITY', text: r.responsibilityBasis },
      ],
      catalog,
    );
    citations.resolved += cited.resolved;
    citations.unresolved += cited.unresolved;
    const content = {
      code: r.code ?? null,
      seqNo: r.seqNo ?? null,
      name: r.name,
      subName: r.subName ?? null,
      category: r.category,
      rawCategory: r.rawCategory,
      levelLabel: r.level ?? null,
      scope: r.scope ?? null,
      remarks: r.remarks ?? null,
      departmentDuty: r.departmentDuty ?? null,
      basisText: r.basis ?? null,
      responsibilityBasisText: r.responsibilityBasis ?? null,
      citations: JSON.stringify(cited.stored satisfies StoredCitation[]),
      accountability: r.accountability,
      exercisedByKey,
      // One unit hashes as before (a string), so lists naming one unit are unchanged on re-import.
      undertakenByKey: undertakenByKeys.length > 1 ? undertakenByKeys : (undertakenByKeys[0] ?? null),
      responsibilities: r.responsibilities.map((x) => [x.stage ?? null, x.group ?? null, x.text]),
      raw: Object.keys(r.raw).length > 0 ? JSON.stringify(r.raw) : null,
    };
    const contentHash = hashOf(content);
    const id = `pw-${hashOf([identityKey, contentHash, validFrom])}`;
    return {
      ...content,
      ...storedCodeParts(r.code ?? null, r.itemCode ?? null),
      basisLevel: basisLevelOf(cited.stored),
      undertakenByKey: undertakenByKeys[0] ?? null,
      undertakenByKeys,
      id,
      ref: r.ref,
      parentRef: r.parentRef ?? null,
      identityKey,
      contentHash,
      itemKey,
      responsibilities: r.responsibilities.map((x, order) => ({
        id: `${id}#r${order}`,
        order,
        stage: x.stage ?? null,
        group: x.group ?? null,
        text: x.text,
      })),
      links: cited.links,
      lawLinks: cited.lawLinks,
      sourceFile: basename(r.location.file),
      sourceSheet: r.location.sheet,
      sourceRow: r.location.row,
    };
  });
  const listHash = hashOf([issuerKey, rows.map((r) => [r.identityKey, r.contentHash]).sort()]);
  return { issuerName, issuerKey, rows, listHash, citations, organizations };
}
