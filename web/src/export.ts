import type { Core } from 'cytoscape';

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const stamp = (): string => new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');

/** The whole graph as a PNG (twice the screen resolution). 导出 PNG。 */
export function exportPng(cy: Core): void {
  const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
  download(blob, `quanze-graph-${stamp()}.png`);
}

/** The whole graph as an SVG (cytoscape-svg). 导出 SVG。 */
export function exportSvg(cy: Core): void {
  const text = (cy as unknown as { svg(options: Record<string, unknown>): string }).svg({ full: true, scale: 1, bg: '#ffffff' });
  download(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }), `quanze-graph-${stamp()}.svg`);
}
