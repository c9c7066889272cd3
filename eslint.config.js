// Lint for the shipped code and the tests: typescript-eslint with type information, Lit and
// web-component rules. The fake API and scripts are plain Node ESM and get the recommended JS rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  // test/fixtures/types/ is compiled against the packed package (test/node/package.test.mjs), not this project.
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'src/generated/', 'docs/', '.tmp/', 'test/fixtures/types/'] },
  js.configs.recommended,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [...tseslint.configs.strictTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    rules: {
      // Lit binds event listeners in templates to the element, so methods are safe there.
      '@typescript-eslint/unbound-method': 'off',
      // Used only where an index into a constant table is known to exist.
      '@typescript-eslint/no-non-null-assertion': 'off',
      'lit/no-template-map': 'error',
      'lit/attribute-value-entities': 'error',
      'no-console': ['error', { allow: ['warn'] }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      // chai-a11y-axe types every chai assertion as a promise; real floating promises fail the tests instead.
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
);
