#!/usr/bin/env node
// The spelling and grammar worker on its own (no VS Code): how long a cold worker takes to give
// its first answer (word lists) and its final one (Harper loaded), what one draft costs once it is
// warm, what a draft of 190 unknown words costs, and how much memory the worker adds to the
// process it runs in. Also `interview-followup lint` on that draft (CPU time, as issue 16 item 18
// measured it).
//
//   npm run build && node bench/spelling-worker.mjs
import { Worker } from 'node:worker_threads';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const script = join(root, 'dist', 'spellWorker.js');
statSync(script);

const prose = (text) => ({ drafts: [{ text, firstLine: 10, skip: [] }], known: ['jane', 'acme'] });
const DRAFT = [
  'Subject: Thank you — Data Analyst interview', '', 'Dear Jane,', '',
  'Thank you for taking the time to talk with me about the Data Analyst role at Acme. I enjoyed learning more about the team and the work ahead, and i look forward to hear about the next steps.',
  '', 'One part of our conversation has especially stayed with me: the churn dashboard. It made me even more excited about the role, and I beleive my experience with dbt would let me contribute from early on.',
  '', 'Best regards,', 'Alex Morgan', 'alex@example.com',
].join('\n');

function madeUpWords(n) {
  let seed = 17;
  const next = (k) => (seed = (seed * 1103515245 + 12345) % 2147483648) % k;
  const out = new Set();
  while (out.size < n) {
    let w = '';
    for (let i = 0, s = 3 + next(3); i < s; i++) w += 'bcdfgklmnprstvz'[next(15)] + 'aeiou'[next(5)];
    out.add(w);
  }
  return [...out];
}
const UNKNOWN = `Dear Jane,\n\n${madeUpWords(190).join(' ')}.\n`;

const rss = () => process.memoryUsage().rss / 2 ** 20;
global.gc?.();
const rssBefore = rss();
const t0 = performance.now();
const worker = new Worker(script, { workerData: { role: 'interview-followup-spelling' } });
let id = 0;
const pending = new Map();
worker.on('message', (m) => {
  const p = pending.get(m.id);
  if (!p) return;
  if (m.partial) p.partial = { ...m, at: performance.now() };
  else {
    pending.delete(m.id);
    p.resolve({ ...m, at: performance.now(), partial: p.partial });
  }
});
const check = (request) => new Promise((resolve) => {
  const n = ++id;
  pending.set(n, { resolve });
  worker.postMessage({ kind: 'check', id: n, language: 'en', request });
});

const first = await check(prose(DRAFT));
const rssLoaded = rss();
const times = [];
for (let i = 0; i < 41; i++) {
  const t = performance.now();
  const r = await check(prose(DRAFT.replace('dashboard', `dashboard ${i}`)));
  times.push({ wall: performance.now() - t, check: r.checkMs });
}
times.sort((a, b) => a.wall - b.wall);
const unknownFirst = await check(prose(UNKNOWN));
const unknownSecond = await check(prose(UNKNOWN));
const rssEnd = rss();
await worker.terminate();

// The CLI on the same 190-word draft, in a fresh process: CPU time of the whole command.
const dir = mkdtempSync(join(tmpdir(), 'ifu-worker-bench-'));
const file = join(dir, 'note.md');
writeFileSync(file, ['---', 'company: Acme', 'role: Data Analyst', 'interview: 2026-11-20 10:00', 'interviewers: [Jane Doe]', '---', '## Thank-you email', 'Subject: Thank you', '', UNKNOWN].join('\n'));
// CPU time of the child process (user + system), from Node's own resource usage, printed at exit.
const runCli = (args) => {
  const t = performance.now();
  const wrapper = `process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('cpu ' + (u.userCPUTime + u.systemCPUTime) / 1000); }); require(${JSON.stringify(join(root, 'dist', 'cli.js'))});`;
  const r = spawnSync(process.execPath, ['-e', wrapper, 'cli', ...args], { encoding: 'utf8' });
  return { wall: performance.now() - t, cpu: Number(/cpu ([\d.]+)/.exec(r.stderr)?.[1]), findings: JSON.parse(r.stdout).diagnostics.length };
};
const lint = runCli(['lint', file, '--json', '--now', '2026-11-20T12:00']);
rmSync(dir, { recursive: true, force: true });

const f = (ms) => `${Math.round(ms)} ms`;
console.log([
  `Node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)}.`,
  `- Cold worker: first answer (word lists read, our rules; Harper loading) ${first.partial ? f(first.partial.at - t0) : 'n/a'}, final answer with Harper ${f(first.at - t0)} (Harper's load ${f(first.grammarLoadMs ?? 0)}; reading the word lists ${f(first.partial?.loadMs ?? first.loadMs ?? 0)}).`,
  `- A 60-word draft once warm: median ${times[20].wall.toFixed(1)} ms round trip (${times[20].check.toFixed(1)} ms checking), p90 ${times[36].wall.toFixed(1)} ms, max ${times[40].wall.toFixed(1)} ms, over 41 checks.`,
  `- 190 made-up words in one draft (each unknown, most with no word near): first check ${f(unknownFirst.checkMs)} in the worker (${unknownFirst.findings.length} findings; the suggestion search stops at its budget, 40 searches or 250 ms), the next check ${f(unknownSecond.checkMs)}.`,
  `- Memory (RSS of the process): ${rssBefore.toFixed(0)} MiB before the worker, ${rssLoaded.toFixed(0)} MiB once Harper is loaded (+${(rssLoaded - rssBefore).toFixed(0)} MiB), ${rssEnd.toFixed(0)} MiB after the checks.`,
  `- \`interview-followup lint\` on the 190-unknown-word draft: ${f(lint.cpu)} CPU, ${f(lint.wall)} wall time for the whole command (reading the lists and loading Harper included), ${lint.findings} findings.`,
].join('\n'));
