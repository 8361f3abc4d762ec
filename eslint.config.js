// ESLint: typescript-eslint, and the Lit, web-component and Lit accessibility rules for the
// element code. `npm run lint` allows no warnings.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-site/',
      'coverage/',
      'docs/',
      'node_modules/',
      'tests/output/',
      'bench/pages/generated/',
      // written as a user's project writes them, checked by scripts/consumer-test.js
      'tests/consumer/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'demo/**/*.ts', 'tests/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  { files: ['src/**/*.ts', 'demo/**/*.ts', 'tests/**/*.ts'], ...wc.configs['flat/recommended'] },
  { files: ['src/**/*.ts', 'demo/**/*.ts'], ...litA11y.configs.recommended },
  { languageOptions: { globals: { ...globals.browser } } },
  {
    files: ['scripts/**/*.js', '*.js', '*.mjs', '*.cjs', 'tests/support/*.js', 'bench/scenarios/*.js', 'src/ssr/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests read what they check through loose shapes; `any` is fine there.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // chai's property assertions (`expect(x).to.exist`) are expressions
      '@typescript-eslint/no-unused-expressions': 'off',
      // Its 1 s default gave up on a loaded CI machine: until() in tests/support/fixtures.ts waits 10 s.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@open-wc/testing',
              importNames: ['waitUntil'],
              message: 'Use until() from tests/support/fixtures.ts.',
            },
          ],
        },
      ],
    },
  },
);
