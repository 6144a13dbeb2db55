import type { Database } from '../db/database';
import { today } from '../shared/dates';
import { importDivisions } from './import-divisions';
import { importDuties } from './import-duties';
import { importEnforcement } from './import-enforcement';
import { importLaws } from './import-laws';
import { importLenient } from './import-lenient';
import { importOrganizations } from './import-organizations';
import { importPowers } from './import-powers';
import { importWhistle } from './import-whistle';
import type { LawCatalog } from '../domain/laws/types';
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
  textDir?: string;
  catalog?: LawCatalog;
  onProgress?: (done: number, total: number) => void;
}

function dated(o: CommonImportOptions): CommonImportOptions & { validFrom: string } {
  return { ...o, validFrom: o.validFrom ?? today() };
}

export type ImportRunner = (db: Database, file: string, options: CommonImportOptions) => Promise<ImportSummary>;

/** Every list kind of IMPORT.md and the importer that reads it. */
export const IMPORTERS: Readonly<Record<ImportKind, ImportRunner>> = {
  divisions: (db, file, o) => importDivisions(db, file, dated(o)),
  organizations: (db, file, o) => importOrganizations(db, file, dated(o)),
  laws: (db, file, o) => importLaws(db, file, { dryRun: o.dryRun, ...(o.textDir ? { textDir: o.textDir } : {}) }),
  powers: (db, file, o) => importPowers(db, file, o),
  enforcement: (db, file, o) => importEnforcement(db, file, dated(o)),
  whistle: (db, file, o) => importWhistle(db, file, dated(o)),
  duties: (db, file, o) => importDuties(db, file, dated(o)),
  lenient: (db, file, o) => importLenient(db, file, dated(o)),
};
