#!/usr/bin/env node
// Benchmark of the extension inside the REAL VS Code extension host (the offline host of
// scripts/test-host.mjs) on large notes folders.
//
//   node bench/host.mjs [--sizes 10000,100000] [--timeout 900] [--profile] [--experiments] [--no-doc] [--report-only]
//   node bench/host.mjs --spelling [--no-doc]   (spelling in the host instead: bench/host-spelling.mjs)
//
// For each size N it
//   1. generates bench/host-corpus-N/interviews with scripts/gen-corpus.mjs (seed 1; git-ignored)
//      unless bench/host-corpus-N/.complete exists; the workspace is bench/host-corpus-N, used as is;
//   2. runs `node scripts/test-host.mjs --workspace bench/host-corpus-N --tests bench/out/host/index.js
//      --extension bench/out/ext --timeout 900`: bench/host/index.ts (bundled here with esbuild)
//      activates the extension, waits for the first scan, and measures (see that file);
//   3. collects the JSON it writes (IFU_BENCH_OUT=bench/out/host-N.json).
// bench/out/ext is a copy of the built extension (package.json + dist/extension.js + media)
// whose package.json has no explicit activation events, so the extension is activated by the
// benchmark (after its probes started) instead of eagerly by `workspaceContains` at start-up,
// and so a concurrent `npm run build` cannot swap dist/ under a running benchmark.
// --profile also records a V8 CPU profile of the extension host during indexing
// (bench/out/host-N.cpuprofile, open it in Chrome DevTools) and prints which functions ran
// during the longest event-loop gaps (bench/host-profile.mjs).
// --experiments also times, in the same host, findFiles vs a Node readdir and reading 20,000
// files through vscode.workspace.fs vs node:fs (the building blocks of the first scan).
// Prints a Markdown table and writes it into docs/benchmarks.md under
// "## In the VS Code extension host" (the rest of that file is kept), unless --no-doc.
// --report-only runs nothing: it rebuilds the table and that section from the last results
// (bench/out/host-N.json).
import { spawn, spawnSync } from 'node:child_process';
import { machine, writeSection } from './doc.mjs';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyzeProfile, formatAnalysis } from './host-profile.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const benchOut = join(root, 'bench', 'out');
const SEED = 1;
const SECTION = '## In the VS Code extension host';

let opts;
try {
  ({ values: opts } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10000,100000' },
      timeout: { type: 'string', default: '900' },
      profile: { type: 'boolean', default: false },
      experiments: { type: 'boolean', default: false },
      spelling: { type: 'boolean', default: false },
      'report-only': { type: 'boolean', default: false },
      'no-doc': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  }));
} catch (err) {
  console.error(`bench/host: ${err.message}\nusage: node bench/host.mjs [--sizes 10000,100000] [--timeout 900] [--profile] [--experiments] [--no-doc] [--report-only]`);
  process.exit(2);
}
if (opts.help) {
  const lines = readFileSync(new URL(import.meta.url), 'utf8').split('\n').slice(1);
  console.log(lines.slice(0, lines.findIndex((l) => !l.startsWith('//'))).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
  process.exit(0);
}
const sizes = opts.sizes.split(',').map((s) => Number(s.trim().replace(/_/g, '')));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`bench/host: --sizes must be positive whole numbers, got "${opts.sizes}"`);
  process.exit(2);
}
const timeout = Number(opts.timeout);
const command = ['node bench/host.mjs', opts.sizes !== '10000,100000' ? `--sizes ${opts.sizes}` : '', opts.profile ? '--profile' : '', opts.experiments ? '--experiments' : '']
  .filter(Boolean)
  .join(' ');

