import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import * as XLSX from '@e965/xlsx';

import { reportOptions, writeReport } from '../../src/cli/report-command';
import { assignCatalog } from '../../src/importer/assign-catalog';
import { importCatalog } from '../../src/importer/import-catalog';
import { importPowers } from '../../src/importer/import-powers';
import { loadLawCatalog } from '../../src/domain/laws/law-store';
import type { LawCatalog } from '../../src/domain/laws/types';
import { gql, startTestApp, uniquePrefix, type TestApp } from '../support/app';
import { GraphBuilder } from '../support/builders';
import { ensureLaws, writeCsvList } from '../support/import-helpers';

/**
 * Guiding catalog conformance (issue 17 §1) on a generated city whose deviations are known by
 * construction: a catalog with a 地州级 and a 区县级 sheet, a city forestry bureau and a county
 * one, each list built to hold exactly one case of every kind, imported, assigned (the city by
 * department kind and level, the county by name) and checked through findings and
 * catalogConformance, then after a new version of a list and of the catalog.
 */
const P = uniquePrefix('目录');
/** Division codes of this file only (GraphBuilder's prefixed codes). */
const CITY_CODE = `${P}-city`;
const COUNTY_CODE = `${P}-county`;
const CITY_ORG = `${P}市林业和草原局`;
const COUNTY_ORG = `${P}县林业和草原局`;
const CATALOG = `${P}林草指导目录`;
const dir = mkdtempSync(join(tmpdir(), 'quanze-catalog-'));

const SEEDS = '【法律】《中华人民共和国种子法》第三十一条';
const FOREST = '【法律】《中华人民共和国森林法》第三十八条';
const FOREST_PENALTY = '【法律】《中华人民共和国森林法》第七十四条';
const GRASS = '【法律】《中华人民共和国草原法》第四十条';
const PESTS = '【法律】《中华人民共和国森林法》第三十五条';

const HEADER = ['序号', '事项名称', '子项名称', '权力类型', '实施依据', '行使主体', '实施层级及权限'];
/** The catalog: 地州级 gives C1-C4, 区县级 K1-K4. */
const CITY_ITEMS = [
  [1, '林木种子生产经营许可证核发', '', '行政许可', SEEDS, '地州市林业和草原主管部门', '地州市级'],
  [2, '临时占用林地审批', '', '行政许可', FOREST, '地州市林业和草原主管部门', '地州市级'],
  [3, '对非法开垦林地的处罚', '', '行政处罚', FOREST_PENALTY, '地州市林业和草原主管部门', '地州市级'],
  [4, '重点国有林区林木采伐审核', '', '行政许可', FOREST, '地州市林业和草原主管部门', '地州市级'],
];
const COUNTY_ITEMS = [
  [1, '林木种子生产经营许可证核发', '', '行政许可', SEEDS, '各县林业和草原主管部门', '县市区级'],
  [2, '临时占用草原审批', '', '行政许可', GRASS, '各县林业和草原主管部门', '县市区级'],
  [3, '对非法开垦林地的处罚', '', '行政处罚', FOREST_PENALTY, '各县林业和草原主管部门', '县市区级'],
  [4, '林业有害生物防治检查', '', '行政检查', PESTS, '各县林业和草原主管部门', '县市区级'],
];

function catalogFile(name: string, cityItems: unknown[][]): string {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([[`${P}林草系统权责清单指导目录`], HEADER, ...cityItems]), '地州级');
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([[`${P}林草系统权责清单指导目录`], HEADER, ...COUNTY_ITEMS]), '区县级');
  const path = join(dir, name);
  XLSX.writeFile(book, path);
  return path;
}

const LIST_HEADER = '序号,事项名称,权力类型,实施依据,行使主体,责任事项内容';
const row = (n: number, name: string, category: string, basis: string, org: string) =>
  [n, name, category, `"${basis}"`, org, '"1.受理责任：受理。"'].join(',');
/**
 * The city's list: C1 as is; C2 renamed (临时占用林地审批事项, similarity 0.875); C3 re-typed as
 * 行政强制 (CATALOG_DEVIATION); C4 missing (MISSING_CATALOG_ITEM); one item of its own (NOT_IN_CATALOG).
 */
const CITY_LIST = [
  LIST_HEADER,
  row(1, '林木种子生产经营许可证核发', '行政许可', SEEDS, CITY_ORG),
  row(2, '临时占用林地审批事项', '行政许可', FOREST, CITY_ORG),
  row(3, '对非法开垦林地的处罚', '行政强制', FOREST_PENALTY, CITY_ORG),
  row(4, '林草宣传教育活动组织', '其他行政权力', PESTS, CITY_ORG),
];
/**
 * The county's list: K1 citing a law the catalog does not (CATALOG_DEVIATION); K2 as is (a county
 * item the county-level catalog allows); K3 as is; K4 missing; C4, which the catalog gives only to
 * the city (LEVEL_MISMATCH).
 */
