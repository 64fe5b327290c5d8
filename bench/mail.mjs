#!/usr/bin/env node
// Benchmark: `interview-followup mail --dry-run` against a real Dovecot holding 10,000 messages
// (2,000 in Sent, 8,000 in INBOX), over a folder of 1,000 generated notes.
//
//   node bench/mail.mjs [--reps N]
//
// Starts the tests' mail server (test/support/mailServer.ts, bundled here with esbuild), fills it,
// times N runs of the built CLI (each a separate process: start-up, reading the notes, login,
// fetching every envelope, matching), and prints the times and the peak RSS.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const reps = Number(process.argv[process.argv.indexOf('--reps') + 1] || 3);
const tmp = mkdtempSync(join(tmpdir(), 'ifu-bench-mail-'));
const harness = join(tmp, 'mailServer.cjs');
await esbuild.build({ entryPoints: [join(root, 'test/support/mailServer.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: harness, logLevel: 'warning' });
const { startMailServer, mailServerUnavailable } = createRequire(import.meta.url)(harness);
const why = mailServerUnavailable();
if (why) {
  console.error(`bench/mail: ${why}`);
  process.exit(2);
}
const corpus = join(root, 'bench', 'corpus-1000');
if (!existsSync(corpus)) spawnSync(process.execPath, [join(root, 'scripts/gen-corpus.mjs'), corpus, '1000', '--seed', '1'], { stdio: 'inherit' });

function* messages(count, outgoing, start) {
  for (let i = 0; i < count; i++) {
    const company = `company${i % 300}.example`;
    yield [
      outgoing ? 'From: Me <me@home.example>' : `From: Recruiter ${i} <recruiter${i}@${company}>`,
      outgoing ? `To: Recruiter ${i} <recruiter${i}@${company}>` : 'To: Me <me@home.example>',
      `Subject: Re: Interview ${i}`,
      `Date: ${new Date(start + i * 45_000).toUTCString().replace('GMT', '+0000')}`,
      `Message-ID: <bench-${outgoing ? 's' : 'i'}-${i}@example.com>`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Thank you for taking the time to speak with me about the role. '.repeat(14),
      '',
    ].join('\r\n');
  }
}

const server = await startMailServer({ users: [{ user: 'me', password: 'bench-pw' }] });
try {
  const start = Date.UTC(2026, 8, 1);
  server.fill('me', 'Sent', messages(2000, true, start));
  server.fill('me', 'INBOX', messages(8000, false, start));
  const times = [];
  for (let i = 0; i < reps; i++) {
    const r = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, join(root, 'dist/cli.js'), 'mail', corpus, '--imap', server.url('me'), '--me', 'me@home.example',
      '--since', '2026-09-01', '--dry-run', '--json', '--now', '2026-11-26T09:00'], { encoding: 'utf8', env: { ...process.env, INTERVIEW_FOLLOWUP_IMAP_PASSWORD: 'bench-pw' }, maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`mail failed: ${r.stderr}`);
    const [seconds, kb] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
    const json = JSON.parse(r.stdout);
    times.push({ seconds, mib: Math.round(kb / 1024), changes: json.changes.length, review: json.review.length });
    console.log(`run ${i + 1}: ${seconds.toFixed(2)} s, peak RSS ${Math.round(kb / 1024)} MiB, ${json.changes.length} changes, ${json.review.length} to review`);
  }
  console.log(`node bench/mail.mjs --reps ${reps}: 10,000 messages, 1,000 notes: ${times.map((t) => `${t.seconds.toFixed(2)} s`).join(', ')}`);
} finally {
  await server.stop();
  rmSync(tmp, { recursive: true, force: true });
}
