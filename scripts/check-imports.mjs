#!/usr/bin/env node
// Two checks of src/'s imports, run by `npm run lint`:
// - no cycle, `import type` included: a cycle hides which part depends on which
//   (docs/architecture.md draws the one direction);
// - every package imported is declared in package.json's dependencies (vscode and Node's own
//   modules aside), so a clean install can never miss one;
// - every package in package-lock.json runs on the oldest Node that package.json's `engines`
//   names (the one README.md names), so `npm install` there never warns EBADENGINE.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'src');
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.ts')) files.push(path);
  }
})(root);

// Every relative specifier of an import, export … from, dynamic import or require.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)(['"])(\.{1,2}\/[^'"]+)\1/gm;
const PACKAGE = /(?:^\s*(?:import|export)\b[^'"]*?\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)(['"])(@?[a-z0-9][a-z0-9._\-/]*(?::[a-z_/]+)?)\1/gm;
const declared = new Set(Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).dependencies ?? {}));
const undeclared = [];
const edges = new Map();
for (const file of files) {
  for (const m of readFileSync(file, 'utf8').matchAll(PACKAGE)) {
    const name = m[2].startsWith('@') ? m[2].split('/').slice(0, 2).join('/') : m[2].split('/')[0];
    if (name === 'vscode' || name.startsWith('node:') || declared.has(name)) continue;
    undeclared.push(`${relative(process.cwd(), file)} imports ${name}, which package.json's dependencies do not declare`);
  }
  const out = new Set();
  for (const m of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
    const base = resolve(dirname(file), m[2]);
    const target = [`${base}.ts`, base, join(base, 'index.ts')].find((c) => existsSync(c) && statSync(c).isFile());
    if (target) out.add(target);
  }
  edges.set(file, out);
}

// Tarjan's strongly connected components: any component of two or more files is a cycle.
let counter = 0;
const index = new Map(), low = new Map(), stack = [], onStack = new Set(), cycles = [];
function connect(v) {
  index.set(v, counter); low.set(v, counter); counter++;
  stack.push(v); onStack.add(v);
  for (const w of edges.get(v) ?? []) {
    if (!index.has(w)) { connect(w); low.set(v, Math.min(low.get(v), low.get(w))); }
    else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
  }
  if (low.get(v) === index.get(v)) {
    const component = [];
    let w;
    do { w = stack.pop(); onStack.delete(w); component.push(w); } while (w !== v);
    if (component.length > 1 || edges.get(v)?.has(v)) cycles.push(component);
  }
}
for (const f of files) if (!index.has(f)) connect(f);

// The oldest Node the project promises, and every locked package that refuses it.
const semver = createRequire(import.meta.url)('semver');
const oldest = semver.minVersion(JSON.parse(readFileSync('package.json', 'utf8')).engines.node).version;
const refusing = Object.entries(JSON.parse(readFileSync('package-lock.json', 'utf8')).packages)
  .filter(([path, p]) => path && p.engines?.node && typeof p.engines.node === 'string' && !semver.satisfies(oldest, p.engines.node))
  .map(([path, p]) => `${path.replace(/^.*node_modules\//, '')} needs Node ${p.engines.node}, but package.json's engines start at ${oldest}`);

for (const c of cycles) console.error(`import cycle: ${c.map((f) => relative(process.cwd(), f)).sort().join(' <-> ')}`);
for (const u of undeclared) console.error(u);
for (const r of refusing) console.error(r);
if (cycles.length || undeclared.length || refusing.length) process.exit(1);
console.log(`${files.length} files: no import cycles, every package declared; every locked package runs on Node ${oldest}`);
