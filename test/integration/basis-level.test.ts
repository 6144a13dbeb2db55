/**
 * Power.basisLevel (issue 18): `statistics` groups rows by the highest level their citations name,
 * stored on the row so that no request reads the long citations text. The importer writes it;
 * rows stored before are given it once per graph when the service or the CLI opens it, from the
 * stored citations JSON, and both ways agree.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

import { basisLevelOf } from '../../src/domain/citations/basis-level';
import type { StoredCitation } from '../../src/domain/citations/row-citations';
import { importDivisions } from '../../src/importer/import-divisions';
import { importPowers } from '../../src/importer/import-powers';
import { storePendingBasisLevels } from '../../src/importer/powers/basis-levels';
import { startTestApp, uniquePrefix, type TestApp } from '../support/app';
import { ensureLaws, forgetBasisLevels, powersOfFile, writeCsvList } from '../support/import-helpers';

const P = uniquePrefix('层级');
const COUNTY = `97${String(10 + Math.floor(Math.random() * 90))}01`;
const ORG = `${P}市场监督管理局`;
const DUTY = '"1.受理责任：受理。"';
/** Name → the basis level the row must get. */
const ROWS: [name: string, basis: string, level: string][] = [
  ['对无照经营的处罚', '【法律】《中华人民共和国行政处罚法》第五十条', 'LAW'],
  ['对违法广告的处罚', '【行政法规】《无证无照经营查处办法》第十三条', 'ADMIN_REGULATION'],
  ['对虚假宣传的处罚', '【国务院决定】《国务院对确需保留的行政审批项目设定行政许可的决定》', 'ADMIN_REGULATION'],
  ['对违法经营的处罚', '【地方性法规】《某省消费者权益保护条例》第三十条', 'LOCAL_REGULATION'],
  ['特种设备使用登记', '【规章】《特种设备使用管理规则》第五条', 'RULE'],
  ['市场主体监督检查', '【规范性文件】《某省市场监督检查办法》', 'NORMATIVE_DOC'],
  ['产品质量确认', '【规章】《产品质量监督抽查管理暂行办法》第三条；【法律】《中华人民共和国产品质量法》第十五条', 'LAW'],
  ['食品经营许可', '', 'NONE'],
];

let app: TestApp;
let sourceFile: string;

beforeAll(async () => {
  app = await startTestApp();
  await ensureLaws(app.db);
  const dir = mkdtempSync(join(tmpdir(), 'quanze-basis-level-'));
  const options = { dryRun: false, skipInvalid: false, validFrom: '2025-01-01' } as const;
  const divisions = await importDivisions(
    app.db,
    writeCsvList(dir, `${P}区划.csv`, ['行政区划代码,名称,层级,上级区划代码', `${COUNTY},${P}县,县,`]),
    options,
  );
  expect(divisions.errors).toEqual([]);
  const path = writeCsvList(dir, `${P}市场.csv`, [
    '序号,事项名称,权力类型,实施依据,行使主体,责任事项内容',
    ...ROWS.map(([name, basis], i) => `${i + 1},${name},行政处罚,${basis},${ORG},${DUTY}`),
  ]);
  const summary = await importPowers(app.db, path, { ...options, division: COUNTY });
  expect(summary.errors).toEqual([]);
  sourceFile = basename(path);
}, 120_000);

afterAll(async () => {
  await app.close();
});

const levels = async (): Promise<Map<string, unknown>> => {
  const rows = await powersOfFile(app.db, sourceFile);
  expect(rows).toHaveLength(ROWS.length);
  return new Map(rows.map((r) => [String(r['name']), r['basisLevel']]));
};

it('writes on each imported row the highest level its citations name', async () => {
  expect(await levels()).toEqual(new Map(ROWS.map(([name, , level]) => [name, level])));
  // The stored level is the one the stored citations give.
  for (const row of await powersOfFile(app.db, sourceFile)) {
    expect([row['name'], basisLevelOf(JSON.parse(String(row['citations'])) as StoredCitation[])]).toEqual([row['name'], row['basisLevel']]);
  }
});

it('gives rows stored without it the same level, once per graph unless forced', async () => {
  const imported = await levels();
  await forgetBasisLevels(app.db, sourceFile);
  expect([...(await levels()).values()].every((l) => l === null)).toBe(true);
  // The service ran the one-time step when it opened the database: its marker stops a rescan.
  expect(await storePendingBasisLevels(app.db)).toBe(0);
  // In chunks of 500 rows (a province's million are 10,000 a transaction): every chunk is reached.
  expect(await storePendingBasisLevels(app.db, { force: true, chunk: 500 })).toBeGreaterThanOrEqual(ROWS.length);
  expect(await levels()).toEqual(imported);
});
