// ESLint: typescript-eslint's recommended rules with type information (the
// ones that catch real mistakes: floating promises, misused promises, unsafe
// any) over the TypeScript sources and tests; plain JavaScript files (the
// launcher, the bundler script, the code cache) get the JavaScript rules and
// Node's globals. Formatting is Prettier's, so no stylistic rules here.
import { join } from 'node:path';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'scripts/built/', 'slides/', 'tests/fixtures/', 'theme/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: join(import.meta.dirname, '..'),
      },
    },
    rules: {
      // node:test's describe() and it() return promises that the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite'] }] },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Text stages mask spans with control characters (\u0000, \u0001) that no document contains, on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    // disableTypeChecked's parser options kept (no TypeScript program for these files), with Node's globals.
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: { ...globals.node } },
  },
  {
    // The deck's own scripts run in the browser.
    files: ['scripts/client/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
