import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { importDivisions } from '../../src/importer/import-divisions';
import { importPowers } from '../../src/importer/import-powers';
import { storePendingCodeParts } from '../../src/importer/powers/code-parts';
import { toGlobalId } from '../../src/shared/global-id';
import type { ImportSummary } from '../../src/importer/summary';
import { gql, startTestApp, uniquePrefix, type TestApp } from '../support/app';
import { GraphBuilder } from '../support/builders';
import { ListBuilder } from '../support/list-builders';
import { ensureLaws } from '../support/import-helpers';

/**
 * Item codes (事项编码, issue 17 §2) end to end: power lists with a code column under two of its
 * header names are imported into two counties of one city; the parts come back through GraphQL,
 * each code finding is planted beside its negatives, and search finds rows by code.
 */
const P = uniquePrefix('编码');
const CITY = `98${String(10 + Math.floor(Math.random() * 90))}00`;
const COUNTY = `${CITY.slice(0, 4)}01`;
const OTHER_COUNTY = `${CITY.slice(0, 4)}02`;
const MARKET = `${P}市场监督管理局`;
const LAND = `${P}自然资源局`;
const NEIGHBOUR = `${P}邻县市场监督管理局`;
const AS_OF = '2025-03-01';
const RAW = `${P}许可第6号`;
const dir = mkdtempSync(join(tmpdir(), 'quanze-codes-'));

const BASIS = '【法律】《中华人民共和国行政处罚法》第五十条';
const DUTY = '"1.受理责任：受理。"';
const MARKET_LIST = [
  '序号,事项编码,事项名称,子项名称,权力类型,实施依据,行使主体,责任事项内容',
  `1,${COUNTY}301XK00100,食品经营许可,,行政许可,${BASIS},${MARKET},${DUTY}`,
  // The city's area code: an ancestor of the county's.
  `2,${CITY}301CF00200,对无照经营的处罚,,行政处罚,${BASIS},${MARKET},${DUTY}`,
  `3,${COUNTY}301XK00300,对违法广告的处罚,,行政处罚,${BASIS},${MARKET},${DUTY}`,
  `4,620524301CF00400,对虚假宣传的处罚,,行政处罚,${BASIS},${MARKET},${DUTY}`,
  `5,${COUNTY}301JC00500,市场主体监督检查,,行政检查,${BASIS},${MARKET},${DUTY}`,
  // No layout fits: kept raw, with a warning, and no finding.
  `6,${RAW},特种设备使用登记,,行政许可,${BASIS},${MARKET},${DUTY}`,
  // Two sub-items of one item under the item's code: no duplicate.
  `7,${COUNTY}301QR00700,产品质量确认,甲类产品,行政确认,${BASIS},${MARKET},${DUTY}`,
  `,${COUNTY}301QR00700,产品质量确认,乙类产品,行政确认,${BASIS},${MARKET},${DUTY}`,
];
const LAND_LIST = [
  '序号,基本编码,事项名称,权力类型,实施依据,行使主体,责任事项内容',
  // The market bureau's code on another item of the same county.
  `1,${COUNTY}301JC00500,自然资源监督检查,行政检查,${BASIS},${LAND},${DUTY}`,
  // 贵州's basic code has no area: not judged by area.
  `2,XK00101001,采矿权新立登记,行政许可,${BASIS},${LAND},${DUTY}`,
];
// The market bureau's first code in the next county: no duplicate (another division), but its area is the other county's.
const NEIGHBOUR_LIST = [
  '序号,事项编码,事项名称,权力类型,实施依据,行使主体,责任事项内容',
  `1,${COUNTY}301XK00100,食品经营许可,行政许可,${BASIS},${NEIGHBOUR},${DUTY}`,
];

const file = (name: string, lines: string[]): string => {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\r\n')}\r\n`, 'utf8');
  return path;
};

interface CodeParts {
  layout: string;
  area: string | null;
  department: string | null;
  type: string;
  category: string;
  item: string;
  subItem: string | null;
}
interface PowerNode {
  name: string;
  subName: string | null;
  code: string | null;
  codeParts: CodeParts | null;
}
interface FindingNode {
  kind: string;
  severity: string;
  subject: { name: string };
  related: { __typename: string; name?: string }[];
  explanation: string;
  explanationEn: string;
  evidence: string[];
}

let app: TestApp;
let marketSummary: ImportSummary;
const orgIds = new Map<string, string>();

