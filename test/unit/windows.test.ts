// The windows of deadlines the tree and the CLI group rows by (Overdue, Today, Next 7 days,
// Later), the index's counts and first rows per window, and notes whose only findings are
// information (a vague timeline): not "with problems".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NoteIndex } from '../../src/core/indexing/noteIndex';
import { SortedList } from '../../src/core/indexing/sortedList';
import { windowBounds, windowOf } from '../../src/core/actions/windows';
import { parseNote } from '../../src/core/note/parse';
import { DEFAULT_RULE_SETTINGS, type Action } from '../../src/core/model/types';
import { localNow, noteText } from './helpers';

const at = (due: string, state: Action['state'] = 'upcoming') => ({ due: localNow(due), state });

test('windows: by the deadline, local midnights the bounds; overdue by state', () => {
  const b = windowBounds(localNow('2026-11-20T15:00'));
  assert.equal(windowOf(at('2026-11-20T23:59'), b), 'today');
  assert.equal(windowOf(at('2026-11-21T00:00'), b), 'week');
  assert.equal(windowOf(at('2026-11-27T23:59'), b), 'week');
  assert.equal(windowOf(at('2026-11-28T00:00'), b), 'later');
  // A follow-up in its week of grace (due, its date passed) is today's; an overdue one is Overdue.
  assert.equal(windowOf(at('2026-11-18T09:00', 'due'), b), 'today');
  assert.equal(windowOf(at('2026-11-10T09:00', 'overdue'), b), 'overdue');
  // "Due in 22 h" (a thank-you, to do now) and "in 16 h" (a follow-up, not before): the same window, in time order.
  assert.equal(windowOf(at('2026-11-21T13:00', 'due'), b), windowOf(at('2026-11-21T07:00'), b));
});

test('windows: the days are local days, across a daylight-saving change', () => {
  // 2026-11-01 is the US change back; 2026-10-04 Lord Howe's forward change; UTC has none. Each zone: 7 local days.
  for (const now of ['2026-10-28T12:00', '2026-09-30T12:00']) {
    const b = windowBounds(localNow(now));
    const today = new Date(b.today);
    const week = new Date(b.week);
    assert.deepEqual([today.getHours(), today.getMinutes(), week.getHours(), week.getMinutes()], [0, 0, 0, 0]);
    assert.equal(Math.round((b.week - b.today) / 86_400_000), 7);
  }
});

test('sortedList: countWhile and slice read a sorted prefix without a scan', () => {
  const list = new SortedList<number>((a, b) => a - b, false);
  for (let i = 1000; i > 0; i--) list.insert(i);
  assert.equal(list.countWhile((n) => n <= 0), 0);
  assert.equal(list.countWhile((n) => n < 257), 256);
  assert.equal(list.countWhile((n) => n <= 700), 700);
  assert.equal(list.countWhile(() => true), 1000);
  assert.deepEqual(list.slice(255, 3), [256, 257, 258]);
  assert.deepEqual(list.slice(998, 10), [999, 1000]);
  assert.deepEqual(new SortedList<number>((a, b) => a - b).slice(0, 5), []);
});

test('index: the snapshot\'s windows hold every pending row once, in due order, with exact counts', () => {
  const index = new NoteIndex(DEFAULT_RULE_SETTINGS, localNow('2026-11-20T15:00'), false);
  // Interviewed this morning (thank-you due tomorrow 10:00), one a week ago (follow-up next week), one in March.
  const notes: Record<string, string[]> = {
    'a.md': ['company: A', 'interview: 2026-11-20 09:00', 'interviewers: [Jo]'],
    'b.md': ['company: B', 'interview: 2026-11-13 09:00', 'thankYou: 2026-11-13', 'timeline: within a week'],
    'c.md': ['company: C', 'interview: 2027-03-01 09:00'],
    'd.md': ['company: D', 'interview: 2026-11-01 09:00'],
  };
  for (const [file, lines] of Object.entries(notes)) index.set(file, parseNote(noteText(lines), file));
  const snap = index.snapshot(2);
  const shown = snap.windows.map((w) => `${w.window} ${w.count}: ${w.rows.map((r) => `${r.file} ${r.kind}`).join(', ')}`);
  assert.deepEqual(shown, [
    'overdue 1: d.md thank-you',
    // Follow-ups whose day has come (within their week of grace), earliest first.
    'today 2: d.md follow-up, b.md follow-up',
    // The thank-you is to do now; its deadline is tomorrow 10:00.
    'week 2: a.md thank-you, a.md contact',
    'later 2: a.md follow-up, c.md prepare',
  ]);
  // Every pending action is in exactly one window.
  assert.equal(snap.windows.reduce((n, w) => n + w.count, 0), index.actions().length);
});

test('index: a note whose only finding is information (a vague timeline) is not among the notes with problems', () => {
  const index = new NoteIndex(DEFAULT_RULE_SETTINGS, localNow('2026-11-20T15:00'), false);
  index.set('vague.md', parseNote(noteText(['company: V', 'interview: 2026-11-20 09:00', "timeline: we'll be in touch soon"]), 'vague.md'));
  index.set('odd.md', parseNote(noteText(['company: O', 'interview: 2026-11-20 09:00', 'timeline: by friday or 3 wkz']), 'odd.md'));
  const snap = index.snapshot(10);
  const vague = index.problemsOf('vague.md');
  assert.deepEqual(vague.map((p) => [p.line, p.severity]), [[4, 'info']]);
  assert.match(vague[0]!.message, /"in touch" and "soon" name no date: follow up 14 days after the interview/);
  assert.ok(!snap.broken.some((b) => b.file === 'vague.md'));
  // Still listed as information (the CLI's problems and the diagnostics have it, with its severity).
  assert.ok(index.problems().some((p) => p.file === 'vague.md' && p.severity === 'info'));
  // Time words that were not understood are worth fixing: a warning, among the notes with problems.
  assert.ok(snap.broken.some((b) => b.file === 'odd.md' && b.problems.some((p) => p.severity === 'warning')));
  // The follow-up keeps saying why the default was used.
  const followUp = index.actions().find((a) => a.file === 'vague.md' && a.kind === 'follow-up')!;
  assert.match(followUp.timeline!, /name no date: follow up 14 days after the interview, from Fri 4 Dec 09:00$/);
});
