import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';
import { readdirSync } from 'node:fs';

const features = readdirSync('src/features', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/**
 * The architecture, as import rules: a feature imports shared code only (never another feature,
 * never the app shell), may use its own subfolders; shared layers never import features or the app.
 */
const architectureZones = [
  ...features.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'A feature may import only shared code (src/data, src/state, src/lib, src/components) and its own files.',
  })),
  {
    target: './src/features',
    from: './src/app',
    message: 'Features are composed by the app; they never import it.',
  },
  ...['data', 'state', 'lib', 'components'].map((layer) => ({
    target: `./src/${layer}`,
    from: ['./src/features', './src/app'],
    message: 'Shared code must not depend on features or the app.',
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', '.bench', 'test-results', 'playwright-report', 'reports', '.stryker-tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    languageOptions: { globals: { ...globals.browser } },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ alwaysTryTypes: true })] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: architectureZones }],
      'import-x/no-cycle': 'error',
      // One way to reach shared code: the @/ alias, never a climb out of the current folder.
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^\\.\\./', message: 'Import shared code through the @/ alias.' }] },
      ],
    },
  },
  {
    // One way to translate: components say t(key), pick(lang, record, 'label') or call a pure
    // helper, never an inline language ternary that keeps a literal out of the dictionaries.
    files: ['src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ConditionalExpression > BinaryExpression.test[operator=/^[!=]==?$/][right.value=/^(zh|en)$/]',
          message: 'Translate through useT(), pick() or a pure helper, not an inline language ternary.',
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      // Tests reach scripts/ and public/ outside src, which the alias does not cover.
      'no-restricted-imports': 'off',
      // Tests read raw JSON fixtures and use expect's asymmetric matchers, which are typed any.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['scripts/**/*.mjs', 'tests/browser/**/*.ts', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Functions passed to page.evaluate() run in the browser.
    files: ['scripts/bench.mjs', 'tests/browser/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
