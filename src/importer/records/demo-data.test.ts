/**
 * The generated demo (data/demo, 青石市; manifest.json gives the files in import order) read
 * through the real reader and the records layer of every kind: no error, and the counts that
 * data/demo/README.md (scale 1 table) and EXPECTED.md state.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isListKindName } from '../../domain/list-kinds';
import { LIST_IMPORTERS } from '../kinds';
import { HEADER_SPECS } from '../read/header-specs';
import { readFile } from '../read/read-file';
import type { ImportKind, ImportProblem, SheetRecords } from '../types';
import { toDivisionRecords } from './divisions';
import type { toEnforcementRecords } from './enforcement';
import { toOrganizationRecords } from './organizations';
import { toPowerRecords, type PowerRecord } from './powers';
import type { toWhistleRecords } from './whistle';

const DEMO = join(__dirname, '../../../data/demo');

interface ManifestEntry {
  kind: ImportKind;
  file: string;
  org?: string;
}

const manifest = JSON.parse(readFileSync(join(DEMO, 'manifest.json'), 'utf8')) as ManifestEntry[];

interface Loaded {
  sheets: SheetRecords[];
  records: unknown[];
  problems: ImportProblem[];
}

function toRecords(entry: ManifestEntry, sheets: SheetRecords[]): { records: unknown[]; problems: ImportProblem[] } {
  if (isListKindName(entry.kind)) {
    return LIST_IMPORTERS[entry.kind].records(sheets, { dryRun: true, skipInvalid: false, validFrom: '2024-01-01' });
  }
  switch (entry.kind) {
    case 'divisions':
      return toDivisionRecords(sheets);
    case 'organizations':
      return toOrganizationRecords(sheets);
    case 'powers':
      return toPowerRecords(sheets, entry.org === undefined ? {} : { org: entry.org });
    case 'laws':
      throw new Error('the law catalog is not part of the demo manifest');
    case 'catalog':
      throw new Error('no guiding catalog is part of the demo manifest');
  }
}

/** Every manifest file of a kind, read and validated one file at a time (as the importer does). */
async function load(kind: ImportKind): Promise<Loaded> {
  const loaded: Loaded = { sheets: [], records: [], problems: [] };
  const spec = HEADER_SPECS[kind];
  if (spec === undefined) throw new Error(`no header spec for ${kind}`);
  for (const entry of manifest.filter((m) => m.kind === kind)) {
    const read = await readFile(join(DEMO, entry.file), spec);
    const result = toRecords(entry, read.sheets);
    loaded.sheets.push(...read.sheets);
    loaded.records.push(...result.records);
    loaded.problems.push(...read.problems, ...read.sheets.flatMap((s) => s.problems), ...result.problems);
  }
  return loaded;
}

const errorsOf = (problems: readonly ImportProblem[]): string[] =>
  problems
    .filter((p) => p.severity === 'error')
    .map((p) => `${p.file}:${p.sheet}:${p.row}:${p.column ?? ''} ${p.message}`);
const physicalRows = (sheets: readonly SheetRecords[]): number =>
  sheets.reduce((n, s) => n + s.records.reduce((k, r) => k + r.rows.length, 0), 0);
const countBy = <T>(items: readonly T[], key: (item: T) => string): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
};

describe('data/demo through the real reader and records', () => {
  it('lists one file per kind, and 36 power lists', () => {
    expect(countBy(manifest, (m) => m.kind)).toEqual({
      divisions: 1,
      organizations: 1,
      powers: 36,
      enforcement: 1,
      whistle: 1,
      duties: 1,
      lenient: 1,
    });
  });

  it('divisions: 15, no problem', async () => {
    const { records, problems } = await load('divisions');
    expect([records.length, problems]).toEqual([15, []]);
  });

  it('organizations: 145, two departments abolished (one with a successor), no problem', async () => {
    const { records, problems } = await load('organizations');
    expect([records.length, problems]).toEqual([145, []]);
    const abolished = (records as ReturnType<typeof toOrganizationRecords>['records']).filter(
      (o) => o.validTo !== undefined && o.orgType !== 'INTERNAL_UNIT',
    );
    expect(abolished.map((o) => [o.name, o.validTo, o.successor ?? null])).toEqual([
      ['青石市粮食局', '2024-12-31', '青石市发展和改革委员会'],
      ['青石市经济合作局', '2025-03-31', null],
    ]);
  });

  it('powers: 1,623 items in 1,761 rows, 44 items split into 182 sub-items; categories as README says', async () => {
    const { sheets, records, problems } = await load('powers');
    expect(errorsOf(problems)).toEqual([]);
    expect(problems).toEqual([]);
    const powers = records as PowerRecord[];
    const items = powers.filter((p) => p.parentRef === undefined);
    expect([sheets.reduce((n, s) => n + s.records.length, 0), physicalRows(sheets)]).toEqual([1623, 1761]);
    expect([powers.length, items.length, items.filter((p) => p.subItemCount > 0).length]).toEqual([1805, 1623, 44]);
    expect(powers.filter((p) => p.parentRef !== undefined)).toHaveLength(182);
    expect(countBy(items, (p) => p.category)).toEqual({
      PUNISHMENT: 1132,
      INSPECTION: 222,
      LICENSING: 63,
      OTHER: 62,
      REWARD: 46,
      ADJUDICATION: 37,
      COERCION: 29,
      PAYMENT: 27,
      CONFIRMATION: 3,
      LEVY: 2,
    });
  });

  it('enforcement: 175 rows give 1,675 hand-overs; the 6 recalled rows end 2025-06-30', async () => {
    const { sheets, records, problems } = await load('enforcement');
    expect(errorsOf(problems)).toEqual([]);
    const handOvers = records as ReturnType<typeof toEnforcementRecords>['records'];
    expect([physicalRows(sheets), handOvers.length]).toEqual([175, 1675]);
    const recalled = handOvers.filter((h) => h.status === 'RECALLED');
    expect(new Set(recalled.map((h) => h.source.row)).size).toBe(6);
    expect(new Set(recalled.map((h) => h.validTo))).toEqual(new Set(['2025-06-30']));
  });

  it('whistle: 167 matters, 3 without a lead (WHISTLE_NO_LEAD), no error', async () => {
    const { records, problems } = await load('whistle');
    expect(errorsOf(problems)).toEqual([]);
    const matters = records as ReturnType<typeof toWhistleRecords>['records'];
    expect(matters).toHaveLength(167);
    expect(matters.filter((m) => m.lead.length === 0).map((m) => m.name)).toEqual([
      '老旧小区楼道堆物清理',
      '共享单车乱停乱放',
      '小区内违规饲养犬只',
    ]);
    expect(matters.filter((m) => m.lead.length > 1).map((m) => m.name)).toEqual([
      '住宅小区违规改变房屋用途',
      '农贸市场活禽销售管理',
    ]);
  });

  it('duties: 277 items, no error', async () => {
    const { records, problems } = await load('duties');
    expect([records.length, errorsOf(problems)]).toEqual([277, []]);
  });

  it('lenient: 98 items, no error', async () => {
    const { records, problems } = await load('lenient');
    expect([records.length, errorsOf(problems)]).toEqual([98, []]);
  });
});
