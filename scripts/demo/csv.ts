import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Streaming CSV writer in the shape Excel's "CSV UTF-8" produces: a BOM, CRLF between rows, LF
 * inside quoted cells. Rows are buffered and flushed in ~1 MB chunks so memory stays bounded.
 */
export class CsvWriter {
  private readonly fd: number;
  private chunks: string[] = [];
  private size = 0;
  rows = 0;

  constructor(readonly path: string, header: readonly string[]) {
    mkdirSync(dirname(path), { recursive: true });
    this.fd = openSync(path, 'w');
    writeSync(this.fd, '\uFEFF');
    this.line(header);
  }

  write(cells: readonly (string | number | undefined)[]): void {
    this.line(cells);
    this.rows += 1;
  }

  private line(cells: readonly (string | number | undefined)[]): void {
    const text = cells.map(csvCell).join(',') + '\r\n';
    this.chunks.push(text);
    this.size += text.length;
    if (this.size > 1 << 20) this.flush();
  }

  private flush(): void {
    if (this.chunks.length) writeSync(this.fd, this.chunks.join(''));
    this.chunks = [];
    this.size = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

export function csvCell(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
