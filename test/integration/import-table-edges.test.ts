import { join } from 'node:path';

import { importPowers } from '../../src/importer/import-powers';
import { loadLawCatalog } from '../../src/domain/laws/law-store';
import type { LawCatalog } from '../../src/domain/laws/types';
import { normalizeName } from '../../src/domain/text';
import { PROJECT_ROOT } from '../../src/paths';
import { startTestApp, type TestApp } from '../support/app';
import { ensureLaws, listRemarksOf } from '../support/import-helpers';

/** Real Karamay lists with a footnote and a helper column added (test/fixtures/edges/README.md). */
const DIR = join(PROJECT_ROOT, 'test/fixtures/edges');
const PREFIX = `edges-${Date.now().toString(36)}-`;

let app: TestApp;
let catalog: LawCatalog;

beforeAll(async () => {
  app = await startTestApp();
  await ensureLaws(app.db);
  catalog = await loadLawCatalog(app.db);
}, 240_000);

afterAll(async () => {
  await app.close();
});

// [file, items (+ sub-items), footnote row, its first words, helper column and its first row]
const CASES = [
  ['商务局-附注与辅助列.xlsx', 21, 25, '备注：1.本清单所列事项', '#U', 2],
  ['机关事务管理局-多行附注.xls', 10, 16, '注：\n1.“行使主体”', '#P', 4],
] as const;

describe('a real list with a footnote row and a helper column (issue 17 §4)', () => {
  it.each(CASES)(
    '%s imports with the default options, warning where and why',
    async (file, rows, noteRow, note, helper, helperRow) => {
      const summary = await importPowers(app.db, join(DIR, file), { dryRun: true, skipInvalid: false, catalog });
      expect(summary.errors).toEqual([]);
      expect(summary.rowsRead).toBe(rows);
      expect(summary.warnings).toContainEqual(
        expect.objectContaining({
          row: noteRow,
          column: '序号',
          message: expect.stringContaining(`第 ${noteRow} 行起是表格末尾的附注（“${note}`),
          messageEn: expect.stringContaining(`row ${noteRow} onwards is a footnote`),
        }),
      );
      expect(summary.warnings).toContainEqual(
        expect.objectContaining({
          row: helperRow,
          column: helper,
          message: expect.stringMatching(/^第 [A-Z]+ 列（第 \d+–\d+ 行：行政许可、行政处罚/u),
          messageEn: expect.stringContaining('data-validation list'),
        }),
      );
    },
  );

  it.each(CASES)("%s keeps its footnote as the list version's remark", async (file, rows, _noteRow, note) => {
    const org = `${PREFIX}${file}`;
    const summary = await importPowers(app.db, join(DIR, file), {
      org,
      validFrom: '2024-01-01',
      dryRun: false,
      skipInvalid: false,
      catalog,
    });
    expect(summary).toMatchObject({ errors: [], created: rows, written: true });
    const lists = await listRemarksOf(app.db, normalizeName(org));
    expect(lists).toEqual([{ sourceFile: file, remarks: expect.stringContaining(note) }]);
  });
});
