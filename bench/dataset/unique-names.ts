import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

import { parse } from 'csv-parse/sync';

import { CsvWriter } from '../../scripts/demo/csv';
import type { ManifestEntry } from '../../scripts/demo/generate';
import { HEADERS } from '../../scripts/demo/headers';

// Columns of HEADERS.organizations and HEADERS.divisions.
const ORG = { name: 0, parent: 3, division: 4, successor: 8 } as const;
const COUNTY_LEVEL = '县级';

/**
 * Above a few counties the demo generator reuses township names (龙泉镇人民政府 in several
 * counties), and the importer keys organizations by name, so `organizations.csv` is refused.
 * Real lists tell such townships apart by their county, so this renames every repeat outside
 * its first county to `<county><name>` (柳溪县龙泉镇人民政府), in organizations.csv and in
 * that county's own lists (named `<county code>-<county>.csv`). Returns how many were renamed.
 * 重名乡镇加县名前缀。
 */
export function disambiguateTownships(out: string, manifest: readonly ManifestEntry[]): number {
  const countyNames = new Map(
    parse(readFileSync(join(out, 'divisions.csv')), { bom: true, from_line: 2 })
      .filter((r) => r[2] === COUNTY_LEVEL)
      .map((r) => [r[0]!, r[1]!]),
  );
  const orgFile = join(out, 'organizations.csv');
  const rows = parse(readFileSync(orgFile), { bom: true, from_line: 2, relax_column_count: true });
  const firstCounty = new Map<string, string>();
  const renames = new Map<string, Map<string, string>>();
  for (const row of rows) {
    const name = row[ORG.name]!;
    const county = (row[ORG.division] ?? '').slice(0, 6);
    const first = firstCounty.get(name);
    if (first === undefined) firstCounty.set(name, county);
    else if (first !== county) {
      const map = renames.get(county) ?? new Map<string, string>();
      map.set(name, `${countyNames.get(county) ?? county}${name}`);
      renames.set(county, map);
    }
  }
  if (renames.size === 0) return 0;

  const writer = new CsvWriter(orgFile, HEADERS.organizations);
  for (const row of rows) {
    const map = renames.get((row[ORG.division] ?? '').slice(0, 6));
    writer.write(row.map((cell, i) => (map && (i === ORG.name || i === ORG.parent || i === ORG.successor) ? (map.get(cell) ?? cell) : cell)));
  }
  writer.close();

  for (const entry of manifest) {
    const map = renames.get(basename(entry.file).slice(0, 6));
    if (!map || entry.kind === 'divisions' || entry.kind === 'organizations') continue;
    const file = join(out, entry.file);
    // Longest first, so a name that contains another is replaced whole.
    const names = [...map.keys()].sort((a, b) => b.length - a.length);
    const pattern = new RegExp(names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
    writeFileSync(file, readFileSync(file, 'utf8').replace(pattern, (name) => map.get(name) ?? name));
  }
  return [...renames.values()].reduce((n, m) => n + m.size, 0);
}
