// Parsing notes safely: what is a note, what is a problem (with its line), what is ignored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNote } from '../../src/core/note/parse';
import { NoteIndex } from '../../src/core/indexing/noteIndex';
import { compareActions } from '../../src/core/actions/rules';
import { checkTaskEdit } from '../../src/core/note/tasks';
import { applyEdit } from '../../src/core/edits/frontMatterEdit';
import { noteText, parsedNote } from './helpers';
import { parseOf } from './helpers';

function problemsOf(text: string) {
  const r = parseNote(text, 'n.md');
  assert.notEqual(r.kind, 'ignored', 'expected the file to be read as a note');
  return r.kind === 'ignored' ? [] : r.problems.map((p) => `${p.line} ${p.severity} ${p.message}`);
}

const ignored: [string, string][] = [
  ['plain Markdown', '# Just a page\n\nNo front-matter.\n'],
  ['front-matter of another kind', noteText(['title: Reading list', 'tags: [books]'])],
  ['a thematic break that is not a fence', '----\nSome text\n'],
  ['empty file', ''],
];
for (const [name, text] of ignored) {
  test(`note: ignored: ${name}`, () => assert.equal(parseNote(text, 'x.md').kind, 'ignored'));
}

const broken: { name: string; text: string; line: number; match: RegExp }[] = [
  { name: '---js opener', text: '---js\nmodule.exports = { company: (globalThis.pwned = 1), interview: "2026-01-01" }\n---\n', line: 1, match: /exactly "---"/ },
  { name: '---javascript opener', text: '---javascript\n({ company: (globalThis.pwned = 2) })\n---\n', line: 1, match: /exactly "---"/ },
  { name: '---yaml opener', text: '---yaml\ncompany: A\ninterview: 2026-01-01\n---\n', line: 1, match: /exactly "---"/ },
  { name: '!!js/function tag', text: noteText(['company: A', 'interview: 2026-01-01', 'x: !!js/function "function () { globalThis.pwned = 3 }"']), line: 4, match: /Invalid YAML.*unknown tag/ },
  { name: 'invalid YAML', text: noteText(['company: A', 'interview: 2026-01-01', 'interviewers: [Jane', 'role: x']), line: 5, match: /Invalid YAML/ },
  { name: 'missing company', text: noteText(['role: Dev', 'interview: 2026-01-01']), line: 1, match: /"company" is required/ },
  { name: 'missing interview', text: noteText(['company: Acme']), line: 1, match: /"interview" is required/ },
  { name: 'malformed interview', text: noteText(['company: Acme', 'interview: next Tuesday']), line: 3, match: /not a date in the form/ },
  { name: 'a date that does not exist', text: noteText(['company: Acme', 'interview: 2026-02-30 10:00']), line: 3, match: /2026-02-30 is not a date that exists/ },
  { name: 'a time that does not exist', text: noteText(['company: Acme', 'interview: 2026-02-03 25:00']), line: 3, match: /not a time of day/ },
  { name: 'unknown time zone', text: noteText(['company: Acme', 'interview: 2026-02-03 10:00', 'timezone: Mars/Olympus']), line: 4, match: /not an IANA time zone/ },
];
for (const c of broken) {
  test(`note: problem: ${c.name}`, () => {
    const r = parseNote(c.text, 'n.md');
    assert.equal(r.kind, 'broken');
    const first = r.kind === 'broken' ? r.problems[0]! : undefined;
    assert.equal(first?.line, c.line);
    assert.equal(first?.file, 'n.md');
    assert.match(first?.message ?? '', c.match);
  });
}

test('note: nothing in a note is ever executed', () => {
  for (const c of broken) parseNote(c.text, 'n.md');
  assert.equal((globalThis as { pwned?: number }).pwned, undefined);
});

test('note: the same broken text is reported every time (no gray-matter cache)', () => {
  const text = noteText(['company: A', 'interview: [2026']);
  assert.equal(parseNote(text, 'a.md').kind, 'broken');
  assert.equal(parseNote(text, 'a.md').kind, 'broken');
});

