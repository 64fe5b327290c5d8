#!/usr/bin/env node
// Which functions ran during the longest event-loop gaps of a bench/host.mjs --profile run.
//
//   node bench/host-profile.mjs bench/out/host-N.cpuprofile bench/out/host-N.json
//
// The .cpuprofile is the V8 CPU profile of the extension host (recorded by bench/host/index.ts
// from before activate() until after the incremental update); the .json is that run's result,
// with the probe's long gaps (performance.now() of the extension host) and the clock pair that
// maps the profile's microseconds (CLOCK_MONOTONIC, like process.hrtime) onto them.
// Frames of the extension's bundle are mapped back to src/ through its source map.
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const IDLE = new Set(['(idle)', '(program)', '(garbage collector)']);

const sourceMaps = new Map();
function sourceMapFor(url) {
  if (!sourceMaps.has(url)) {
    let map = null;
    try {
      const file = url.startsWith('file://') ? fileURLToPath(url) : url;
      if (existsSync(`${file}.map`)) map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
    } catch {
      map = null;
    }
    sourceMaps.set(url, map);
  }
  return sourceMaps.get(url);
}

/** "name (file:line)" of a frame; bundle frames mapped to their source. */
function frameName(cf) {
  const name = cf.functionName || '(anonymous)';
  if (!cf.url) return name;
  const map = /\/(dist|out)\/[^/]+\.js$/.test(cf.url) ? sourceMapFor(cf.url) : null;
  if (map) {
    const e = map.findEntry(cf.lineNumber, cf.columnNumber);
    if (e && e.originalSource) {
      // esbuild's sources are relative to dist/ ("../src/…", "../node_modules/…").
      let src = e.originalSource.replace(/^file:\/\//, '');
      if (src.startsWith(root)) src = relative(root, src);
      src = src.replace(/^(\.\.\/)+/, '').replace(/^.*?\/(src|node_modules)\//, '$1/');
      return `${e.name || name} (${src}:${e.originalLine + 1})`;
    }
  }
  const short = cf.url.replace(/^file:\/\//, '').replace(/^.*\/(node_modules|lib\/vscode\/out)\//, '$1/');
  return `${name} (${short}:${cf.lineNumber + 1})`;
}

export function analyzeProfile(profile, result, { gaps = 8, top = 8 } = {}) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const isOurs = (cf) => /\/(dist|out)\/extension\.js$/.test(cf.url ?? '');
  const names = new Map();
  const nameOf = (id) => {
    if (!names.has(id)) names.set(id, frameName(nodes.get(id).callFrame));
    return names.get(id);
  };

  // Sample times in the extension host's performance.now() milliseconds.
  const { t0PerfMs, t0HrUs } = result.clock;
  const times = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) {
    t += d;
    times.push(t0PerfMs + (t - t0HrUs) / 1000);
  }
  const weight = (i) => (i + 1 < times.length ? times[i + 1] - times[i] : 0);

  function summarize(from, to) {
    const self = new Map();
    const inclusive = new Map();
    const chains = new Map();
    let busy = 0;
    let total = 0;
    for (let i = 0; i < profile.samples.length; i++) {
      if (times[i] < from || times[i] >= to) continue;
      const w = weight(i);
      total += w;
      const id = profile.samples[i];
      const leaf = nodes.get(id).callFrame.functionName;
      if (IDLE.has(leaf)) {
        self.set(leaf, (self.get(leaf) ?? 0) + w);
        continue;
      }
      busy += w;
      self.set(nameOf(id), (self.get(nameOf(id)) ?? 0) + w);
      const seen = new Set();
      const ours = [];
      for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
        const nm = nameOf(cur);
        if (!seen.has(nm)) {
          seen.add(nm);
          inclusive.set(nm, (inclusive.get(nm) ?? 0) + w);
        }
        if (isOurs(nodes.get(cur).callFrame)) ours.unshift(nm.replace(/ \(.*\)$/, ''));
      }
      const chain = ours.length ? ours.slice(0, 6).join(' > ') : '(no extension frame)';
      chains.set(chain, (chains.get(chain) ?? 0) + w);
    }
    const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => ({ fn: k, ms: Math.round(v * 10) / 10 }));
    return { totalMs: Math.round(total), busyMs: Math.round(busy), self: sorted(self), inclusive: sorted(inclusive), extensionStacks: sorted(chains) };
  }

  const longGaps = (result.gapsRaw ?? []).map(([s, e]) => ({ s, e, ms: e - s })).sort((a, b) => b.ms - a.ms).slice(0, gaps);
  const t0 = t0PerfMs;
  return {
    profileSpanMs: Math.round(times.at(-1) - times[0]),
    samples: profile.samples.length,
    gaps: longGaps.map((g) => ({ atMs: Math.round(g.s - t0), ms: Math.round(g.ms), ...summarize(g.s, g.e) })),
    indexing: summarize(t0, t0 + result.indexing.windowMs),
  };
}

export function formatAnalysis(a) {
  const lines = [`${a.samples} samples over ${a.profileSpanMs} ms`];
  const list = (xs) => xs.map((x) => `      ${String(x.ms).padStart(8)} ms  ${x.fn}`).join('\n');
  lines.push(`\nWhole indexing window: ${a.indexing.busyMs} ms busy of ${a.indexing.totalMs} ms sampled`);
  lines.push('    self time:', list(a.indexing.self));
  lines.push('    extension call chains (outermost first):', list(a.indexing.extensionStacks));
  for (const g of a.gaps) {
    lines.push(`\nGap of ${g.ms} ms at +${g.atMs} ms after activate(): ${g.busyMs} ms busy of ${g.totalMs} ms sampled`);
    lines.push('    self time:', list(g.self));
    lines.push('    inclusive:', list(g.inclusive));
    lines.push('    extension call chains (outermost first):', list(g.extensionStacks));
  }
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [profileFile, resultFile] = process.argv.slice(2);
  if (!profileFile || !resultFile) {
    console.error('usage: node bench/host-profile.mjs <host-N.cpuprofile> <host-N.json>');
    process.exit(2);
  }
  const profile = JSON.parse(readFileSync(profileFile, 'utf8'));
  const result = JSON.parse(readFileSync(resultFile, 'utf8'));
  console.log(formatAnalysis(analyzeProfile(profile, result)));
}

