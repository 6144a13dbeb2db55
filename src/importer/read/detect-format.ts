/**
 * File format by content, never by extension: real ".xlsx" files can be old binary workbooks.
 * 按内容判断文件格式。
 */

export type DetectedFormat =
  { format: 'xlsx' | 'xls' | 'csv' } | { format: 'empty' } | { format: 'unsupported'; what: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Binary formats people rename to .xlsx by mistake, to name them in the message. */
const KNOWN_BINARY: ReadonlyArray<readonly [number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46], 'PDF'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG'],
  [[0xff, 0xd8, 0xff], 'JPEG'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF'],
  [[0x52, 0x61, 0x72, 0x21], 'RAR'],
  [[0x37, 0x7a, 0xbc, 0xaf], '7z'],
  [[0x1f, 0x8b], 'gzip'],
  [[0xff, 0xfe], 'UTF-16'],
  [[0xfe, 0xff], 'UTF-16'],
];

function startsWith(buffer: Buffer, magic: readonly number[]): boolean {
  return buffer.length >= magic.length && magic.every((b, i) => buffer[i] === b);
}

export function detectFormat(buffer: Buffer): DetectedFormat {
  if (startsWith(buffer, ZIP) || startsWith(buffer, ZIP_EMPTY)) return { format: 'xlsx' };
  if (startsWith(buffer, OLE2)) return { format: 'xls' };
  for (const [magic, what] of KNOWN_BINARY) {
    if (startsWith(buffer, magic)) return { format: 'unsupported', what };
  }
  const head = buffer.subarray(0, 8192);
  // Text never contains NUL; every binary format we do not read does.
  if (head.includes(0)) return { format: 'unsupported', what: 'binary' };
  const text = head.toString('latin1').replace(/^\xef\xbb\xbf/, '');
  if (text.trim() === '') return { format: 'empty' };
  return { format: 'csv' };
}
