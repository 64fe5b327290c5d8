// Lint: typescript-eslint's recommended rules, and the architecture rule that keeps
// src/core pure (no vscode, no file system): adapters live in src/extension and src/cli, and the
// file-system layer they share in src/node.
// eslint-plugin-regexp finds patterns that backtrack super-linearly: a note is untrusted text,
// and one long line must never block the extension host or the CLI.
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

const PURE = {
  paths: [
    { name: 'vscode', message: 'src/core is pure: translate vscode types in src/extension.' },
    { name: 'fs', message: 'src/core does no I/O: read files in an adapter.' },
    { name: 'node:fs', message: 'src/core does no I/O: read files in an adapter.' },
    { name: 'fs/promises', message: 'src/core does no I/O: read files in an adapter.' },
    { name: 'node:fs/promises', message: 'src/core does no I/O: read files in an adapter.' },
  ],
  patterns: [{ group: ['**/extension/**', '**/cli/**', '**/node/**'], message: 'src/core must not depend on its adapters or on Node I/O (src/node).' }],
};
const DRAFTING = ['**/drafts/**', '**/etiquette/**', 'remark', 'remark-*', 'unified', 'retext-*', 'parse-english', 'vfile', 'stemmer'];
const CALENDARS = ['**/ics/**', 'ical.js', 'ical-generator', 'timezones-ical-library'];

/** The purity rule for every core file, plus, per group of folders, the parts it must not import. */
function coreLayers(layers) {
  const rules = (extra) => ({
    'no-restricted-imports': ['error', { paths: PURE.paths, patterns: [...PURE.patterns, ...extra] }],
    'no-restricted-globals': ['error', { name: 'require', message: 'src/core uses static imports only.' }],
  });
  return [
    { files: ['src/core/**/*.ts'], rules: rules([]) },
    ...layers.map((l) => ({ files: l.files, rules: rules([{ group: l.forbid, message: l.why }]) })),
  ];
}

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
  // src/core is pure, and its parts load in bundles of their own (docs/architecture.md): the
  // indexing and editing parts never import the drafting or calendar parts or their libraries,
  // and drafting never imports calendars. Each folder gets the whole rule (a later entry replaces
  // an earlier one's options).
  ...coreLayers([
    { files: ['src/core/{model,time,note,timeline,actions,indexing,edits,views}/**/*.ts'], forbid: [...DRAFTING, ...CALENDARS], why: 'indexing and editing load with the first note: drafting (remark, retext) and calendars (ical.js) load on first use only' },
    { files: ['src/core/drafts/**/*.ts', 'src/core/etiquette/**/*.ts'], forbid: CALENDARS, why: 'drafting never loads the calendar libraries' },
    { files: ['src/core/ics/**/*.ts'], forbid: DRAFTING, why: 'calendars never load the drafting libraries' },
  ]),
  {
    // The activation bundle stays small: the extension imports the core's values through
    // lazyCore.ts (core() / drafting()) or calendarApi.ts; types, and the tiny vocabulary and
    // file-name modules, are free.
    files: ['src/extension/**/*.ts'],
    ignores: ['src/extension/coreBundle.ts', 'src/extension/draftingBundle.ts', 'src/extension/calendarApi.ts', 'src/extension/mailApi.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{
          regex: '^(\\.\\./)+core/(?!model/|note/files$|note/decode$)',
          allowTypeImports: true,
          message: 'load the core lazily: through core() / drafting() of lazyCore.ts, or calendarApi.ts (a type-only import is fine)',
        }],
      }],
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
