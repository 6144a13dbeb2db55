/**
 * The one normalisation of law names used for identity and lookup: no whitespace, half-width
 * ASCII, angle brackets unified, without the 中华人民共和国 prefix.
 * 法律名称规范化：去空白、全角转半角、去“中华人民共和国”前缀。
 */

const PREFIX = '中华人民共和国';

export function normalizeLawName(name: string): string {
  let s = name
    .replace(/[\s\u00a0\u200b\u3000]+/g, '')
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[〈<]/g, '《')
    .replace(/[〉>]/g, '》');
  if (s.startsWith(PREFIX)) s = s.slice(PREFIX.length);
  return s;
}
