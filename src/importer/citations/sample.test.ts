/**
 * Real cells of the Karamay lists with hand-checked expectations: every citation must resolve
 * exactly as written down (law, version, article, paragraph, item) or fail for the stated reason.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildLawCatalog, parseCatalogCsv } from '../laws/catalog';
import { loadLawTexts } from '../laws/text';
import { parseBasis } from './parse';
import { resolveCitation } from './resolve';

interface SampleCell {
  file: string;
  row: number;
  column: string;
  text: string;
  expected: Record<string, unknown>[];
}

const root = join(__dirname, '..', '..', '..');
const sample = JSON.parse(readFileSync(join(root, 'test/fixtures/citations/sample.json'), 'utf8')) as {
  cells: SampleCell[];
};
const entries = parseCatalogCsv(readFileSync(join(root, 'data/laws/catalog.csv'), 'utf8'));
const catalog = buildLawCatalog(entries, loadLawTexts(join(root, 'data/laws/text'), entries));

describe('hand-checked sample of real citations', () => {
  it('covers at least 60 citations from at least 8 files', () => {
    expect(sample.cells.flatMap((c) => c.expected).length).toBeGreaterThanOrEqual(60);
    expect(new Set(sample.cells.map((c) => c.file)).size).toBeGreaterThanOrEqual(8);
  });

  it.each(sample.cells.map((c) => [`${c.file} row ${c.row} ${c.column}`, c] as const))('%s', (_label, cell) => {
    const actual = parseBasis(cell.text).map((c) => {
      const r = resolveCitation(c, catalog);
      if (r.status === 'unresolved') return { cited: c.lawName ?? null, unresolvable: r.code, why: r.unresolvedReason };
      const out: Record<string, unknown> = {
        law: catalog.documents.get(r.lawId)?.name,
        publish: catalog.versions.get(r.versionId)?.publishDate,
        article: r.article,
      };
      if (r.paragraph !== undefined) out['paragraph'] = r.paragraph;
      if (r.item !== undefined) out['item'] = r.item;
      return out;
    });
    expect(actual).toEqual(cell.expected);
  });
});
