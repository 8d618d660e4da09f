// Flat config: typescript-eslint, react-hooks, @tanstack/eslint-plugin-query, and the layer rules
// of DESIGN.md §1 (src/ has no React; hooks/ never imports components/).
import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const reactModules = [
  'react',
  'react/*',
  'react-dom',
  'react-dom/*',
  '@tanstack/react-query',
  'react-hook-form',
  '@radix-ui/*',
]

export default tseslint.config(
  {
    ignores: [
      'dist',
      'storybook-static',
      'bench/results',
      'coverage',
      'node_modules',
      'src/vault/schema.ts',
      'src/testing/vault-validators.ts',
      'src/testing/authress-validators.ts',
      'src/testing/kinde-validators.ts',
      'public/mockServiceWorker.js',
      '!.storybook',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      eqeqeq: ['error', 'smart'],
      curly: ['error', 'all'],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The core is React-free: it runs in Node, workers and any framework.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: reactModules,
              message: 'src/ is the React-free core: no React imports here (DESIGN.md §1).',
            },
            {
              group: ['**/hooks', '**/hooks/*', '**/components', '**/components/*'],
              message: 'src/ must not import the React layers (components → hooks → src).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['hooks/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/components', '**/components/*'],
              message: 'hooks/ must not import components/ (components → hooks → src).',
            },
          ],
        },
      ],
    },
  },
)
