import { buildLawCatalog, lawIdOf } from '../laws/catalog';
import type { CatalogEntry } from '../laws/types';
import { parseBasis } from './parse';
import { resolveCitation } from './resolve';

const row = (id: string, level: string, name: string, publish: string | null, expired = false): CatalogEntry => ({
  id,
  level,
  name,
  subtitle: '',
  publish,
  validFrom: null,
  expired,
  ver: 1,
  folder: level,
});

const catalog = buildLawCatalog(
  [
    row('xk2019', '法律', '行政许可法', '2019-04-23'),
    row('tg2017', '法律', '土地管理法', '2004-08-28', true),
    row('tg2019', '法律', '土地管理法', '2019-08-26'),
    row('tgss2021', '行政法规', '土地管理法实施条例', '2021-07-02'),
    row('dl2019', '行政法规', '道路运输条例', '2019-03-02', true),
    row('dl2022', '行政法规', '道路运输条例', '2022-03-29'),
    row('sr2017', '行政法规', '城市市容和环境卫生管理条例', '2017-03-01'),
    row('hetong', '法律', '民法典 合同编', null),
  ],
  new Map([
    [
      'xk2019',
      new Map([
        ['30', 1],
        ['34', 3],
      ]),
    ],
  ]),
);

const resolveFirst = (text: string) => {
  const [c] = parseBasis(text);
  if (!c) throw new Error('no citation');
  return resolveCitation(c, catalog);
};

describe('resolveCitation', () => {
  it('matches with or without the 中华人民共和国 prefix', () => {
    const expected = {
      status: 'resolved',
      lawId: lawIdOf('行政许可法'),
      versionId: 'xk2019',
      article: 34,
      paragraph: 2,
    };
    expect(resolveFirst('【法律】《中华人民共和国行政许可法》（2019年4月23日修正）第三十四条第二款：甲')).toMatchObject(
      expected,
    );
    expect(resolveFirst('【法律】《行政许可法》（2019年4月23日修正）第三十四条第二款：甲')).toMatchObject(expected);
  });

  it('picks the version in force at the clue date, the current one without a clue', () => {
    expect(resolveFirst('【法规】《道路运输条例》（根据2019年3月2日修订）第十条')).toMatchObject({
      versionId: 'dl2019',
      versionMatch: 'exact',
    });
    expect(resolveFirst('【法规】《道路运输条例》（根据2020年1月1日修订）第十条')).toMatchObject({
      versionId: 'dl2019',
      versionMatch: 'in-force-at-clue',
    });
    expect(resolveFirst('【法规】《道路运输条例》第十条')).toMatchObject({
      versionId: 'dl2022',
      versionMatch: 'current',
    });
    expect(resolveFirst('【法律】《土地管理法》（1986年6月25日通过，2004年8月28日修正）第二条')).toMatchObject({
      versionId: 'tg2017',
    });
  });

  it('takes a passing date shortly before publication as that version', () => {
    expect(
      resolveFirst('【法规】《土地管理法实施条例》（2021年4月21日国务院第132次常务会议修订通过）第九条'),
    ).toMatchObject({
      versionId: 'tgss2021',
      versionMatch: 'published-after-clue',
    });
  });

  it('treats a 实施条例 as its own document, never as the law', () => {
    expect(resolveFirst('【法规】《中华人民共和国土地管理法实施条例》第九条')).toMatchObject({
      lawId: lawIdOf('土地管理法实施条例'),
      versionId: 'tgss2021',
    });
    expect(resolveFirst('【法规】《中华人民共和国行政许可法实施条例》第九条')).toMatchObject({
      status: 'unresolved',
      code: 'LAW_NOT_IN_CATALOG',
    });
  });

  it('leaves unknown laws, missing names and missing articles unresolved with a reason', () => {
    expect(resolveFirst('【法律】《中华人民共和国行政许可法律》第三十条')).toEqual({
      status: 'unresolved',
      code: 'LAW_NOT_IN_CATALOG',
      unresolvedReason: '法律目录中没有《中华人民共和国行政许可法律》',
      unresolvedReasonEn: '"中华人民共和国行政许可法律" is not in the law catalog',
    });
    expect(resolveFirst('【法律】\n第三十条')).toMatchObject({ code: 'NO_LAW_NAME' });
    expect(resolveFirst('【法律】《行政许可法》（2019年4月23日修正）全文')).toMatchObject({
      code: 'NO_ARTICLE',
      lawId: lawIdOf('行政许可法'),
      versionId: 'xk2019',
    });
  });

  it('says when the cited version predates the catalog instead of linking another version', () => {
    expect(resolveFirst('【法律】《行政许可法》（2003年8月27日通过）第三十条')).toMatchObject({
      status: 'unresolved',
      code: 'VERSION_NOT_IN_CATALOG',
      lawId: lawIdOf('行政许可法'),
    });
  });

  it('checks the article against the loaded text of the version', () => {
    expect(resolveFirst('【法律】《行政许可法》（2019年4月23日修正）第二百一十五条')).toMatchObject({
      code: 'ARTICLE_NOT_IN_TEXT',
      versionId: 'xk2019',
    });
    expect(resolveFirst('【法律】《行政许可法》（2019年4月23日修正）第三十条末款')).toMatchObject({
      status: 'resolved',
      article: 30,
      paragraph: 1,
    });
  });

  it('resolves an amending decision only through the act its text names', () => {
    expect(resolveFirst('【法规】《国务院关于修改部分行政法规的决定》（国务院令第666号）第十条：甲')).toMatchObject({
      status: 'unresolved',
      code: 'AMENDING_DECISION',
    });
    expect(
      resolveFirst(
        '【部令】根据2017年3月1日国务院令第676号《国务院关于废止和修改部分行政法规的决定》\n第二次修正的《城市市容和环境卫生管理条例》:第十一条“大型户外广告的设置…”',
      ),
    ).toMatchObject({
      status: 'resolved',
      lawId: lawIdOf('城市市容和环境卫生管理条例'),
      versionId: 'sr2017',
      article: 11,
    });
  });

  it('finds the part of the Civil Code from the article number', () => {
    expect(resolveFirst('【法律】《中华人民共和国民法典》（2020年5月28日通过）第八百四十三条：甲')).toMatchObject({
      status: 'resolved',
      versionId: 'hetong',
      article: 843,
    });
    expect(resolveFirst('【法律】《中华人民共和国民法典》第二百条：甲')).toMatchObject({ code: 'LAW_NOT_IN_CATALOG' });
  });
});

