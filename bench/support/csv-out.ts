import { closeSync, openSync, writeSync } from 'node:fs';

/** A CSV file written in 1 MB chunks. */
export class CsvOut {
  private readonly fd: number;
  private buffer: string[] = [];
  private size = 0;
  lines = 0;

  /** `header`: the first line, or null for a data part whose header is a file of its own. */
  constructor(readonly path: string, header: string | null) {
    this.fd = openSync(path, 'w');
    if (header !== null) writeSync(this.fd, `${header}\n`);
  }

  write(cells: readonly string[]): void {
    const line = `${cells.join(',')}\n`;
    this.buffer.push(line);
    this.size += line.length;
    this.lines += 1;
    if (this.size > 1 << 20) this.flush();
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    if (this.buffer.length > 0) writeSync(this.fd, this.buffer.join(''));
    this.buffer = [];
    this.size = 0;
  }
}
