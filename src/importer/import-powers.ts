import { basename } from 'node:path';

import { cypher } from '../db/cypher-registry';
import type { Database } from '../db/database';
import { hashOf } from '../domain/ids';
import type { LawCatalog } from '../domain/laws/types';
import { loadLawCatalog } from '../domain/laws/law-store';
import { creditRows } from './powers/credit';
import { listClues } from './powers/list-owner';
import { listValidFrom } from './powers/valid-from';
import { normalizeName } from '../domain/text';
import { lookupOrganizations } from './write/referenced-organizations';
import type { PowerRecord } from './records/powers';
import { planPowers, issuerOf, splitUnits, type PowerPlan, type PowerRow } from './powers/plan';
import { POWERS_SPEC } from './read/header-specs';
import { readFile } from './read/read-file';
import { listRemarks } from './read/table-edges';
import { toPowerRecords } from './records/powers';
import { addProblems, countRejectedRows, emptySummary, type ImportSummary } from './summary';
import type { ImportProblem } from './types';
import { dayBefore, runBatched } from './write/batches';
import { ensureOrganizations, missingOrganizations } from './write/organizations';
import { writeImportChangeSet } from '../domain/change-set/change-set';
import { writeCatalogMatches } from '../domain/catalog-matches';

const LIST_EXISTS = cypher('import/powers-list-exists');
const CURRENT = cypher('import/powers-current');
const RETIRE = cypher('import/powers-retire');
const CREATE = cypher('import/powers-create');
const LINK_PROVISIONS = cypher('import/powers-link-provisions');
const LINK_LAWS = cypher('import/powers-link-laws');
const LINK_VERSIONS = cypher('import/powers-link-versions');
const LINK_SUB_ITEMS = cypher('import/powers-link-sub-items');
const LIST_CREATE = cypher('import/list-version-create');
const LIST_CONTAINS = cypher('import/list-version-contains');

export interface PowerImportOptions {
  org?: string;
  division?: string;
  /** First day the list applies; default the year in the title or file name, else today (warned). */
  validFrom?: string | undefined;
  dryRun: boolean;
  skipInvalid: boolean;
  /** Shared across the files of one command, so the catalog is read once. */
  catalog?: LawCatalog;
  onProgress?: (done: number, total: number) => void;
}

/** A validated, resolved power list, ready to write: everything but the database writes. */
export interface PreparedPowers {
  file: string;
  summary: ImportSummary;
  plan: PowerPlan | null;
  listId: string | null;
  /** The first day the list applies, from --valid-from, the title, the file name or today. */
  validFrom: string;
  /** The list's remark: the footnote at the end of its tables (issue 17 §4), or null. */
  remarks: string | null;
}

/**
 * Reads, validates and plans one 权责清单 file (parsing, records, citation resolution). `plan` is
 * null when the file is rejected (its errors are in the summary) or holds no powers.
 */
export async function preparePowers(db: Database, file: string, options: PowerImportOptions): Promise<PreparedPowers> {
  const summary = emptySummary(file, 'powers', options.dryRun);
  const read = await readFile(file, POWERS_SPEC);
  const clues = listClues(read.sheets.flatMap((s) => s.titles ?? []), file);
  const fallbackOrg = options.org ?? clues.owner?.name;
  const built = toPowerRecords(read.sheets, fallbackOrg ? { org: fallbackOrg } : {});
  const credit = creditRows(built.records, { ...(options.org ? { org: options.org } : {}), clues });
  const { records } = credit;
  const dated = listValidFrom(options.validFrom, clues);
  const allProblems: ImportProblem[] = [
    ...read.problems,
    ...read.sheets.flatMap((s) => s.problems),
    ...built.problems,
    ...credit.problems,
    ...dated.problems(file, read.sheets[0]?.sheet ?? ''),
  ];
  addProblems(summary, allProblems);
  summary.rejected = countRejectedRows(allProblems);
  summary.rowsRead = records.length + summary.rejected;
  summary.validFrom = { date: dated.date, from: dated.from };
  summary.creditedOrganizations = credit.credited;
  const issuer = credit.owner?.name ?? issuerOf(records, undefined);
  if (issuer === undefined && summary.errors.length === 0) {
    // A header with nothing under it: located at the header row, as the other kinds do.
    const [first] = read.sheets;
    summary.errors.push({
      sheet: first?.sheet ?? '',
      row: first?.headerRow ?? 0,
      column: null,
      message: first ? `第 ${first.headerRow} 行是表头，但文件中没有权力事项` : '文件中没有权力事项',
      messageEn: first
        ? `row ${first.headerRow} is a header row, but the file holds no powers`
        : 'the file holds no powers',
    });
  }
  if (issuer === undefined || (summary.errors.length > 0 && !options.skipInvalid)) {
    return { file, summary, plan: null, listId: null, validFrom: dated.date, remarks: null };
  }
  const catalog = options.catalog ?? (await loadLawCatalog(db));
  const units = await knownUnits(db, records);
  for (const p of units.problems) summary.warnings.push(p);
  const plan = planPowers(records, issuer, catalog, dated.date, units.known);
  summary.citations = plan.citations;
  return {
    file,
    summary,
    plan,
    listId: `lv-${hashOf(['POWERS', plan.issuerKey, plan.listHash])}`,
    validFrom: dated.date,
    remarks: listRemarks(read.sheets),
  };
}

/**
 * Organizations the graph has under a 承办机构's own name, so that a unit the organizations file
 * (or another list) already holds is linked, not made again as an internal unit; a unit the graph
 * knows as another type is reported.
 */