describe('resolveCitation of a chapter (第N章)', () => {
  const entries = [
    row('cf2021', '法律', '行政处罚法', '2021-01-22'),
    row('cf2017', '法律', '行政处罚法', '2017-09-01', true),
  ];
  const chapters = new Map([
    [
      'cf2021',
      new Map([
        ['5', { from: 39, to: 65 }],
        ['5.2', { from: 51, to: 53 }],
        ['6', { from: 66, to: 75, toSuffix: 1 }],
      ]),
    ],
  ]);
  const withChapters = buildLawCatalog(entries, new Map([['cf2021', new Map([['39', 1]])]]), chapters);
  const resolveAll = (text: string, against = withChapters) => parseBasis(text).map((c) => resolveCitation(c, against));

  it('resolves to the chapter’s article range in the chosen version', () => {
    expect(resolveAll('【法律】《中华人民共和国行政处罚法》（2021年1月22日修订）\n第五章、第六章。')).toEqual([
      {
        status: 'resolved',
        lawId: lawIdOf('行政处罚法'),
        versionId: 'cf2021',
        versionMatch: 'exact',
        article: 39,
        articleTo: 65,
        chapter: 5,
      },
      {
        status: 'resolved',
        lawId: lawIdOf('行政处罚法'),
        versionId: 'cf2021',
        versionMatch: 'exact',
        article: 66,
        articleTo: 75,
        articleToSuffix: 1,
        chapter: 6,
      },
    ]);
  });

  it('resolves a section (第N章第M节) to the section’s range', () => {
    expect(resolveAll('【法律】《行政处罚法》\n第五章第二节')).toEqual([
      expect.objectContaining({
        status: 'resolved',
        versionMatch: 'current',
        article: 51,
        articleTo: 53,
        chapter: 5,
        section: 2,
      }),
    ]);
  });

  it('says CHAPTER_NOT_IN_TEXT when the loaded text has no such chapter', () => {
    expect(resolveAll('【法律】《行政处罚法》（2021年1月22日修订）第九章')).toEqual([
      expect.objectContaining({
        status: 'unresolved',
        code: 'CHAPTER_NOT_IN_TEXT',
        versionId: 'cf2021',
        unresolvedReason: '该版本文本中没有“第九章”（或章号不唯一）',
      }),
    ]);
  });

  it('leaves a chapter unresolved (NO_ARTICLE) when the version’s text is not loaded', () => {
    expect(resolveAll('【法律】《行政处罚法》（2017年9月1日修正）第五章')).toEqual([
      expect.objectContaining({ status: 'unresolved', code: 'NO_ARTICLE', versionId: 'cf2017' }),
    ]);
    expect(resolveAll('【法律】《行政处罚法》（2021年1月22日修订）第五章', buildLawCatalog(entries))).toEqual([
      expect.objectContaining({
        code: 'NO_ARTICLE',
        unresolvedReason: '引用到“第五章”，未载入该版本的章节文本，无法确定条文',
      }),
    ]);
  });

  it('still reads 第三章第十条 as article 10, not as a chapter', () => {
    expect(resolveAll('【法律】《行政处罚法》（2021年1月22日修订）第三章第三十九条')).toEqual([
      expect.objectContaining({ status: 'resolved', article: 39 }),
    ]);
    expect(resolveAll('【法律】《行政处罚法》（2021年1月22日修订）第三章第三十九条')[0]).not.toHaveProperty('chapter');
  });
});
