/**
 * A copy of `text` as one sequential string. V8 keeps a string built by `+` or a template as a
 * tree of its pieces, 32 bytes a node, until something flattens it, and flattening in place still
 * keeps the tree's root. A finding's explanation is twenty pieces or more, and a province keeps
 * twelve thousand findings: their trees weighed more than their text (docs/adr/0004, fifteenth
 * round). Decoding the UTF-16 code units makes a new string of one piece (one byte a character when
 * every character fits), lone surrogates included; the tree is left to the collector.
 * 拼接而成的字符串复制为一段连续字符串，供长期保留的分析结果使用。
 */
export function flatCopy(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
}