async function knownUnits(
  db: Database,
  records: readonly PowerRecord[],
): Promise<{ known: Set<string>; problems: ImportSummary['warnings'] }> {
  const named = new Map<string, PowerRecord>();
  for (const r of records) for (const unit of splitUnits(r.undertakenBy ?? '')) if (!named.has(normalizeName(unit))) named.set(normalizeName(unit), r);
  const found = await lookupOrganizations(db, named.keys());
  const problems = [...found.values()]
    .filter((o) => o.orgType !== 'INTERNAL_UNIT')
    .map((o) => {
      const r = named.get(o.nameKey)!;
      return {
        sheet: r.location.sheet,
        row: r.location.row,
        column: '承办机构',
        message: `承办机构“${o.name}”在图谱中是 ${o.orgType}，不是内设机构：关联到该机构，类型不变`,
        messageEn: `the undertaking unit "${o.name}" is a ${o.orgType} in the graph, not an internal unit: linked to it, its type unchanged`,
      };
    });
  return { known: new Set(found.keys()), problems };
}

/**
 * `quanze import powers <file>`: one 权责清单 file, validated completely, then written in one
 * transaction (UNWIND batches) or not at all. A newer list of the same issuer retires what it no
 * longer has and versions what changed (ADR 0001).
 */
export async function importPowers(db: Database, file: string, options: PowerImportOptions): Promise<ImportSummary> {
  return writePowers(db, await preparePowers(db, file, options), options);
}

/** Compares a prepared list with the graph and writes the difference in one transaction. */
export async function writePowers(
  db: Database,
  prepared: PreparedPowers,
  options: PowerImportOptions,
): Promise<ImportSummary> {
  const { file, summary, plan, listId, validFrom } = prepared;
  if (plan === null || listId === null) return summary;
  const existsRows = await db.read('import.powers.listExists', LIST_EXISTS, { listId });
  if (Number(existsRows[0]?.['n'] ?? 0) > 0) {
    summary.unchanged = plan.rows.length;
    return summary;
  }

  const current = await db.read('import.powers.current', CURRENT, { issuerKey: plan.issuerKey });
  const currentByKey = new Map(
    current.map((r) => [String(r['identityKey']), { id: String(r['id']), hash: r['contentHash'] }]),
  );
  const fresh: PowerRow[] = [];
  const versions: { newId: string; oldId: string }[] = [];
  const keep: { id: string }[] = [];
  for (const row of plan.rows) {
    const old = currentByKey.get(row.identityKey);
    currentByKey.delete(row.identityKey);
    if (old && old.hash === row.contentHash) {
      keep.push({ id: old.id });
      summary.unchanged += 1;
      continue;
    }
    fresh.push(row);
    if (old) {
      versions.push({ newId: row.id, oldId: old.id });
      summary.updated += 1;
    } else {
      summary.created += 1;
    }
  }
  const retired = [...currentByKey.values()].map((r) => ({ id: r.id }));
  summary.retired = retired.length;
  const named = [...plan.organizations.entries()].map(([nameKey, o]) => ({ nameKey, ...o }));
  const missing = await missingOrganizations(db, named);
  summary.createdOrganizations = missing.map((o) => o.name);
  if (options.dryRun) return summary;

  const idOfRef = new Map(plan.rows.map((r) => [r.ref, r.id]));
  const subItems = fresh.flatMap((r) => {
    const parentId = r.parentRef ? idOfRef.get(r.parentRef) : undefined;
    return parentId ? [{ childId: r.id, parentId }] : [];
  });
  const links = fresh.flatMap((r) => r.links.map((l) => ({ ...l, powerId: r.id })));
  const lawLinks = fresh.flatMap((r) => r.lawLinks.map((l) => ({ ...l, powerId: r.id })));
  const total = fresh.length;
  await db.executeWrite('import.powers', async (tx) => {
    await ensureOrganizations(tx, missing, { sourceFile: basename(file), divisionCode: options.division ?? null });
    await runBatched(tx, RETIRE, [...retired, ...versions.map((v) => ({ id: v.oldId }))], {
      validTo: dayBefore(validFrom),
    });
    for (let start = 0; start < total; start += 500) {
      await tx.run(CREATE, { rows: fresh.slice(start, start + 500), validFrom });
      options.onProgress?.(Math.min(start + 500, total), total);
    }
    await runBatched(tx, LINK_PROVISIONS, links);
    await runBatched(tx, LINK_LAWS, lawLinks);
    await runBatched(tx, LINK_VERSIONS, versions);
    await runBatched(tx, LINK_SUB_ITEMS, subItems);
    await tx.run(LIST_CREATE, {
      listId,
      listType: 'POWERS',
      contentHash: plan.listHash,
      sourceFile: basename(file),
      validFrom,
      issuerKey: plan.issuerKey,
      remarks: prepared.remarks,
    });
    await runBatched(tx, LIST_CONTAINS, [...keep, ...fresh.map((r) => ({ id: r.id }))], { listId, label: 'Power' });
    // New rows of organizations a guiding catalog governs are matched to it (issue 17 §1).
    await writeCatalogMatches(tx, { organizationKeys: [...new Set(fresh.map((r) => r.exercisedByKey))] });
    await writeImportChangeSet(tx, {
      listId,
      listType: 'POWERS',
      file,
      validFrom,
      summary,
      changedIds: [...retired.map((r) => r.id), ...versions.map((v) => v.oldId), ...fresh.map((r) => r.id)],
    });
  });
  summary.written = true;
  return summary;
}
