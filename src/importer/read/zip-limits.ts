/**
 * The inflated size of an xlsx (a ZIP), measured before SheetJS opens it. 解压后大小上限（ZIP 炸弹）。
 *
 * SheetJS inflates every part whole, with its own JavaScript inflater, and trusts the sizes the
 * ZIP declares: a part declaring 0 bytes grows without bound, one declaring more is allocated at
 * that size, and the inflater runs to the end of the stream whatever it keeps. A 1 MB deflate
 * stream can hold 1 GB of XML. So every part is inflated here first, natively and capped, and the
 * workbook is refused when its parts declare or really hold more than MAX_INFLATED_BYTES. The
 * entries are found as SheetJS finds them (the end-of-central-directory record, then each local
 * header), so no part it would read escapes the count.
 */
import { constants, inflateRawSync } from 'node:zlib';

/**
 * What the parts of a workbook may hold together: 16 times the largest real list (Karamay's
 * largest xlsx inflates to 1 MB), and below what SheetJS can parse within a 256 MB heap.
 */
export const MAX_INFLATED_BYTES = 16 * 1024 * 1024;

interface ZipEntry {
  name: string;
  method: number;
  /** Where the part's bytes start (after its local header). */
  start: number;
  storedSize: number;
  declaredSize: number;
}

/** A workbook past MAX_INFLATED_BYTES, at the part (and, in a sheet, the last cell) where it went past. */
export class InflatedSizeError extends Error {
  constructor(
    readonly part: string,
    /** The sheet's name when the part is a worksheet, else ''. */
    readonly sheet: string,
    /** 1-based row and column letters of the last cell read within the limit; 0 and '' when none. */
    readonly row: number,
    readonly column: string,
  ) {
    super(`${part} inflates past ${MAX_INFLATED_BYTES} bytes`);
    this.name = 'InflatedSizeError';
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function entries(zip: Buffer): ZipEntry[] {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== EOCD) end--;
  if (end < 0) throw new Error('no ZIP end-of-central-directory record');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const found: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error(`bad ZIP central directory entry ${i}`);
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('latin1', at + 46, at + 46 + nameLength);
    const offset = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(offset) !== LOCAL) throw new Error(`bad ZIP local header for ${name}`);
    found.push({
      name,
      method: zip.readUInt16LE(offset + 8),
      start: offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28),
      storedSize: zip.readUInt32LE(offset + 18),
      declaredSize: Math.max(zip.readUInt32LE(at + 24), zip.readUInt32LE(offset + 22)),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return found;
}

const isTooLarge = (error: unknown): boolean => (error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE';

/** The part's bytes inflated, or null when they pass `budget`. */
function inflated(zip: Buffer, entry: ZipEntry, budget: number): Buffer | null {
  if (entry.method === 0)
    return entry.storedSize <= budget ? zip.subarray(entry.start, entry.start + entry.storedSize) : null;
  if (entry.method !== 8) throw new Error(`unsupported ZIP compression method ${entry.method} in ${entry.name}`);
  try {
    return inflateRawSync(zip.subarray(entry.start), { maxOutputLength: Math.max(1, budget) });
  } catch (error) {
    if (isTooLarge(error)) return null;
    throw error;
  }
}

/**
 * The part's first `budget` bytes at most: growing prefixes of its stream are inflated until the
 * output would pass the budget (work at most three times the budget, on the refusal path only).
 */
function head(zip: Buffer, entry: ZipEntry, budget: number): Buffer {
  if (entry.method === 0) return zip.subarray(entry.start, entry.start + Math.min(entry.storedSize, budget));
  const stream = zip.subarray(entry.start);
  let kept = Buffer.alloc(0);
  for (let take = 4096; ; take *= 2) {
    try {
      kept = inflateRawSync(stream.subarray(0, take), {
        finishFlush: constants.Z_SYNC_FLUSH,
        maxOutputLength: Math.max(1, budget),
      });
    } catch (error) {
      if (isTooLarge(error)) return kept;
      throw error;
    }
    if (take >= stream.length) return kept;
  }
}

const unescapeXml = (text: string): string =>
  text.replace(
    /&(lt|gt|quot|apos|amp);/gu,
    (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? '',
  );

/** Worksheet part path → sheet name, from xl/workbook.xml and its relationships (small parts, capped). */
function sheetNames(zip: Buffer, all: readonly ZipEntry[]): Map<string, string> {
  const text = (name: string): string => {
    const entry = all.find((e) => e.name === name);
    return entry ? head(zip, entry, 1024 * 1024).toString('utf8') : '';
  };
  const targets = new Map<string, string>();
  for (const [, attributes = ''] of text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b([^>]*)>/gu)) {
    const id = /\bId="([^"]*)"/u.exec(attributes)?.[1];
    const target = /\bTarget="([^"]*)"/u.exec(attributes)?.[1];
    if (id !== undefined && target !== undefined)
      targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const names = new Map<string, string>();
  for (const [, attributes = ''] of text('xl/workbook.xml').matchAll(/<sheet\b([^>]*)>/gu)) {
    const name = /\bname="([^"]*)"/u.exec(attributes)?.[1];
    const id = /\br:id="([^"]*)"/u.exec(attributes)?.[1];
    const part = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && part !== undefined) names.set(part, unescapeXml(name));
  }
  return names;
}

/** The last cell reference (`<c r="XFD12"`) in a worksheet's XML, or its last row's number. */
function lastCell(xml: Buffer): { row: number; column: string } {
  const at = (tag: string): string => {
    const i = xml.lastIndexOf(tag);
    return i < 0 ? '' : xml.toString('latin1', i, i + 256);
  };
  const cell = /^<c\b[^>]*?\br="([A-Z]{1,3})(\d+)"/u.exec(at('<c '));
  if (cell) return { row: Number(cell[2]), column: cell[1] ?? '' };
  return { row: Number(/^<row\b[^>]*?\br="(\d+)"/u.exec(at('<row '))?.[1] ?? 0), column: '' };
}

/**
 * Throws InflatedSizeError when the workbook's parts declare or hold more than MAX_INFLATED_BYTES,
 * and a plain Error when the ZIP cannot be walked (SheetJS could not read it either).
 */
export function checkInflatedSize(zip: Buffer, limit = MAX_INFLATED_BYTES): void {
  const all = entries(zip);
  let remaining = limit;
  for (const entry of all) {
    const bytes = entry.declaredSize <= remaining ? inflated(zip, entry, remaining) : null;
    if (bytes !== null) {
      remaining -= bytes.length;
      continue;
    }
    const sheet = sheetNames(zip, all).get(entry.name) ?? '';
    const at = sheet === '' ? { row: 0, column: '' } : lastCell(head(zip, entry, Math.max(0, remaining)));
    throw new InflatedSizeError(entry.name, sheet, at.row, at.column);
  }
}
