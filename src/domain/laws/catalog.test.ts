import { buildLawCatalog, findLawByName, lawIdOf, parseCatalogCsv } from './catalog';
import { normalizeLawName } from './normalize-name';

const CSV = [
  'id,level,name,subtitle,publish,valid_from,expired,ver,folder',
  'r1,行政法规,道路运输条例,,2019-03-02,,1,2,行政法规',
  'r3,行政法规,道路运输条例,,2023-07-20,,0,0,行政法规',
  'r2,行政法规,道路运输条例,,2022-03-29,,0,2,行政法规',
  'c1,宪法,宪法,,,,0,1,宪法',
  'l1,法律,环境噪声污染防治法,,2018-12-29,2018-12-29,1,1,行政法',
  'd1,部门规章,网络交易监督管理办法,,2021-03-15,2021-05-01,0,1,部门规章',
].join('\r\n');

describe('parseCatalogCsv', () => {
  it('reads every column, CRLF lines, empty dates as null', () => {
    const rows = parseCatalogCsv(CSV);
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual({
      id: 'r1',
      level: '行政法规',
      name: '道路运输条例',
      subtitle: '',
      publish: '2019-03-02',
      validFrom: null,
      expired: true,
      ver: 2,
      folder: '行政法规',
    });
    expect(rows[3]?.publish).toBeNull();
  });

  it('rejects a file without the catalog columns', () => {
    expect(() => parseCatalogCsv('id,name\n1,x')).toThrow(/缺少列/);
  });
});

describe('buildLawCatalog', () => {
  const catalog = buildLawCatalog(parseCatalogCsv(CSV));

  it('makes one document per normalised name with a stable id', () => {
    expect(catalog.documents.size).toBe(4);
    const doc = findLawByName(catalog, '中华人民共和国道路运输条例');
    expect(doc?.lawId).toBe(lawIdOf('道路运输条例'));
    expect(doc?.lawId).toMatch(/^[0-9a-f]{16}$/);
  });

  it('orders versions by publish date and picks the latest non-expired one as current', () => {
    const doc = findLawByName(catalog, '道路运输条例');
    expect(doc?.versions.map((v) => v.versionId)).toEqual(['r1', 'r2', 'r3']);
    expect(doc?.currentVersionId).toBe('r3');
  });

  it('has no current version for a repealed law', () => {
    expect(findLawByName(catalog, '环境噪声污染防治法')?.currentVersionId).toBeNull();
  });

  it('maps catalog levels, the constitution to LAW', () => {
    expect(findLawByName(catalog, '宪法')?.level).toBe('LAW');
    expect(findLawByName(catalog, '道路运输条例')?.level).toBe('ADMIN_REGULATION');
    expect(findLawByName(catalog, '网络交易监督管理办法')?.level).toBe('DEPT_RULE');
  });

  it('attaches article indexes by version id', () => {
    const withText = buildLawCatalog(parseCatalogCsv(CSV), new Map([['r3', new Map([['1', 2]])]]));
    expect(withText.versions.get('r3')?.articles?.get('1')).toBe(2);
    expect(withText.versions.get('r2')?.articles).toBeUndefined();
  });

  it('attaches chapter indexes by version id', () => {
    const chapters = new Map([['r3', new Map([['5', { from: 39, to: 65 }]])]]);
    const withChapters = buildLawCatalog(parseCatalogCsv(CSV), undefined, chapters);
    expect(withChapters.versions.get('r3')?.chapters?.get('5')).toEqual({ from: 39, to: 65 });
    expect(withChapters.versions.get('r2')?.chapters).toBeUndefined();
  });
});

describe('normalizeLawName', () => {
  it('drops the 中华人民共和国 prefix, whitespace and full width', () => {
    expect(normalizeLawName(' 中华人民共和国 行政许可法 ')).toBe('行政许可法');
    expect(normalizeLawName('宪法修正案（1988年）')).toBe('宪法修正案(1988年)');
    expect(normalizeLawName('自治区实施<土地管理法>办法')).toBe('自治区实施《土地管理法》办法');
  });
});
