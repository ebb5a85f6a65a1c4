// @ts-check
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'tests/artifacts/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // shared/ is plain TypeScript used by both ends: no Node, no DOM, no
    // framework, no server or client code. Its only libraries are zod and
    // approx-string-match and diff-match-patch, all plain JavaScript.
    // (Its tests may import the test runner.)
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'shared/ must not use Node.' },
            { group: ['**/server/**', '**/client/**', '../server', '../client'], message: 'shared/ must not import server or client code.' },
            {
              regex: '^(?!(zod|approx-string-match|diff-match-patch)$)[^./]',
              message: 'shared/ imports no packages but zod, approx-string-match and diff-match-patch (no Node built-ins, React, express, socket.io, lowdb).',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require', 'localStorage', 'navigator'],
    },
  },
);
