// The pipeline's figures (src/core/stats.ts) and board (src/core/board.ts) over a small folder of
// notes; run under every time zone of scripts/test-unit.mjs, where local dates must not move.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boardOf } from '../../src/core/views/board';
import { parseNote } from '../../src/core/note/parse';
import { fillsHeardBack, hasAnswered, stageOf } from '../../src/core/model/status';
import { computeStats } from '../../src/core/views/stats';
import { chartSpecs } from '../../src/webview/chartSpecs';
import { DEFAULT_RULE_SETTINGS, type Note, type Problem } from '../../src/core/model/types';
import { localNow, noteText, parsedNote } from './helpers';

const FOLDER: Record<string, string[]> = {
  'a.md': ['company: Acme', 'interview: 2026-11-02 14:00', 'thankYou: 2026-11-03', 'followUp: 2026-11-16', 'status: interviewed'],
  'b.md': ['company: Beta', 'interview: 2026-11-03 10:00', 'thankYou: 2026-11-05', 'status: rejected', 'heardBack: 2026-11-10'],
  'c.md': ['company: Gamma', 'role: QA', 'interview: 2026-11-10 09:00', 'card: true'],
  'd.md': ['company: Delta', 'interview: 2026-11-12 16:00', 'thankYou: true', 'card: true', 'cardMailed: 2026-11-12', 'status: next round', 'followUp: 2026-11-18 09:30'],
  'e.md': ['company: Epsilon', 'interview: 2026-12-01 10:00', 'status: scheduled', 'interviewers: [Ada Park]'],
  'f.md': ['company: Phi', 'interview: 2026-10-20', 'status: Withdrawn'],
  'g.md': ['company: Gold', 'interview: 2026-11-05 11:00', 'status: offer', 'heardBack: 2026-11-19', 'followUp: 2026-11-15'],
  'broken.md': ['company: Broken', 'interview: 2026-02-30'],
};

function folder(): { notes: Note[]; problems: Problem[] } {
  const notes: Note[] = [];
  const problems: Problem[] = [];
  for (const [file, lines] of Object.entries(FOLDER)) {
    const r = parseNote(noteText(lines), file);
    if (r.kind === 'note') notes.push(r.note);
    if (r.kind !== 'ignored') problems.push(...r.problems);
  }
  return { notes, problems };
}

const NOW = '2026-11-20T12:00';

test('stats: counts, thank-you timing, pending only for held open interviews', () => {
  const { notes, problems } = folder();
  const s = computeStats(notes, problems, localNow(NOW), DEFAULT_RULE_SETTINGS);
  assert.equal(s.interviews, 7);
  assert.equal(s.open, 4);
  assert.equal(s.closed, 3);
  assert.deepEqual(s.byStatus, { interviewed: 1, rejected: 1, '(none)': 1, 'next round': 1, scheduled: 1, withdrawn: 1, offer: 1 });
  // a on the deadline's date, b two days after an 11:00 deadline, d `true` (sent, no date).
  assert.deepEqual(s.thankYou, { sent: 3, onTime: 1, late: 1, pending: 1 });
  assert.deepEqual(s.followUp, { sent: 3, pending: 1 });
  assert.deepEqual(s.cards, { mailed: 1, pending: 1 });
  assert.deepEqual(s.outcomes, { offer: 1, rejected: 1, withdrawn: 1, closed: 0 });
  assert.deepEqual(s.problems, [{ file: 'broken.md', line: 3, message: '"interview": 2026-02-30 is not a date that exists' }]);
});

test('stats: charts (weeks from Monday, time to an answer, what came of follow-ups)', () => {
  const { notes, problems } = folder();
  const { charts } = computeStats(notes, problems, localNow(NOW), DEFAULT_RULE_SETTINGS);
  assert.deepEqual(charts.perWeek, [
    { week: '2026-10-19', count: 1 },
    { week: '2026-10-26', count: 0 },
    { week: '2026-11-02', count: 3 },
    { week: '2026-11-09', count: 2 },
    { week: '2026-11-16', count: 0 },
    { week: '2026-11-23', count: 0 },
    { week: '2026-11-30', count: 1 },
  ]);
  assert.deepEqual(charts.timeToAnswer, [{ file: 'b.md', company: 'Beta', days: 7 }, { file: 'g.md', company: 'Gold', days: 14 }]);
  assert.equal(charts.medianDaysToAnswer, 10.5);
  assert.deepEqual(charts.followUpResults, { 'no answer yet': 1, 'next round': 1, offer: 1 });
});

