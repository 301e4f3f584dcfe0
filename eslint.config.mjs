import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'dist/**', 'var/**', 'test-artifacts/**', 'coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
    },
  },
  {
    // The scoring core is pure: it must not reach I/O, the database, the web framework or the environment.
    files: ['scoring/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'fs',
            'node:*',
            'sqlite3',
            'express',
            'pino',
            '../data/*',
            '../server/*',
            'http',
            'https',
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'Date', 'fetch', 'console'],
    },
  },
  {
    // The server reads through data/report-reader.ts (read-only) and never holds a database handle;
    // only main.ts's first start builds the database, through data/report-writer.ts.
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['sqlite3', '**/data/database'] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { module: 'writable', require: 'readonly' } },
  },
  {
    // The page: ES modules in the browser, type-checked by tsconfig.web.json.
    files: ['server/web/public/**/*.js'],
    languageOptions: { sourceType: 'module', globals: { ...globals.browser, module: 'off', require: 'off' } },
  },
  {
    // The embed scripts are classic scripts: publishers load widget.js with a plain <script> tag.
    files: ['server/web/public/widget.js', 'server/web/public/assets/embed.js'],
    languageOptions: { sourceType: 'script' },
  },
);