const COUNTY_LIST = [
  LIST_HEADER,
  row(1, '林木种子生产经营许可证核发', '行政许可', `${SEEDS}\n${FOREST}`, COUNTY_ORG),
  row(2, '临时占用草原审批', '行政许可', GRASS, COUNTY_ORG),
  row(3, '对非法开垦林地的处罚', '行政处罚', FOREST_PENALTY, COUNTY_ORG),
  row(4, '重点国有林区林木采伐审核', '行政许可', FOREST, COUNTY_ORG),
];
const csv = (name: string, lines: string[]) => writeCsvList(dir, name, lines);

interface Finding {
  kind: string;
  severity: string;
  explanation: string;
  explanationEn: string;
  evidence: string[];
  subject: { __typename: string; name: string };
  organizations: { name: string }[];
}
const FINDINGS = `query($ids: [ID!], $asOf: Date) {
  findings(filter: { organizationIds: $ids, kinds: [MISSING_CATALOG_ITEM, NOT_IN_CATALOG, CATALOG_DEVIATION, LEVEL_MISMATCH] }, asOf: $asOf, first: 100) {
    edges { node { kind severity explanation explanationEn evidence organizations { name }
      subject { __typename ... on Power { name } ... on CatalogItem { name } } } }
  }
}`;
interface Conformance {
  counts: Record<string, number>;
  assignments: { organization: { name: string }; catalog: string; level: string; items: number }[];
  rows: {
    status: string;
    level: string;
    organization: { name: string };
    power: { name: string } | null;
    catalogItem: { name: string; levels: string[] } | null;
    method: string | null;
    score: number | null;
    explanation: string | null;
  }[];
}
const CONFORMANCE = `query($id: ID, $division: String, $asOf: Date) {
  catalogConformance(organizationId: $id, divisionCode: $division, asOf: $asOf) {
    counts { catalogItems matched missing extra deviating levelMismatch }
    assignments { organization { name } catalog level items }
    rows { status level organization { name } power { name } catalogItem { name levels } method score explanation }
  }
}`;

let app: TestApp;
/** The law catalog, read once for every import of this file. */
let laws: LawCatalog;
const ids = new Map<string, string>();
const AS_OF = '2024-06-01';
const base = { dryRun: false, skipInvalid: false } as const;

async function findings(asOf = AS_OF): Promise<Finding[]> {
  const res = await gql<{ findings: { edges: { node: Finding }[] } }>(app, FINDINGS, { ids: [...ids.values()], asOf });
  expect(res.errors).toBeUndefined();
  return res.data!.findings.edges.map((e) => e.node);
}
/** "KIND 机构 对象" per finding, sorted: what the construction says must be found. */
const facts = (list: Finding[]): string[] =>
  list.map((f) => `${f.kind} ${f.organizations.map((o) => o.name.slice(P.length)).join('+')} ${f.subject.name}`).sort();

async function conformance(variables: Record<string, unknown>): Promise<Conformance> {
  const res = await gql<{ catalogConformance: Conformance }>(app, CONFORMANCE, variables);
  expect(res.errors).toBeUndefined();
  return res.data!.catalogConformance;
}

beforeAll(async () => {
  app = await startTestApp();
  await ensureLaws(app.db);
  laws = await loadLawCatalog(app.db);
  await new GraphBuilder(app, P).divisions([
    { code: 'city', name: '市', level: 'CITY' },
    { code: 'county', name: '县', level: 'COUNTY', parentCode: 'city' },
  ]);
  for (const [name, lines, division] of [
    [`${P}市林草局.csv`, CITY_LIST, CITY_CODE],
    [`${P}县林草局.csv`, COUNTY_LIST, COUNTY_CODE],
  ] as const) {
    const summary = await importPowers(app.db, csv(name, [...lines]), { ...base, validFrom: '2024-01-01', division, catalog: laws });
    expect(summary.errors).toEqual([]);
  }
  const catalog = await importCatalog(app.db, catalogFile(`${P}目录v1.xlsx`, CITY_ITEMS), {
    ...base,
    validFrom: '2024-01-01',
    name: CATALOG,
  });
  expect(catalog.errors).toEqual([]);
  expect(catalog.created).toBe(8);
  const found = await gql<{ organizations: { edges: { node: { id: string; name: string } }[] } }>(
    app,
    `query($n: String!) { organizations(filter: { nameContains: $n }, first: 10) { edges { node { id name } } } }`,
    { n: P },
  );
  for (const e of found.data!.organizations.edges) ids.set(e.node.name, e.node.id);
  expect([...ids.keys()].sort()).toEqual([CITY_ORG, COUNTY_ORG].sort());
}, 240_000);

