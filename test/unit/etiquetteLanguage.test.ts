// Spelling and grammar in drafts (the cspell word lists, people's names, companies and software
// terms; retext-repeated-words, retext-indefinite-article; our grammar rules): what is reported,
// what the note knows, the quick fixes, and American and British spelling.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_LINT_OPTIONS, lintNote, type Finding, type LintOptions } from '../../src/core/etiquette/check';
import { parseNote } from '../../src/core/note/parse';
import { dictionaryFor } from '../../src/node/dictionary';
import { isSoundWord } from '../../src/core/etiquette/interjections';

const BOTH = dictionaryFor('en', process.cwd());
const EN = dictionaryFor('en-US', process.cwd());
const GB = dictionaryFor('en-GB', process.cwd());

function note(body: string[], fm: string[] = []): { text: string; lint: (more?: Partial<LintOptions>) => Finding[] } {
  const text = [
    '---', 'company: Zyntrix Labs', 'role: Platform Engineer', 'interview: 2026-11-20 10:00',
    'interviewers:', '  - name: Oyelaran Quist', '    title: Staff Engineer', '    email: oq@zyntrix.example', ...fm, '---',
    '## Details to mention', '', '- the Kubeflow pipelines rollout', '',
    '## Thank-you email', 'Subject: Thank you — Platform Engineer interview', '', ...body, '',
  ].join('\n');
  const parsed = parseNote(text, 'n.md');
  assert.equal(parsed.kind, 'note');
  return {
    text,
    lint: (more = {}) => lintNote(text, parsed.kind === 'note' ? parsed.note : undefined, {
      ...DEFAULT_LINT_OPTIONS, now: new Date(2026, 10, 20, 15), spelling: { lists: BOTH }, ...more,
    }),
  };
}

const of = (findings: Finding[], ...rules: string[]) => findings.filter((f) => rules.includes(f.rule));
const words = (text: string, findings: Finding[]) => findings.map((f) => text.split('\n')[f.line - 1]!.slice(f.column, f.endColumn));

test('spelling: the word lists are found and read, each on first need', () => {
  const lists = dictionaryFor('en-US', process.cwd());
  assert.equal(lists.has('receive', false), true);
  assert.deepEqual([...lists.loadMs.keys()], ['American English'], 'a word of the main list reads no other list');
  assert.equal(lists.has('Aamodt', false), true, 'people names');
  assert.equal(GB.has('organisation', false), true);
  assert.equal(EN.has('organisation', false), false);
});

test('spelling: a misspelled word is reported with its correction first, as quick fixes, and can be added to the dictionary', () => {
  const n = note(['Dear Oyelaran,', '', 'I was glad to recieve your note and I beleive the Kubeflow rollout fits my experience.', '', 'Sincerly,', 'Alex', 'alex@example.com']);
  const found = of(n.lint(), 'spelling');
  assert.deepEqual(words(n.text, found), ['recieve', 'beleive', 'Sincerly']);
  assert.deepEqual(found.map((f) => f.suggestions?.[0]), ['receive', 'believe', 'Sincerely']);
  assert.equal(found[0]!.fix?.title, "Change to 'receive'");
  assert.equal(found[0]!.fix?.text, 'receive');
  assert.deepEqual(found[0]!.actions, [{ kind: 'add-word', word: 'recieve', title: 'Add "recieve" to the dictionary' }]);
  assert.equal(found[0]!.severity, 'warning');
});

test('spelling: words the note knows, the user list, the signature, URLs, addresses and code are no misspellings', () => {
  const n = note([
    'Dear Oyelaran Quist,', '',
    'Thank you from Zyntrix Labs fans: the Kubeflow rollout and your Staff Engineer view were great. I am excited about the role;',
    'my experience with `kubectl` and Frobnitz fits. See https://github.com/acme/qwertzuiop and qwrtx.example.com or write to oq@zyntrix.example.', '',
    'Best,', 'Brannigan Vexley', 'brannigan@example.com',
  ]);
  // The lines after the sign-off are the writer's name and contact: known.
  assert.deepEqual(words(n.text, of(n.lint({ spelling: { lists: BOTH, words: [] } }), 'spelling')), ['Frobnitz']);
  const withWords = n.lint({ spelling: { lists: BOTH, words: ['Frobnitz'] }, signature: { name: 'Brannigan Vexley', email: '', phone: '' } });
  assert.deepEqual(of(withWords, 'spelling'), []);
});

