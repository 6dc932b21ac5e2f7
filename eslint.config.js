import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// zod is imported only through src/zod.ts, which switches zod to its interpreter in browsers before any schema
// exists (its `new Function` probe would otherwise show up as a CSP violation on strict pages).
const zodRule = { group: ['zod', 'zod/*'], message: 'Import zod from src/zod.ts.' };

const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [...forbidden.map((group) => ({ group: [group], message })), zodRule] },
    ],
  },
});

export default tseslint.config(
  {
    ignores: [
      '.tmp/**',
      '*-tmp.ts',
      'dist/**',
      'demo-dist/**',
      'node_modules/**',
      'demo/public/**',
      'custom-elements.json',
      'test/consumers/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportSpecifier[imported.name='unsafeHTML']",
          message: 'unsafeHTML is banned: render text.',
        },
        { selector: "CallExpression[callee.name='eval']", message: 'eval is banned.' },
        { selector: "NewExpression[callee.name='Function']", message: 'new Function is banned.' },
      ],
    },
  },
  // Layers: src/ is the engine and imports nothing above it; sdk/ imports src/ (widget only by dynamic import()).
  layer(
    ['src/**/*.ts'],
    ['**/sdk/**', '**/widget/**', 'lit', 'lit/*'],
    'src/ is the engine: no sdk/, widget/ or DOM libraries.',
  ),
  layer(
    ['sdk/**/*.ts'],
    ['**/widget/**', 'lit', 'lit/*'],
    'sdk/ may load the widget only through a dynamic import().',
  ),
  layer(['widget/**/*.ts'], ['**/demo/**', '**/test/**'], 'widget/ imports sdk/ and src/ only.'),
  { files: ['src/zod.ts'], rules: { 'no-restricted-imports': 'off' } },
  // Tool settings in CommonJS (.puppeteerrc.cjs).
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.js', 'demo/**/*.ts'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['scripts/**/*.js', '*.config.js', '*.config.mjs', '.ci/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['.puppeteerrc.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable' } },
  },
);