test('note: warnings keep the note usable', () => {
  const text = noteText(['company: Acme', 'interview: 2026-11-26 10:00', 'timeline: we will see', 'duration: lots', 'thankYou: yes please', 'card: maybe']);
  // (thankYou: "yes please" is neither a date nor a YAML 1.1 boolean.)
  assert.deepEqual(problemsOf(text), [
    '5 warning "duration" must be a number of minutes (default 60)',
    '6 warning "thankYou" should be a date (YYYY-MM-DD), a date and time, or true; taken as done',
    '7 warning "card" should be true or false',
    '4 warning No date or span found in "we will see": follow up 14 days after the interview, from Thu 10 Dec 09:00',
  ]);
  assert.equal(parseNote(text, 'n.md').kind, 'note');
});

test('note: BOM, CRLF, tabs, Unicode, comments, flow and block styles all parse', () => {
  const text = [
    '\uFEFF---',
    '# the company as on their site',
    'company:\t"Société Générale 🏦"',
    "role: 'Ingénieure logicielle'  # second round",
    'interview: 2026-11-26T14:30',
    '',
    'interviewers:',
    '  - {name: Zoë Ångström, email: zoe@sg.test}',
    '  - name: 李伟',
    '    title: CTO',
    'timeline: within two weeks # said at the door',
    '---',
    'Body with a [ ] box but no task.',
    '',
  ].join('\r\n');
  const note = parsedNote(text);
  assert.equal(note.company, 'Société Générale 🏦');
  assert.equal(note.role, 'Ingénieure logicielle');
  assert.deepEqual(note.interview, { year: 2026, month: 11, day: 26, hour: 14, minute: 30 });
  assert.deepEqual(note.interviewers.map((i) => [i.name, i.email, i.title, i.line]), [['Zoë Ångström', 'zoe@sg.test', undefined, 8], ['李伟', undefined, 'CTO', 9]]);
  assert.equal(note.timeline, 'within two weeks');
  assert.equal(note.keyLines.timeline, 11);
  assert.equal(note.frontMatterEndLine, 12);
});

test('note: an unquoted date stays the local date written (no UTC shift)', () => {
  const note = parsedNote(noteText(['company: Acme', 'interview: 2026-11-26', 'thankYou: 2026-11-27']));
  assert.equal(note.start.getDate(), 26);
  assert.equal(note.start.getHours(), 9);
  assert.equal(note.thankYou, '2026-11-27');
});

test('index: one changed note replaces only its own entry', () => {
  const index = new NoteIndex();
  index.set('a.md', parseOf('a.md', noteText(['company: A', 'interview: 2026-11-20 10:00'])));
  index.set('b.md', parseOf('b.md', noteText(['company: B', 'interview: 2026-11-21 10:00'])));
  index.set('c.md', parseOf('c.md', '# not a note\n'));
  assert.deepEqual([...index.files()].sort(), ['a.md', 'b.md']);
  index.advance(new Date(2026, 10, 22, 9, 0));
  const before = index.actions().filter((a) => a.file === 'b.md');
  index.set('a.md', parseOf('a.md', noteText(['company: A', 'interview: 2026-11-20 10:00', 'thankYou: true', 'followUp: true'])));
  assert.deepEqual(index.actions().filter((a) => a.file === 'a.md'), []);
  assert.deepEqual(index.actions().filter((a) => a.file === 'b.md'), before);
  index.set('b.md', parseOf('b.md', noteText(['company: B', 'interview: ['])));
  assert.deepEqual(index.snapshot(10).broken.map((b) => b.file), ['b.md']);
  assert.equal(index.noteCount, 1);
  index.remove('b.md');
  assert.deepEqual(index.problems(), []);
});

test('index: the clock moves only the notes whose actions change, and matches a fresh evaluation', () => {
  const start = new Date(2026, 10, 20, 8, 0);
  const index = new NoteIndex(undefined, start);
  for (let i = 0; i < 40; i++) {
    const day = 20 + (i % 5);
    index.set(`n${i}.md`, parseOf(`n${i}.md`, noteText([`company: C${i}`, `interview: 2026-11-${day} ${String(9 + (i % 8)).padStart(2, '0')}:00`, i % 2 ? 'card: true' : 'timeline: a week'], [`- [ ] t ${'📅'} 2026-11-${day + 1}`])));
  }
  for (const hours of [0, 1, 5, 24, 30, 24 * 9, 24 * 20]) {
    const now = new Date(start.getTime() + hours * 3600_000);
    index.advance(now);
    const brute = [...index.files()].flatMap((f) => index.actionsOf(f, now));
    for (const state of ['overdue', 'due', 'upcoming'] as const) {
      const expected = brute.filter((a) => a.state === state).sort(compareActions);
      const group = index.snapshot(7).groups.find((g) => g.state === state)!;
      assert.equal(group.count, expected.length, `${state} at +${hours} h`);
      assert.deepEqual(group.rows, expected.slice(0, 7), `${state} at +${hours} h`);
    }
  }
  // Nothing happens between two instants with no boundary in between.
  const quiet = new NoteIndex(undefined, new Date(2026, 10, 1, 0, 0));
  quiet.set('a.md', parseOf('a.md', noteText(['company: A', 'interview: 2026-11-30 10:00'])));
  assert.deepEqual(quiet.advance(new Date(2026, 10, 2, 0, 0)), []);
  assert.deepEqual(quiet.advance(new Date(2026, 10, 29, 10, 0)), ['a.md']);
});

