import type { Database } from '../db/database';
import type { LawCatalog } from '../domain/laws/types';
import { LIST_KIND_NAMES, type ListKindName } from '../domain/list-kinds';
import { today } from '../shared/dates';
import { importCatalog } from './import-catalog';
import { importDivisions } from './import-divisions';
import { DUTIES_IMPORT } from './import-duties';
import { ENFORCEMENT_IMPORT } from './import-enforcement';
import { importLaws } from './import-laws';
import { LENIENT_IMPORT } from './import-lenient';
import { importOrganizations } from './import-organizations';
import { importPowers } from './import-powers';
import { WHISTLE_IMPORT } from './import-whistle';
import { listImporter, type ListImporter } from './write/list-import';
import type { ImportSummary } from './summary';
import type { ImportKind } from './types';

/** Options every `quanze import <kind>` understands; each kind uses the ones that concern it. */
export interface CommonImportOptions {
  dryRun: boolean;
  skipInvalid: boolean;
  /** --valid-from; power lists fall back to their title or file name, the other kinds to today. */
  validFrom?: string | undefined;
  org?: string;
  division?: string;
  /** import catalog --name. */
  name?: string;
  textDir?: string;
  catalog?: LawCatalog;
  onProgress?: (done: number, total: number) => void;
}

function dated(o: CommonImportOptions): CommonImportOptions & { validFrom: string } {
  return { ...o, validFrom: o.validFrom ?? today() };
}

export type ImportRunner = (db: Database, file: string, options: CommonImportOptions) => Promise<ImportSummary>;

/** The importer of each kind of list (src/domain/list-kinds.ts), all run by importList. */
export const LIST_IMPORTERS: Readonly<Record<ListKindName, ListImporter>> = {
  enforcement: listImporter(ENFORCEMENT_IMPORT),
  whistle: listImporter(WHISTLE_IMPORT),
  duties: listImporter(DUTIES_IMPORT),
  lenient: listImporter(LENIENT_IMPORT),
};

const LIST_RUNNERS = Object.fromEntries(
  LIST_KIND_NAMES.map((name): [ListKindName, ImportRunner] => [name, (db, file, o) => LIST_IMPORTERS[name].run(db, file, dated(o))]),
) as Record<ListKindName, ImportRunner>;

/** Every list kind of IMPORT.md and the importer that reads it. */
export const IMPORTERS: Readonly<Record<ImportKind, ImportRunner>> = {
  divisions: (db, file, o) => importDivisions(db, file, dated(o)),
  organizations: (db, file, o) => importOrganizations(db, file, dated(o)),
  laws: (db, file, o) => importLaws(db, file, { dryRun: o.dryRun, ...(o.textDir ? { textDir: o.textDir } : {}) }),
  powers: (db, file, o) => importPowers(db, file, o),
  catalog: (db, file, o) => importCatalog(db, file, dated(o)),
  ...LIST_RUNNERS,
};
