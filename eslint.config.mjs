// Lint: typescript-eslint's recommended rules, and the architecture rule that keeps
// src/core pure (no vscode, no file system): adapters live in src/extension and src/cli, and the
// file-system layer they share in src/node.
// eslint-plugin-regexp finds patterns that backtrack super-linearly: a note is untrusted text,
// and one long line must never block the extension host or the CLI.
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'demo/**', 'bench/corpus*/**', 'bench/host-corpus*/**', 'bench/out/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'src/core is pure: translate vscode types in src/extension.' },
          { name: 'fs', message: 'src/core does no I/O: read files in an adapter.' },
          { name: 'node:fs', message: 'src/core does no I/O: read files in an adapter.' },
          { name: 'fs/promises', message: 'src/core does no I/O: read files in an adapter.' },
          { name: 'node:fs/promises', message: 'src/core does no I/O: read files in an adapter.' },
        ],
        patterns: [{ group: ['**/extension/**', '**/cli/**', '**/node/**'], message: 'src/core must not depend on its adapters or on Node I/O (src/node).' }],
      }],
      'no-restricted-globals': ['error', { name: 'require', message: 'src/core uses static imports only.' }],
    },
  },
  {
    // src/node: the Node file-system layer shared by the CLI and the extension host; no vscode.
    files: ['src/node/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/node runs in the CLI too: no vscode.' }],
        patterns: [{ group: ['**/extension/**', '**/cli/**'], message: 'src/node must not depend on its callers.' }],
      }],
    },
  },
);
