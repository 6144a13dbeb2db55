/**
 * Workbooks whose parts inflate far past their size on disk (ZIP bombs), written part by part so a
 * test can also make a part lie about its size. 构造 ZIP 炸弹工作簿。
 */
import { crc32, deflateRawSync } from 'node:zlib';

import * as XLSX from '@e965/xlsx';

export interface BombPart {
  name: string;
  content: Buffer;
  /** The uncompressed size written in the headers; the real one when absent. */
  declaredSize?: number;
}

/** A ZIP of deflated parts (no data descriptors, no ZIP64). */
export function zipOf(parts: readonly BombPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const data = deflateRawSync(part.content, { level: 9 });
    const crc = crc32(part.content);
    const size = part.declaredSize ?? part.content.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** SheetJS's bundled ZIP reader (untyped in @e965/xlsx). */
interface Cfb {
  read(
    data: Buffer,
    options: { type: 'buffer' },
  ): { FullPaths: string[]; FileIndex: { type: number; content: Uint8Array | null }[] };
}

/** The parts of a small real workbook with sheet `sheet` holding `header`, to be replaced one by one. */
export function workbookParts(sheet: string, header: readonly string[]): BombPart[] {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([[...header]]), sheet);
  const zip = (XLSX.CFB as Cfb).read(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer, {
    type: 'buffer',
  });
  const root = zip.FullPaths[0] ?? '';
  return zip.FileIndex.flatMap((entry, i) =>
    entry.type === 2 && entry.content
      ? [{ name: (zip.FullPaths[i] ?? '').slice(root.length), content: Buffer.from(entry.content) }]
      : [],
  );
}

/**
 * Sheet XML of `header`, then rows (a number, then texts of `cellChars` characters) until it holds
 * about `bytes` bytes. Long cells make it a bomb: 40 MB deflate to about 100 KB.
 */
export function hugeSheetXml(header: readonly string[], bytes: number, cellChars = 64 * 1024): Buffer {
  const cell = (ref: string, text: string): string => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
  const letters = header.map((_, c) => String.fromCharCode(65 + c));
  const chunks: string[] = [`<row r="1">${header.map((h, c) => cell(`${letters[c]}1`, h)).join('')}</row>`];
  let size = 0;
  for (let r = 2; size < bytes; r++) {
    const row = `<row r="${r}">${letters.map((l, c) => cell(`${l}${r}`, c === 0 ? String(r) : `对第${r}项违法行为的处罚${'x'.repeat(cellChars)}`)).join('')}</row>`;
    chunks.push(row);
    size += row.length;
  }
  return Buffer.from(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${chunks.join('')}</sheetData></worksheet>`,
  );
}

/** A workbook whose sheet `sheet` inflates to about `bytes`; `declaredSize` makes its headers lie. */
export function sheetBomb(
  sheet: string,
  header: readonly string[],
  bytes: number,
  declaredSize?: number,
  cellChars?: number,
): Buffer {
  return zipOf(
    workbookParts(sheet, header).map((part) =>
      part.name === 'xl/worksheets/sheet1.xml'
        ? {
            name: part.name,
            content: hugeSheetXml(header, bytes, cellChars),
            ...(declaredSize === undefined ? {} : { declaredSize }),
          }
        : part,
    ),
  );
}