afterAll(async () => {
  await app.close();
});

describe('assigning a catalog', () => {
  it('by department kind and level takes the city bureau only; by name takes the county at its division level; again writes nothing', async () => {
    const city = await assignCatalog(app.db, {
      catalog: CATALOG,
      orgType: 'GOV_DEPT',
      nameContains: `${P}`,
      level: 'CITY',
      validFrom: '2024-01-01',
      dryRun: false,
    });
    expect(city.assigned).toEqual([{ name: CITY_ORG, level: 'CITY' }]);
    expect(city.matches).toBe(3);
    const county = await assignCatalog(app.db, { catalog: CATALOG, organizations: [COUNTY_ORG], validFrom: '2024-01-01', dryRun: false });
    expect(county.assigned).toEqual([{ name: COUNTY_ORG, level: 'COUNTY' }]);
    expect(county.matches).toBe(4);
    const again = await assignCatalog(app.db, { catalog: CATALOG, organizations: [COUNTY_ORG], validFrom: '2024-01-01', dryRun: false });
    expect([again.assigned, again.unchanged, again.written]).toEqual([[], [COUNTY_ORG], false]);
  });

  it('refuses an unknown catalog or organization, saying which', async () => {
    await expect(assignCatalog(app.db, { catalog: `${P}无此目录`, organizations: [COUNTY_ORG], validFrom: '2024-01-01', dryRun: false })).rejects.toThrow(
      `没有名为“${P}无此目录”的指导目录`,
    );
    await expect(assignCatalog(app.db, { catalog: CATALOG, organizations: [`${P}无此局`], validFrom: '2024-01-01', dryRun: false })).rejects.toThrow(
      `图谱中没有这些机构：${P}无此局`,
    );
  });
});