test('tasks: checking a task changes one character, and refuses a line that is not an open task', () => {
  const text = '---\r\ncompany: A\r\ninterview: 2026-11-20\r\n---\r\n- [ ] Send 📅 2026-11-21\r\n* [x] Done\r\n';
  const r = checkTaskEdit(text, 5);
  assert.ok(r.ok);
  assert.equal(applyEdit(text, r.edit), text.replace('- [ ] Send', '- [x] Send'));
  assert.equal(checkTaskEdit(text, 6).ok, false);
  assert.equal(checkTaskEdit(text, 40).ok, false);
});

test('note: YAML 1.1 booleans and a one-line list of interviewers are understood', () => {
  const note = parsedNote(noteText(['company: Acme', 'interview: 2026-11-26 10:00', 'card: yes', 'thankYou: no', 'followUp: Yes', 'interviewers: Jane Doe, Raj Patel and Li Wei']));
  assert.equal(note.card, true);
  assert.equal(note.thankYou, undefined);
  assert.equal(note.followUp, true);
  assert.deepEqual(note.interviewers.map((i) => i.name), ['Jane Doe', 'Raj Patel', 'Li Wei']);
  const r = parseNote(noteText(['company: Acme', 'interview: 2026-11-26 10:00', 'card: off', 'interviewers: [Jane]']), 'n.md');
  assert.ok(r.kind === 'note' && r.note.card === false && r.problems.length === 0);
});

// The note model's bounds (issue: gray-matter re-split the block at any line starting with ---).
test('note: a YAML line starting with --- does not end the front-matter; the keys after it are read', () => {
  const r = parseNote('---\ncompany: Acme\n---status: rejected\ninterview: 2026-11-20 10:00\nrole: Analyst\n---\n', 'n.md');
  // `---status: rejected` is a plain scalar continuing `company`; YAML reads it as part of that value or fails,
  // but never drops `interview` and `role` silently.
  if (r.kind === 'note') {
    assert.equal(r.note.role, 'Analyst');
    assert.equal(r.note.interview.day, 20);
  } else {
    assert.equal(r.kind, 'broken');
  }
});

test('note: a closing fence with trailing spaces, then a --- rule in the body: tasks in between are kept', () => {
  const text = '---\ncompany: Acme\ninterview: 2026-11-20 10:00\n--- \n\n- [ ] Send portfolio 📅 2026-11-25\n\n---\n\n- [ ] Call back 📅 2026-11-27\n';
  const note = parsedNote(text);
  assert.deepEqual(note.tasks.map((t) => [t.text, t.line]), [['Send portfolio', 6], ['Call back', 10]]);
  assert.equal(note.frontMatterEndLine, 4);
});

test('note: a task inside a four-backtick fence (holding a three-backtick line) is no task', () => {
  const text = noteText(['company: Acme', 'interview: 2026-11-20 10:00'], ['````', '```', '- [ ] inside 📅 2026-11-25', '```', '````', '- [ ] outside 📅 2026-11-26']);
  assert.deepEqual(parsedNote(text).tasks.map((t) => t.text), ['outside']);
});

test('note: heardBack is optional and read like the other done dates', () => {
  assert.equal(parsedNote(noteText(['company: A', 'interview: 2026-11-02'])).heardBack, undefined);
  assert.equal(parsedNote(noteText(['company: A', 'interview: 2026-11-02', 'heardBack: 2026-11-09'])).heardBack, '2026-11-09');
  assert.equal(parsedNote(noteText(['company: A', 'interview: 2026-11-02', 'heardBack: yes'])).heardBack, true);
  assert.equal(parsedNote(noteText(['company: A', 'interview: 2026-11-02', 'heardBack:'])).heardBack, undefined);
});
