import { explainStaleBasis, explainUnresolvedBasis, staleUnversioned, UNRESOLVED_REASONS } from './explain-basis';
import type { FindingRow } from './finding.model';
import { citedVersion, clueBefore } from './version-clue';

const IN_FORCE = [
  { lawId: 'L1', law: '示例法', versionId: 'v2022', publishDate: '2022-09-02', effectiveDate: '2023-01-01' },
];

const unversioned = (clue: string, extra: Record<string, unknown> = {}) => ({
  order: 0,
  role: 'IMPLEMENTING',
  text: `【法律】《中华人民共和国示例法》（${clue}）第四十七条：……`,
  levelTag: '法律',
  level: 'LAW',
  lawName: '中华人民共和国示例法',
  article: 47,
  provisionId: null,
  lawId: 'L1',
  versionId: null,
  unresolvedCode: 'VERSION_NOT_IN_CATALOG',
  unresolvedReason: '引用的版本早于法律目录收录的最早版本 / predates the catalog',
  ...extra,
});

const row = (citations: unknown[], facts: Record<string, unknown> = {}): FindingRow => ({
  subjectId: 'p1',
  subjectName: '对某行为的处罚',
  organizations: [{ id: 'o1', name: '甲局' }],
  related: [],
  facts: { citations: JSON.stringify(citations), inForce: IN_FORCE, stale: [], ...facts },
});

describe('version clues of stored citations', () => {
  it('reads the clue as the importer does: the latest amendment, else passing or publishing', () => {
    expect(
      citedVersion('【法律】《中华人民共和国示例法》（2006年4月29日通过，根据2018年10月26日修正）第四十七条'),
    ).toEqual({
      date: '2018-10-26',
      precision: 'day',
      kind: 'amended',
    });
    expect(citedVersion('《示例条例》（2014年修订）\n第十条：')).toMatchObject({ date: '2014', precision: 'year' });
    expect(citedVersion('【法律】《中华人民共和国示例法》第四十七条')).toBeUndefined();
  });

  it('compares the whole period a clue can mean with a publication date, allowing for the publication lag', () => {
    const clue = (date: string, precision: 'day' | 'month' | 'year', kind: 'amended' | 'passed' | 'effective') => ({
      date,
      precision,
      kind,
    });
    expect(clueBefore(clue('2014', 'year', 'amended'), '2015-06-01')).toBe(true);
    expect(clueBefore(clue('2014', 'year', 'amended'), '2015-03-01')).toBe(false);
    expect(clueBefore(clue('2014', 'year', 'effective'), '2015-01-01')).toBe(true);
    expect(clueBefore(clue('2014', 'year', 'effective'), '2014-06-01')).toBe(false);
    // 医疗废物管理条例 "2010年12月修正": the amendment the State Council passed then, published 2011-01-08.
    expect(clueBefore(clue('2010-12', 'month', 'amended'), '2011-01-08')).toBe(false);
    expect(clueBefore(clue('2010-12', 'month', 'amended'), '2011-06-01')).toBe(true);
    expect(clueBefore(clue('2014-05-19', 'day', 'effective'), '2014-05-20')).toBe(true);
    expect(clueBefore(clue('2014-05-19', 'day', 'passed'), '2014-05-20')).toBe(false);
  });
});

