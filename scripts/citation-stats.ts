/**
 * Development measure: parse and resolve every legal-basis cell of the given workbooks.
 * 开发用统计：解析并解析全部依据单元格，报告法律引用的解析率。
 * Usage: npx tsx scripts/citation-stats.ts <dir-or-files>...
 * The workbook reading here is deliberately crude (header row = first row with a basis column);
 * the real reader lives in the importer.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { buildLawCatalog, parseCatalogCsv } from '../src/domain/laws/catalog';
import { loadLawTextIndexes } from '../src/importer/laws/text';
import { citationStats } from '../src/importer/citations/stats';

const BASIS_HEADER = /^(实施依据|设定依据|法律依据|职权依据|责任事项依据|责任事项的依据)$/;

function basisCells(file: string): string[] {
  const workbook = XLSX.read(readFileSync(file));
  const cells: string[] = [];
  for (const name of workbook.SheetNames) {
    const sheet = workbook.Sheets[name];
    if (!sheet) continue;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: '' });
    const headerRow = rows
      .slice(0, 15)
      .findIndex((r) => r.some((c) => BASIS_HEADER.test(String(c).replace(/\s+/g, ''))));
    if (headerRow < 0) continue;
    const columns = (rows[headerRow] ?? []).flatMap((c, i) =>
      BASIS_HEADER.test(String(c).replace(/\s+/g, '')) ? [i] : [],
    );
    for (const row of rows.slice(headerRow + 1)) {
      for (const i of columns) {
        const value = row[i];
        const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
        if (text !== '') cells.push(text);
      }
    }
  }
  return cells;
}

function expand(paths: string[]): string[] {
  return paths.flatMap((p) =>
    statSync(p).isDirectory()
      ? readdirSync(p)
          .filter((f) => /\.xlsx?$/i.test(f))
          .map((f) => join(p, f))
      : [p],
  );
}

const files = expand(process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['test/fixtures/karamay']);
const entries = parseCatalogCsv(readFileSync('data/laws/catalog.csv', 'utf8'));
const texts = loadLawTextIndexes('data/laws/text', entries);
const catalog = buildLawCatalog(entries, texts.articles, texts.chapters);
const stats = citationStats(files.flatMap(basisCells), catalog, 40);
const pct = (n: number): string => `${((100 * n) / Math.max(stats.national, 1)).toFixed(1)}%`;
console.log(`文件 files: ${files.length}`);
console.log(JSON.stringify(stats, null, 2));
console.log(`引用国家法律 citations naming a national law: ${stats.national}`);
console.log(
  `  解析到条 resolved to an article:            ${stats.resolvedToArticle} (${pct(stats.resolvedToArticle)})`,
);
console.log(
  `  解析到章（条文范围）resolved to a chapter:   ${stats.resolvedToChapter} (${pct(stats.resolvedToChapter)})`,
);
console.log(`  已解析合计 resolved (article or chapter):    ${stats.resolved} (${pct(stats.resolved)})`);
console.log(`  未解析 unresolved:                           ${stats.unresolved} (${pct(stats.unresolved)})`);
for (const [code, n] of Object.entries(stats.unresolvedByCode).sort((a, b) => b[1] - a[1])) {
  console.log(`    ${code}: ${n}`);
}
