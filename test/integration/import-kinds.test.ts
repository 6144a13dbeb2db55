import { importDivisions } from '../../src/importer/import-divisions';
import { importDuties } from '../../src/importer/import-duties';
import { importEnforcement } from '../../src/importer/import-enforcement';
import { importLenient } from '../../src/importer/import-lenient';
import { importOrganizations } from '../../src/importer/import-organizations';
import { importPowers } from '../../src/importer/import-powers';
import { importWhistle } from '../../src/importer/import-whistle';
import { buildLawCatalog } from '../../src/domain/laws/catalog';
import type { ImportSummary } from '../../src/importer/summary';
import { startTestApp, uniquePrefix, type TestApp } from '../support/app';
import { FixtureCopier } from '../support/fixture-copy';
import { graphSnapshot, ownedNodes, type GraphSnapshot } from '../support/graph-checksum';

/**
 * Every list kind imported from the record fixtures (test/fixtures/records), in the order a user
 * would: divisions -> organizations -> a power list -> each list. Names and codes carry a prefix
 * unique to this file (FixtureCopier), so the counts below are exactly what the imports wrote.
 */
let app: TestApp;
const prefix = uniquePrefix('导入');
const fx = new FixtureCopier(prefix);
const base = { dryRun: false, skipInvalid: false, validFrom: '2025-01-01' };
const snapshot = (): Promise<GraphSnapshot> => graphSnapshot(app.db, prefix);
/** Rows with errors, as "row:column" (column empty for a whole-row problem). */
const located = (s: ImportSummary): string[] =>
  [...new Set(s.errors.map((e) => `${e.row}:${e.column ?? ''}`))].sort((a, b) => parseInt(a, 10) - parseInt(b, 10) || a.localeCompare(b));
const counts = (s: ImportSummary): number[] => [s.created, s.updated, s.unchanged, s.retired, s.rejected];

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

async function expectRejected(run: () => Promise<ImportSummary>, rows: string[]): Promise<ImportSummary> {
  const before = await snapshot();
  const summary = await run();
  expect(located(summary)).toEqual(rows);
  expect(summary.errors.every((e) => e.sheet !== '' && e.message !== '' && e.messageEn !== '')).toBe(true);
  expect(summary.written).toBe(false);
  expect((await snapshot()).checksum).toBe(before.checksum);
  return summary;
}

async function expectNoOp(run: () => Promise<ImportSummary>, unchanged: number): Promise<void> {
  const before = await snapshot();
  const summary = await run();
  expect(counts(summary)).toEqual([0, 0, unchanged, 0, 0]);
  expect(summary.written).toBe(false);
  expect(await snapshot()).toEqual(before);
}

describe('divisions and organizations', () => {
  const divisions = fx.copy('divisions-valid.csv');
  const organizations = fx.copy('organizations-valid.csv');

  it('writes every division with its parent link, and the same file again changes nothing', async () => {
    const summary = await importDivisions(app.db, divisions, base);
    expect(counts(summary)).toEqual([8, 0, 0, 0, 0]);
    const graph = await snapshot();
    // The file's change set: the analysis forgets the divisions it changed (docs/adr/0004).
    expect(graph.nodes).toEqual({ AdminDivision: 8, ChangeSet: 1 });
    expect(graph.relationships).toEqual({ PART_OF: 7 });
    const city = (await ownedNodes(app.db, prefix, 'AdminDivision')).find((n) => n.properties['code'] === fx.division('650200'));
    expect(city?.properties).toMatchObject({ name: fx.name('克拉玛依市'), level: 'CITY', sourceRow: 3 });
    expect(city?.outgoing).toEqual([expect.objectContaining({ type: 'PART_OF', target: fx.division('650000') })]);
    await expectNoOp(() => importDivisions(app.db, divisions, base), 8);
  });

  it('rejects the invalid divisions file with located errors and writes nothing', async () => {
    await expectRejected(() => importDivisions(app.db, fx.copy('divisions-invalid.csv'), base), [
      '4:行政区划代码',
      '5:层级',
      '6:上级区划代码',
      '7:',
      '8:上级区划代码',
      '9:上级区划代码',
    ]);
  });

  it('writes organizations with division, parent and successor links, and the same file again changes nothing', async () => {
    const summary = await importOrganizations(app.db, organizations, base);
    expect(counts(summary)).toEqual([8, 0, 0, 0, 0]);
    expect(summary.createdOrganizations).toEqual([]);
    const graph = await snapshot();
    expect(graph.nodes).toEqual({ AdminDivision: 8, Organization: 8, ChangeSet: 2 });
    expect(graph.relationships).toEqual({ PART_OF: 11, IN_DIVISION: 8, SUCCEEDED_BY: 1 });
    const orgs = await ownedNodes(app.db, prefix, 'Organization');
    const old = orgs.find((o) => o.properties['name'] === fx.name('克拉玛依市国土资源局'))!;
    expect(old.properties).toMatchObject({ orgType: 'GOV_DEPT', validFrom: '2002-03-01', validTo: '2019-01-15', createdBy: 'FILE' });
    // validTo is inclusive: the successor answers from the next day.
    expect(old.outgoing).toContainEqual(expect.objectContaining({ type: 'SUCCEEDED_BY', properties: { date: '2019-01-16' } }));
    const unit = orgs.find((o) => o.properties['orgType'] === 'INTERNAL_UNIT')!;
    expect(unit.properties['nameKey']).toBe(`${fx.name('克拉玛依市自然资源局')}/法规科`);
    await expectNoOp(() => importOrganizations(app.db, organizations, base), 8);
  });

  it('rejects the invalid organizations file, and a division the graph does not have, with located errors', async () => {
    await expectRejected(() => importOrganizations(app.db, fx.copy('organizations-invalid.csv'), base), [
      '2:统一社会信用代码',
      '3:类型',
      '4:撤销日期',
      '5:成立日期',
      '5:行政区划代码',
      '7:',
      '8:名称',
      '9:上级机构',
      '10:上级机构',
    ]);
    const unknown = fx.write('org-unknown-division.csv', '名称,类型,行政区划代码\n新局,政府部门,659999\n');
    await expectRejected(() => importOrganizations(app.db, unknown, base), ['2:行政区划代码']);
  });
});

