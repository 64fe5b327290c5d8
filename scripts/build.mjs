// Bundles the extension, the CLI and the test suites with esbuild.
// One file per entry point keeps activation cheap (one module to load) and lets
// ESM-only dependencies (remark) run from CommonJS hosts.
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync, existsSync, rmSync, mkdirSync, copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
// gray-matter loads js-yaml 3 for its default YAML engine, which the reader never uses (it gives
// gray-matter its own engine on the `yaml` package, src/core/note/yaml.ts): the bundles get a stub
// in its place, so js-yaml (and the esprima it requires) is neither shipped nor loaded.
const noJsYaml = {
  name: 'no-js-yaml',
  setup(build) {
    build.onResolve({ filter: /^js-yaml$/ }, (args) => (/gray-matter/.test(args.importer) ? { path: 'js-yaml-stub', namespace: 'no-js-yaml' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'no-js-yaml' }, () => ({
      contents: "const refuse = () => { throw new Error('gray-matter is given its YAML engine by src/core/note/yaml.ts'); };\nmodule.exports = { safeLoad: refuse, safeDump: refuse };",
      loader: 'js',
    }));
  },
};

const common = {
  bundle: true,
  plugins: [noJsYaml],
  // jsonc-parser's "main" is a UMD build whose require() calls esbuild cannot follow: its ES modules are.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  define: { __VERSION__: JSON.stringify(pkg.version) },
};

// main.ts requires these at run time only, for their commands: in dist/cli.js they become
// requires of the separate bundles below (the test bundles keep them inline). `lint` runs the
// spelling worker's module in-process, from the same file the extension starts as a worker.
const CLI_LAZY = { './calendar': './cli-calendar.js', './mail': './cli-mail.js', '../core/etiquette/check': './cli-lint.js', '../node/spellWorker': './spellWorker.js' };
const cliLazyParts = {
  name: 'cli-lazy-parts',
  setup(build) {
    build.onResolve({ filter: /^(\.\/calendar|\.\/mail|\.\.\/core\/etiquette\/check|\.\.\/node\/spellWorker)$/ }, (args) =>
      args.importer.endsWith(join('src', 'cli', 'main.ts')) && args.kind === 'require-call' ? { path: CLI_LAZY[args.path], external: true } : undefined,
    );
  },
};

function testEntries(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f));
}

const builds = [
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The pipeline panel's page: a browser bundle, fetched by the webview only when the panel opens.
  { ...common, entryPoints: ['src/webview/pipeline.ts'], outfile: 'dist/webview/pipeline.js', platform: 'browser', format: 'iife', target: 'es2022', sourcemap: false, minify: true },
  { ...common, entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [cliLazyParts, noJsYaml] },
  // What only `ics`/`new` and `lint` need (ical.js, ical-generator; remark, retext, the word lists, Harper): files
  // of their own, so `due` compiles a third of the code at start-up (docs/benchmarks.md).
  { ...common, entryPoints: ['src/cli/calendar.ts'], outfile: 'dist/cli-calendar.js' },
  // `mail`: imapflow (and its logger) only for that command.
  { ...common, entryPoints: ['src/cli/mail.ts'], outfile: 'dist/cli-mail.js' },
  { ...common, entryPoints: ['src/core/etiquette/check.ts'], outfile: 'dist/cli-lint.js' },
  // date-holidays, loaded at run time by src/adapters/holidayCalendar.ts only when a holiday setting is used.
  { ...common, entryPoints: ['src/adapters/holidaysBundle.ts'], outfile: 'dist/holidays.js' },
  // The mailbox commands' part (imapflow), required by src/extension/mailbox.ts on the first check.
  { ...common, entryPoints: ['src/extension/mailApi.ts'], outfile: 'dist/mail.js' },
  // The spell checker's worker thread, started by src/extension/spellClient.ts on the first draft checked.
  { ...common, entryPoints: ['src/node/spellWorker.ts'], outfile: 'dist/spellWorker.js' },
  { ...common, entryPoints: testEntries('test/unit'), outdir: 'out/test/unit', external: [] },
  { ...common, entryPoints: testEntries('test/faults'), outdir: 'out/test/faults', external: [] },
  { ...common, entryPoints: testEntries('test/host'), outdir: 'out/test/host', external: ['vscode', 'mocha'] },
  { ...common, entryPoints: testEntries('test/faults'), outdir: 'out/test/faults', external: [] },
].filter((b) => b.entryPoints.length > 0 && b.entryPoints.every((e) => existsSync(e)));

rmSync('out', { recursive: true, force: true });
// The spelling lists and the grammar engine's wasm, next to the bundles: src/node/dictionary.ts
// reads dist/dictionaries/<package>/, src/node/harper.ts dist/harper/ (harper.js finds its wasm
// through import.meta.url, which the CommonJS bundle lacks). Each package's licence goes with it.
rmSync('dist/dictionaries', { recursive: true, force: true });
const dictionaryFiles = JSON.parse(readFileSync('src/node/dictionaryFiles.json', 'utf8'));
const copied = new Set();
for (const [pkg, path] of Object.values(dictionaryFiles)) {
  const dir = join('dist/dictionaries', pkg.replace(/^@[^/]+\//, ''));
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  copyFileSync(join('node_modules', pkg, path), join(dir, path));
  if (copied.has(pkg)) continue;
  copied.add(pkg);
  const licence = readdirSync(join('node_modules', pkg)).find((f) => /^licen[cs]e/i.test(f));
  if (licence) copyFileSync(join('node_modules', pkg, licence), join(dir, 'LICENSE'));
}
rmSync('dist/harper', { recursive: true, force: true });
mkdirSync('dist/harper', { recursive: true });
copyFileSync('node_modules/harper.js/dist/harper_wasm_slim_bg.wasm', 'dist/harper/harper_wasm_slim_bg.wasm');
copyFileSync('node_modules/harper.js/LICENSE', 'dist/harper/LICENSE');
if (watch) {
  for (const b of builds) (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
