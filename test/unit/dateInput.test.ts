// Dates typed into an input box (New Interview Note, Snooze, the next round), read with the
// timeline's words, and what the box shows before accepting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateInputExamples, describeDateInput, readDateInput } from '../../src/core/timeline/dateInput';
import { snoozeValue } from '../../src/core/actions/snooze';
import { localNow } from './helpers';

// Wednesday 25 November 2026, 15:20.
const NOW = localNow('2026-11-25T15:20');

function read(text: string, defaultHour = 9): string {
  const r = readDateInput(text, NOW, { defaultHour });
  if ('error' in r) return `error: ${r.error}`;
  const w = r.wall;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}${r.timeDefaulted ? ' (default time)' : ''}`;
}

test('date input: what the timeline grammar reads, and the note\'s own form', () => {
  const cases: [string, string][] = [
    ['today 10am', '2026-11-25 10:00'],
    ['today 10 a.m.', '2026-11-25 10:00'],
    ['monday 2pm', '2026-11-30 14:00'],
    ['Monday at 2:30 PM', '2026-11-30 14:30'],
    ['tomorrow', '2026-11-26 09:00 (default time)'],
    ['tomorrow at 14:00', '2026-11-26 14:00'],
    ['2pm tomorrow', '2026-11-26 14:00'],
    ['wednesday 9:00', '2026-11-25 09:00'],
    ['next wednesday 9:00', '2026-12-02 09:00'],
    ['last friday 11am', '2026-11-20 11:00'],
    ['yesterday 16:30', '2026-11-24 16:30'],
    ['fri', '2026-11-27 09:00 (default time)'],
    ['dec 3 14:00', '2026-12-03 14:00'],
    ['3rd of December, 10am', '2026-12-03 10:00'],
    ['December 3rd 2027', '2027-12-03 09:00 (default time)'],
    ['jan 5', '2027-01-05 09:00 (default time)'],
    ['in 3 days', '2026-11-28 09:00 (default time)'],
    ['in two weeks 11am', '2026-12-09 11:00'],
    ['in 2 hours', '2026-11-25 17:20'],
    ['noon', '2026-11-25 12:00'],
    ['tonight', '2026-11-25 19:00'],
    ['16:45', '2026-11-25 16:45'],
    ['2026-12-15 14:00', '2026-12-15 14:00'],
    ['2026-12-15', '2026-12-15 09:00 (default time)'],
  ];
  for (const [text, expected] of cases) assert.equal(read(text), expected, text);
  assert.equal(read('tomorrow', 10), '2026-11-26 10:00 (default time)');
});

test('date input: what it cannot read says so, with examples relative to now', () => {
  assert.match(read('soonish'), /^error: Could not read "soonish": type a date such as today 16:00, tomorrow 10am, saturday 2pm or 2026-12-02 09:30$/);
  assert.match(read('monday 25'), /^error: Could not read "25"/);
  assert.match(read('feb 30'), /^error: Could not read "feb"/);
  assert.match(read('13pm'), /^error: Could not read "13"/);
  assert.match(read('today tomorrow'), /^error: Could not read "tomorrow"/);
  assert.match(read(''), /^error: Type a date, e\.g\. today 16:00/);
  assert.match(read('2026-02-30'), /^error: 2026-02-30 is not a date that exists/);
  assert.match(read('word '.repeat(50)), /^error: Too long for a date/);
  assert.equal(dateInputExamples(localNow('2026-12-31T23:30')), 'today 23:00, tomorrow 10am, sunday 2pm or 2027-01-07 09:30');
});

test('date input: the box shows the date it read, and how far that is from now', () => {
  assert.equal(describeDateInput({ year: 2026, month: 11, day: 30, hour: 14, minute: 0 }, NOW), 'Mon 30 Nov 2026 14:00 (in 5 d)');
  assert.equal(describeDateInput({ year: 2026, month: 11, day: 25, hour: 10, minute: 0 }, NOW), 'Wed 25 Nov 2026 10:00 (5 h ago)');
});

test('snooze until: the same words; a time that has passed is refused', () => {
  assert.equal(snoozeValue({ kind: 'until', text: 'friday' }, NOW), '2026-11-27 09:00');
  assert.equal(snoozeValue({ kind: 'until', text: 'tomorrow 2pm' }, NOW), '2026-11-26 14:00');
  assert.deepEqual(snoozeValue({ kind: 'until', text: 'today 10am' }, NOW), { error: 'today 10am has already passed' });
});
