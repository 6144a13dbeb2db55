import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { analyze, citations } from './analyze';
import { buildLawCatalog, parseCatalogCsv } from '../../src/domain/laws/catalog';
import { loadLawTextIndexes } from '../../src/importer/laws/text';
import { parseBasis } from '../../src/domain/citations/parse';
import { resolveCitation } from '../../src/domain/citations/resolve';
import { loadExtract, versionClue } from './laws';
import { chineseToInt } from './law-text';

const DEMO = join(__dirname, '../../data/demo');

// Copied from ../shared/spec/IMPORT.md (canonical names; 实施层级及权限 spans two columns).
const IMPORT_MD_HEADERS: Record<string, string[]> = {
  divisions: ['行政区划代码', '名称', '层级', '上级区划代码'],
  organizations: ['名称', '类型', '层级', '上级机构', '行政区划代码', '统一社会信用代码', '成立日期', '撤销日期', '继任机构', '备注'],
  powers: ['序号', '事项名称', '子项名称', '权力类型', '事项编码', '实施依据', '行使主体', '承办机构', '实施层级及权限', '', '部门职责', '责任事项内容', '责任事项依据', '追责对象范围', '追责情形', '所属行政区划', '备注'],
  enforcement: ['序号', '事项名称', '原权力编码', '职权类型', '原实施部门', '承接乡镇(街道)', '赋权方式', '实施名义', '决定文号', '是否公布', '生效日期', '失效日期', '评估日期', '状态', '备注'],
  whistle: ['序号', '吹哨事项', '事项类别', '哨型', '吹哨主体', '主责部门', '配合部门', '关联权力', '报到时限(分钟)', '办结时限(天)', '街道职责', '备注'],
  duties: ['序号', '清单类型', '事项名称', '乡镇(街道)', '对口部门', '部门职责', '乡镇(街道)职责', '关联权力', '依据', '备注'],
  lenient: ['序号', '清单类型', '违法行为', '适用条件', '违则依据', '罚则依据', '从宽依据', '实施部门', '关联权力', '备注'],
};

const manifest = JSON.parse(readFileSync(join(DEMO, 'manifest.json'), 'utf8')) as {
  kind: string;
  file: string;
  org?: string;
}[];
const rowsOf = (file: string): Record<string, string>[] =>
  parse<Record<string, string>>(readFileSync(join(DEMO, file)), { bom: true, columns: (h: string[]) => h.map((x, i) => x || `#${i}`) });

