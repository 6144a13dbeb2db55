/** Exports of one chart: the picture (PNG) and the data behind it (XLSX). 图表导出。 */
import { utils, writeFileXLSX } from '@e965/xlsx';
import type { ECharts } from 'echarts/core';

export function downloadPng(chart: ECharts, name: string): void {
  const link = document.createElement('a');
  link.href = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
}

export function downloadXlsx(table: (string | number)[][], sheetTitle: string, name: string): void {
  const book = utils.book_new();
  // Sheet names: at most 31 characters, none of []:*?/\ .
  utils.book_append_sheet(book, utils.aoa_to_sheet(table), sheetTitle.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31));
  writeFileXLSX(book, name, { compression: true });
}
