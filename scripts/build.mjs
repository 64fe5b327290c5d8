// Bundles the extension, the CLI and the test suites with esbuild.
// One file per entry point keeps activation cheap (one module to load) and lets
// ESM-only dependencies (remark) run from CommonJS hosts.
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  define: { __VERSION__: JSON.stringify(pkg.version) },
};

function testEntries(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f));
}

const builds = [
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: testEntries('test/unit'), outdir: 'out/test/unit', external: [] },
  { ...common, entryPoints: testEntries('test/host'), outdir: 'out/test/host', external: ['vscode', 'mocha'] },
  { ...common, entryPoints: testEntries('test/faults'), outdir: 'out/test/faults', external: [] },
].filter((b) => b.entryPoints.length > 0 && b.entryPoints.every((e) => existsSync(e)));

rmSync('out', { recursive: true, force: true });
if (watch) {
  for (const b of builds) (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