describe('data/demo', () => {
  it('lists every generated file once in the manifest, in import order', () => {
    const listed = manifest.map((m) => m.file).sort();
    const onDisk = ['divisions.csv', 'organizations.csv', ...['powers', 'enforcement', 'whistle', 'duties', 'lenient'].flatMap((d) => readdirSync(join(DEMO, d)).map((f) => `${d}/${f}`))].sort();
    expect(listed).toEqual(onDisk);
    const order = ['divisions', 'organizations', 'powers', 'enforcement', 'whistle', 'duties', 'lenient'];
    const ranks = manifest.map((m) => order.indexOf(m.kind));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('starts every file with a BOM and the header row IMPORT.md names', () => {
    for (const m of manifest) {
      const text = readFileSync(join(DEMO, m.file), 'utf8');
      expect(text.charCodeAt(0)).toBe(0xfeff);
      expect(text.slice(1, text.indexOf('\r\n')).split(',')).toEqual(IMPORT_MD_HEADERS[m.kind]);
    }
  });

  it('cites only articles that exist in the copied law texts, quoting them verbatim', () => {
    const ex = loadExtract();
    const byTitle = new Map<string, string[]>();
    for (const [key, law] of Object.entries(ex.laws)) byTitle.set(law.title.replace(/^中华人民共和国/, ''), [...(byTitle.get(law.title.replace(/^中华人民共和国/, '')) ?? []), key]);
    const cells: string[] = [];
    for (const m of manifest.filter((x) => x.kind === 'powers')) for (const r of rowsOf(m.file)) cells.push(r['实施依据'] ?? '', r['责任事项依据'] ?? '');
    for (const m of manifest.filter((x) => x.kind === 'lenient')) for (const r of rowsOf(m.file)) cells.push(r['从宽依据'] ?? '');
    let checked = 0;
    const unresolved: string[] = [];
    for (const cell of cells) {
      // Each citation: the tag, the law, the clue, then articles; quoted lines follow a colon.
      for (const part of cell.split(/(?=【)/).filter((p) => p.startsWith('【'))) {
        const head = /^【([^】]+)】《([^》]+)》(?:（([^）]*)）)?((?:第[零〇一二三四五六七八九十百千]+条、?)+)[：。]?([\s\S]*)$/.exec(part);
        if (!head || head[1] === '规范性文件') continue;
        const title = (head[2] ?? '').replace(/^中华人民共和国/, '');
        const keys = byTitle.get(title);
        if (!keys) {
          unresolved.push(title);
          continue;
        }
        const clue = head[3] ?? '';
        const key = keys.find((k) => versionClue(ex.laws[k]!) === (clue ? `（${clue}）` : '')) ?? keys[0] ?? '';
        const articles = [...(head[4] ?? '').matchAll(/第([零〇一二三四五六七八九十百千]+)条/g)].map((x) => chineseToInt(x[1] ?? ''));
        for (const n of articles) {
          const lines = ex.laws[key]?.articles[String(n)];
          expect({ law: key, article: n, found: !!lines }).toEqual({ law: key, article: n, found: true });
          const quote = (head[5] ?? '').trim();
          for (const q of quote ? quote.split('\n') : []) {
            const prefix = q.replace(/……$/, '');
            expect(lines?.some((l) => l.startsWith(prefix))).toBe(true);
          }
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(3000);
    // The one planted citation of a repealed law that the catalog does not hold.
    expect([...new Set(unresolved)]).toEqual(['城市规划法']);
  });

  it('resolves every national citation of the power lists, in the version it quotes, but the planted ones', () => {
    // As the importer does (`quanze demo` loads data/laws): only the planted 城市规划法 stays unresolved,
    // and only the two planted stale citations resolve to a version other than the latest.
    const root = join(__dirname, '../..');
    const entries = parseCatalogCsv(readFileSync(join(root, 'data/laws/catalog.csv'), 'utf8'));
    const texts = loadLawTextIndexes(join(root, 'data/laws/text'), entries);
    const catalog = buildLawCatalog(entries, texts.articles, texts.chapters);
    const unresolved = new Map<string, number>();
    const older = new Set<string>();
    let resolved = 0;
    for (const m of manifest.filter((x) => x.kind === 'powers')) {
      for (const r of rowsOf(m.file)) {
        for (const c of [...parseBasis(r['实施依据'] ?? ''), ...parseBasis(r['责任事项依据'] ?? '')]) {
          if (c.level === 'NORMATIVE_DOC') continue;
          const res = resolveCitation(c, catalog);
          if (res.status === 'unresolved') {
            const key = `${res.code} ${c.lawName ?? ''}`;
            unresolved.set(key, (unresolved.get(key) ?? 0) + 1);
            continue;
          }
          resolved += 1;
          const doc = catalog.documents.get(res.lawId);
          const latest = doc?.versions.at(-1)?.versionId;
          if (res.versionId !== latest) older.add(`${doc?.name ?? ''} ${catalog.versions.get(res.versionId)?.publishDate ?? ''}`);
        }
      }
    }
    expect(resolved).toBeGreaterThan(5000);
    expect(Object.fromEntries(unresolved)).toEqual({ 'LAW_NOT_IN_CATALOG 中华人民共和国城市规划法': 1 });
    expect([...older].sort()).toEqual(['农产品质量安全法 2018-10-26', '畜牧法 2015-04-24']);
  });

  it('cites the stale versions the catalog has since replaced', () => {
    const stale = manifest.filter((m) => m.kind === 'powers').flatMap((m) => rowsOf(m.file)).filter((r) => /农产品质量安全法》（[^）]*2018年10月26日|畜牧法》（[^）]*2015年4月24日/.test(r['实施依据'] ?? ''));
    expect(stale.map((r) => r['事项名称'])).toEqual(['对农产品生产企业未建立或者未按照规定保存农产品生产记录的处罚', '对销售、推广未经审定或者鉴定的畜禽品种的处罚']);
  });

  it('contains exactly the planted overlaps and defects of EXPECTED.md', () => {
    const result = analyze(DEMO, '2026-12-01');
    expect(result.scoped).toEqual({ samePower: 2, sameProvision: 3, similarName: 2, dualEnforcement: 2, whistleMultiLead: 2 });
    expect(result.literal).toEqual({ samePower: 37, sameProvision: 22, similarName: 2, dualEnforcement: 2, whistleMultiLead: 2 });
    expect(result.findings).toEqual({ NO_BASIS: 2, WEAK_BASIS: 2, NO_RESPONSIBILITY: 2, WHISTLE_NO_LEAD: 3, ORPHANED_POWERS: 7 });
    expect(citations('【法律】《中华人民共和国社会保险法》（2010年10月28日通过）第八十八条：…')).toEqual([{ tag: '【法律】', law: '社会保险法', article: 88 }]);
  });

  it('marks every planted hand-over, whistle, duty and four-lists defect', () => {
    const remarks = (kind: string) => manifest.filter((m) => m.kind === kind).flatMap((m) => rowsOf(m.file)).map((r) => r['备注'] ?? '').filter((x) => x.startsWith('【缺陷】'));
    expect(remarks('enforcement').sort()).toEqual(['【缺陷】决定未公布', '【缺陷】委托未载明期限', '【缺陷】委托行政强制措施', '【缺陷】行政许可委托给非行政机关', '【缺陷】评估已逾期'].sort());
    expect(remarks('whistle').length).toBe(8);
    expect(remarks('duties')).toEqual(['【缺陷】所需权力未赋予乡镇']);
    expect(remarks('lenient').sort()).toEqual(['【缺陷】关联权力为行政许可', '【缺陷】关联权力属于其他部门'].sort());
    const recalled = manifest.filter((m) => m.kind === 'enforcement').flatMap((m) => rowsOf(m.file)).filter((r) => r['状态'] === '已收回');
    expect(recalled.length).toBe(6);
    expect(recalled.every((r) => (r['失效日期'] ?? '') === '2025-06-30')).toBe(true);
  });
});
