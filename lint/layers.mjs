// The import rules of the layers. A local ESLint plugin: import cycles counted over every relative import, type-only ones included.
// eslint-plugin-import-x's no-cycle skips `import type`, so a cycle made of types (a model that
// names a repository's type that names the model) passed it; this rule follows what TypeScript
// reads (ts.preProcessFile), so it sees `import type`, `export ... from` and `import()` alike.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

import ts from 'typescript';

const EXTENSIONS = ['.ts', '.tsx', '/index.ts'];

/** File -> the files it imports by a relative specifier (cached for one lint run). */
const importsOf = new Map();
/** File text overrides (the file being linted, as ESLint sees it). */
function relativeImports(file, text) {
  const cached = text === undefined ? importsOf.get(file) : undefined;
  if (cached) return cached;
  const source = text ?? (existsSync(file) ? readFileSync(file, 'utf8') : '');
  const found = [];
  for (const ref of ts.preProcessFile(source, true, true).importedFiles) {
    if (!ref.fileName.startsWith('.')) continue;
    const target = resolveRelative(dirname(file), ref.fileName);
    if (target !== undefined) found.push({ target, specifier: ref.fileName });
  }
  if (text === undefined) importsOf.set(file, found);
  return found;
}

function resolveRelative(dir, specifier) {
  const base = resolve(dir, specifier.replace(/\.js$/u, ''));
  if (/\.tsx?$/u.test(base) && existsSync(base)) return base;
  for (const ext of EXTENSIONS) if (existsSync(base + ext)) return base + ext;
  return undefined;
}

/** The shortest route from `start` back to `file` (breadth first), or undefined. */
function routeBack(file, start) {
  const seen = new Set([start]);
  const queue = [[start]];
  while (queue.length > 0) {
    const route = queue.shift();
    for (const { target } of relativeImports(route[route.length - 1])) {
      if (target === file) return route;
      if (seen.has(target)) continue;
      seen.add(target);
      queue.push([...route, target]);
    }
  }
  return undefined;
}

const noCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import cycles, counting type-only imports.' },
    schema: [],
    messages: { cycle: 'Import cycle (type-only imports count): {{route}}' },
  },
  create(context) {
    const file = context.physicalFilename;
    if (!/\.tsx?$/u.test(file)) return {};
    const text = context.sourceCode.getText();
    const report = (node) => {
      const specifier = node.source?.value;
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const target = resolveRelative(dirname(file), specifier);
      if (target === undefined) return;
      const route = target === file ? [] : routeBack(file, target);
      if (route === undefined) return;
      const names = [file, ...route, file].map((f) => relative(context.cwd, f));
      context.report({ node, messageId: 'cycle', data: { route: names.join(' → ') } });
    };
    relativeImports(file, text);
    return {
      ImportDeclaration: report,
      ExportNamedDeclaration: report,
      ExportAllDeclaration: report,
      ImportExpression: report,
    };
  },
};

// The layers (ARCHITECTURE.md): http → graphql → features → domain ← importer, db beneath. The
// importer and the features share only src/domain; domain knows neither of them. Paths are
// relative to the folder ESLint runs in (import-x/no-restricted-paths' basePath).
export const LAYER_ZONES = [
  { target: './src/importer', from: './src/features', message: 'The importer reaches features only through src/domain.' },
  { target: './src/features', from: './src/importer', message: 'Features reach the importer only through src/domain.' },
  {
    target: './src/domain',
    from: ['./src/features', './src/importer', './src/server', './src/cli', './src/generated', './src/app.ts', './src/context.ts', './src/schema.ts'],
    message: 'src/domain sits below features and importer: it depends only on db, shared and itself.',
  },
];

export const importCycles = { rules: { 'no-cycle': noCycle } };
