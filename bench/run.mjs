#!/usr/bin/env node
// Benchmark: how much slower is `interview-followup due` than just reading the files?
//
//   node bench/run.mjs [--large] [--reps N]
//
// For each corpus size (1,000 and 10,000 notes; 100,000 with --large) it generates
// bench/corpus-N (git-ignored) with scripts/gen-corpus.mjs if missing, then times, as
// separate processes, with a warm page cache, the median of N runs (default 5):
//   (a) a bare `node -e` script that reads every .md file under the folder with
//       fs.readFileSync (the floor: process start + directory walk + I/O + UTF-8 decode);
//   (b) node dist/cli.js due <dir> --json --now 2026-11-26T09:00 with its parse cache filled
//       by an earlier run (what every run after the first does; skipped if not built);
//   (c) the same with --no-cache: every note read and parsed (the first run's work).
// It reports b/a and c/a, the peak RSS of (b), and the action/problem counts from the CLI's
// JSON, prints a Markdown table and writes its section of docs/benchmarks.md.

import { spawnSync } from 'node:child_process';
import { machine, writeSection } from './doc.mjs';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NOW = '2026-11-26T09:00'; // the corpus's dates are spread around this day
const SEED = 1;

const args = process.argv.slice(2);
let large = false;
let reps = 5;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--large') large = true;
  else if (args[i] === '--reps') reps = Number(args[++i]);
  else if (args[i].startsWith('--reps=')) reps = Number(args[i].slice(7));
  else {
    console.error(`bench: unknown argument ${args[i]}\nusage: node bench/run.mjs [--large] [--reps N]`);
    process.exit(2);
  }
}
if (!Number.isInteger(reps) || reps < 1) {
  console.error('bench: --reps must be a positive integer');
  process.exit(2);
}
const sizes = large ? [1000, 10000, 100000] : [1000, 10000];
const command = ['node bench/run.mjs', large ? '--large' : '', reps !== 5 ? `--reps ${reps}` : ''].filter(Boolean).join(' ');

// (a): what any tool must do at least. Printed JSON lets us check it saw every file.
const BARE_READ = `
const fs = require('fs'), path = require('path');
let files = 0, chars = 0;
(function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.isFile() && e.name.endsWith('.md')) { chars += fs.readFileSync(p, 'utf8').length; files++; }
  }
})(process.argv[1]);
console.log(JSON.stringify({ files, chars }));
`;

