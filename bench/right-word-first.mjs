#!/usr/bin/env node
// How often the spelling check's first suggestion is the word the writer meant (and how often it
// is among the three offered), on real misspellings:
//
//   node bench/right-word-first.mjs [--list | --list-all] [--write]
//
// - the held-out misspellings (bench/grammar-corpus/misspellings-heldout.tsv: TOEFL-Spell essays
//   and two medical forum corpora), in their two fixed halves (README there: the tuning half may
//   be looked at while tuning, the held-out half never);
// - the one-word real misspellings of the grammar corpus (real/01–30 tuned on, real/31–45 held out).
//
// Each misspelling is checked on its own, as a one-word draft, with the product's word lists and
// suggestion budget (src/core/etiquette/spelling.ts). Each figure is split by whether the
// misspelling is in the common-misspellings list (its suggestions come from that list) or not (the
// search and the ranking decide). A misspelling the lists accept (not flagged), and one whose
// correction no list holds (it can never be offered), are counted apart and left out of the ratios.
// --list prints the misses of the tuning parts; --list-all those of the held-out parts too;
// --write puts the table into docs/etiquette-accuracy.md (between its right-word-first markers).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadSources } from './loadSources.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, 'bench/grammar-corpus');
const args = process.argv.slice(2);
const listTuning = args.includes('--list') || args.includes('--list-all');
const listHeld = args.includes('--list-all');
const write = args.includes('--write');

const { spellingIssues, isCorrect, dictionaryFor } = await loadSources([
  'export { spellingIssues, isCorrect } from "./src/core/etiquette/spelling";',
  'export { dictionaryFor } from "./src/node/dictionary";',
]);

