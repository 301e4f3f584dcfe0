import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'var/**',
      'test-artifacts/**',
      'coverage/**',
      'server/web/public/**',
    ],
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
);