test('spelling: template slots are placeholders, not misspellings; without a dictionary there is no spelling check', () => {
  const n = note(['Dear [Mr./Ms./Mx. Lastnme],', '', 'I beleive it.']);
  const findings = n.lint();
  assert.deepEqual(words(n.text, of(findings, 'spelling')), ['beleive']);
  assert.deepEqual(words(n.text, of(findings, 'placeholder')), ['[Mr./Ms./Mx. Lastnme]']);
  assert.deepEqual(of(n.lint({ spelling: {} }), 'spelling'), []);
});

test('spelling: both spellings are right unless one is chosen; en-GB accepts British spellings that en-US reports, and the reverse', () => {
  const n = note(['Dear Oyelaran,', '', 'I would organise the colour review; I would organize the color review.']);
  assert.deepEqual(words(n.text, of(n.lint(), 'spelling')), []);
  assert.deepEqual(words(n.text, of(n.lint({ spelling: { lists: EN } }), 'spelling')), ['organise', 'colour']);
  // "organize" is British too (Oxford spelling); "color" is not.
  assert.deepEqual(words(n.text, of(n.lint({ spelling: { lists: GB } }), 'spelling')), ['color']);
});

test('grammar: a repeated word and a/an before the wrong sound, each with its fix', () => {
  const n = note(['Dear Oyelaran,', '', 'Thank you for the the time. It was a interview to remember, and an useful one, an honour and a hour.']);
  const found = of(n.lint(), 'repeated-word', 'indefinite-article');
  assert.deepEqual(found.map((f) => `${f.rule} ${words(n.text, [f])[0]} -> ${f.fix?.text}`), [
    'repeated-word the the -> the',
    'indefinite-article a -> an',
    'indefinite-article an -> a',
    'indefinite-article a -> an',
  ]);
  assert.match(found[1]!.message, /Write "an" before "interview"/);
  // Correct articles are left alone.
  assert.deepEqual(of(note(['Dear Oyelaran,', '', 'An interview, a university, an hour, a one-off, an MBA.']).lint(), 'indefinite-article'), []);
});

test('spelling: a word on an indented continuation line is marked at its own letters', () => {
  // remark-retext places such words too early by the indentation it strips.
  const n = note(['Dear Oyelaran,', '', 'I enjoyed the talk and', '   the recieve step of the Kubeflow rollout.']);
  const found = of(n.lint(), 'spelling');
  assert.deepEqual(words(n.text, found), ['recieve']);
  assert.equal(found[0]!.fix?.text, 'receive');
});

test('spelling: interjections written as sounds (laughter, drawn-out letters) are no misspellings; typos still are', () => {
  for (const w of ['Haha', 'hahaha', 'hahah', 'hehe', 'ha-ha', 'hmmm', 'Umm', 'uhh', 'ahh', 'ooops', 'yaaay', 'lol', 'LOL', 'argh', 'woah', 'erm']) {
    assert.equal(isSoundWord(w), true, w);
  }
  for (const w of ['recieve', 'teh', 'hapy', 'thier', 'bobo', 'hahax', 'definately', 'ha1ha', 'Sincerly']) assert.equal(isSoundWord(w), false, w);
  const n = note(['Dear Oyelaran,', '', 'Haha, the Kubeflow demo was fun. Hmmm, I beleive my experience fits, umm, very well.']);
  assert.deepEqual(words(n.text, of(n.lint(), 'spelling')), ['beleive']);
});
