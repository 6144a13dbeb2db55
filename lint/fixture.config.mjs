// The layer rules alone, without type information: lint/layers.test.ts runs ESLint with this
// config over small fixtures to show that a violation fails.
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

import { importCycles, LAYER_ZONES } from './layers.mjs';

export default [
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })] },
    plugins: { 'import-x': importX, 'quanze-imports': importCycles },
    rules: {
      'quanze-imports/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
    },
  },
];
