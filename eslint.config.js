// @ts-check
import tseslint from 'typescript-eslint';
import i18next from 'eslint-plugin-i18next';

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
    // framework, no server or client code. Its only libraries are zod/mini,
    // approx-string-match, diff-match-patch, stemmer and fastest-levenshtein (source
    // merge suggestions), all plain JavaScript. Classic
    // `zod` is not one of them: the reader's bundle carries every shared
    // schema, and classic zod's chainable methods cannot be tree-shaken
    // (about 16 KB gzipped more; tests/bench/client-size.ts holds the budget).
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
              regex: '^(?!(zod/mini|approx-string-match|diff-match-patch|stemmer|fastest-levenshtein)$)[^./]',
              message: 'shared/ imports no packages but zod/mini, approx-string-match, diff-match-patch, stemmer and fastest-levenshtein (no classic zod, Node built-ins, React, express, socket.io, lowdb).',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require', 'localStorage', 'navigator'],
    },
  },
  {
    // The browser gets zod/mini only, for the same reason as shared/.
    files: ['client/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'zod', message: "Import zod/mini in the client: classic zod costs the reader's bundle about 16 KB gzipped." }] }],
    },
  },
  {
    // Every word a person reads comes from the interface-language layer
    // (client/src/i18n/): text in JSX and the attributes a person or a screen
    // reader sees. Brand names and symbols go through it too (or, where a
    // literal must stay, a disable comment for this rule giving the reason).
    files: ['client/src/**/*.tsx'],
    ignores: ['client/src/**/*.test.tsx', 'client/src/test/**'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          // t('key') and t.rich('key', …) are the layer's own calls.
          callees: { exclude: ['t', 't\\.rich', 'i18n(ext)?'] },
          'jsx-attributes': { include: ['aria-label', 'aria-description', 'aria-roledescription', 'title', 'placeholder', 'alt', 'label'] },
          words: { exclude: ['[0-9!-/:-@[-`{-~·…—–\\s]+'] },
        },
      ],
    },
  },
);