test('stats: pending depends on now; nothing is owed before the interview ends', () => {
  const { notes } = folder();
  const before = computeStats(notes, [], localNow('2026-11-10T09:30'), DEFAULT_RULE_SETTINGS);
  assert.deepEqual([before.thankYou.pending, before.followUp.pending, before.cards.pending], [0, 0, 0]);
  const after = computeStats(notes, [], localNow('2026-11-10T10:00'), DEFAULT_RULE_SETTINGS);
  assert.deepEqual([after.thankYou.pending, after.followUp.pending, after.cards.pending], [1, 1, 1]);
});

test('stats: the thank-you deadline date moves with the setting and with a late interview', () => {
  const late = parsedNote(noteText(['company: Night', 'interview: 2026-11-04 22:30', 'thankYou: 2026-11-05']));
  const s24 = computeStats([late], [], localNow(NOW), DEFAULT_RULE_SETTINGS);
  assert.deepEqual([s24.thankYou.onTime, s24.thankYou.late], [1, 0]);
  const s1 = computeStats([late], [], localNow(NOW), { ...DEFAULT_RULE_SETTINGS, thankYouHours: 1 });
  // Ends 23:30, due 00:30 on the 5th: still that date.
  assert.deepEqual([s1.thankYou.onTime, s1.thankYou.late], [1, 0]);
  const next = parsedNote(noteText(['company: Next', 'interview: 2026-11-04 09:00', 'thankYou: 2026-11-06 08:00']));
  const sNext = computeStats([next], [], localNow(NOW), DEFAULT_RULE_SETTINGS);
  assert.deepEqual([sNext.thankYou.onTime, sNext.thankYou.late], [0, 1]);
});

test('stats: an empty folder, and weeks listed sparsely over a long span', () => {
  const empty = computeStats([], [], localNow(NOW), DEFAULT_RULE_SETTINGS);
  assert.equal(empty.interviews, 0);
  assert.deepEqual(empty.charts.perWeek, []);
  assert.equal(empty.charts.medianDaysToAnswer, null);
  const far = [parsedNote(noteText(['company: Old', 'interview: 2020-03-02'])), parsedNote(noteText(['company: New', 'interview: 2099-06-01']))];
  assert.deepEqual(computeStats(far, [], localNow(NOW), DEFAULT_RULE_SETTINGS).charts.perWeek, [{ week: '2020-03-02', count: 1 }, { week: '2099-06-01', count: 1 }]);
});

test('stages: statuses map to columns; an answer status fills heardBack once', () => {
  assert.equal(stageOf('Next-Round'), 'next round');
  assert.equal(stageOf('OFFER'), 'offer');
  assert.equal(stageOf('phone screen'), 'other');
  assert.equal(stageOf('none'), 'other');
  assert.equal(fillsHeardBack({}, 'rejected'), true);
  assert.equal(fillsHeardBack({ heardBack: '2026-11-10' }, 'offer'), false);
  assert.equal(fillsHeardBack({}, 'withdrawn'), false);
  assert.equal(fillsHeardBack(undefined, 'interviewed'), false);
  assert.equal(hasAnswered(parsedNote(noteText(['company: A', 'interview: 2026-11-02', 'status: offer']))), true);
  assert.equal(hasAnswered(parsedNote(noteText(['company: A', 'interview: 2026-11-02', 'status: interviewed']))), false);
});

