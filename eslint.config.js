import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

/**
 * The layers of `src/`, bottom first (see ARCHITECTURE.md). A folder may import its own files and
 * the folders listed in `uses`; nothing else. The allowed edges form a DAG, so no cycle between
 * folders can pass this lint.
 */
const LAYERS = [
  { type: 'core', uses: [] },
  { type: 'lexer', uses: ['core'] },
  { type: 'parser', uses: ['core', 'lexer'] },
  { type: 'contexts', uses: ['core'] },
  { type: 'functions', uses: ['core'] },
  { type: 'compiler', uses: ['core', 'parser', 'contexts', 'functions'] },
  { type: 'codec', uses: ['core'] },
  { type: 'engine', uses: ['core', 'lexer', 'parser', 'contexts', 'functions', 'compiler'] },
  { type: 'reload', uses: ['core', 'engine'] },
  { type: 'api', uses: ['core', 'lexer', 'parser', 'contexts', 'functions', 'compiler', 'codec', 'engine', 'reload'] },
  { type: 'testing', uses: ['api', 'core', 'parser', 'contexts', 'functions', 'compiler', 'codec', 'engine'] },
  // The SDK integration and the OTLP gateway are clients of the public API, as the CLI is.
  { type: 'sdk', uses: ['api'] },
  { type: 'server', uses: ['api'] },
  // The CLI is a client of the public API only.
  { type: 'cli', uses: ['api', 'server'] },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      'no-constant-condition': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' } },
      'boundaries/include': ['src/**/*.ts'],
      'boundaries/elements': [
        ...LAYERS.map((l) => ({ type: l.type, pattern: `src/${l.type}` })),
      ],
    },
    rules: {
      'boundaries/no-unknown-files': 2,
      'boundaries/dependencies': [
        2,
        {
          default: 'disallow',
          policies: LAYERS.map((l) => ({
            from: { element: { type: l.type } },
            allow: { to: { element: { types: { anyOf: [l.type, ...l.uses] } } } },
          })),
        },
      ],
    },
  },
);
