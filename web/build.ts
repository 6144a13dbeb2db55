/**
 * `npm run build:web`: bundles web/src into web/dist (git-ignored) with esbuild: one script, one
 * stylesheet, the HTML and the icon for the graph page and the dashboard. Cytoscape, its layout and
 * Apache ECharts are bundled: no CDN, works offline.
 * 构建图谱页面。
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { build } from 'esbuild';

const web = __dirname;
const dist = join(web, 'dist');

async function main(): Promise<void> {
  const started = Date.now();
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  await build({
    entryPoints: {
      app: join(web, 'src', 'main.ts'),
      style: join(web, 'src', 'style.css'),
      dashboard: join(web, 'src', 'dashboard', 'main.ts'),
      'dashboard-style': join(web, 'src', 'dashboard.css'),
    },
    outdir: dist,
    bundle: true,
    minify: true,
    sourcemap: true,
    format: 'iife',
    target: ['chrome110', 'firefox110', 'safari16'],
    legalComments: 'linked',
    logLevel: 'warning',
  });
  for (const file of readdirSync(join(web, 'public'))) copyFileSync(join(web, 'public', file), join(dist, file));
  process.stdout.write(`图谱页面已构建 / graph page built: web/dist (${Date.now() - started} ms)\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