describe('a power list the other lists refer to', () => {
  it('imports the fixture power list (9 powers of three departments)', async () => {
    const summary = await importPowers(app.db, fx.copy('powers-valid.csv'), { ...base, catalog: buildLawCatalog([]) });
    expect(summary.created).toBe(9);
    expect(summary.createdOrganizations).toEqual([fx.name('克拉玛依市生态环境局'), fx.name('克拉玛依市市场监督管理局')]);
  });
});

describe('township enforcement lists', () => {
  const file = fx.copy('enforcement-valid.csv');
  const options = { ...base, division: fx.division('650203') };

  it('writes one item per hand-over and township, linked to the power, the department and the township', async () => {
    const before = await snapshot();
    const summary = await importEnforcement(app.db, file, options);
    expect(counts(summary)).toEqual([7, 0, 0, 0, 0]);
    expect(summary.createdOrganizations).toEqual([fx.name('天山路街道'), fx.name('胜利路街道'), fx.name('白碱滩镇')]);
    const after = await snapshot();
    expect(after.nodes['EnforcementItem']).toBe(7);
    expect(after.nodes['ListVersion']).toBe((before.nodes['ListVersion'] ?? 0) + 1);
    expect(after.nodes['Organization']).toBe((before.nodes['Organization'] ?? 0) + 3);
    for (const type of ['HANDS_OVER', 'FROM', 'TO']) expect(after.relationships[type]).toBe(7);
    expect(after.relationships['CONTAINS']).toBe((before.relationships['CONTAINS'] ?? 0) + 7);
    const items = await ownedNodes(app.db, prefix, 'EnforcementItem');
    const recalled = items.find((i) => i.properties['status'] === 'RECALLED')!;
    expect(recalled.properties).toMatchObject({ mode: 'ENTRUST', actsInNameOf: 'DELEGATOR', validFrom: '2023-03-01', validTo: '2024-06-30', sourceRow: 4 });
    const street = items.filter((i) => i.properties['sourceRow'] === 2);
    expect(street).toHaveLength(2);
  });

  it('imports the same file again without changing the graph', async () => {
    await expectNoOp(() => importEnforcement(app.db, file, options), 7);
  });

  it('rejects the invalid file, and hand-overs naming an unknown power or department, with located errors', async () => {
    await expectRejected(() => importEnforcement(app.db, fx.copy('enforcement-invalid.csv'), options), [
      '2:赋权方式',
      '3:失效日期',
      '4:失效日期',
      '5:是否公布',
      '5:生效日期',
      '7:事项名称',
      '7:承接乡镇(街道)',
    ]);
    const unknown = fx.write(
      'enforcement-unknown.csv',
      [
        '序号,事项名称,原权力编码,原实施部门,承接乡镇(街道),赋权方式,生效日期',
        '1,对不存在事项的处罚,,克拉玛依区城市管理局,天山路街道,赋权,2024-07-01',
        '2,对擅自占用城市绿地的处罚,,不存在的局,天山路街道,赋权,2024-07-01',
        '3,对擅自占用城市绿地的处罚,650203207CF09999,克拉玛依市生态环境局,天山路街道,赋权,2024-07-01',
      ].join('\n'),
    );
    const summary = await expectRejected(() => importEnforcement(app.db, unknown, options), ['2:事项名称', '3:原实施部门', '4:原权力编码']);
    expect(summary.errors[1]?.message).toContain('不存在的局');
  });

  it('on a dry run reports what a newer list would change and writes nothing', async () => {
    const before = await snapshot();
    const summary = await importEnforcement(app.db, newerEnforcement(), { ...options, dryRun: true, validFrom: '2025-07-01' });
    expect(counts(summary)).toEqual([0, 1, 5, 1, 0]);
    expect(summary.written).toBe(false);
    expect((await snapshot()).checksum).toBe(before.checksum);
  });

  it('versions a changed row and retires a dropped one the day before the newer list starts; nothing is deleted', async () => {
    const summary = await importEnforcement(app.db, newerEnforcement(), { ...options, validFrom: '2025-07-01' });
    expect(counts(summary)).toEqual([0, 1, 5, 1, 0]);
    const items = await ownedNodes(app.db, prefix, 'EnforcementItem');
    expect(items).toHaveLength(8);
    const ended = items.filter((i) => i.properties['validTo'] === '2025-06-30').map((i) => i.properties['decisionDocNo']);
    expect(ended.sort()).toEqual(['新政发〔2022〕3号', '新政发〔2024〕12号']);
    const renewed = items.find((i) => i.properties['decisionDocNo'] === '新政发〔2025〕1号')!;
    expect(renewed.properties['validTo']).toBeUndefined(); // open: null properties are not stored
    // A recalled item keeps its own, earlier end.
    expect(items.find((i) => i.properties['status'] === 'RECALLED')?.properties['validTo']).toBe('2024-06-30');
  });
});