// 1. The built extension, copied so the run is isolated from rebuilds.
const distMain = join(root, 'dist', 'extension.js');
if (!existsSync(distMain)) {
  console.error('bench/host: dist/extension.js does not exist: run `npm run build` first.');
  process.exit(1);
}
function snapshotExtension() {
  const dir = join(benchOut, 'ext');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'dist'), { recursive: true });
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  manifest.activationEvents = []; // implicit onView/onCommand only: the benchmark activates it
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  for (const f of ['extension.js', 'extension.js.map', 'spellWorker.js', 'spellWorker.js.map']) {
    if (existsSync(join(root, 'dist', f))) cpSync(join(root, 'dist', f), join(dir, 'dist', f));
  }
  for (const d of ['media', 'syntaxes', 'snippets']) {
    if (existsSync(join(root, d))) cpSync(join(root, d), join(dir, d), { recursive: true });
  }
  if (existsSync(join(root, 'dist', 'dictionaries'))) cpSync(join(root, 'dist', 'dictionaries'), join(dir, 'dist', 'dictionaries'), { recursive: true });
  return { dir, builtAt: statSync(distMain).mtime };
}

// 2. Corpora.
function ensureCorpus(n) {
  const ws = join(root, 'bench', `host-corpus-${n}`);
  const marker = join(ws, '.complete');
  if (existsSync(marker)) return { ws, info: JSON.parse(readFileSync(marker, 'utf8')) };
  rmSync(ws, { recursive: true, force: true });
  console.error(`Generating ${relative(root, ws)}/interviews ...`);
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'gen-corpus.mjs'), join(ws, 'interviews'), String(n), '--seed', String(SEED)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`gen-corpus failed for ${n} notes`);
  console.error(r.stdout.trim());
  const info = { notes: n, seed: SEED, bytes: Number(/: (\d+) bytes/.exec(r.stdout)?.[1]) };
  writeFileSync(marker, JSON.stringify(info) + '\n');
  return { ws, info };
}

// 3. The tests module.
async function bundle(entry = 'index') {
  const esbuild = await import('esbuild');
  const outfile = join(benchOut, 'host', `${entry}.js`);
  await esbuild.build({
    entryPoints: [join(root, 'bench', 'host', `${entry}.ts`)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    sourcemap: true,
    logLevel: 'warning',
  });
  return outfile;
}

/** Runs scripts/test-host.mjs once; resolves to the JSON result (or throws with the tail of its output). */
function runHost({ n, ws, ext, tests, builtAt }) {
  const outFile = join(benchOut, `host-${n}.json`);
  const profileFile = join(benchOut, `host-${n}.cpuprofile`);
  rmSync(outFile, { force: true });
  rmSync(profileFile, { force: true });
  const env = { ...process.env, IFU_BENCH_OUT: outFile, IFU_BENCH_LABEL: String(n) };
  if (opts.profile) env.IFU_BENCH_PROFILE = profileFile;
  else delete env.IFU_BENCH_PROFILE;
  if (opts.experiments) env.IFU_BENCH_EXPERIMENTS = '1';
  else delete env.IFU_BENCH_EXPERIMENTS;
  const args = [join(root, 'scripts', 'test-host.mjs'), '--workspace', ws, '--tests', tests, '--extension', ext, '--timeout', String(timeout)];
  console.error(`\n$ node ${args.map((a) => (a.startsWith(root) ? relative(root, a) || '.' : a)).join(' ')}`);
  const started = Date.now();
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail = [];
    const forward = (stream, sink) => {
      let buf = '';
      stream.on('data', (chunk) => {
        buf += chunk;
        let i;
        while ((i = buf.indexOf('\n')) >= 0) {
          const line = buf.slice(0, i);
          buf = buf.slice(i + 1);
          tail.push(line);
          if (tail.length > 40) tail.shift();
          if (!line.startsWith('IFU_BENCH ')) sink.write(`  ${line.length > 400 ? `${line.slice(0, 400)}…` : line}\n`);
        }
      });
    };
    forward(child.stdout, process.stderr);
    forward(child.stderr, process.stderr);
    // Ctrl-C reaches the child through the terminal's process group; it cleans up its server.
    child.on('exit', (code, signal) => {
      const seconds = (Date.now() - started) / 1000;
      if (code === 0 && existsSync(outFile)) {
        const result = JSON.parse(readFileSync(outFile, 'utf8'));
        result.hostRunS = Math.round(seconds);
        result.command = command;
        result.builtAt = builtAt.toISOString();
        writeFileSync(outFile, JSON.stringify(result) + '\n');
        if (opts.profile && existsSync(profileFile)) result.profileFile = profileFile;
        resolveRun(result);
      } else {
        reject(new Error(`test-host.mjs for ${n} notes failed (exit ${code ?? signal}) after ${seconds.toFixed(0)} s:\n${tail.join('\n')}`));
      }
    });
  });
}

