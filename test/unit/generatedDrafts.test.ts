// Every draft the product writes passes its own checker: for every note of the demo and of the
// etiquette corpus, the thank-you and follow-up drafts (src/core/drafts/templates.ts) have no
// spelling or grammar finding (word lists, our rules, and Harper) and no etiquette finding but the
// template slot the user must fill; the Markdown snippets (thank-you, follow-up, card) likewise,
// with their slots as they come and filled in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LINT_OPTIONS, languageFindings, lintWithLanguageRequest, noteWorldWords, type Finding, type LanguageRequest } from '../../src/core/etiquette/check';
import { draftText } from '../../src/core/drafts/templates';
import { detailsFromBody } from '../../src/core/drafts/details';
import { findDrafts } from '../../src/core/drafts/sections';
import { TEMPLATE_SLOTS } from '../../src/core/drafts/slots';
import { planNote } from '../../src/core/actions/rules';
import { parseNote } from '../../src/core/note/parse';
import { DEFAULT_RULE_SETTINGS, type Note } from '../../src/core/model/types';
import { dictionaryFor } from '../../src/node/dictionary';
import { checkLanguage } from '../../src/node/spellWorker';
import { FIRST_ZONE } from './helpers';

const ROOT = process.cwd();
const LISTS = dictionaryFor('en', ROOT);
const SIGNATURE = { name: 'Alex Morgan', email: 'alex.morgan@example.com', phone: '+1 555 0100' };
const SLOTS = new Set<string>(Object.values(TEMPLATE_SLOTS));

/** The demo's templates with their date tokens set around 2026-11-20 (as scripts/demo.mjs does around today). */
function demoNotes(): { file: string; text: string }[] {
  const dir = join(ROOT, 'demo', 'templates');
  const day = (offset: number) => new Date(Date.UTC(2026, 10, 20 + offset)).toISOString().slice(0, 10);
  return readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => ({
    file: `demo/${f}`,
    text: readFileSync(join(dir, f), 'utf8')
      .replace(/\{\{\s*date\s*:\s*([+-]?\d+)\s*\}\}/g, (_, n: string) => day(Number(n)))
      .replace(/\{\{\s*datetime\s*:\s*([+-]?\d+)\s*([mhd])\s*\}\}/g, (_, n: string, unit: string) => `${day(unit === 'd' ? Number(n) : 0)} 10:00`),
  }));
}

