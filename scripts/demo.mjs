#!/usr/bin/env node
// Renders the demo notes: demo/templates/*.md -> demo/interviews/*.md, replacing date
// tokens with dates relative to "now", so the demo shows every kind of action on any day.
//
//   node scripts/demo.mjs [--now YYYY-MM-DDTHH:mm] [--out <dir>]
//
// Tokens (all in the machine's local time zone; strings are built from the local
// getters, never through UTC):
//   {{date:+N}} {{date:-N}} {{date:0}}   today +/- N calendar days        -> YYYY-MM-DD
//   {{datetime:-3h}}                      now +/- an amount, rounded down
//                                         to the quarter hour              -> YYYY-MM-DD HH:mm
//       amount units: m (minutes), h (hours), d (days); e.g. -90m, +2h, -1d, 0h
// An unknown or malformed {{...}} token is an error (file:line is reported).
//
// The output folder is where a user tries the product, so it may hold their own notes and edits:
// a note is (re)written only when it is missing or still exactly what an earlier run wrote
// (`.demo-rendered.json` keeps a digest of each); anything else there is the user's and is kept.

import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync, rmSync, renameSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const templatesDir = join(root, 'demo', 'templates');
const defaultOut = join(root, 'demo', 'interviews');

function usage(message) {
  if (message) console.error(`demo: ${message}`);
  console.error('usage: node scripts/demo.mjs [--now YYYY-MM-DDTHH:mm] [--out <dir>]');
  process.exit(message ? 2 : 0);
}

function parseArgs(argv) {
  const opts = { now: new Date(), out: defaultOut };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') usage(`${flag} needs a value`);
      return v;
    };
    if (flag === '--now') opts.now = parseNow(value());
    else if (flag === '--out') opts.out = resolve(value());
    else if (flag === '--help' || flag === '-h') usage();
    else usage(`unknown argument: ${arg}`);
  }
  return opts;
}

/** "YYYY-MM-DDTHH:mm" (or "YYYY-MM-DD HH:mm", or "YYYY-MM-DD" = 09:00) as a local wall time. */
function parseNow(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/.exec(text);
  if (!m) usage(`--now must look like 2026-11-26T09:00, got "${text}"`);
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4] ?? '09', m[5] ?? '00'].map(Number);
  const d = new Date(year, month - 1, day, hour, minute, 0, 0);
  // Reject impossible values (2026-02-30, 25:00) instead of letting Date roll them over.
  if (d.getFullYear() !== year || d.getMonth() !== month - 1 || d.getDate() !== day || d.getHours() !== hour || d.getMinutes() !== minute) {
    usage(`--now is not a valid local date and time: "${text}"`);
  }
  return d;
}

const pad = (n) => String(n).padStart(2, '0');
const formatDate = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const formatDateTime = (d) => `${formatDate(d)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;

/** Today + days, by calendar (local midnight-safe across DST changes). */
function addDays(now, days) {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + days, 12, 0, 0, 0);
}

/** now + amount (elapsed time), then floored to the quarter hour in local time. */
function shiftAndRound(now, amount, unit) {
  let d;
  if (unit === 'd') {
    d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + amount, now.getHours(), now.getMinutes());
  } else {
    d = new Date(now.getTime() + amount * (unit === 'h' ? 3_600_000 : 60_000));
  }
  return new Date(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes() - (d.getMinutes() % 15), 0, 0);
}

function render(text, now, file) {
  const problems = [];
  const out = text.replace(/\{\{\s*([^{}]*?)\s*\}\}/g, (whole, inner, offset) => {
    let m = /^date\s*:\s*([+-]?\d+)$/.exec(inner);
    if (m) return formatDate(addDays(now, Number(m[1])));
    m = /^datetime\s*:\s*([+-]?\d+)\s*([mhd])$/.exec(inner);
    if (m) return formatDateTime(shiftAndRound(now, Number(m[1]), m[2]));
    const line = text.slice(0, offset).split('\n').length;
    problems.push(`${file}:${line}: unknown token ${whole}`);
    return whole;
  });
  return { out, problems };
}

const opts = parseArgs(process.argv.slice(2));
if (!existsSync(templatesDir)) usage(`no templates folder at ${templatesDir}`);
const templates = readdirSync(templatesDir).filter((f) => f.endsWith('.md')).sort();
if (templates.length === 0) usage(`no .md templates in ${templatesDir}`);

const rendered = [];
const problems = [];
for (const name of templates) {
  const file = join(templatesDir, name);
  const r = render(readFileSync(file, 'utf8'), opts.now, relative(process.cwd(), file) || file);
  problems.push(...r.problems);
  rendered.push([name, r.out]);
}
if (problems.length > 0) {
  for (const p of problems) console.error(p);
  process.exit(1);
}

mkdirSync(opts.out, { recursive: true });
const digest = (text) => createHash('sha256').update(text).digest('hex');
const manifestPath = join(opts.out, '.demo-rendered.json');
let written = {};
try {
  written = JSON.parse(readFileSync(manifestPath, 'utf8'));
} catch {
  // First run, or the record is gone: every note already there counts as the user's.
}
const ours = (name) => {
  const path = join(opts.out, name);
  return existsSync(path) && written[name] === digest(readFileSync(path, 'utf8'));
};
const kept = [];
let count = 0;
for (const [name, text] of rendered) {
  const path = join(opts.out, name);
  if (existsSync(path) && !ours(name)) {
    kept.push(name);
    continue;
  }
  // Atomically: a note open in the editor never sees half a file.
  writeFileSync(`${path}.demo-tmp`, text);
  renameSync(`${path}.demo-tmp`, path);
  written[name] = digest(text);
  count++;
}
// A note whose template is gone is removed only if it is still what this script wrote.
for (const name of Object.keys(written)) {
  if (templates.includes(name)) continue;
  if (ours(name)) rmSync(join(opts.out, name));
  delete written[name];
}
writeFileSync(manifestPath, JSON.stringify(written, null, 2));

if (kept.length) console.log(`Kept your own version of ${kept.join(', ')} (changed since it was written; delete it to get the demo's).`);
console.log(
  `Wrote ${count} notes to ${relative(process.cwd(), opts.out) || '.'} (now = ${formatDateTime(opts.now)} local, ${Intl.DateTimeFormat().resolvedOptions().timeZone}).`,
);
