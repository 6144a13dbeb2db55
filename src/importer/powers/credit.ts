/**
 * Credits each power row to an organization: `--org`, else the 行使主体 cell when it names a real
 * body, else the list's owner from its title row or file name. A template that no title or file
 * name places is an error, never a new organization named after the template.
 * 每行职权归属到具体机构；模板文字不会变成新机构。
 */
import { problem } from '../read/problems';
import type { PowerRecord } from '../records/powers';
import { normalizeName } from '../../domain/text';
import type { ImportProblem } from '../types';
import { hasPlace, isTemplateBody, namesOwner, placeOf, type ListClues, type OwnerSource } from './list-owner';

export interface Credited {
  records: PowerRecord[];
  problems: ImportProblem[];
  /** The list's owner (issuer) and where its name came from; undefined when nothing names one. */
  owner?: { name: string; from: OwnerSource };
  /** Organization name -> rows credited to it, most rows first. */
  credited: { name: string; rows: number }[];
}

/** "市人民政府" in a 克拉玛依市… list -> 克拉玛依市人民政府. */
function qualified(cell: string, owner: string): string {
  const place = placeOf(owner);
  if (place === undefined || hasPlace(cell)) return cell;
  const bare = normalizeName(cell);
  return bare.startsWith(place.slice(-1)) ? `${place}${bare.slice(1)}` : cell;
}

/** A file name's "国动办" is better said as the full name its own rows write, when they carry one. */
function fullerOwner(records: readonly PowerRecord[], owner: { name: string; from: 'title' | 'fileName' }): string {
  if (hasPlace(owner.name)) return owner.name;
  const counts = new Map<string, number>();
  for (const r of records) {
    if (r.exercisedByFrom !== 'option' && hasPlace(r.exercisedBy) && !isTemplateBody(r.exercisedBy) && namesOwner(r.exercisedBy, owner.name)) {
      counts.set(r.exercisedBy, (counts.get(r.exercisedBy) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? owner.name;
}

export function creditRows(
  records: readonly PowerRecord[],
  options: { org?: string; clues: ListClues },
): Credited {
  const { clues } = options;
  const problems: ImportProblem[] = [];
  const org = options.org?.trim();
  const owner = org
    ? { name: org, from: 'option' as const }
    : clues.owner
      ? { name: fullerOwner(records, clues.owner), from: clues.owner.from }
      : undefined;
  const out: PowerRecord[] = [];
  const rejected = new Set<string>();
  for (const r of records) {
    if (r.parentRef !== undefined && rejected.has(r.parentRef)) continue;
    let body: string;
    if (org) body = org;
    else if (owner && (r.exercisedByFrom === 'option' || isTemplateBody(r.exercisedBy) || namesOwner(r.exercisedBy, owner.name))) {
      body = owner.name;
    } else if (owner) body = qualified(r.exercisedBy, owner.name);
    else if (isTemplateBody(r.exercisedBy)) {
      rejected.add(r.ref);
      problems.push(
        problem(
          { ...r.location, column: '行使主体' },
          'error',
          `行使主体“${r.exercisedBy}”是模板文字，不是具体机构，文件标题和文件名中也没有机构名称；请用 --org 指定机构`,
          `The exercising body "${r.exercisedBy}" is a template, not an organization, and neither the title row nor the file name names one; give --org`,
        ),
      );
      continue;
    } else body = r.exercisedBy;
    out.push(body === r.exercisedBy ? r : { ...r, exercisedBy: body });
  }
  const counts = new Map<string, number>();
  for (const r of out) counts.set(r.exercisedBy, (counts.get(r.exercisedBy) ?? 0) + 1);
  const credited = [...counts.entries()].map(([name, rows]) => ({ name, rows })).sort((a, b) => b.rows - a.rows || a.name.localeCompare(b.name));
  return { records: out, problems, ...(owner ? { owner } : {}), credited };
}
