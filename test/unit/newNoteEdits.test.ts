// What a user writes into a note from the views: a new note whose interview is past, a mark that
// also moves a scheduled note to interviewed, an email added from a Find email row.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newNoteText } from '../../src/core/edits/newNote';
import { markDoneEdit } from '../../src/core/edits/markDone';
import { interviewerEmailEdit } from '../../src/core/edits/interviewerEmail';
import { applyEdit } from '../../src/core/edits/frontMatterEdit';
import { parsedNote, localNow } from './helpers';

const apply = (text: string, r: ReturnType<typeof markDoneEdit>) => {
  assert.ok(r.ok, r.ok ? '' : r.message);
  return applyEdit(text, r.edit);
};

test('new note: an interview that has started is written interviewed, without the before-the-interview list', () => {
  const input = { company: 'Acme', interview: { year: 2026, month: 12, day: 6, hour: 10, minute: 0 }, interviewers: ['Jane Doe'] };
  const past = newNoteText({ ...input, now: localNow('2026-12-06T10:00') });
  assert.match(past, /\nstatus: interviewed\n/);
  assert.ok(!past.includes('## Before the interview'));
  assert.equal(parsedNote(past).status, 'interviewed');
  const ahead = newNoteText({ ...input, now: localNow('2026-12-06T09:59') });
  assert.match(ahead, /\nstatus: scheduled\n/);
  assert.ok(ahead.includes('## Before the interview\n\n- [ ] Prepare questions'));
  // Without the clock (a caller that does not say), as before: scheduled.
  assert.match(newNoteText(input), /\nstatus: scheduled\n/);
  // The interview's own zone counts: 10:00 in Tokyo has passed at 02:00 UTC the same day.
  const tokyo = newNoteText({ ...input, timezone: 'Asia/Tokyo', now: new Date(Date.UTC(2026, 11, 6, 2, 0)) });
  assert.match(tokyo, /\nstatus: interviewed\n/);
});

test('mark: a thank-you, card or follow-up marked on a scheduled note also moves it to interviewed, in one edit', () => {
  const text = '---\ncompany: Acme\ninterview: 2026-12-06 10:00\nthankYou:   # not yet\nstatus: Scheduled # as planned\n---\nBody\n';
  assert.equal(apply(text, markDoneEdit(text, 'thank-you', '2026-12-06')), '---\ncompany: Acme\ninterview: 2026-12-06 10:00\nthankYou: 2026-12-06   # not yet\nstatus: interviewed # as planned\n---\nBody\n');
  assert.equal(apply(text, markDoneEdit(text, 'card', '2026-12-06')), '---\ncompany: Acme\ninterview: 2026-12-06 10:00\nthankYou:   # not yet\nstatus: interviewed # as planned\ncardMailed: 2026-12-06\n---\nBody\n');
  // Any other status is the user's: left alone.
  for (const status of ['next round', 'offer', 'phone screen']) {
    const other = text.replace('Scheduled', status);
    assert.equal(apply(other, markDoneEdit(other, 'thank-you', '2026-12-06')), other.replace('thankYou:   # not yet', 'thankYou: 2026-12-06   # not yet'));
  }
  const none = text.replace('status: Scheduled # as planned\n', '');
  assert.equal(apply(none, markDoneEdit(none, 'follow-up', '2026-12-20')), none.replace('---\nBody', 'followUp: 2026-12-20\n---\nBody'));
});

test('add email: into the interviewer\'s item, whichever way it is written; the rest untouched', () => {
  const text = [
    '---', 'company: Acme', 'interview: 2026-12-06 10:00', 'interviewers:', '  - name: Jane Doe', '    email:', '  - Raj Patel   # met at the door', '  - name: Li Wei', '    title: CTO', 'status: interviewed', '---', '',
  ].join('\n');
  const line = (s: string) => text.split('\n').indexOf(s) + 1;
  const jane = interviewerEmailEdit(text, line('  - name: Jane Doe'), 'jane@acme.example');
  assert.equal(apply(text, jane), text.replace('    email:\n', '    email: jane@acme.example\n'));
  const raj = interviewerEmailEdit(text, line('  - Raj Patel   # met at the door'), ' raj@acme.example ');
  assert.equal(apply(text, raj), text.replace('  - Raj Patel   #', '  - name: Raj Patel\n    email: raj@acme.example   #'));
  const li = interviewerEmailEdit(text, line('  - name: Li Wei'), 'li@acme.example');
  assert.equal(apply(text, li), text.replace('    title: CTO\n', '    title: CTO\n    email: li@acme.example\n'));
  assert.deepEqual(parsedNote(apply(text, li)).interviewers.map((i) => [i.name, i.title, i.email]), [['Jane Doe', undefined, undefined], ['Raj Patel', undefined, undefined], ['Li Wei', 'CTO', 'li@acme.example']]);
  // CRLF notes get CRLF lines.
  const crlf = text.replace(/\n/g, '\r\n');
  assert.equal(apply(crlf, interviewerEmailEdit(crlf, line('  - name: Li Wei'), 'li@acme.example')), crlf.replace('    title: CTO\r\n', '    title: CTO\r\n    email: li@acme.example\r\n'));
  // Refused, with a reason: not an address, no interviewer there, a list written on one line.
  assert.deepEqual(interviewerEmailEdit(text, line('  - name: Li Wei'), 'li at acme'), { ok: false, message: '"li at acme" is not an email address' });
  assert.equal(interviewerEmailEdit(text, 2, 'x@acme.example').ok, false);
  const flow = '---\ncompany: Acme\ninterviewers: [Jane Doe, Raj Patel]\n---\n';
  assert.match((interviewerEmailEdit(flow, 3, 'x@acme.example') as { message: string }).message, /not a list of one person per line/);
});