describe('catalog findings and conformance on the generated city', () => {
  it('finds exactly the deviations built in, and no others', async () => {
    const list = await findings();
    expect(facts(list)).toEqual(
      [
        `CATALOG_DEVIATION 市林业和草原局 对非法开垦林地的处罚`,
        `CATALOG_DEVIATION 县林业和草原局 林木种子生产经营许可证核发`,
        `LEVEL_MISMATCH 县林业和草原局 重点国有林区林木采伐审核`,
        `MISSING_CATALOG_ITEM 市林业和草原局 重点国有林区林木采伐审核`,
        `MISSING_CATALOG_ITEM 县林业和草原局 林业有害生物防治检查`,
        `NOT_IN_CATALOG 市林业和草原局 林草宣传教育活动组织`,
      ].sort(),
    );
    // Negatives: the renamed 临时占用林地审批事项 still matches; the county's 临时占用草原审批 is a
    // county item of the county-level catalog (no LEVEL_MISMATCH, no NOT_IN_CATALOG).
    expect(list.some((f) => f.subject.name.startsWith('临时占用'))).toBe(false);

    const byKind = (kind: string, org: string) => list.find((f) => f.kind === kind && f.organizations[0]?.name === org)!;
    const retyped = byKind('CATALOG_DEVIATION', CITY_ORG);
    expect(retyped.severity).toBe('WARNING');
    expect(retyped.explanation).toContain('权力类型为行政强制，目录为行政处罚');
    const extraLaw = byKind('CATALOG_DEVIATION', COUNTY_ORG);
    expect(extraLaw.explanation).toContain('实施依据引用了目录未引用的《森林法》');
    expect(extraLaw.explanation).not.toContain('权力类型');
    const missing = byKind('MISSING_CATALOG_ITEM', COUNTY_ORG);
    expect([missing.severity, missing.subject.__typename]).toEqual(['WARNING', 'CatalogItem']);
    expect(missing.explanation).toContain('县市区级');
    expect(missing.evidence[0]).toContain('“区县级”工作表第6行');
    expect(byKind('NOT_IN_CATALOG', CITY_ORG).severity).toBe('INFO');
    const level = byKind('LEVEL_MISMATCH', COUNTY_ORG);
    expect(level.explanation).toContain('只把该事项列给地州市级，未列给县市区级');
    expect(list.every((f) => f.explanationEn.length > 0 && f.evidence.length > 0)).toBe(true);
  });

  it('catalogConformance gives each organization its counts and rows, the similarity match with its score', async () => {
    const city = await conformance({ id: ids.get(CITY_ORG), asOf: AS_OF });
    expect(city.assignments).toEqual([{ organization: { name: CITY_ORG }, catalog: CATALOG, level: 'CITY', items: 4 }]);
    expect(city.counts).toEqual({ catalogItems: 4, matched: 3, missing: 1, extra: 1, deviating: 1, levelMismatch: 0 });
    const renamed = city.rows.find((r) => r.power?.name === '临时占用林地审批事项')!;
    expect([renamed.status, renamed.method, renamed.score, renamed.catalogItem?.name]).toEqual([
      'MATCHED',
      'SIMILARITY',
      0.875,
      '临时占用林地审批',
    ]);
    expect(city.rows.find((r) => r.power?.name === '林木种子生产经营许可证核发')).toMatchObject({ status: 'MATCHED', method: 'NAME', score: 1 });
    expect(city.rows.find((r) => r.status === 'DEVIATING')?.explanation).toContain('权力类型为行政强制');

    const county = await conformance({ id: ids.get(COUNTY_ORG), asOf: AS_OF });
    expect(county.counts).toEqual({ catalogItems: 4, matched: 3, missing: 1, extra: 1, deviating: 1, levelMismatch: 1 });
    expect(county.rows.find((r) => r.power?.name === '临时占用草原审批')).toMatchObject({ status: 'MATCHED', level: 'COUNTY' });
    expect(county.rows.find((r) => r.status === 'LEVEL_MISMATCH')?.catalogItem).toEqual({ name: '重点国有林区林木采伐审核', levels: ['CITY'] });

    // The city's division holds the county's: both, summed.
    const division = await conformance({ division: CITY_CODE, asOf: AS_OF });
    expect(division.counts).toEqual({ catalogItems: 8, matched: 6, missing: 2, extra: 2, deviating: 2, levelMismatch: 1 });
    expect(division.rows).toHaveLength(city.rows.length + county.rows.length);

    // The same rows as a sheet of `quanze report`.
    const out = join(dir, '县.xlsx');
    await writeReport(app.db, { ...reportOptions({ out, asOf: AS_OF }), org: COUNTY_ORG });
    const sheet = XLSX.utils.sheet_to_json<string[]>(XLSX.readFile(out).Sheets['指导目录对照']!, { header: 1, raw: false, defval: '' });
    expect(sheet[0]).toEqual(expect.arrayContaining(['类型', '对象', '涉及机构', '说明']));
    const statuses = sheet.slice(1).map((r) => `${r[1]} ${r[5]}`).sort();
    expect(statuses).toEqual(
      [
        '相符 临时占用草原审批',
        '相符 对非法开垦林地的处罚',
        '不一致 林木种子生产经营许可证核发',
        '缺少 林业有害生物防治检查',
        '层级不符 重点国有林区林木采伐审核',
      ].sort(),
    );
    expect(sheet.length - 1).toBe(county.rows.length);

    const neither = await gql(app, CONFORMANCE, { asOf: AS_OF });
    expect(neither.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('a new version of a list and of the catalog are seen at once, though the findings were kept', async () => {
    await findings('2025-06-01');
    // The county adds 林业有害生物防治检查 and drops the city-level item from 2025.
    const v2 = [...COUNTY_LIST.slice(0, 4), row(5, '林业有害生物防治检查', '行政检查', PESTS, COUNTY_ORG)];
    const summary = await importPowers(app.db, csv(`${P}县林草局v2.csv`, v2), {
      ...base,
      validFrom: '2025-01-01',
      division: COUNTY_CODE,
      catalog: laws,
    });
    expect(summary.errors).toEqual([]);
    // The new row was matched by its own import: the county lacks nothing any more.
    expect(facts(await findings('2025-06-01'))).toEqual(
      [
        `CATALOG_DEVIATION 市林业和草原局 对非法开垦林地的处罚`,
        `CATALOG_DEVIATION 县林业和草原局 林木种子生产经营许可证核发`,
        `MISSING_CATALOG_ITEM 市林业和草原局 重点国有林区林木采伐审核`,
        `NOT_IN_CATALOG 市林业和草原局 林草宣传教育活动组织`,
      ].sort(),
    );
    // The city no longer must hold 重点国有林区林木采伐审核 from 2025.
    const catalog = await importCatalog(app.db, catalogFile(`${P}目录v2.xlsx`, CITY_ITEMS.slice(0, 3)), {
      ...base,
      validFrom: '2025-01-01',
      name: CATALOG,
    });
    expect([catalog.errors, catalog.retired, catalog.unchanged]).toEqual([[], 1, 7]);
    expect(facts(await findings('2025-06-01'))).toEqual(
      [
        `CATALOG_DEVIATION 市林业和草原局 对非法开垦林地的处罚`,
        `CATALOG_DEVIATION 县林业和草原局 林木种子生产经营许可证核发`,
        `NOT_IN_CATALOG 市林业和草原局 林草宣传教育活动组织`,
      ].sort(),
    );
    // 2024 is as it was.
    expect(facts(await findings())).toHaveLength(6);
  });
});
