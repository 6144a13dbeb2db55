import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { parse } from 'csv-parse/sync';

import { PROJECT_ROOT } from '../../src/paths';
import { parsePowerRef } from '../../src/importer/records/fields';
import { isNoneValue } from '../../src/domain/text';

export const RECORD_FIXTURES = join(PROJECT_ROOT, 'test/fixtures/records');

type Rule = 'org' | 'orgs' | 'division' | 'code' | 'powerRefs';

/** Which columns name organizations, divisions and power codes (IMPORT.md headers). */
const RULES: Readonly<Record<string, Rule>> = {
  名称: 'org',
  上级机构: 'org',
  继任机构: 'org',
  原实施部门: 'org',
  行使主体: 'org',
  实施部门: 'org',
  承接乡镇街道: 'orgs',
  吹哨主体: 'orgs',
  主责部门: 'orgs',
  配合部门: 'orgs',
  乡镇街道: 'orgs',
  对口部门: 'orgs',
  行政区划代码: 'division',
  上级区划代码: 'division',
  原权力编码: 'code',
  事项编码: 'code',
  关联权力: 'powerRefs',
};

const SEPARATORS = /([、，,;；\r\n]+)/u;
// 各街道, 全部乡镇, 所有乡镇(街道): markers that stand for many organizations, kept as written.
const MARKER = /^(各|全部|所有)/u;

const headerKey = (header: string): string => header.replace(/[\s()（）]/gu, '');

/**
 * Copies record fixtures into a temp dir with every organization name, division name, division
 * code and power code made unique to one test file, so imports of shared-looking fixtures never
 * meet another file's data. The copied file's name starts with the prefix too, so every node it
 * produces carries the prefix in `sourceFile`.
 */
export class FixtureCopier {
  readonly dir = mkdtempSync(join(tmpdir(), 'quanze-fixture-'));
  private readonly codePrefix: string;
  private readonly divisionPrefix: string;

  constructor(readonly prefix: string) {
    const hex = prefix.slice(1, 9);
    this.codePrefix = `P${hex.toUpperCase()}`;
    this.divisionPrefix = String(Number.parseInt(hex, 16) % 100_000).padStart(5, '0');
  }

  name(text: string): string {
    return `${this.prefix}${text}`;
  }

  /** 6- and 9-digit codes become 12 digits (still a valid code): 5 digits of the prefix + the code without "65". */
  division(code: string): string {
    if (!/^(\d{6}|\d{9})$/u.test(code)) return code; // an invalid code stays invalid
    return `${this.divisionPrefix}${code.padEnd(9, '0').slice(2)}`;
  }

  code(code: string): string {
    return `${this.codePrefix}${code}`;
  }

  /** Copies test/fixtures/records/<name> (or an absolute path) and returns the copy's path. */
  copy(name: string, from: string = RECORD_FIXTURES): string {
    const text = readFileSync(join(from, name), 'utf8');
    const path = join(this.dir, `${this.prefix}-${name}`);
    writeFileSync(path, this.rewrite(text));
    return path;
  }

  /** Writes CSV text (header + rows) as a file of the temp dir, rewritten like a fixture. */
  write(name: string, text: string): string {
    const path = join(this.dir, `${this.prefix}-${name}`);
    writeFileSync(path, this.rewrite(text));
    return path;
  }

  /** The text of a record fixture, unchanged. */
  read(name: string, from: string = RECORD_FIXTURES): string {
    return readFileSync(join(from, name), 'utf8');
  }

  /** Writes text already rewritten (e.g. a fixture edited after rewrite()) as a file of the temp dir. */
  writeRaw(name: string, text: string): string {
    const path = join(this.dir, `${this.prefix}-${name}`);
    writeFileSync(path, text);
    return path;
  }

  rewrite(text: string): string {
    const rows: string[][] = parse(text.replace(/^\ufeff/u, ''), { relax_column_count: true });
    const [header = [], ...body] = rows;
    const rules = header.map((h) => RULES[headerKey(h)]);
    const out = [header, ...body.map((row) => row.map((cell, i) => this.cell(cell, rules[i])))];
    return `${out.map((row) => row.map(quote).join(',')).join('\n')}\n`;
  }

  private cell(cell: string, rule: Rule | undefined): string {
    if (rule === undefined || isNoneValue(cell)) return cell;
    const parts = (transform: (part: string) => string): string =>
      cell
        .split(SEPARATORS)
        .map((part) => (SEPARATORS.test(part) || part.trim() === '' || isNoneValue(part) ? part : transform(part)))
        .join('');
    switch (rule) {
      case 'org':
        return this.name(cell);
      case 'orgs':
        return parts((part) => (MARKER.test(part.trim()) ? part : this.name(part.trim())));
      case 'division':
        return this.division(cell.trim());
      case 'code':
        return this.code(cell.trim());
      case 'powerRefs':
        return parts((part) => ('code' in parsePowerRef(part) ? this.code(part.trim()) : part));
    }
  }
}

function quote(cell: string): string {
  return /[",\r\n]/u.test(cell) ? `"${cell.replace(/"/gu, '""')}"` : cell;
}
