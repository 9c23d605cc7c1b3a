import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'dist/**', 'coverage/**', '.cache/**'] },
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
  // The house's walls. The rooms (content, qa, recaps, schedule, ingest, drafting) know no
  // platform, wiring, CLI or store; the domain is pure (no I/O, no other room); the bot, the
  // application service adapters call, knows no platform, store, file system or pino.
  {
    files: ['src/content/**', 'src/qa/**', 'src/recaps/**', 'src/schedule/**', 'src/ingest/**', 'src/drafting/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/adapters/**', '**/app/**', '**/cli/**', '**/store/**'], message: 'a room imports no adapter, app wiring, CLI or store; take what it needs through an interface.' },
          { group: ['@slack/*', 'discord.js', '@discordjs/*'], message: 'no platform library outside src/adapters.' },
        ],
      }],
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['node:fs', 'node:fs/promises', 'fs', 'pino', 'node:http', 'node:net'].map((name) => ({ name, message: 'src/domain is pure: types and functions, no I/O.' })),
        patterns: [
          { group: ['**/adapters/**', '**/app/**', '**/cli/**', '**/store/**', '**/bot/**', '**/content/**', '**/qa/**', '**/recaps/**', '**/schedule/**', '**/ingest/**', '**/drafting/**'], message: 'src/domain imports nothing but itself.' },
          { group: ['@slack/*', 'discord.js', '@discordjs/*'], message: 'no platform library in src/domain.' },
        ],
      }],
    },
  },
  {
    files: ['src/bot/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['node:fs', 'node:fs/promises', 'fs', 'pino'].map((name) => ({ name, message: 'src/bot does no file I/O and logs through the Logger port (bot/logger.ts).' })),
        patterns: [
          { group: ['**/adapters/**', '**/app/**', '**/cli/**', '**/store/**'], message: 'src/bot imports no adapter, app wiring, CLI or store; they come in through its ports.' },
          { group: ['@slack/*', 'discord.js', '@discordjs/*'], message: 'no platform library in src/bot.' },
        ],
      }],
    },
  },
  // The preview shows the adapters' own renderings: it may import their render modules,
  // but no app wiring, CLI, store or bot, and no platform library.
  {
    files: ['src/preview/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['pino'].map((name) => ({ name, message: 'the preview logs nothing; the CLI reports.' })),
        patterns: [
          { group: ['**/app/**', '**/cli/**', '**/store/**', '**/bot/**'], message: 'the preview imports no app wiring, CLI, store or bot; the CLI passes it what to show.' },
          { group: ['@slack/*', 'discord.js', '@discordjs/*'], message: 'no platform library in src/preview: it uses the adapters\' renderers.' },
        ],
      }],
    },
  },
  ...['console', 'slack', 'discord', 'kit'].map((platform) => ({
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