beforeAll(async () => {
  app = await startTestApp();
  await ensureLaws(app.db);
  const options = { dryRun: false, skipInvalid: false, validFrom: '2025-01-01' } as const;
  const divisions = await importDivisions(
    app.db,
    file(`${P}区划.csv`, [
      '行政区划代码,名称,层级,上级区划代码',
      `${CITY},${P}市,市,`,
      `${COUNTY},${P}甲县,县,${CITY}`,
      `${OTHER_COUNTY},${P}乙县,县,${CITY}`,
    ]),
    options,
  );
  expect(divisions.errors).toEqual([]);
  marketSummary = await importPowers(app.db, file(`${P}市场.csv`, MARKET_LIST), { ...options, division: COUNTY });
  for (const [name, lines, division] of [
    [`${P}自然资源.csv`, LAND_LIST, COUNTY],
    [`${P}邻县.csv`, NEIGHBOUR_LIST, OTHER_COUNTY],
  ] as const) {
    const summary = await importPowers(app.db, file(name, [...lines]), { ...options, division });
    expect(summary.errors).toEqual([]);
    expect(summary.warnings).toEqual([]);
  }
  const found = await gql<{ organizations: { edges: { node: { id: string; name: string } }[] } }>(
    app,
    `query($n: String!) { organizations(filter: { nameContains: $n }, first: 10) { edges { node { id name } } } }`,
    { n: P },
  );
  for (const e of found.data!.organizations.edges) orgIds.set(e.node.name, e.node.id);
}, 120_000);

afterAll(async () => {
  await app.close();
});

