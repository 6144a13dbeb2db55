#!/usr/bin/env node
// The `quanze` command. In a checkout it runs the TypeScript sources through tsx; a production
// install (NODE_ENV=production after `npm run build`) runs the compiled code.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const built = join(__dirname, '..', 'dist', 'src', 'cli', 'main.js');
if (process.env.NODE_ENV === 'production' && existsSync(built)) {
  require(built);
} else {
  require('tsx/cjs');
  require('../src/cli/main.ts');
}
