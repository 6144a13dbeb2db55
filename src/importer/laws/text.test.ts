import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleKey, chapterIndexOf } from '../../domain/laws/article-places';
import { articleIndexOf, lawTextPaths, parseLawText } from './text';

const TEXT = `# 中华人民共和国示例法

2003年8月27日 第十届全国人民代表大会常务委员会第四次会议通过

第一条 不是条文：在 INFO END 之前。

<!-- INFO END -->

## 第一章 总则

第一条 为了规范示例，制定本法。

第二条 有下列情形之一的，适用本法：
（一）第一种情形；
（二）第二种情形。
前款规定以外的，依照其规定。

## 第二章 附则

第二条之一 新增的条文。

第一百零八条 本法自公布之日起施行。
`;

describe('parseLawText', () => {
  const parsed = parseLawText(TEXT);

  it('reads articles after INFO END with Chinese numerals and 之一', () => {
    expect(parsed.articles.map((a) => articleKey(a.article, a.suffix))).toEqual(['1', '2', '2之1', '108']);
    expect(parsed.complete).toBe(true);
  });

  it('keeps item lines inside their paragraph', () => {
    expect(parsed.articles[1]?.paragraphs).toEqual([
      '有下列情形之一的，适用本法：\n（一）第一种情形；\n（二）第二种情形。',
      '前款规定以外的，依照其规定。',
    ]);
    expect(articleIndexOf(parsed).get('2')).toBe(2);
  });

  it('marks a text cut off after chapter one as incomplete', () => {
    expect(parseLawText('<!-- INFO END -->\n## 第一章 总则\n第一条 甲。\n').complete).toBe(false);
  });
});

describe('chapterIndexOf', () => {
  const OUTLINED = `# 示例法
<!-- INFO END -->
## 第一章 总则
第一条 甲。
第二条 乙。
## 第二章 程序
### 第一节 一般规定
第三条 丙。
第三条之一 丙一。
### 第二节 简易程序
第四条 丁。
## 第三章 附则
第五条 戊。
第五条之一 戊一。
`;

  it('maps chapters and sections to their first and last articles', () => {
    const parsed = parseLawText(OUTLINED);
    expect(parsed.articles.map((a) => [articleKey(a.article, a.suffix), a.chapter, a.section])).toEqual([
      ['1', 1, undefined],
      ['2', 1, undefined],
      ['3', 2, 1],
      ['3之1', 2, 1],
      ['4', 2, 2],
      ['5', 3, undefined],
      ['5之1', 3, undefined],
    ]);
    expect(Object.fromEntries(chapterIndexOf(parsed.articles))).toEqual({
      '1': { from: 1, to: 2 },
      '2': { from: 3, to: 4 },
      '2.1': { from: 3, to: 3, toSuffix: 1 },
      '2.2': { from: 4, to: 4 },
      '3': { from: 5, to: 5, toSuffix: 1 },
    });
  });

  it('builds the same index from plain rows, and drops chapter numbers that restart in another 编', () => {
    const rows = [
      { article: 1, chapter: 1 },
      { article: 2, chapter: 2, section: 1 },
      { article: 3, chapter: 1 },
      { article: 4, chapter: 3 },
    ];
    expect(Object.fromEntries(chapterIndexOf(rows))).toEqual({
      '2': { from: 2, to: 2 },
      '2.1': { from: 2, to: 2 },
      '3': { from: 4, to: 4 },
    });
  });

  it('ends a chapter at an unnumbered heading of the same level', () => {
    const parsed = parseLawText(
      '<!-- INFO END -->\n## 第一章 总则\n第一条 甲。\n## 第二章 乙\n第二条 乙。\n## 附则\n第三条 丙。\n',
    );
    expect(parsed.articles.map((a) => a.chapter)).toEqual([1, 2, undefined]);
  });

  it('reads the chapters of the real 行政处罚法 (2021)', () => {
    const text = readFileSync(join(__dirname, '../../../data/laws/text/行政法/行政处罚法(2021-01-22).md'), 'utf8');
    const index = chapterIndexOf(parseLawText(text).articles);
    expect([index.get('5'), index.get('5.4'), index.get('6'), index.get('7'), index.get('8')]).toEqual([
      { from: 39, to: 65 },
      { from: 63, to: 65 },
      { from: 66, to: 75 },
      { from: 76, to: 83 },
      { from: 84, to: 86 },
    ]);
  });
});

describe('lawTextPaths confinement', () => {
  it('never points outside the text folder, whatever the catalog says', () => {
    const entry = (folder: string, name: string): Parameters<typeof lawTextPaths>[1] =>
      ({ folder, name, publish: '2021-01-22' }) as unknown as Parameters<typeof lawTextPaths>[1];
    expect(lawTextPaths('/data/laws/text', entry('../../etc', 'passwd'))).toEqual([]);
    for (const path of lawTextPaths('/data/laws/text', entry('/etc', 'passwd'))) expect(path.startsWith('/data/laws/text/')).toBe(true);
    expect(lawTextPaths('/data/laws/text', entry('行政法', '../../../secret'))).toEqual([]);
    expect(lawTextPaths('/data/laws/text', entry('行政法', '行政处罚法'))).toEqual([
      '/data/laws/text/行政法/行政处罚法(2021-01-22).md',
      '/data/laws/text/行政法/行政处罚法.md',
    ]);
  });
});
