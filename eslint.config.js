import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'dist/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', Buffer: 'readonly', fetch: 'readonly', AbortController: 'readonly', performance: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly', structuredClone: 'readonly', Intl: 'readonly', setImmediate: 'readonly', queueMicrotask: 'readonly', Response: 'readonly', Request: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
      // Sanitisers match control characters on purpose.
      'no-control-regex': 'off',
      'max-lines': ['warn', { max: 450, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['src/cli/**', 'src/adapters/console/**', 'bench/**', 'test/**', 'bin/**', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
  // The house's walls: the core knows no platform, wiring, CLI or store; an adapter knows
  // no other adapter and not the app that wires it.
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/adapters/**', '**/app/**', '**/cli/**', '**/store/**'], message: 'src/core imports no adapter, app wiring, CLI or store; take what it needs through an interface in the core.' },
          { group: ['@slack/*', 'discord.js', '@discordjs/*'], message: 'no platform library in src/core.' },
        ],
      }],
    },
  },
  ...['console', 'slack', 'discord'].map((platform) => ({
    files: [`src/adapters/${platform}/**`],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/app/**', '**/cli/**'], message: 'an adapter does not import the app that wires it; its config type lives in its own folder.' },
          { group: ['console', 'slack', 'discord'].filter((p) => p !== platform).flatMap((p) => [`../${p}/**`, `**/adapters/${p}/**`]), message: 'an adapter imports no other adapter.' },
        ],
      }],
    },
  })),
);