const fmtInt = (n) => (typeof n === 'number' ? n.toLocaleString('en-US') : '—');
const fmtMs = (ms) => (typeof ms !== 'number' ? '—' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms).toLocaleString('en-US')} ms`);

function table(results) {
  const head = [
    '| Notes | activate() | ready | Notes indexed | Max gap | Gaps > 50 ms | Blocked in them | Loop delay max / p99 | Heap after indexing | Heap after GC | One note changed: indexed after | Files read | Tree: getChildren |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const rows = results.map(({ n, r }) => {
    const ix = r.indexing;
    const inc = r.incremental;
    const heap = r.memoryAfterIndexing;
    const heapBefore = r.memoryBefore;
    return [
      fmtInt(n),
      fmtMs(r.activateMs),
      fmtMs(r.readyMs),
      fmtInt(r.noteCount),
      fmtMs(ix.probe.maxGapMs),
      fmtInt(ix.probe.gapsOver50),
      fmtMs(ix.probe.blockedMsInLongGaps),
      `${fmtMs(ix.histogram.maxMs)} / ${fmtMs(ix.histogram.p99Ms)}`,
      `${Math.round(heap.heapUsedMiB)} MiB (+${Math.round(heap.heapUsedMiB - heapBefore.heapUsedMiB)})`,
      r.memoryAfterGc
        ? `${Math.round(r.memoryAfterGc.heapUsedMiB)} MiB (+${Math.round(r.memoryAfterGc.heapUsedMiB - heapBefore.heapUsedMiB)})`
        : '—',
      `${fmtMs(inc.untilIndexedMs)} (max gap ${fmtMs(inc.probe.maxGapMs)})`,
      String(inc.readsAfter1s),
      `${fmtMs(r.tree.first.rootsMs + r.tree.first.childrenMs)} (median ${fmtMs(r.tree.medianGetChildrenMs)})`,
    ].join(' | ').replace(/^/, '| ').replace(/$/, ' |');
  });
  return [...head, ...rows].join('\n');
}

function attributionText(results) {
  const lines = [];
  for (const { n, r } of results) {
    const calls = r.indexing.timedCalls;
    const top = (r.longGapAttribution ?? []).slice(0, 3).map((g) => {
      const c = g.timedCalls.filter((x) => !x.label.startsWith('notes.put'));
      const what = c.length ? c.slice(0, 3).map((x) => `${x.label} ${fmtMs(x.ms)}${x.detail ? ` (${x.detail})` : ''}`).join('; ') : 'no timed call (see --profile)';
      return `${fmtMs(g.ms)} at ${fmtMs(g.atMs)} (${fmtInt(g.reads)} files read): ${what}`;
    });
    lines.push(`- ${fmtInt(n)} notes, longest gaps while indexing: ${top.length ? top.join(' · ') : 'none over 50 ms'}.`);
    const snapshots = calls['notes.snapshot (clock advance, counts, first rows)'];
    const renders = calls['tree.render (which groups changed)'];
    lines.push(
      `  Change events while indexing: ${r.indexing.changeEvents} (files per event: ${r.indexing.changeEventFiles.map(fmtInt).join(', ')})` +
        (snapshots ? `; notes.snapshot() ${snapshots.count}× (${fmtMs(snapshots.totalMs)} in all, at most ${fmtMs(snapshots.maxMs)})` : '') +
        (renders ? `; tree.render() ${renders.count}× (at most ${fmtMs(renders.maxMs)})` : '') +
        '.',
    );
    const x = r.experiments;
    if (x) {
      const e = (k) => x[k] ? `${fmtMs(x[k].ms)} (max gap ${fmtMs(x[k].maxGapMs)})` : '—';
      lines.push(
        `  In the same host, outside the extension: \`findFiles('**/*.md')\` ${e('findFiles')} vs a recursive \`fs.readdir\` ${e('node readdir recursive')}; ` +
          `reading ${fmtInt(x.readSample)} files in batches of 128 with \`vscode.workspace.fs.readFile\` ${e('read sample: vscode.workspace.fs.readFile (again)')} ` +
          `(first time ${e('read sample: vscode.workspace.fs.readFile')}) vs \`fs/promises.readFile\` ${e('read sample: node fs/promises readFile')}.`,
      );
    }
    const inc = r.incremental;
    const incCalls = inc.timedCalls.filter((x) => !x.label.startsWith('notes.put'));
    lines.push(
      `  One changed note (${inc.file}): ${inc.readsAfter1s} file read, ${inc.changeEvents} change event; ` +
        `max gap ${fmtMs(inc.probe.maxGapMs)}` +
        (incCalls.length ? ` (${incCalls.slice(0, 3).map((x) => `${x.label} ${fmtMs(x.ms)}`).join('; ')})` : '') +
        '.',
    );
    const big = r.bigNote;
    if (big) {
      const step = (x) => `in the views after ${fmtMs(x.untilIndexedMs)}, max gap ${fmtMs(x.maxGapMs)} (${x.gapsOver50} over 50 ms)`;
      lines.push(
        `  A ${(big.bytes / 2 ** 20).toFixed(1)} MiB note of ${fmtInt(big.taskLines)} dated task lines (\`bench/host/bigNote.ts\`): written, ${step(big.written)}, ${fmtInt(big.written.tasksTracked)} tasks tracked; ` +
          `one keystroke with the note open as plain text, ${step(big.keystrokePlainText)}; as Markdown, ${step(big.keystroke)}.`,
      );
    }
  }
  return lines.join('\n');
}

