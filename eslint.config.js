import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier/flat';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { architecturePlugin } from './eslint.architecture.js';

const root = import.meta.dirname;

export default defineConfig(
  globalIgnores([
    'dist',
    'node_modules',
    'playwright-report',
    'test-results',
    'blob-report',
    'coverage',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    plugins: { architecture: architecturePlugin(root) },
    rules: { 'architecture/boundaries': 'error' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/mocks/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['*.config.{js,ts}', 'eslint.*.js', 'scripts/**', 'e2e/**', 'src/mocks/**'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['**/*.{jsx,tsx}'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['**/*.{jsx,tsx}'],
    rules: {
      // A sign-in page focuses its only field; plain DOM elements still may not autofocus.
      'jsx-a11y/no-autofocus': ['error', { ignoreNonDOM: true }],
    },
  },
  prettier,
);
