import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import * as XLSX from '@e965/xlsx';

import { mintToken } from '../../src/auth/mint-token';
import { diffOptions, writeDiff } from '../../src/cli/diff-command';
import { importDivisions } from '../../src/importer/import-divisions';
import { importPowers } from '../../src/importer/import-powers';
import { gql, startTestApp, uniquePrefix, type TestApp } from '../support/app';
import { ensureLaws, writeCsvList } from '../support/import-helpers';

/**
 * listDiff, divisionDiff and `quanze diff` (issue 17 §3) across two imported versions of one list
 * and a plan: one change of every kind, each with the change set that made it.
 */
const SECRET = 'list-diff-test-secret-0123456789abcdef';
const P = uniquePrefix('diff');
const ORG = `${P}自然资源局`;
const OTHER = `${P}住房和城乡建设局`;
const DIVISION = `99${String(Math.floor(Math.random() * 1e4)).padStart(4, '0')}`;
const dir = mkdtempSync(join(tmpdir(), 'quanze-diff-'));

const HEADER = '序号,事项名称,权力类型,实施依据,行使主体,责任事项内容';
const row = (n: number, name: string, category: string, basis: string, duty: string, org = ORG) =>
  [n, name, category, basis, org, `"${duty}"`].join(',');
const V1 = [
  HEADER,
  row(1, '对无照经营的处罚', '行政处罚', '【法律】《中华人民共和国行政处罚法》第五十条', '1.立案责任：立案。'),
  row(2, '食品经营许可', '行政许可', '【法律】《中华人民共和国食品安全法》第三十五条', '1.受理责任：受理。'),
  row(3, '对违法建设行为的处罚', '行政处罚', '【法律】《中华人民共和国土地管理法》第七十七条', '1.立案责任：立案。'),
  row(4, '档案移交的批准', '其他行政权力', '【法律】《中华人民共和国档案法》第十五条', '1.受理责任：受理。'),
  row(
    5,
    '对猎捕野生动物的处罚',
    '行政处罚',
    '【法律】《中华人民共和国野生动物保护法》（2018年10月26日修正）第一条',
    '1.立案责任：立案。',
  ),
  row(6, '安全生产检查', '行政检查', '【法律】《中华人民共和国安全生产法》第六十二条', '1.检查责任：检查。'),
  row(7, '对占用耕地的处罚', '行政处罚', '【法律】《中华人民共和国土地管理法》第七十五条', '1.立案责任：立案。'),
];
const V2 = [
  V1[0]!,
  V1[1]!,
  // 2 removed; 3 renamed; 4 re-typed; 5 the law's version; 6 citations; 7 responsibilities; 8 added.
  row(
    3,
    '对违法建设行为的处罚决定',
    '行政处罚',
    '【法律】《中华人民共和国土地管理法》第七十七条',
    '1.立案责任：立案。',
  ),
  row(4, '档案移交的批准', '行政确认', '【法律】《中华人民共和国档案法》第十五条', '1.受理责任：受理。'),
  row(
    5,
    '对猎捕野生动物的处罚',
    '行政处罚',
    '【法律】《中华人民共和国野生动物保护法》（2022年12月30日修订）第一条',
    '1.立案责任：立案。',
  ),
  row(6, '安全生产检查', '行政检查', '【法律】《中华人民共和国安全生产法》第六十三条', '1.检查责任：检查。'),
  row(
    7,
    '对占用耕地的处罚',
    '行政处罚',
    '【法律】《中华人民共和国土地管理法》第七十五条',
    '1.立案责任：立案。\n2.调查责任：调查取证。',
  ),
  row(8, '对擅自采砂的处罚', '行政处罚', '【法律】《中华人民共和国矿产资源法》第三十九条', '1.立案责任：立案。'),
];
const file = (name: string, lines: string[]) => writeCsvList(dir, name, lines);

interface Change {
  kind: string;
  name: string;
  date: string;
  similarity: number | null;
  citationsAdded: string[];
  citationsRemoved: string[];
  versionsChanged: string[];
  responsibilitiesAdded: string[];
  responsibilitiesRemoved: string[];
  before: { name: string; category: string } | null;
  after: { name: string; category: string } | null;
  changeSet: { kind: string; reason: string } | null;
}
const LIST_DIFF = `query($id: ID!, $from: Date!, $to: Date!) {
  listDiff(organizationId: $id, from: $from, to: $to) {
    organization { name } from to
    counts { added removed renamed retyped basisChanged responsibilityChanged }
    changes { kind name date similarity citationsAdded citationsRemoved versionsChanged responsibilitiesAdded responsibilitiesRemoved
      before { name category } after { name category } changeSet { kind reason } }
  }
}`;