describe('STALE_BASIS of a version older than the catalog', () => {
  it('is stale when its clue is before the publication of the version in force', () => {
    expect(staleUnversioned(row([unversioned('2010年5月1日修正')]).facts)).toHaveLength(1);
  });

  it('is not stale without a version in force, without a clue, or with a clue not before it', () => {
    expect(staleUnversioned(row([unversioned('2010年5月1日修正')], { inForce: [] }).facts)).toEqual([]);
    expect(staleUnversioned(row([unversioned('未注明')]).facts)).toEqual([]);
    expect(staleUnversioned(row([unversioned('2022年修正')]).facts)).toEqual([]);
    expect(staleUnversioned(row([unversioned('2010年5月1日修正', { unresolvedCode: 'NO_ARTICLE' })]).facts)).toEqual(
      [],
    );
  });

  it('gives one finding naming both versions, merged with the stale provisions of the same power', () => {
    const provisionStale = {
      law: '示例法',
      lawId: 'L1',
      citedVersionId: 'v2018',
      citedPublishDate: '2018-10-26',
      inForceVersionId: 'v2022',
      inForcePublishDate: '2022-09-02',
      inForceEffectiveDate: '2023-01-01',
      provisionId: 'v2018#47',
      article: 47,
      role: 'IMPLEMENTING',
      order: 1,
      citedText: '【法律】《中华人民共和国示例法》（2018年10月26日修正）第四十七条',
    };
    const drafts = explainStaleBasis(
      row([unversioned('2010年5月1日修正', { role: 'RESPONSIBILITY' })], { stale: [provisionStale] }),
      '2026-12-01',
    );
    expect(drafts).toHaveLength(1);
    const [draft] = drafts;
    expect(draft?.explanation).toContain('2018-10-26修正的版本（2018-10-26公布）');
    expect(draft?.explanation).toContain(
      '2010-05-01修正的版本（早于法律目录收录的最早版本），而2026-12-01施行的是2022-09-02公布的版本',
    );
    expect(draft?.explanationEn).toContain(
      'cites the version amended 2010-05-01 (older than any version in the catalog)',
    );
    expect(draft?.evidence.map((e) => e.slice(0, 10))).toEqual(['责任事项依据第47条', '实施依据第47条：【']);
    expect(draft?.related?.map((r) => r.type).sort()).toEqual(['LegalDocument']);
    expect(draft?.idParts).toBeUndefined();
  });

  it('gives no finding for a candidate whose only old-version citation is not stale', () => {
    expect(explainStaleBasis(row([unversioned('2010年5月1日修正')], { inForce: [] }), '2026-12-01')).toEqual([]);
  });
});

describe('UNRESOLVED_BASIS', () => {
  const national = (code: string, extra: Record<string, unknown> = {}) =>
    unversioned('2010年5月1日修正', { unresolvedCode: code, unresolvedReason: `原因 / reason`, ...extra });

  it('has a reason for every code the importer emits', () => {
    expect(Object.keys(UNRESOLVED_REASONS).sort()).toEqual(
      [
        'AMBIGUOUS_NAME',
        'AMENDING_DECISION',
        'ARTICLE_NOT_IN_TEXT',
        'CHAPTER_NOT_IN_TEXT',
        'LAW_NOT_IN_CATALOG',
        'NO_ARTICLE',
        'NO_LAW_NAME',
        'VERSION_NOT_IN_CATALOG',
      ].sort(),
    );
  });

  it('counts a national citation that did not resolve for any reason, and says why', () => {
    for (const code of Object.keys(UNRESOLVED_REASONS).filter((c) => c !== 'VERSION_NOT_IN_CATALOG')) {
      const [draft] = explainUnresolvedBasis(row([national(code)]), '2026-12-01');
      expect(draft?.explanation).toContain(
        `《中华人民共和国示例法》第47条：${UNRESOLVED_REASONS[code as 'NO_ARTICLE'][0]}`,
      );
    }
  });

  it('names a citation without a law name by its own words', () => {
    const [draft] = explainUnresolvedBasis(
      row([national('NO_LAW_NAME', { lawName: null, article: null, text: '【法律】' })]),
      '2026-12-01',
    );
    expect(draft?.explanation).toContain('有1条法律、法规依据未能解析到条文：“【法律】”：未写明法律名称。');
  });

  it('counts national citations only: by tag or by the 中华人民共和国 name', () => {
    const local = { levelTag: '规范性文件', level: 'NORMATIVE_DOC', lawName: '某市办法' };
    expect(explainUnresolvedBasis(row([national('NO_ARTICLE', local)]), '2026-12-01')).toEqual([]);
    expect(
      explainUnresolvedBasis(row([national('NO_ARTICLE', { ...local, levelTag: '行政法规' })]), '2026-12-01'),
    ).toHaveLength(1);
    expect(
      explainUnresolvedBasis(
        row([national('NO_ARTICLE', { ...local, levelTag: null, lawName: '中华人民共和国某条例' })]),
        '2026-12-01',
      ),
    ).toHaveLength(1);
    expect(
      explainUnresolvedBasis(
        row([{ ...national('NO_ARTICLE'), unresolvedCode: null, provisionId: 'v#1' }]),
        '2026-12-01',
      ),
    ).toEqual([]);
  });

  it('leaves a version older than the catalog to STALE_BASIS when it is stale there, and counts it when not', () => {
    expect(explainUnresolvedBasis(row([unversioned('2010年5月1日修正')]), '2026-12-01')).toEqual([]);
    const [draft] = explainUnresolvedBasis(row([unversioned('2010年5月1日修正')], { inForce: [] }), '2026-12-01');
    expect(draft?.explanation).toContain('所注明的版本不在法律目录中');
  });
});
