/**
 * CSV bytes to text: UTF-8 (with or without BOM) when the bytes are valid UTF-8, else GB18030,
 * the superset of GBK that Chinese Excel writes by default.
 */
import * as iconv from 'iconv-lite';

export function decodeText(buffer: Buffer): { text: string; encoding: 'utf-8' | 'gb18030' } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(buffer, 'gb18030'), encoding: 'gb18030' };
  }
}