async function powersOf(name: string): Promise<PowerNode[]> {
  const res = await gql<{ node: { powers: { edges: { node: PowerNode }[] } } }>(
    app,
    `query($id: ID!, $asOf: Date) { node(id: $id) { ... on Organization { powers(first: 50, asOf: $asOf) { edges { node {
      name subName code codeParts { layout area department type category item subItem } } } } } } }`,
    { id: orgIds.get(name), asOf: AS_OF },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.node.powers.edges.map((e) => e.node);
}

describe('importing item codes', () => {
  it('reads the code under 事项编码 and 基本编码 and keeps the parts of each known layout', async () => {
    const market = await powersOf(MARKET);
    const licence = market.find((p) => p.name === '食品经营许可');
    expect(licence?.code).toBe(`${COUNTY}301XK00100`);
    expect(licence?.codeParts).toEqual({
      layout: 'AREA_DEPT_TYPE_ITEM_SUB',
      area: COUNTY,
      department: '301',
      type: 'XK',
      category: 'LICENSING',
      item: '001',
      subItem: '00',
    });
    const subItems = market.filter((p) => p.name === '产品质量确认' && p.subName !== null);
    expect(subItems.map((p) => [p.subName, p.code, p.codeParts?.category]).sort()).toEqual(
      [
        ['乙类产品', `${COUNTY}301QR00700`, 'CONFIRMATION'],
        ['甲类产品', `${COUNTY}301QR00700`, 'CONFIRMATION'],
      ].sort(),
    );
    const land = await powersOf(LAND);
    expect(land.find((p) => p.name === '采矿权新立登记')?.codeParts).toEqual({
      layout: 'GUIZHOU_BASIC',
      area: null,
      department: null,
      type: 'XK',
      category: 'LICENSING',
      item: '00101',
      subItem: '001',
    });
  });

  it('keeps a code no layout fits as published, with a warning at its cell, and imports the row', async () => {
    expect(marketSummary.errors).toEqual([]);
    expect(marketSummary.written).toBe(true);
    expect(marketSummary.warnings).toEqual([
      expect.objectContaining({
        row: 7,
        column: '事项编码',
        message: `事项编码“${RAW}”不符合已知的编码格式，按原文保存`,
      }),
    ]);
    const kept = (await powersOf(MARKET)).find((p) => p.name === '特种设备使用登记');
    expect(kept).toMatchObject({ code: RAW, codeParts: null });
  });
});

describe('rows written before the parts were stored', () => {
  it('get the parts once the service or the CLI opens the graph (one migration, forced here)', async () => {
    const [org] = await new GraphBuilder(app, P).orgs([{ name: '旧数据局', orgType: 'GOV_DEPT' }]);
    const [power] = await new ListBuilder(app, P).powers([
      { name: '旧数据的许可', organizationId: org!, code: '62052400MZ-XK-0001' },
    ]);
    const read = () =>
      gql<{ node: { codeParts: CodeParts | null } }>(
        app,
        `query($id: ID!) { node(id: $id) { ... on Power { codeParts { layout area department type category item subItem } } } }`,
        { id: toGlobalId('Power', power!) },
      );
    expect((await read()).data!.node.codeParts).toBeNull();
    expect(await storePendingCodeParts(app.db, { force: true, chunk: 500 })).toBeGreaterThanOrEqual(1);
    expect((await read()).data!.node.codeParts).toEqual({
      layout: 'COUNTY_DASHED',
      area: '620524',
      department: '00MZ',
      type: 'XK',
      category: 'LICENSING',
      item: '0001',
      subItem: null,
    });
  });
});

describe('code findings', () => {
  let list: FindingNode[];

  beforeAll(async () => {
    const res = await gql<{ findings: { edges: { node: FindingNode }[] } }>(
      app,
      `query($filter: FindingFilter, $asOf: Date) { findings(filter: $filter, asOf: $asOf, first: 500) { edges { node {
        kind severity explanation explanationEn evidence subject { ... on Power { name } } related { __typename ... on Power { name } } } } } }`,
      {
        filter: {
          organizationIds: [...orgIds.values()],
          kinds: ['CODE_TYPE_MISMATCH', 'CODE_AREA_MISMATCH', 'DUPLICATE_CODE'],
        },
        asOf: AS_OF,
      },
    );
    expect(res.errors).toBeUndefined();
    list = res.data!.findings.edges.map((e) => e.node);
  });

  const of = (kind: string): FindingNode[] => list.filter((f) => f.kind === kind);
  const subjects = (kind: string): string[] =>
    of(kind)
      .map((f) => f.subject.name)
      .sort();

  it('CODE_TYPE_MISMATCH: type letters naming another category, and only those', () => {
    expect(subjects('CODE_TYPE_MISMATCH')).toEqual(['对违法广告的处罚']);
    const [finding] = of('CODE_TYPE_MISMATCH');
    expect(finding?.severity).toBe('WARNING');
    expect(finding?.explanation).toContain('类型代码XK表示行政许可，而其权力类型为行政处罚');
    expect(finding?.evidence).toContain(`事项编码：${COUNTY}301XK00300（类型代码 XK = 行政许可）`);
  });

  it('CODE_AREA_MISMATCH: an area neither the division nor above it; the city code, a code without area and a raw code pass', () => {
    expect(subjects('CODE_AREA_MISMATCH')).toEqual(['对虚假宣传的处罚', '食品经营许可']);
    const foreign = of('CODE_AREA_MISMATCH').find((f) => f.subject.name === '对虚假宣传的处罚');
    expect(foreign?.severity).toBe('WARNING');
    expect(foreign?.explanation).toContain(
      `行政区划代码620524既不是行使机构所在区划，也不是其上级区划：${MARKET}（${P}甲县 ${COUNTY}）`,
    );
    expect(foreign?.evidence).toContain(`行使机构：${MARKET}，所在区划 ${P}甲县 ${COUNTY}，上级区划 ${CITY}`);
    const neighbour = of('CODE_AREA_MISMATCH').find((f) => f.subject.name === '食品经营许可');
    expect(neighbour?.explanation).toContain(NEIGHBOUR);
  });

  it('DUPLICATE_CODE: two items of one county under one code; sub-items of one item and another county pass', () => {
    expect(subjects('DUPLICATE_CODE')).toEqual(['市场主体监督检查', '自然资源监督检查']);
    const market = of('DUPLICATE_CODE').find((f) => f.subject.name === '市场主体监督检查');
    expect(market?.severity).toBe('ERROR');
    expect(market?.related).toEqual([{ __typename: 'Power', name: '自然资源监督检查' }]);
    expect(market?.explanation).toContain(`在同一行政区划（${COUNTY}）内还用于其他事项：${LAND}“自然资源监督检查”`);
    expect(market?.evidence).toContain(`同码事项：${LAND}“自然资源监督检查”，${P}自然资源.csv 第2行`);
    expect(market?.explanationEn).toContain('One code is to identify one item');
  });
});

describe('search by code', () => {
  const SEARCH = `query($text: String!, $asOf: Date) { search(text: $text, asOf: $asOf, first: 10) {
    score snippet node { __typename ... on Power { name exercisedBy { name } } } } }`;
  interface Hit {
    score: number;
    snippet: string | null;
    node: { __typename: string; name: string; exercisedBy: { name: string }[] };
  }
  const search = async (text: string): Promise<Hit[]> => {
    const res = await gql<{ search: Hit[] }>(app, SEARCH, { text, asOf: AS_OF });
    expect(res.errors).toBeUndefined();
    return res.data!.search;
  };
  const holders = (hits: Hit[]): string[] =>
    hits.map((h) => `${h.node.exercisedBy.map((o) => o.name).join('、')} ${h.node.name}`).sort();

  it('finds the rows of a code, in any case and width, as exact matches', async () => {
    const hits = await search(`${COUNTY}301xk００１００`);
    expect(holders(hits)).toEqual([`${MARKET} 食品经营许可`, `${NEIGHBOUR} 食品经营许可`]);
    expect(hits.every((h) => h.score >= 3 && h.snippet === `【${COUNTY}301XK00100】`)).toBe(true);
  });

  it('finds the rows whose code starts with the text, after the exact ones', async () => {
    const hits = await search(`${COUNTY}301JC`);
    expect(holders(hits)).toEqual([`${LAND} 自然资源监督检查`, `${MARKET} 市场主体监督检查`].sort());
    expect(hits.every((h) => h.score >= 2 && h.score < 3)).toBe(true);
  });

  it('finds a row by a code no layout fits, as published', async () => {
    const [first] = await search(RAW.replace('6', '６'));
    expect(first?.node.name).toBe('特种设备使用登记');
    expect(first?.node.exercisedBy).toEqual([{ name: MARKET }]);
    expect(first?.score).toBeGreaterThanOrEqual(3);
  });
});
