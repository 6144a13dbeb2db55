/**
 * Real cells of the Karamay lists with hand-checked expectations: every citation must resolve
 * exactly as written down (law, version, article, paragraph, item; for a chapter, its article
 * range) or fail for the stated reason.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildLawCatalog, parseCatalogCsv } from '../../domain/laws/catalog';
import { loadLawTextIndexes } from '../laws/text';
import { parseBasis } from '../../domain/citations/parse';
import { resolveCitation } from '../../domain/citations/resolve';

interface SampleCell {
  file: string;
  row: number;
  column: string;
  text: string;
  expected: Record<string, unknown>[];
}

const root = join(__dirname, '..', '..', '..');
const load = (name: string): SampleCell[] =>
  (JSON.parse(readFileSync(join(root, 'test/fixtures/citations', name), 'utf8')) as { cells: SampleCell[] }).cells;
const sample = load('sample.json');
const chapters = load('chapters.json');
const entries = parseCatalogCsv(readFileSync(join(root, 'data/laws/catalog.csv'), 'utf8'));
const texts = loadLawTextIndexes(join(root, 'data/laws/text'), entries);
const catalog = buildLawCatalog(entries, texts.articles, texts.chapters);

function actual(text: string): Record<string, unknown>[] {
  return parseBasis(text).map((c) => {
    const r = resolveCitation(c, catalog);
    if (r.status === 'unresolved') return { cited: c.lawName ?? null, unresolvable: r.code, why: r.unresolvedReason };
    const out: Record<string, unknown> = {
      law: catalog.documents.get(r.lawId)?.name,
      publish: catalog.versions.get(r.versionId)?.publishDate,
      article: r.article,
    };
    if (r.paragraph !== undefined) out['paragraph'] = r.paragraph;
    if (r.item !== undefined) out['item'] = r.item;
    if (r.articleTo !== undefined) out['articleTo'] = r.articleTo;
    if (r.chapter !== undefined) out['chapter'] = r.chapter;
    if (r.section !== undefined) out['section'] = r.section;
    return out;
  });
}

const label = (c: SampleCell): string => `${c.file} row ${c.row} ${c.column}`;

describe('hand-checked sample of real citations', () => {
  it('covers at least 60 citations from at least 8 files', () => {
    expect(sample.flatMap((c) => c.expected).length).toBeGreaterThanOrEqual(60);
    expect(new Set(sample.map((c) => c.file)).size).toBeGreaterThanOrEqual(8);
  });

  it.each(sample.map((c) => [label(c), c] as const))('%s', (_label, cell) => {
    expect(actual(cell.text)).toEqual(cell.expected);
  });
});

describe('hand-checked sample of real chapter citations', () => {
  it('covers at least 15 resolved chapter citations from at least 8 files', () => {
    expect(chapters.flatMap((c) => c.expected).filter((e) => e['chapter'] !== undefined).length).toBeGreaterThanOrEqual(
      15,
    );
    expect(new Set(chapters.map((c) => c.file)).size).toBeGreaterThanOrEqual(8);
  });

  it.each(chapters.map((c) => [label(c), c] as const))('%s', (_label, cell) => {
    expect(actual(cell.text)).toEqual(cell.expected);
  });
});