let app: TestApp;
let orgId: string;
let otherId: string;
let v2Reason: string;
/** A change set's actor and reason are for signed-in users. */
let editor: string;

beforeAll(async () => {
  app = await startTestApp({ AUTH_JWT_SECRET: SECRET });
  await ensureLaws(app.db);
  const options = { dryRun: false, skipInvalid: false, validFrom: '2024-01-01', division: DIVISION } as const;
  await importDivisions(app.db, file(`${P}区划.csv`, ['行政区划代码,名称,层级', `${DIVISION},${P}市,市`]), {
    ...options,
  });
  for (const [name, lines, validFrom] of [
    [`${P}v1.csv`, V1, '2024-01-01'],
    [
      `${P}other.csv`,
      [
        HEADER,
        row(1, '建筑工程施工许可', '行政许可', '【法律】《中华人民共和国建筑法》第七条', '1.受理责任：受理。', OTHER),
      ],
      '2024-01-01',
    ],
    [`${P}v2.csv`, V2, '2025-01-01'],
  ] as const) {
    const summary = await importPowers(app.db, file(name, [...lines]), { ...options, validFrom });
    expect(summary.errors).toEqual([]);
  }
  v2Reason = `导入 ${P}v2.csv / import ${P}v2.csv`;
  const found = await gql<{ organizations: { edges: { node: { id: string; name: string } }[] } }>(
    app,
    `query($n: String!) { organizations(filter: { nameContains: $n }, first: 5) { edges { node { id name } } } }`,
    { n: P },
  );
  const ids = new Map(found.data!.organizations.edges.map((e) => [e.node.name, e.node.id]));
  orgId = ids.get(ORG)!;
  otherId = ids.get(OTHER)!;
  // A plan moves 对无照经营的处罚 to the other bureau from 2025-06-01.
  const powers = await gql<{
    organizations: { edges: { node: { powers: { edges: { node: { id: string; name: string } }[] } } }[] };
  }>(
    app,
    `query($n: String!) { organizations(filter: { name: $n }) { edges { node { powers(first: 20, asOf: "2025-03-01") { edges { node { id name } } } } } } }`,
    { n: ORG },
  );
  const moved = powers.data!.organizations.edges[0]!.node.powers.edges.find((e) => e.node.name === '对无照经营的处罚')!
    .node.id;
  editor = await mintToken({ secret: SECRET, sub: 'planner-li', roles: ['editor'], expiresIn: '1h' });
  const applied = await gql(
    app,
    `mutation($plan: ReassignmentPlanInput!) { applyReassignment(plan: $plan, reason: "${P} 职能划转") { changeSet { id } } }`,
    {
      plan: {
        effectiveDate: '2025-06-01',
        operations: [{ movePowers: { powerIds: [moved], fromId: orgId, toId: ids.get(OTHER)! } }],
      },
    },
    editor,
  );
  expect(applied.errors).toBeUndefined();
}, 300_000);

afterAll(async () => {
  await app.close();
});

const listDiff = (from: string, to: string, id = orgId) =>
  gql<{ listDiff: { counts: Record<string, number>; changes: Change[] } }>(app, LIST_DIFF, { id, from, to }, editor);