const lists = dictionaryFor('en', root);
const norm = (s) => (s ?? '').toLowerCase().replace(/[’`]/g, "'").trim();

// ---- The misspellings ----

const half = (wrong) => (parseInt(createHash('sha1').update(wrong.toLowerCase()).digest('hex').at(-1), 16) < 8 ? 'tuning' : 'held-out');
const heldout = readFileSync(join(corpus, 'misspellings-heldout.tsv'), 'utf8').trim().split('\n').slice(1).map((line) => {
  const [wrong, right, source] = line.split('\t');
  return { wrong, right, source, part: `new set, ${half(wrong)} half` };
});

const section = (md, name) => {
  const at = md.indexOf(`\n## ${name}\n`);
  if (at < 0) return '';
  const rest = md.slice(at + name.length + 5);
  const end = rest.indexOf('\n## ');
  return end < 0 ? rest : rest.slice(0, end);
};
const corpusSlips = [];
for (const f of readdirSync(join(corpus, 'real')).filter((x) => x.endsWith('.md')).sort()) {
  const md = readFileSync(join(corpus, 'real', f), 'utf8');
  for (const line of section(md, 'Slips').split('\n')) {
    const m = /^- spelling \| (.+?) -> (.+?) \| in: /.exec(line.trim());
    // As bench/grammar-accuracy.mjs counts right word first: one word of letters with a one-word fix.
    if (!m || !/^\p{L}+$/u.test(m[1]) || !/^[\p{L}'’]+$/u.test(m[2])) continue;
    corpusSlips.push({ wrong: m[1], right: m[2], source: `real/${f}`, part: Number(f.slice(0, 2)) >= 31 ? 'corpus, held out (real/31–45)' : 'corpus, tuned (real/01–30)' });
  }
}

// ---- Checking ----

const started = performance.now();
// Suggestions as the quick fix offers them once computed: the product searches within a budget per
// check and a timeout per search (a search cut short is done again on a later check); here each
// word gets its search whole.
const UNBOUNDED = { searches: Infinity, ms: Infinity, searchMs: 1000, clock: () => performance.now() };
const capitalised = (w) => w[0].toUpperCase() + w.slice(1);
const rows = [...corpusSlips, ...heldout].map((r) => {
  const issue = spellingIssues(r.wrong, lists, () => false, [], UNBOUNDED)[0];
  const listed = lists.corrections(r.wrong.toLowerCase()) !== undefined;
  // A proper noun written in lower case by the annotators ("japanese") is offered capitalised.
  const reachable = isCorrect(r.right, lists) || isCorrect(capitalised(r.right), lists);
  const suggestions = issue?.expected ?? [];
  const at = suggestions.findIndex((s) => norm(s) === norm(r.right));
  return { ...r, flagged: Boolean(issue), listed, reachable, suggestions, first: at === 0, top3: at >= 0 && at < 3 };
});
const ms = performance.now() - started;

const ratio = (a, b) => (b ? `${a}/${b} (${(a / b).toFixed(2)})` : '–');
const PARTS = ['corpus, tuned (real/01–30)', 'corpus, held out (real/31–45)', 'new set, tuning half', 'new set, held-out half'];
const lines = [
  '| misspellings | right word first | in the top 3 | first, in the misspellings list | first, not in it | not flagged / fix in no list |',
  '| --- | --- | --- | --- | --- | --- |',
];
const summary = (part, rs) => {
  const counted = rs.filter((r) => r.flagged && r.reachable);
  const inList = counted.filter((r) => r.listed);
  const outList = counted.filter((r) => !r.listed);
  const n = (xs, k) => xs.filter((r) => r[k]).length;
  return `| ${part} | ${ratio(n(counted, 'first'), counted.length)} | ${ratio(n(counted, 'top3'), counted.length)} | ${ratio(n(inList, 'first'), inList.length)} | ${ratio(n(outList, 'first'), outList.length)} | ${rs.filter((r) => !r.flagged).length} / ${rs.filter((r) => r.flagged && !r.reachable).length} |`;
};
for (const part of PARTS) lines.push(summary(part, rows.filter((r) => r.part === part)));
lines.push(summary('new set, both halves', rows.filter((r) => r.part.startsWith('new set'))));
lines.push(
  '',
  `Measured with \`node bench/right-word-first.mjs --write\`: ${rows.length} real misspellings, each checked on its own with the product's`,
  'lists and ranking (each word gets its search whole). The new set is `bench/grammar-corpus/misspellings-heldout.tsv`',
  '(TOEFL-Spell essays and two medical forum corpora, committed before any ranking ran on it; README there); changes to the',
  'ranking looked at its tuning half and at `real/01`–`30` only. "In the misspellings list": the word is in the common-misspellings',
  'list, whose corrections are the candidates; otherwise the list search and the ranking decide. Some corrections in the',
  'new set are the annotators\' rewording (a plural, another form: "eaxmples" → "example"), which no spelling check can',
  'put first; they are counted as misses.',
);
const table = lines.join('\n');
console.log(table);
console.log(`\n${rows.length} misspellings checked one at a time in ${Math.round(ms)} ms.`);

const miss = (r) => `  ${r.wrong} → ${r.suggestions.length ? r.suggestions.map((s) => `"${s}"`).join(', ') : 'nothing'} (want "${r.right}"${r.listed ? ', listed' : ''})`;
for (const part of PARTS) {
  if (!(part.includes('held') ? listHeld : listTuning)) continue;
  const misses = rows.filter((r) => r.part === part && r.flagged && r.reachable && !r.first);
  console.log(`\nRight word not first, ${part} (${misses.length}):\n${misses.map(miss).join('\n')}`);
  const skipped = rows.filter((r) => r.part === part && (!r.flagged || !r.reachable));
  if (skipped.length) console.log(`Not counted: ${skipped.map((r) => `${r.wrong}→${r.right} (${r.flagged ? 'fix in no list' : 'not flagged'})`).join(', ')}`);
}

if (write) {
  const doc = join(root, 'docs/etiquette-accuracy.md');
  const text = readFileSync(doc, 'utf8');
  const begin = '<!-- right-word-first: begin -->';
  const end = '<!-- right-word-first: end -->';
  const a = text.indexOf(begin);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`docs/etiquette-accuracy.md has no ${begin} … ${end} markers`);
  writeFileSync(doc, `${text.slice(0, a + begin.length)}\n${table}\n${text.slice(b)}`);
  console.log('\nWritten to docs/etiquette-accuracy.md.');
}