function today() {
  const d = new Date();
  const p = (x) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

function section(results, { builtAt, hostNode, command }) {
  return `${SECTION}

Measured ${today()} with \`${command}\` (one run per size; extension built ${builtAt.toISOString().slice(0, 16).replace('T', ' ')} UTC). The extension runs in the offline VS Code host of \`scripts/test-host.mjs\` (VS Code server from code-server, extension host on Node ${hostNode}); the benchmark is the tests module \`bench/host/index.ts\`, in the same extension host. Machine: ${machine()}.

${table(results)}

- Workspace: \`bench/host-corpus-N\` with the notes in \`interviews/\` (\`node scripts/gen-corpus.mjs bench/host-corpus-N/interviews N --seed ${SEED}\`; about 2 KB per note, 1,000 per folder, 1% broken, 2% without front-matter; generated on first run, git-ignored).
- The extension is a copy of \`dist/\` whose \`package.json\` has no \`activationEvents\`, so that the benchmark activates it after its probes started (the real manifest activates it on \`workspaceContains:interviews/**/*.md\` at start-up; the code that runs is the same).
- **activate()**: \`await vscode.extensions.getExtension(…).activate()\`, i.e. the extension's \`activate()\` (the scan only starts there).
- **ready**: from the start of \`activate()\` until the exported \`ready\` promise resolves (every file found, read and parsed). **Notes indexed**: \`notes.snapshot().noteCount\` then (files with a valid note; broken and plain Markdown files are not counted).
- **Max gap**, **Gaps > 50 ms**, **Blocked in them**: a \`setInterval(…, 10)\` in the extension host from before \`activate()\` until 0.5 s after the last change event following \`ready\`; the largest interval between two ticks (≈ the longest task that blocked the extension host, plus up to 10 ms), how many intervals exceeded 50 ms, and the sum of those intervals minus 10 ms each. The goal is no task over about 50 ms.
- **Loop delay max / p99**: \`perf_hooks.monitorEventLoopDelay({ resolution: 10 })\` over the same window: the longest time the event loop did not come back to libuv (no I/O, no messages from the workbench). It can exceed the max gap when long tasks run back to back in one timers phase: the interval ticks between them, libuv does not.
- **Heap after indexing**: \`process.memoryUsage().heapUsed\` of the extension host then, garbage included (in parentheses: the increase since before \`activate()\`, measured after a full GC; other extensions share that heap). **Heap after GC**: the same after a full GC, i.e. what the index, diagnostics and views retain (the views keep only the first rows of each group). \`global.gc\` is not exposed in the extension host; the benchmark gets one through \`v8.setFlagsFromString('--expose-gc')\` and \`vm.runInNewContext('gc')\`.
- **One note changed**: \`thankYou:\` of one note rewritten with \`vscode.workspace.fs.writeFile\`; time until \`notes.note(uri).thankYou\` shows the new value (file watcher + 100 ms debounce + read + parse), and the largest event-loop gap in the next second. **Files read**: reads of the note source (counted by wrapping its public \`read()\`) within 1 s of the write (must be 1).
- **Tree: getChildren**: \`tree.render(notes.snapshot())\`, then \`tree.getChildren()\`, \`getChildren(group)\` of each group and a TreeItem per row; the first of 5 runs, and the median.

${attributionText(results)}
`;
}

function updateDoc(text) {
  writeSection(join(root, 'docs', 'benchmarks.md'), SECTION, text);
  console.error(`\nWrote the "${SECTION.slice(3)}" section of docs/benchmarks.md`);
}

async function main() {
  if (opts['report-only']) {
    const results = sizes.map((n) => {
      const file = join(benchOut, `host-${n}.json`);
      if (!existsSync(file)) throw new Error(`no results for ${n} notes (${relative(root, file)}): run without --report-only`);
      return { n, r: JSON.parse(readFileSync(file, 'utf8')) };
    });
    const first = results[0].r;
    const text = section(results, {
      builtAt: new Date(first.builtAt ?? statSync(distMain).mtime),
      hostNode: first.hostNode,
      command: first.command ?? command,
    });
    console.log(`${table(results)}\n\n${attributionText(results)}`);
    if (!opts['no-doc']) updateDoc(text);
    return;
  }
  mkdirSync(benchOut, { recursive: true });
  if (opts.spelling) {
    const { spellingBench } = await import('./host-spelling.mjs');
    const snapshot = snapshotExtension();
    await spellingBench({ root, benchOut, ext: snapshot.dir, builtAt: snapshot.builtAt, tests: await bundle('spelling'), runHost, writeDoc: !opts['no-doc'] });
    return;
  }
  const snapshot = snapshotExtension();
  const tests = await bundle();
  const results = [];
  for (const n of sizes) {
    const { ws } = ensureCorpus(n);
    const r = await runHost({ n, ws, ext: snapshot.dir, tests, builtAt: snapshot.builtAt });
    results.push({ n, r });
    console.error(
      `  ${fmtInt(n)}: activate ${fmtMs(r.activateMs)}, ready ${fmtMs(r.readyMs)}, ${fmtInt(r.noteCount)} notes, ` +
        `max gap ${fmtMs(r.indexing.probe.maxGapMs)}, ${r.indexing.probe.gapsOver50} gaps > 50 ms, ` +
        `incremental ${fmtMs(r.incremental.untilIndexedMs)} (${r.incremental.readsAfter1s} read), tree ${fmtMs(r.tree.first.rootsMs + r.tree.first.childrenMs)}`,
    );
    if (r.profileFile) {
      const analysis = analyzeProfile(JSON.parse(readFileSync(r.profileFile, 'utf8')), r);
      const textOut = formatAnalysis(analysis);
      writeFileSync(join(benchOut, `host-${n}.profile.txt`), textOut);
      console.error(`\nCPU profile of ${fmtInt(n)} notes (${relative(root, r.profileFile)}):\n${textOut}`);
    }
  }
  const hostNode = results[0]?.r.hostNode ?? '?';
  const text = section(results, { builtAt: snapshot.builtAt, hostNode, command });
  console.log(`\n${table(results)}\n\n${attributionText(results)}`);
  if (!opts['no-doc']) updateDoc(text);
}

main().catch((err) => {
  console.error(`\nbench/host: ${err.message}`);
  process.exit(1);
});