describe('listDiff across two imported versions of one list and a plan', () => {
  it('finds one change of every kind, each with its date and the change set that made it', async () => {
    const result = await listDiff('2024-06-01', '2025-07-01');
    expect(result.errors).toBeUndefined();
    const { counts, changes } = result.data!.listDiff;
    expect(counts).toEqual({ added: 1, removed: 2, renamed: 1, retyped: 1, basisChanged: 2, responsibilityChanged: 1 });
    const of = (kind: string, name: string) => changes.find((c) => c.kind === kind && c.name === name);
    const byImport = { kind: 'IMPORT', reason: v2Reason };

    expect(of('ADDED', '对擅自采砂的处罚')).toMatchObject({
      date: '2025-01-01',
      before: null,
      after: { category: 'PUNISHMENT' },
      changeSet: byImport,
    });
    expect(of('REMOVED', '食品经营许可')).toMatchObject({ date: '2025-01-01', after: null, changeSet: byImport });
    expect(of('REMOVED', '对无照经营的处罚')).toMatchObject({
      date: '2025-06-01',
      changeSet: { kind: 'REASSIGNMENT', reason: `${P} 职能划转` },
    });
    expect(of('RENAMED', '对违法建设行为的处罚决定')).toMatchObject({
      date: '2025-01-01',
      similarity: 0.9,
      before: { name: '对违法建设行为的处罚' },
      after: { name: '对违法建设行为的处罚决定' },
      changeSet: byImport,
    });
    expect(of('RETYPED', '档案移交的批准')).toMatchObject({
      before: { category: 'OTHER' },
      after: { category: 'CONFIRMATION' },
      changeSet: byImport,
    });
    expect(of('BASIS_CHANGED', '安全生产检查')).toMatchObject({
      citationsAdded: [expect.stringMatching(/安全生产法》第63条$/u)],
      citationsRemoved: [expect.stringMatching(/安全生产法》第62条$/u)],
      versionsChanged: [],
      changeSet: byImport,
    });
    expect(of('BASIS_CHANGED', '对猎捕野生动物的处罚')).toMatchObject({
      citationsAdded: [],
      citationsRemoved: [],
      versionsChanged: [expect.stringMatching(/野生动物保护法》第1条$/u)],
    });
    expect(of('RESPONSIBILITY_CHANGED', '对占用耕地的处罚')).toMatchObject({
      responsibilitiesAdded: [expect.stringContaining('调查取证')],
      responsibilitiesRemoved: [],
      changeSet: byImport,
    });
    // Unchanged rows are no change; a renamed or re-typed item is not also added and removed.
    expect(changes.map((c) => c.name)).not.toContain('对违法建设行为的处罚');
    expect(changes.filter((c) => c.name === '档案移交的批准').map((c) => c.kind)).toEqual(['RETYPED']);
  });

  it('sees only what happened between the days: nothing within one version, the plan alone after the import', async () => {
    expect((await listDiff('2024-02-01', '2024-12-31')).data!.listDiff.changes).toEqual([]);
    const after = (await listDiff('2025-02-01', '2025-12-31')).data!.listDiff.changes;
    expect(after.map((c) => [c.kind, c.name, c.changeSet?.kind])).toEqual([
      ['REMOVED', '对无照经营的处罚', 'REASSIGNMENT'],
    ]);
  });

  it('shows the moved item as added to the receiving organization, by the plan, on its effective date', async () => {
    const result = await listDiff('2024-06-01', '2025-07-01', otherId);
    expect(
      result.data!.listDiff.changes.map((c) => [c.kind, c.name, c.date, c.changeSet?.kind, c.changeSet?.reason]),
    ).toEqual([['ADDED', '对无照经营的处罚', '2025-06-01', 'REASSIGNMENT', `${P} 职能划转`]]);
  });

  it('refuses from after to, a date that is not ISO 8601 and an unknown organization, saying which argument and why', async () => {
    const late = await listDiff('2025-01-02', '2025-01-01');
    expect(late.errors?.[0]).toMatchObject({
      message: expect.stringContaining('参数 from 无效：起始日期 2025-01-02 晚于结束日期 2025-01-01'),
      extensions: expect.objectContaining({
        code: 'BAD_USER_INPUT',
        messageEn: expect.stringContaining('invalid from: the start 2025-01-02 is after the end 2025-01-01'),
      }),
    });
    const bad = await listDiff('2025-13-01', '2025-12-31');
    expect(bad.errors?.[0]?.message).toMatch(/2025-13-01/u);
    const unknown = await listDiff(
      '2024-01-01',
      '2025-01-01',
      Buffer.from('Organization:no-such-org').toString('base64url'),
    );
    expect(unknown.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});

describe('divisionDiff', () => {
  it('sums the changes per organization of the division', async () => {
    const result = await gql<{
      divisionDiff: {
        organizations: { organization: { name: string }; counts: Record<string, number> }[];
        totals: Record<string, number>;
      };
    }>(
      app,
      `query($code: String!) { divisionDiff(divisionCode: $code, from: "2024-06-01", to: "2025-07-01") {
        organizations { organization { name } counts { added removed renamed retyped basisChanged responsibilityChanged } }
        totals { added removed renamed retyped basisChanged responsibilityChanged } } }`,
      { code: DIVISION },
    );
    expect(result.errors).toBeUndefined();
    const { organizations, totals } = result.data!.divisionDiff;
    expect(organizations).toEqual(
      [
        {
          organization: { name: OTHER },
          counts: { added: 1, removed: 0, renamed: 0, retyped: 0, basisChanged: 0, responsibilityChanged: 0 },
        },
        {
          organization: { name: ORG },
          counts: { added: 1, removed: 2, renamed: 1, retyped: 1, basisChanged: 2, responsibilityChanged: 1 },
        },
      ].sort((a, b) => (a.organization.name < b.organization.name ? -1 : 1)),
    );
    expect(totals).toEqual({ added: 2, removed: 2, renamed: 1, retyped: 1, basisChanged: 2, responsibilityChanged: 1 });
  });
});

describe('quanze diff', () => {
  it('writes one sheet per kind of change with Chinese headers, read back from the file', async () => {
    const out = join(dir, 'diff.xlsx');
    const result = await writeDiff(app.db, diffOptions({ org: ORG, from: '2024-06-01', to: '2025-07-01', out }, 0.8));
    expect(result.sheets.map((s) => [s.name, s.count])).toEqual([
      ['新增', 1],
      ['取消', 2],
      ['更名', 1],
      ['类别调整', 1],
      ['依据变化', 2],
      ['责任事项变化', 1],
    ]);
    const book = XLSX.readFile(out);
    expect(book.SheetNames).toEqual(['汇总', '新增', '取消', '更名', '类别调整', '依据变化', '责任事项变化']);
    const rows = (name: string) => XLSX.utils.sheet_to_json<string[]>(book.Sheets[name]!, { header: 1, defval: '' });
    expect(rows('汇总')[0]?.[0]).toBe(`${ORG} 权责清单版本比对 / list diff：2024-06-01 → 2025-07-01`);
    expect(rows('更名')).toEqual([
      [
        '序号',
        '事项名称',
        '生效日期',
        '原名称',
        '新名称',
        '相似度',
        '变更方式',
        '变更原因',
        '变更记录序号',
        '变更记录标识',
      ],
      [
        1,
        '对违法建设行为的处罚决定',
        '2025-01-01',
        '对违法建设行为的处罚',
        '对违法建设行为的处罚决定',
        0.9,
        '导入',
        v2Reason,
        expect.any(Number),
        expect.stringMatching(/^cs-/u),
      ],
    ]);
    expect(
      rows('取消')
        .slice(1)
        .map((r) => [r[1], r[2], r[3], r[4]]),
    ).toEqual([
      ['食品经营许可', '2025-01-01', '行政许可', '导入'],
      ['对无照经营的处罚', '2025-06-01', '行政处罚', '调整'],
    ]);
    expect(rows('类别调整')[1]?.slice(1, 5)).toEqual(['档案移交的批准', '2025-01-01', '其他行政权力', '行政确认']);
    expect(rows('依据变化')[0]).toEqual([
      '序号',
      '事项名称',
      '生效日期',
      '新增依据',
      '删除依据',
      '法律版本变化',
      '变更方式',
      '变更原因',
      '变更记录序号',
      '变更记录标识',
    ]);
  });

  it('writes a CSV with a 变化类别 column', async () => {
    const out = join(dir, 'diff.csv');
    await writeDiff(app.db, diffOptions({ org: ORG, from: '2024-06-01', to: '2025-07-01', out, format: 'csv' }, 0.8));
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFF变化类别,序号,事项名称,生效日期,权力类型')).toBe(true);
    expect(text).toContain('新增,1,对擅自采砂的处罚,2025-01-01,行政处罚,导入');
  });

  it('says where and why for an unknown organization, a bad date and from after to', async () => {
    const out = join(dir, 'never.xlsx');
    await expect(
      writeDiff(app.db, diffOptions({ org: `${P}不存在的局`, from: '2024-01-01', to: '2025-01-01', out }, 0.8)),
    ).rejects.toMatchObject({
      exitCode: 2,
      message: `--org：找不到机构“${P}不存在的局” / --org: no organization named ${P}不存在的局`,
    });
    expect(() => diffOptions({ org: ORG, from: '2024-1-1', to: '2025-01-01', out }, 0.8)).toThrow(
      '--from 须为 ISO 8601 日期，如 2024-01-01：2024-1-1 / --from must be an ISO 8601 date such as 2024-01-01: 2024-1-1',
    );
    expect(() => diffOptions({ org: ORG, from: '2025-01-01', to: '2024-12-31', out }, 0.8)).toThrow(
      '--from 2025-01-01 晚于 --to 2024-12-31：起始日期不能晚于结束日期 / --from 2025-01-01 is after --to 2024-12-31: the start must not be after the end',
    );
    expect(() => diffOptions({ org: ORG, from: '2024-01-01', to: '2025-01-01', out, format: 'pdf' }, 0.8)).toThrow(
      '--format 须为 xlsx 或 csv：pdf',
    );
  });
});
