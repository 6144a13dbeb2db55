import type { Database } from '../db/database';
import { importLaws } from './import-laws';
import { importPowers } from './import-powers';
import type { LawCatalog } from './laws/types';
import type { ImportSummary } from './summary';
import type { ImportKind } from './types';

/** Options every `quanze import <kind>` understands; each kind uses the ones that concern it. */
export interface CommonImportOptions {
  dryRun: boolean;
  skipInvalid: boolean;
  validFrom: string;
  org?: string;
  division?: string;
  textDir?: string;
  catalog?: LawCatalog;
  onProgress?: (done: number, total: number) => void;
}

export type ImportRunner = (db: Database, file: string, options: CommonImportOptions) => Promise<ImportSummary>;

/** Every list kind of IMPORT.md and the importer that reads it. */
export const IMPORTERS: Readonly<Partial<Record<ImportKind, ImportRunner>>> = {
  laws: (db, file, o) => importLaws(db, file, { dryRun: o.dryRun, ...(o.textDir ? { textDir: o.textDir } : {}) }),
  powers: (db, file, o) => importPowers(db, file, o),
};