/** The valid list without its last row (城市管理综合执法) and with a new decision number on row 5. */
function newerEnforcement(): string {
  const lines = fx.rewrite(fx.read('enforcement-valid.csv')).trimEnd().split('\n').slice(0, -1);
  lines[4] = lines[4]!.replace('新政发〔2024〕12号', '新政发〔2025〕1号');
  return fx.writeRaw('enforcement-newer.csv', `${lines.join('\n')}\n`);
}


describe('whistle lists', () => {
  const file = fx.copy('whistle-valid.csv');
  const options = { ...base, division: fx.division('650000') };

  it('expands 各街道 / 各乡镇 within the division and links leads, cooperating departments and needed powers', async () => {
    const before = await snapshot();
    const summary = await importWhistle(app.db, file, options);
    expect(counts(summary)).toEqual([5, 0, 0, 0, 0]);
    expect(summary.createdOrganizations).toHaveLength(7);
    const after = await snapshot();
    expect(after.nodes['WhistleMatter']).toBe(5);
    // 各街道: 3 street offices; 2 named; 各乡镇(街道): 3 + 2 townships; 1 named; 各乡镇: 2.
    expect(after.relationships['WHISTLED_BY']).toBe(13);
    expect(after.relationships['LEAD']).toBe(4);
    expect(after.relationships['COOPERATES']).toBe(8);
    expect(after.relationships['NEEDS_POWER']).toBe(2);
    expect(after.relationships['CONTAINS']).toBe((before.relationships['CONTAINS'] ?? 0) + 5);
    const leadless = (await ownedNodes(app.db, prefix, 'WhistleMatter')).find((m) => m.properties['name'] === '小区物业纠纷')!;
    expect(leadless.outgoing.filter((o) => o.type === 'LEAD')).toEqual([]);
    expect(summary.errors).toEqual([]);
  });

  it('imports the same file again without changing the graph', async () => {
    await expectNoOp(() => importWhistle(app.db, file, options), 5);
  });

  it('rejects the invalid file with located errors', async () => {
    await expectRejected(() => importWhistle(app.db, fx.copy('whistle-invalid.csv'), options), [
      '2:哨型',
      '3:事项类别',
      '4:吹哨主体',
      '5:办结时限(天)',
      '5:报到时限(分钟)',
    ]);
  });

  it('takes an unknown needed power as a warning, not an error (and links nothing, so nothing changes)', async () => {
    const lines = fx.rewrite(fx.read('whistle-valid.csv')).trimEnd().split('\n');
    lines[5] = lines[5]!.replace(',,2小时', ',对不存在事项的处罚,2小时');
    const summary = await importWhistle(app.db, fx.writeRaw('whistle-newer.csv', `${lines.join('\n')}\n`), { ...options, validFrom: '2025-07-01' });
    expect(summary.errors).toEqual([]);
    expect(summary.warnings).toContainEqual(expect.objectContaining({ row: 6, column: '关联权力' }));
    expect(counts(summary)).toEqual([0, 0, 5, 0, 0]);
    expect(summary.written).toBe(false);
  });
});

