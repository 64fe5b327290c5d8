// Reminders (what to show now) and snoozes (written in the note, honoured by the rules).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNote } from '../../src/core/note/parse';
import { pendingReminders, reminderMessage, stillRelevant } from '../../src/core/actions/reminders';
import { accessibleRow, actionRow } from '../../src/core/views/rows';
import { snoozeValue } from '../../src/core/actions/snooze';
import { actionsAt, localNow, noteText, summarize } from './helpers';

const note = (extra: string[] = []) => noteText([
  'company: Brightline', 'interview: 2026-11-20 10:00', 'card: true', 'timeline: two weeks',
  'interviewers:', '  - name: Jane Doe', '    email: jane@example.com', '  - name: Raj Patel', ...extra,
]);

const reasons = (now: string, shown = new Set<string>(), text = note()) =>
  pendingReminders(actionsAt(text, now), localNow(now), shown).map((r) => `${r.action.kind} ${r.reason}`);

test('reminders: a thank-you a few hours from its deadline, not a day before; contacts ride on the thank-you', () => {
  assert.deepEqual(reasons('2026-11-20T12:00'), []);
  assert.deepEqual(reasons('2026-11-20T20:00'), ['card soon']);
  assert.deepEqual(reasons('2026-11-21T08:00'), ['card overdue', 'thank-you soon']);
  assert.deepEqual(reasons('2026-11-21T12:00'), ['card overdue', 'thank-you overdue']);
});

test('reminders: a follow-up when it becomes due and again when it becomes overdue', () => {
  const done = note(['thankYou: 2026-11-20', 'cardMailed: 2026-11-20']);
  assert.deepEqual(reasons('2026-12-04T08:59', new Set(), done), []);
  const due = pendingReminders(actionsAt(done, '2026-12-04T09:00'), localNow('2026-12-04T09:00'), new Set());
  assert.deepEqual(due.map((r) => r.reason), ['due']);
  assert.deepEqual(reasons('2026-12-05T09:00', new Set([due[0]!.id]), done), [], 'shown once, not again');
  assert.deepEqual(reasons('2026-12-11T09:00', new Set([due[0]!.id]), done), ['follow-up overdue']);
});

test('reminders: the shown set forgets what is no longer pending; the message names the first and counts the rest', () => {
  const now = localNow('2026-11-21T12:00');
  const all = pendingReminders(actionsAt(note(), '2026-11-21T12:00'), now, new Set());
  assert.equal(reminderMessage(all, now), 'Mail a handwritten card to Jane Doe, Raj Patel (Brightline) is overdue 12 h. (and 1 more)');
  const later = actionsAt(note(['thankYou: 2026-11-21', 'cardMailed: 2026-11-21']), '2026-11-21T13:00');
  assert.deepEqual([...stillRelevant(all.map((r) => r.id), later, localNow('2026-11-21T13:00'))], []);
});

test('snooze: a snoozed follow-up is not due until then, then back to what it would be; shown in the row', () => {
  const text = note(['thankYou: 2026-11-20', 'cardMailed: 2026-11-20', 'snoozeFollowUp: 2026-12-06 09:00']);
  // Raj Patel's address is still missing: that row waits with the follow-up.
  assert.deepEqual(summarize(actionsAt(text, '2026-12-05T09:00')), ['contact upcoming 2026-12-04T09:00', 'follow-up upcoming 2026-12-04T09:00']);
  const a = actionsAt(text, '2026-12-05T09:00').find((x) => x.kind === 'follow-up')!;
  assert.equal(actionRow(a, localNow('2026-12-05T09:00')).description, 'snoozed');
  assert.match(accessibleRow(a, localNow('2026-12-05T09:00')), /, snoozed until 2026-12-06 09:00$/);
  assert.deepEqual(reasons('2026-12-05T09:00', new Set(), text), []);
  assert.deepEqual(summarize(actionsAt(text, '2026-12-06T09:00')), ['contact due 2026-12-04T09:00', 'follow-up due 2026-12-04T09:00']);
  assert.equal(actionsAt(text, '2026-12-06T09:00').find((x) => x.kind === 'follow-up')!.snoozedUntil, undefined);
});

test('snooze: an overdue thank-you snoozed for an hour comes back overdue; contacts follow it', () => {
  const text = note(['snoozeThankYou: 2026-11-22 13:00']);
  assert.deepEqual(summarize(actionsAt(text, '2026-11-22T12:30')).filter((s) => /^(thank-you|contact)/.test(s)), ['thank-you upcoming 2026-11-21T11:00', 'contact upcoming 2026-11-21T11:00']);
  assert.deepEqual(summarize(actionsAt(text, '2026-11-22T13:00')).filter((s) => /^(thank-you|contact)/.test(s)), ['thank-you overdue 2026-11-21T11:00', 'contact overdue 2026-11-21T11:00']);
});

test('snooze: a value that is not a date is a warning on its line and is ignored', () => {
  const r = parseNote(note(['snoozeCard: next week']), 'n.md');
  assert.equal(r.kind, 'note');
  assert.deepEqual(r.problems.map((p) => `${p.line} ${p.severity}`), ['10 warning']);
  assert.match(r.problems[0]!.message, /snoozeCard.*ignored/);
});

test('snooze choices: an hour, tomorrow 09:00, a date (09:00 unless a time is given), never the past', () => {
  const now = localNow('2026-11-26T22:30');
  assert.equal(snoozeValue({ kind: 'hour' }, now), '2026-11-26 23:30');
  assert.equal(snoozeValue({ kind: 'tomorrow' }, now), '2026-11-27 09:00');
  assert.equal(snoozeValue({ kind: 'until', text: '2026-12-01' }, now), '2026-12-01 09:00');
  assert.equal(snoozeValue({ kind: 'until', text: '2026-12-01 14:15' }, now), '2026-12-01 14:15');
  assert.deepEqual(snoozeValue({ kind: 'until', text: '2026-11-01' }, now), { error: '2026-11-01 has already passed' });
  assert.ok('error' in (snoozeValue({ kind: 'until', text: 'soon' }, now) as object));
});
