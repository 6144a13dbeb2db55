import { z } from 'zod';

import { cypher } from '../db/cypher-registry';
import type { Database } from '../db/database';
import { decodeRows, maybeText, text } from '../db/decode';
import { CATALOG_LEVEL_LABELS, catalogLevelOfDivision, type CatalogLevel } from '../domain/catalog';
import { writeCatalogMatches } from '../domain/catalog-matches';
import { writeChangeSet } from '../domain/change-set/change-set';
import { normalizeName } from '../domain/text';
import { dayBefore } from './write/batches';

const EXISTS = cypher('catalog/catalog-exists');
const CANDIDATES = cypher('catalog/assignment-candidates');
const END = cypher('catalog/end-governs');
const CREATE = cypher('catalog/create-governs');

const CANDIDATE = z.object({
  organizationId: text,
  nameKey: text,
  name: text,
  divisionLevel: maybeText,
  divisionCode: maybeText,
  currentLevel: maybeText,
});

export interface CatalogAssignment {
  /** The catalog's name, as imported (--name or its file's name). */
  catalog: string;
  /** Explicitly: these organizations, by name. */
  organizations?: readonly string[];
  /** By department kind and level: organizations of this type (orgType) ... */
  orgType?: string;
  /** ... whose name contains this (e.g. 林业), ... */
  nameContains?: string;
  /**
   * ... whose division is at this level. For named organizations, the level the catalog applies to
   * them (default: their division's level).
   */
  level?: CatalogLevel;
  validFrom: string;
  dryRun: boolean;
}

export interface AssignmentResult {
  /** Organizations newly assigned (or re-assigned at another level), with the level. */
  assigned: { name: string; level: CatalogLevel }[];
  /** Already assigned at that level: nothing written for them. */
  unchanged: string[];
  /** Matches written for the assigned organizations' rows. */
  matches: number;
  written: boolean;
}

/** A user error of an assignment: what is wrong, in Chinese and English. */
export class AssignmentError extends Error {
  constructor(
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
  }
}

/**
 * `quanze catalog assign`: a guiding catalog governs organizations from a date, each at a level
 * (the catalog's items of that level are what its list must hold). By name, or by department
 * kind (type and a name part) and level. In one transaction: the assignments (an earlier one of
 * another level ends the day before), the matches of the organizations' current rows, and a
 * change set naming them (so the kept analysis of their divisions is forgotten). Assigning again
 * at the same level writes nothing. 指派指导目录。
 */
export async function assignCatalog(db: Database, a: CatalogAssignment): Promise<AssignmentResult> {
  const catalogKey = normalizeName(a.catalog);
  if ((await db.read('catalog.exists', EXISTS, { catalogKey })).length === 0) {
    throw new AssignmentError(
      `没有名为“${a.catalog}”的指导目录（先用 quanze import catalog 导入）`,
      `no guiding catalog named "${a.catalog}" (import it first with quanze import catalog)`,
    );
  }
  const named = a.organizations?.map((n) => normalizeName(n)) ?? null;
  if (named === null && a.orgType === undefined) {
    throw new AssignmentError('请用 --org 指定机构，或用 --type 和 --level 按部门类型与层级指定', 'name organizations with --org, or give --type and --level');
  }
  if (named === null && a.level === undefined) {
    throw new AssignmentError('按部门类型指派时须给出 --level', '--level is required with --type');
  }
  const candidates = decodeRows(
    CANDIDATES,
    await db.read('catalog.assignmentCandidates', CANDIDATES, {
      catalogKey,
      organizationKeys: named,
      orgType: a.orgType ?? null,
      nameContains: a.nameContains ?? null,
    }),
    CANDIDATE,
  );
  if (named !== null) {
    const found = new Set(candidates.map((c) => c.nameKey));
    const absent = (a.organizations ?? []).filter((n) => !found.has(normalizeName(n)));
    if (absent.length > 0) {
      throw new AssignmentError(`图谱中没有这些机构：${absent.join('、')}`, `no such organizations in the graph: ${absent.join(', ')}`);
    }
  }
  const chosen: { organizationId: string; name: string; level: CatalogLevel; current: string | null }[] = [];
  const noLevel: string[] = [];
  for (const c of candidates) {
    const divisionLevel = catalogLevelOfDivision(c.divisionLevel);
    if (named === null) {
      if (divisionLevel !== undefined && divisionLevel === a.level) {
        chosen.push({ organizationId: c.organizationId, name: c.name, level: divisionLevel, current: c.currentLevel });
      }
      continue;
    }
    const level = a.level ?? divisionLevel;
    if (level === undefined) noLevel.push(c.name);
    else chosen.push({ organizationId: c.organizationId, name: c.name, level, current: c.currentLevel });
  }
  if (noLevel.length > 0) {
    throw new AssignmentError(
      `这些机构没有所属行政区划，无法确定层级，请用 --level 指定：${noLevel.join('、')}`,
      `these organizations have no division to take a level from; give --level: ${noLevel.join(', ')}`,
    );
  }
  const fresh = chosen.filter((c) => c.current !== c.level);
  const result: AssignmentResult = {
    assigned: fresh.map((c) => ({ name: c.name, level: c.level })),
    unchanged: chosen.filter((c) => c.current === c.level).map((c) => c.name),
    matches: 0,
    written: false,
  };
  if (fresh.length === 0 || a.dryRun) return result;
  const organizationIds = fresh.map((c) => c.organizationId);
  await db.executeWrite('catalog.assign', async (tx) => {
    await tx.run(END, { catalogKey, organizationIds, validTo: dayBefore(a.validFrom) });
    await tx.run(CREATE, {
      catalogKey,
      validFrom: a.validFrom,
      rows: fresh.map((c) => ({ organizationId: c.organizationId, level: c.level, how: named === null ? 'KIND_AND_LEVEL' : 'EXPLICIT' })),
    });
    result.matches = await writeCatalogMatches(tx, { organizationKeys: candidates.filter((c) => organizationIds.includes(c.organizationId)).map((c) => c.nameKey) });
    await writeChangeSet(tx, {
      kind: 'CATALOG_ASSIGNMENT',
      actor: process.env['QUANZE_ACTOR'] ?? 'importer',
      reason: `指派指导目录 ${a.catalog} / assign the guiding catalog ${a.catalog}`,
      summary: {
        catalog: a.catalog,
        validFrom: a.validFrom,
        assigned: fresh.map((c) => ({ organizationId: c.organizationId, level: c.level, levelZh: CATALOG_LEVEL_LABELS[c.level] })),
      },
      touched: organizationIds,
    });
  });
  result.written = true;
  return result;
}