function corpusNotes(): { file: string; text: string }[] {
  const dir = join(ROOT, 'bench', 'etiquette-corpus');
  return readdirSync(dir).filter((f) => /^\d\d-.*\.md$/.test(f)).map((f) => ({ file: `etiquette-corpus/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
}

/** The note without its drafts (the corpus notes hold the emails people sent). */
function withoutDrafts(text: string): string {
  const lines = text.split('\n');
  for (const d of findDrafts(text).reverse()) lines.splice(d.headingLine - 1, d.endLine - d.headingLine + 1);
  return lines.join('\n');
}

interface Case {
  name: string;
  text: string;
  note: Note;
  now: Date;
}

/** Each note with each generated draft, checked when the follow-up is due. */
function cases(): Case[] {
  const out: Case[] = [];
  for (const { file, text } of [...demoNotes(), ...corpusNotes()]) {
    const parsed = parseNote(text, file, DEFAULT_RULE_SETTINGS);
    assert.equal(parsed.kind, 'note', file);
    if (parsed.kind !== 'note') continue;
    // Not yet sent, still open: the checker reads the draft (a sent email is history).
    const note: Note = { ...parsed.note, thankYou: undefined, followUp: undefined, closed: false, status: undefined };
    const base = withoutDrafts(text);
    const details = detailsFromBody(base);
    const plan = planNote(note, DEFAULT_RULE_SETTINGS).find((p) => p.kind === 'follow-up');
    const now = new Date((plan?.dueFrom ?? note.end.getTime()) + 3600_000);
    for (const kind of ['thank-you', 'follow-up'] as const) {
      out.push({ name: `${file} ${kind}`, text: `${base.trimEnd()}\n\n${draftText(kind, { note, details, signature: SIGNATURE })}`, note, now });
    }
  }
  return out;
}

const CASES = cases();
const describe = (text: string, fs: Finding[]) => fs.map((f) => `${f.rule} "${text.split('\n')[f.line - 1]!.slice(f.column, f.endLine === f.line ? f.endColumn : undefined)}": ${f.message}`);

function lint(c: Case): { others: Finding[]; slots: Finding[]; language?: LanguageRequest } {
  const { findings, language } = lintWithLanguageRequest(c.text, c.note, { ...DEFAULT_LINT_OPTIONS, now: c.now, signature: SIGNATURE });
  return { others: findings.filter((f) => f.rule !== 'placeholder'), slots: findings.filter((f) => f.rule === 'placeholder'), language };
}

test('generated drafts: no etiquette finding but the slot to fill, for every note of the demo and the corpus', () => {
  assert.ok(CASES.length >= 2 * 50, `${CASES.length} drafts`);
  for (const c of CASES) {
    const { others, slots } = lint(c);
    assert.deepEqual(describe(c.text, others), [], c.name);
    for (const s of slots) assert.ok(SLOTS.has(c.text.split('\n')[s.line - 1]!.slice(s.column, s.endColumn)), `${c.name}: ${s.message}`);
  }
});

test('generated drafts: no spelling or grammar finding (word lists and our rules), for every note of the demo and the corpus', () => {
  for (const c of CASES) {
    const { language } = lint(c);
    assert.ok(language, c.name);
    assert.deepEqual(describe(c.text, languageFindings(language, LISTS)), [], c.name);
  }
});

test('generated drafts: no grammar finding from Harper either', { skip: !FIRST_ZONE && 'runs in the first time zone only (loads Harper)' }, async () => {
  for (const c of CASES) {
    const { language } = lint(c);
    assert.ok(language, c.name);
    const { findings, grammarError } = await checkLanguage('en', language, { from: ROOT });
    assert.equal(grammarError, undefined);
    assert.deepEqual(describe(c.text, findings), [], c.name);
  }
});

// ---- The Markdown snippets ----

interface Snippet {
  prefix: string;
  body: string[];
}
const SNIPPETS = Object.values(JSON.parse(readFileSync(join(ROOT, 'snippets', 'markdown.json'), 'utf8')) as Record<string, Snippet>);

/** A snippet's text as inserted: each tab stop's default (or first choice), or what `fill` gives for it. */
function expand(prefix: string, fill: (stop: number, value: string) => string = (_, v) => v): string {
  const snippet = SNIPPETS.find((s) => s.prefix === prefix);
  assert.ok(snippet, prefix);
  const seen = new Map<number, string>();
  const stop = (n: number, value: string) => {
    if (!seen.has(n)) seen.set(n, fill(n, value));
    return seen.get(n)!;
  };
  return snippet.body.join('\n')
    .replace(/\$\{(\d+):([^{}]*)\}/g, (_, n: string, v: string) => stop(Number(n), v))
    .replace(/\$\{(\d+)\|([^|]*)\|\}/g, (_, n: string, v: string) => stop(Number(n), v.split(',')[0]!))
    .replace(/\$\{(\d+)\}/g, (_, n: string) => seen.get(Number(n)) ?? '')
    .replace(/\$0/g, '');
}

const HELIO = demoNotes().find((n) => n.file.includes('helio'))!;
const helio = parseNote(HELIO.text, HELIO.file);
assert.equal(helio.kind, 'note');
const HELIO_NOTE = helio.kind === 'note' ? helio.note : (undefined as never);
const FILLED: Record<string, string> = {
  '[Role]': 'Senior Backend Engineer', '[First name]': 'Mara, Jonas and Ines', '[Company]': 'Helio Health',
  '[something specific you discussed]': 'the invoicing rebuild for insurers', '[something specific]': 'the invoicing rebuild for insurers',
  '[a relevant skill or project]': 'ledger design', '[Your name]': 'Alex Morgan', '[your email] · [your phone]': 'alex.morgan@example.com · +1 555 0100',
  '[the timeframe]': 'that you hoped to decide within two weeks',
};

for (const prefix of ['ifu-thanks', 'ifu-followup']) {
  test(`snippets: ${prefix} has no spelling or grammar finding; its only other findings are its slots, and none once they are filled`, async () => {
    for (const filled of [false, true]) {
      const draft = expand(prefix, (_, v) => (filled ? (FILLED[v] ?? assert.fail(`no filling for ${v}`)) : v));
      const text = `${withoutDrafts(HELIO.text).trimEnd()}\n\n${draft}\n`;
      const note = { ...HELIO_NOTE, thankYou: undefined, followUp: undefined };
      const plan = planNote(note, DEFAULT_RULE_SETTINGS).find((p) => p.kind === 'follow-up')!;
      const { findings, language } = lintWithLanguageRequest(text, note, { ...DEFAULT_LINT_OPTIONS, now: new Date(plan.dueFrom + 3600_000), signature: SIGNATURE });
      const slotRules = new Set(['placeholder', 'missing-name', 'no-detail', 'missing-contact']);
      const unexpected = findings.filter((f) => (filled ? true : !slotRules.has(f.rule)));
      assert.deepEqual(describe(text, unexpected), [], `${prefix}, ${filled ? 'filled' : 'as inserted'}`);
      assert.ok(language);
      const checked = FIRST_ZONE ? (await checkLanguage('en', language, { from: ROOT })).findings : languageFindings(language, LISTS);
      assert.deepEqual(describe(text, checked), [], `${prefix}, ${filled ? 'filled' : 'as inserted'}`);
    }
  });
}

test('snippets: the card message has no spelling or grammar finding, as inserted and filled', async () => {
  for (const filled of [false, true]) {
    const card = expand('ifu-card', (_, v) => (filled ? (FILLED[v] ?? assert.fail(`no filling for ${v}`)) : v));
    const lines = card.split('\n');
    const prose = lines.slice(1).join('\n');
    // The slots are no words (the checker skips bracketed slots).
    const skip: [number, number][] = [...prose.matchAll(/\[[^\]\n]{1,80}\]/g)].map((m) => [m.index, m.index + m[0].length]);
    // The note's people are known words, as the checker knows them.
    const request: LanguageRequest = { drafts: [{ text: prose, firstLine: 2, skip }], known: noteWorldWords(HELIO_NOTE) };
    const found = FIRST_ZONE ? (await checkLanguage('en', request, { from: ROOT })).findings : languageFindings(request, LISTS);
    assert.deepEqual(found.map((f) => f.message), [], filled ? 'filled' : 'as inserted');
  }
});
