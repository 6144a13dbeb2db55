/**
 * CITES_LAW (issue 13): a citation of a catalogued law in a version older than the catalog has no
 * Provision, so the row is linked to the law; SAME_PROVISION and STALE_BASIS read those links
 * instead of scanning Power.citations. Rows written before the links existed are linked once per
 * graph when the service or the CLI opens it.
 */
import { linkStoredLawCitations } from '../../src/importer/powers/law-links';
import { AnalysisBuilder, CITES_LAW_OF_POWER as LINKS } from '../support/analysis-builders';
import { startTestApp, uniquePrefix, type TestApp } from '../support/app';


let app: TestApp;
let b: AnalysisBuilder;

beforeAll(async () => {
  app = await startTestApp();
  b = new AnalysisBuilder(app, uniquePrefix('引法'));
  await b.graph.divisions([{ code: b.name('cty'), name: b.name('县'), level: 'COUNTY' }]);
  const [org] = await b.graph.orgs([{ name: '城管局', orgType: 'GOV_DEPT', divisionCode: b.name('cty') }]);
  await b.laws([{ key: 'roads', name: `${b.prefix}城市道路管理条例`, articles: [10] }]);
  await b.powers([
    { key: 'old', name: '对擅自挖掘城市道路的处罚', holders: [org!], unversioned: [{ law: 'roads', article: 10 }] },
    { key: 'new', name: '对擅自占用城市道路的处罚', holders: [org!], implementing: [{ law: 'roads', article: 10 }] },
  ]);
});

afterAll(async () => {
  await app.close();
});

it('links a row to each law it cites in a version older than the catalog, with the article', async () => {
  expect(await app.db.read('test.citesLaw', LINKS, { powerId: b.powerId('old') })).toEqual([
    { lawId: b.lawId('roads'), role: 'IMPLEMENTING', order: 0, article: 10, articleSuffix: 0 },
  ]);
  // A citation resolved to a Provision is linked there (BASED_ON), not to the law.
  expect(await app.db.read('test.citesLaw', LINKS, { powerId: b.powerId('new') })).toEqual([]);
});

it('links each row once, and once per graph unless forced', async () => {
  expect(await linkStoredLawCitations(app.db, { force: true })).toBe(0);
  // The service linked the graph's older rows when it opened the database: the marker stops a rescan.
  expect(await linkStoredLawCitations(app.db)).toBe(0);
  expect(await app.db.read('test.citesLaw', LINKS, { powerId: b.powerId('old') })).toHaveLength(1);
});