test('board: every stage in order, cards by time with people and the next action', () => {
  const { notes } = folder();
  const board = boardOf(notes, localNow(NOW), DEFAULT_RULE_SETTINGS);
  assert.deepEqual(board.map((c) => `${c.label}: ${c.cards.map((k) => k.company).join(',')}`), [
    'Scheduled: Epsilon', 'Interviewed: Gamma,Acme', 'Next round: Delta', 'Offer: Gold', 'Rejected: Beta',
    'Withdrawn: Phi', 'Closed: ',
  ]);
  // No status written: read from the date, as the Interviews view reads it (its interview is over: interviewed).
  const gamma = board.find((c) => c.stage === 'interviewed')!.cards.find((c) => c.company === 'Gamma')!;
  assert.deepEqual([gamma.status, gamma.statusFromDate], ['interviewed', true]);
  assert.equal(gamma.role, 'QA');
  assert.equal(gamma.when, '2026-11-10 09:00');
  // The card (23:59 on the day) comes before the thank-you (next day 10:00).
  assert.deepEqual(gamma.next, { what: 'Card', title: 'Mail a handwritten thank-you card', due: '2026-11-10 23:59', relative: '10 d ago', state: 'overdue' });
  const epsilon = board[0]!.cards[0]!;
  assert.deepEqual(epsilon.people, ['Ada Park']);
  assert.equal(epsilon.next?.title, 'Prepare for the interview with Ada Park');
  assert.equal(board.find((c) => c.stage === 'rejected')!.cards[0]!.heardBack, '2026-11-10');
  const other = boardOf([parsedNote(noteText(['company: O', 'interview: 2026-11-02', 'status: phone screen']))], localNow(NOW), DEFAULT_RULE_SETTINGS);
  assert.deepEqual(other.at(-1)!.cards.map((c) => c.status), ['phone screen']);
});

test('chart specs: every chart has a summary and a table with the same figures', () => {
  const { notes, problems } = folder();
  const s = computeStats(notes, problems, localNow(NOW), DEFAULT_RULE_SETTINGS);
  const specs = chartSpecs(s);
  assert.deepEqual(specs.map((c) => c.id), ['perWeek', 'timeToAnswer', 'thankYou', 'followUp', 'outcomes']);
  for (const c of specs) assert.deepEqual(c.rows, c.labels.map((l, i) => [l, c.values[i]]));
  assert.equal(specs[0]!.summary, '7 interviews over 7 weeks; the busiest, week of 2026-11-02, had 3.');
  assert.equal(specs[1]!.summary, '2 answers recorded; median 10.5 days.');
  assert.deepEqual(specs[2]!.values, [1, 1, 1, 1]);
  assert.equal(specs[3]!.summary, '3 follow-ups sent: 1 no answer yet, 1 next round, 1 offer; 1 still to send.');
  assert.equal(specs[4]!.summary, '1 offer, 1 rejected, 1 withdrawn, 0 closed; 4 still open.');
  assert.equal(chartSpecs(computeStats([], [], localNow(NOW), DEFAULT_RULE_SETTINGS))[0]!.summary, 'No interviews yet.');
});

test('board: columns keep exact totals, draw at most 200 cards (the latest), and take the next action given', () => {
  const many = Array.from({ length: 205 }, (_, i) => parsedNote(noteText([`company: C${i}`, `interview: 2026-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')} 10:00`, 'status: rejected'])));
  const soon = ['2026-12-03', '2026-12-01'].map((d) => parsedNote(noteText([`company: S${d}`, `interview: ${d} 10:00`, 'status: scheduled'])));
  const asked: string[] = [];
  const board = boardOf([...many, ...soon], localNow(NOW), DEFAULT_RULE_SETTINGS, (note) => {
    asked.push(note.company);
    return undefined;
  });
  const rejected = board.find((c) => c.stage === 'rejected')!;
  assert.equal(rejected.total, 205);
  assert.equal(rejected.cards.length, 200);
  const times = rejected.cards.map((c) => c.when);
  assert.deepEqual(times, [...times].sort().reverse(), 'most recent first');
  assert.equal(rejected.cards.every((c) => c.next === undefined), true);
  assert.equal(asked.length, 202, 'the next action is asked only for drawn cards');
  assert.deepEqual(board[0]!.cards.map((c) => c.company), ['S2026-12-01', 'S2026-12-03'], 'scheduled: soonest first');
});