const cli = join(root, 'dist', 'cli.js');
const haveCli = existsSync(cli);
const work = mkdtempSync(join(tmpdir(), 'ifu-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

// Peak RSS: GNU time if it works here, else a preload that reports the child's own maxRSS.
const rssFile = join(work, 'rss.txt');
const gnuTime = (() => {
  if (!existsSync('/usr/bin/time')) return false;
  const r = spawnSync('/usr/bin/time', ['-f', '%M', '-o', rssFile, 'true']);
  return r.status === 0 && /^\d+\s*$/.test(safeRead(rssFile));
})();
const hook = join(work, 'rss-hook.cjs');
if (!gnuTime) {
  writeFileSync(
    hook,
    "process.on('exit', () => { try { require('fs').writeFileSync(process.env.IFU_BENCH_RSS, String(process.resourceUsage().maxRSS)); } catch {} });\n",
  );
}

function safeRead(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** Runs `node ...nodeArgs` once; wall time in seconds (spawn to exit), peak RSS in KiB. */
function run(nodeArgs) {
  rmSync(rssFile, { force: true });
  const [cmd, argv] = gnuTime
    ? ['/usr/bin/time', ['-f', '%M', '-o', rssFile, process.execPath, ...nodeArgs]]
    : [process.execPath, ['-r', hook, ...nodeArgs]];
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    // The CLI's parse cache lives in this run's temporary folder.
    env: { ...process.env, IFU_BENCH_RSS: rssFile, INTERVIEW_FOLLOWUP_CACHE_DIR: join(work, 'cache') },
  });
  const seconds = (performance.now() - t0) / 1000;
  const rss = Number.parseInt(safeRead(rssFile).trim().split('\n').pop(), 10);
  return { seconds, rssKiB: Number.isFinite(rss) ? rss : undefined, status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', error: r.error };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmtInt = (n) => n.toLocaleString('en-US');
const fmtS = (s) => (s === undefined ? '—' : `${s.toFixed(s < 10 ? 3 : 1)} s`);
const fmtMiB = (kib) => (kib === undefined ? '—' : `${(kib / 1024).toFixed(0)} MiB`);

function ensureCorpus(n) {
  const dir = join(root, 'bench', `corpus-${n}`);
  const marker = join(dir, '.complete');
  if (existsSync(marker)) return { dir, info: JSON.parse(safeRead(marker) || '{}') };
  rmSync(dir, { recursive: true, force: true }); // a half-written corpus from an interrupted run
  console.error(`Generating ${relative(root, dir)} ...`);
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'gen-corpus.mjs'), dir, String(n), '--seed', String(SEED)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`gen-corpus failed for ${n} notes`);
  const bytes = Number(/: (\d+) bytes/.exec(r.stdout)?.[1]);
  const info = { notes: n, seed: SEED, bytes };
  mkdirSync(dir, { recursive: true });
  writeFileSync(marker, JSON.stringify(info) + '\n');
  console.error(r.stdout.trim());
  return { dir, info };
}

/** Counts from the CLI's JSON ({actions, problems}); undefined when it printed none. */
function summarize(stdout) {
  let json;
  try {
    json = JSON.parse(stdout);
  } catch {
    return undefined;
  }
  const byState = {};
  for (const a of json.actions) byState[a.state] = (byState[a.state] ?? 0) + 1;
  return { actions: json.actions.length, problems: json.problems.length, byState };
}

const rows = [];
const notes = [];
if (!haveCli) notes.push('`dist/cli.js` does not exist (build the project first): the CLI columns were skipped.');

for (const n of sizes) {
  const { dir, info } = ensureCorpus(n);
  const rel = relative(root, dir);
  const bareArgs = ['-e', BARE_READ, dir];
  const cliArgs = [cli, 'due', dir, '--json', '--now', NOW];
  const coldArgs = [...cliArgs, '--no-cache'];

  // Warm-up: fills the page cache and lets the first-run costs (compile cache, disk) settle.
  const warm = run(bareArgs);
  if (warm.status !== 0) throw new Error(`bare read failed: ${warm.stderr}`);
  const seen = JSON.parse(warm.stdout);
  let cliBroken;
  if (haveCli) {
    const w = run(cliArgs);
    if (!summarize(w.stdout)) cliBroken = `exit ${w.status}${w.error ? ` (${w.error.message})` : ''}: ${(w.stderr || w.stdout).trim().split('\n')[0]?.slice(0, 200) ?? ''}`;
  }

  const a = [];
  const b = [];
  const c = [];
  const rssA = [];
  const rssB = [];
  const rssC = [];
  let last;
  for (let i = 0; i < reps; i++) {
    // Interleaved, so slow drift of the machine affects both sides alike.
    const ra = run(bareArgs);
    a.push(ra.seconds);
    if (ra.rssKiB) rssA.push(ra.rssKiB);
    if (haveCli && !cliBroken) {
      const rb = run(cliArgs);
      b.push(rb.seconds);
      if (rb.rssKiB) rssB.push(rb.rssKiB);
      last = rb;
      const rc = run(coldArgs);
      c.push(rc.seconds);
      if (rc.rssKiB) rssC.push(rc.rssKiB);
      if (rc.stdout !== rb.stdout) notes.push(`${fmtInt(n)} notes: --no-cache printed something else than the cached run.`);
    }
  }
  const ma = median(a);
  const mb = b.length ? median(b) : undefined;
  const counts = last ? summarize(last.stdout) : undefined;
  if (cliBroken) notes.push(`${fmtInt(n)} notes: the CLI gave no JSON (${cliBroken}).`);
  if (last && last.status !== 0) notes.push(`${fmtInt(n)} notes: the CLI exited with status ${last.status}.`);
  rows.push({
    n,
    rel,
    files: seen.files,
    bytes: info.bytes,
    a: ma,
    aRuns: a,
    rssA: rssA.length ? Math.max(...rssA) : undefined,
    b: mb,
    bRuns: b,
    c: c.length ? median(c) : undefined,
    cRuns: c,
    rssB: rssB.length ? Math.max(...rssB) : undefined,
    rssC: rssC.length ? Math.max(...rssC) : undefined,
    counts,
  });
  const r = rows.at(-1);
  console.error(
    `${fmtInt(n)} notes: bare read ${fmtS(r.a)}` +
      (r.b !== undefined ? `, CLI ${fmtS(r.b)} (×${(r.b / r.a).toFixed(1)}), --no-cache ${fmtS(r.c)} (×${(r.c / r.a).toFixed(1)})` : ', CLI skipped'),
  );
}

const stateText = (c) => {
  if (!c || c.actions === undefined) return '—';
  const parts = ['overdue', 'due', 'upcoming'].filter((s) => c.byState[s] !== undefined).map((s) => `${fmtInt(c.byState[s])} ${s}`);
  return fmtInt(c.actions) + (parts.length ? ` (${parts.join(', ')})` : '');
};
const table = [
  '| Notes | .md files | Size | (a) bare read | (b) `due --json` | b/a | (c) `--no-cache` | c/a | Peak RSS (a) | Peak RSS (b) | Peak RSS (c) | Actions | Problems |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|',
  ...rows.map((r) =>
    [
      fmtInt(r.n),
      fmtInt(r.files),
      r.bytes ? `${(r.bytes / 2 ** 20).toFixed(1)} MiB` : '—',
      fmtS(r.a),
      fmtS(r.b),
      r.b !== undefined ? `${(r.b / r.a).toFixed(1)}×` : '—',
      fmtS(r.c),
      r.c !== undefined ? `${(r.c / r.a).toFixed(1)}×` : '—',
      fmtMiB(r.rssA),
      fmtMiB(r.rssB),
      fmtMiB(r.rssC),
      stateText(r.counts),
      r.counts?.problems !== undefined ? fmtInt(r.counts.problems) : '—',
    ].join(' | ').replace(/^/, '| ').replace(/$/, ' |'),
  ),
].join('\n');

const runs = rows
  .map((r) => `- ${fmtInt(r.n)}: (a) ${r.aRuns.map((s) => s.toFixed(3)).join(', ')}` + (r.bRuns.length ? `; (b) ${r.bRuns.map((s) => s.toFixed(3)).join(', ')}; (c) ${r.cRuns.map((s) => s.toFixed(3)).join(', ')}` : ''))
  .join('\n');

const today = (() => {
  const d = new Date();
  const p = (x) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
})();

const SECTION = '## Command-line tool: `interview-followup due`';
const doc = `${SECTION}

Measured ${today} with \`${command}\`: median of ${reps} runs per cell, warm page cache, each run a separate process timed from spawn to exit.

Machine: ${machine()}.

${table}

- (a) \`node -e\` script that walks the folder and reads every \`.md\` file with \`fs.readFileSync\` (utf8): the floor for any tool that reads the notes. Both sides are whole processes timed from spawn to exit, so Node's own start (about 50 ms of CPU) is in (a) as in (b) and (c); (a) checks nothing (no UTF-8 validation, no file-type, link or size rules) and parses nothing.
- (b) \`node dist/cli.js due <dir> --json --now ${NOW}\`, its parse cache filled by the warm-up run (every run after the first; the cache keeps each note's plans, keyed by the file's size, mtime, ctime, inode and device, so a changed note is read again).
- (c) the same with \`--no-cache\`: every note read and parsed, as on the first run (which also writes the cache).
- Peak RSS: maximum over the runs, from ${gnuTime ? '`/usr/bin/time -f %M`' : '`process.resourceUsage().maxRSS` of the child'}.
- Corpora: \`node scripts/gen-corpus.mjs bench/corpus-N N --seed ${SEED}\` (about 2 KB per note, 1,000 per folder, 1% broken, 2% without front-matter); generated on first run, git-ignored.
${notes.map((x) => `- Note: ${x}`).join('\n')}

Individual runs (seconds):

${runs}
`.replace(/\n{3,}/g, '\n\n');

console.log(table);
for (const x of notes) console.log(`\nNote: ${x}`);
writeSection(join(root, 'docs', 'benchmarks.md'), SECTION, doc);
console.log(`\nWrote the "${SECTION.slice(3)}" section of docs/benchmarks.md`);