describe('township duty lists', () => {
  const file = fx.copy('duties-valid.csv');

  it('writes one item per duty and township with its counterparts (first PRIMARY) and needed powers', async () => {
    const summary = await importDuties(app.db, file, base);
    expect(counts(summary)).toEqual([6, 0, 0, 0, 0]);
    expect(summary.createdOrganizations).toEqual([fx.name('小拐乡')]);
    const after = await snapshot();
    expect(after.nodes['TownshipDutyItem']).toBe(6);
    expect(after.relationships['OF_TOWNSHIP']).toBe(6);
    expect(after.relationships['COUNTERPART']).toBe(7);
    const items = await ownedNodes(app.db, prefix, 'TownshipDutyItem');
    const two = items.find((i) => i.properties['name'] === '违法建设巡查' && i.outgoing.some((o) => o.type === 'COUNTERPART' && o.properties['role'] === 'SECONDARY'))!;
    expect(two.outgoing.filter((o) => o.type === 'COUNTERPART').map((o) => o.properties['role']).sort()).toEqual(['PRIMARY', 'SECONDARY']);
    expect(items.flatMap((i) => i.outgoing).filter((o) => o.type === 'NEEDS_POWER')).toHaveLength(4);
  });

  it('imports the same file again without changing the graph', async () => {
    await expectNoOp(() => importDuties(app.db, file, base), 6);
  });

  it('rejects the invalid file with located errors', async () => {
    await expectRejected(() => importDuties(app.db, fx.copy('duties-invalid.csv'), base), ['2:清单类型', '3:事项名称', '4:乡镇(街道)', '6:']);
  });

  it('with --skip-invalid writes only the valid rows and retires nothing for rows it rejected', async () => {
    const summary = await importDuties(app.db, fx.copy('duties-invalid.csv'), { ...base, skipInvalid: true, validFrom: '2025-07-01' });
    expect(summary.rejected).toBe(4);
    expect(counts(summary)).toEqual([0, 1, 0, 0, 4]);
    expect(summary.written).toBe(true);
    const items = await ownedNodes(app.db, prefix, 'TownshipDutyItem');
    expect(items).toHaveLength(7);
    // Only the changed row's old version ended; the rows the invalid file lacks are not retired.
    const ended = items.filter((i) => i.properties['validTo'] !== undefined);
    expect(ended.map((i) => [i.properties['name'], i.properties['validTo']])).toEqual([['违法建设巡查', '2025-06-30']]);
  });
});

describe('lenient lists (四张清单)', () => {
  const file = fx.copy('lenient-valid.csv');

  it('writes every item with the powers it applies to and its department', async () => {
    const summary = await importLenient(app.db, file, base);
    expect(counts(summary)).toEqual([6, 0, 0, 0, 0]);
    expect(summary.createdOrganizations).toEqual([]); // 克拉玛依区市场监督管理局 came with the whistle list
    const after = await snapshot();
    expect(after.nodes['LenientItem']).toBe(6);
    expect(after.relationships['APPLIES_TO']).toBe(3);
    expect(after.relationships['IMPLEMENTED_BY']).toBe(6);
  });

  it('imports the same file again without changing the graph', async () => {
    await expectNoOp(() => importLenient(app.db, file, base), 6);
  });

  it('rejects the invalid file, and an unknown related power, with located errors', async () => {
    await expectRejected(() => importLenient(app.db, fx.copy('lenient-invalid.csv'), base), ['2:清单类型', '3:违法行为', '4:清单类型', '6:']);
    const unknown = fx.write('lenient-unknown.csv', '清单类型,违法行为,实施部门,关联权力\n首违不罚,某违法行为,克拉玛依市市场监督管理局,对不存在事项的处罚\n');
    await expectRejected(() => importLenient(app.db, unknown, base), ['2:关联权力']);
  });
});

describe('an organization first created by reference', () => {
  it('gets its properties filled in by the organizations file (an update), then stays unchanged', async () => {
    const file = fx.write('org-fill-in.csv', `名称,类型,层级,行政区划代码\n白碱滩镇,乡镇人民政府,乡级,650204100\n`);
    const dry = await importOrganizations(app.db, file, { ...base, dryRun: true });
    expect([dry.created, dry.updated, dry.written]).toEqual([0, 1, false]);
    const summary = await importOrganizations(app.db, file, base);
    expect(counts(summary)).toEqual([0, 1, 0, 0, 0]);
    const town = (await ownedNodes(app.db, prefix, 'Organization')).find((o) => o.properties['name'] === fx.name('白碱滩镇'))!;
    expect(town.properties).toMatchObject({ createdBy: 'FILE', orgType: 'TOWNSHIP_GOV', level: '乡级', sourceRow: 2 });
    // Its division is now the one the file gives, not the one of the list that named it.
    expect(town.outgoing.filter((o) => o.type === 'IN_DIVISION').map((o) => o.target)).toEqual([fx.division('650204100')]);
    await expectNoOp(() => importOrganizations(app.db, file, base), 1);
  });
});
