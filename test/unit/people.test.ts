// The interviewers list of "New Interview Note".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newNoteText } from '../../src/core/edits/newNote';
import { parsePeople } from '../../src/core/model/people';
import { parsedNote } from './helpers';

test('people: Name <email>, Name, Title <email>, plain names, bare addresses', () => {
  assert.deepEqual(parsePeople('Ana Li <ana@globex.example>, Raj Patel'), [{ name: 'Ana Li', email: 'ana@globex.example' }, { name: 'Raj Patel' }]);
  assert.deepEqual(parsePeople('Jane Doe, CTO <jane@acme.example>, Raj Patel, Engineering Manager <raj@acme.example>'), [
    { name: 'Jane Doe', title: 'CTO', email: 'jane@acme.example' },
    { name: 'Raj Patel', title: 'Engineering Manager', email: 'raj@acme.example' },
  ]);
  assert.deepEqual(parsePeople('Jane Doe, Li Wei'), [{ name: 'Jane Doe' }, { name: 'Li Wei' }], 'two names, not a name and a title');
  assert.deepEqual(parsePeople('Jane Doe, Recruiter'), [{ name: 'Jane Doe', title: 'Recruiter' }]);
  assert.deepEqual(parsePeople('jane@acme.example'), [{ name: 'jane@acme.example', email: 'jane@acme.example' }]);
  assert.deepEqual(parsePeople('<x@y.example>'), [{ name: 'x@y.example', email: 'x@y.example' }]);
  assert.deepEqual(parsePeople('  '), []);
});

test('people: semicolons separate people unambiguously', () => {
  assert.deepEqual(parsePeople('Jane Doe, Ops <jane@acme.example>; Raj Patel, Head of Data <raj@acme.example>'), [
    { name: 'Jane Doe', title: 'Ops', email: 'jane@acme.example' },
    { name: 'Raj Patel', title: 'Head of Data', email: 'raj@acme.example' },
  ]);
});

test('new note: people with titles and addresses, the timeline and the card are written and read back', () => {
  const text = newNoteText({
    company: 'Globex', interview: { year: 2026, month: 11, day: 30, hour: 10, minute: 0 },
    interviewers: parsePeople('Ana Li, CTO <ana@globex.example>, Raj: Patel'), timeline: 'within two weeks', card: true,
  });
  const note = parsedNote(text);
  assert.deepEqual(note.interviewers.map((i) => [i.name, i.title, i.email]), [['Ana Li', 'CTO', 'ana@globex.example'], ['Raj: Patel', undefined, undefined]]);
  assert.equal(note.timeline, 'within two weeks');
  assert.equal(note.card, true);
  const lines = text.split('\n');
  assert.equal(lines[lines.indexOf('## Notes') + 1], '', 'a blank line to write in under Notes');
});
