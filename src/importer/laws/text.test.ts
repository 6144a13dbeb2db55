import { articleIndexOf, articleKey, parseLawText } from './text';

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
