import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { cypher } from '../../src/db/cypher-registry';
import type { Database, Row } from '../../src/db/database';
import { importLaws } from '../../src/importer/import-laws';
import { PROJECT_ROOT } from '../../src/paths';

const POWERS_OF_FILE = cypher('test-support/powers-of-file');
const PROVISION_OF_CITATION = cypher('test-support/provision-of-citation');
const POWERS_OF_ISSUER = cypher('test-support/powers-of-issuer');
const ORGANIZATION_EXISTS = cypher('test-support/organization-exists');
const SAME_NAME = cypher('test-support/organizations-same-name');
const LIST_REMARKS = cypher('test-support/list-version-remarks');
const CATALOG_ITEMS = cypher('test-support/catalog-items');
const FORGET_BASIS_LEVEL = cypher('test-support/powers-forget-basis-level');

/** Loads the law catalog and texts shipped in data/laws (idempotent: a no-op when already loaded). */
export async function ensureLaws(db: Database): Promise<void> {
  await importLaws(db, `${PROJECT_ROOT}/data/laws/catalog.csv`, { textDir: `${PROJECT_ROOT}/data/laws/text`, dryRun: false });
}

export function powersOfFile(db: Database, sourceFile: string): Promise<Row[]> {
  return db.read('test.powersOfFile', POWERS_OF_FILE, { sourceFile });
}

/** Removes the stored basis level of the powers imported from `sourceFile`, as rows stored before it was kept. */
export async function forgetBasisLevels(db: Database, sourceFile: string): Promise<void> {
  await db.write('test.forgetBasisLevel', FORGET_BASIS_LEVEL, { sourceFile });
}

export function provisionsOf(db: Database, sourceFile: string, name: string): Promise<Row[]> {
  return db.read('test.provisionsOf', PROVISION_OF_CITATION, { sourceFile, name });
}

export function powersOfIssuer(db: Database, issuerKey: string, asOf: string): Promise<Row[]> {
  return db.read('test.powersOfIssuer', POWERS_OF_ISSUER, { issuerKey, asOf });
}

export async function organizationExists(db: Database, nameKey: string): Promise<boolean> {
  const rows = await db.read('test.organizationExists', ORGANIZATION_EXISTS, { nameKey });
  return Number(rows[0]?.['n'] ?? 0) > 0;
}

/** Organizations sharing one name in one division (one name in one division is one organization, issue 20). */
export function organizationsWithSameName(db: Database): Promise<Row[]> {
  return db.read('test.organizationsSameName', SAME_NAME);
}

/** The power lists an organization issued, with their remarks (a footnote under the table). */
export function listRemarksOf(db: Database, issuerKey: string): Promise<Row[]> {
  return db.read('test.listRemarks', LIST_REMARKS, { issuerKey });
}

/** A guiding catalog's current items, with their sheet, levels, resolved provisions and cited laws. */
export function catalogItems(db: Database, name: string): Promise<Row[]> {
  return db.read('test.catalogItems', CATALOG_ITEMS, { name });
}

/** Writes a CSV list (UTF-8, CRLF) into `dir` and returns its path. */
export function writeCsvList(dir: string, name: string, lines: readonly string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\r\n')}\r\n`, 'utf8');
  return path;
}
