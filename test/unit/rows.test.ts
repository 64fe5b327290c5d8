// Row wording (tree, Quick Pick, CLI) and the interviews list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupByInterview, interviewDetails, interviewLine, interviewRow, summarizeInterview, summarizeInterviews } from '../../src/core/views/interviews';
import { accessibleRow, actionRow, rowWhen, shortWhen, treeRow } from '../../src/core/views/rows';
import { actionsFor } from '../../src/core/actions/rules';
import { DEFAULT_RULE_SETTINGS, type Action } from '../../src/core/model/types';
import { actionsAt, localNow, noteText, parsedNote } from './helpers';

const acme = noteText([
  'company: Brightline Logistics', 'role: Dispatcher', 'interview: 2026-11-20 10:00', 'timeline: two weeks',
  'interviewers:', '  - name: Jane Doe', '    email: jane@example.com',
]);

function rowAt(kind: string, now: string): { label: string; description: string } {
  const a = actionsAt(acme, now).find((x) => x.kind === kind)!;
  return actionRow(a, localNow(now));
}

test('rows: what and company in the label, a compact when in the description', () => {
  // To do now, before the deadline: the time left; not to do before a time: "in".
  assert.deepEqual(rowAt('thank-you', '2026-11-20T13:00'), { label: 'Thank-you · Brightline Logistics', description: '22 h left' });
  assert.deepEqual(rowAt('thank-you', '2026-11-22T10:00'), { label: 'Thank-you · Brightline Logistics', description: '23 h late' });
  assert.deepEqual(rowAt('follow-up', '2026-11-29T09:00'), { label: 'Follow-up · Brightline Logistics', description: 'in 5 d' });
  // A follow-up in its 7-day window: due now, however long ago it became due (the tooltip says since when).
  assert.deepEqual(rowAt('follow-up', '2026-12-05T09:00'), { label: 'Follow-up · Brightline Logistics', description: 'due now' });
  // Late is counted from the due date, as in the tooltip ("overdue by 7 d").
  assert.deepEqual(rowAt('follow-up', '2026-12-11T09:00'), { label: 'Follow-up · Brightline Logistics', description: '7 d late' });
  assert.deepEqual(rowAt('prepare', '2026-11-20T06:00'), { label: 'Prepare · Brightline Logistics', description: '4 h left' });
  // Past a year, in years: a row has no room for "2190 d late".
  assert.deepEqual(rowAt('follow-up', '2029-12-11T09:00'), { label: 'Follow-up · Brightline Logistics', description: '3 y late' });
});

test('rows: in the tree the timing comes first, then the company, then what; nothing is shortened by us', () => {
  const now = '2026-11-22T10:00';
  const a = actionsAt(acme, now).find((x) => x.kind === 'thank-you')!;
  assert.deepEqual(treeRow(a, localNow(now)), { label: '23 h late · Brightline Logistics · Thank-you' });
  assert.match(accessibleRow(a, localNow(now)), /Brightline Logistics · Dispatcher, overdue by 23 h$/);
  // Under its interview's group a row is when and what alone.
  assert.deepEqual(treeRow(a, localNow(now), true), { label: '23 h late · Thank-you' });
  assert.deepEqual(actionRow(a, localNow(now), true), { label: 'Thank-you', description: '23 h late' });
});

test('rows: a task row is its own text, after the company (the longest part is cut first by a narrow view)', () => {
  const text = noteText(['company: Acme', 'interview: 2026-11-20 10:00', 'interviewers:', '  - name: A B', '  - name: C D', '  - name: E F'], ['- [ ] Ask for feedback 📅 2026-11-25', '- [ ] Finish the take-home incident review 📅 2026-11-25']);
  const now = '2026-11-25T10:00';
  const rows = actionsAt(text, now).map((a) => actionRow(a, localNow(now)).label);
  assert.ok(rows.includes('Ask for feedback · Acme'), rows.join());
  const tree = actionsAt(text, now).map((a) => treeRow(a, localNow(now)).label);
  assert.ok(tree.includes('14 h left · Acme · Finish the take-home incident review'), tree.join());
});

test('rows: the accessible sentence names the action, the people, the company and when', () => {
  const now = '2026-11-20T13:00';
  const a = actionsAt(acme, now).find((x) => x.kind === 'thank-you')!;
  assert.equal(accessibleRow(a, localNow(now)), 'Send thank-you to Jane Doe, Brightline Logistics · Dispatcher, due in 22 h');
});

test('rows: an upcoming action whose time has come reads "soon", never "in 0 min"', () => {
  const a: Action = { file: 'f', kind: 'task', due: localNow('2026-11-20T10:00'), state: 'upcoming', company: 'X', title: 't', line: 1, key: 'task:1' };
  assert.equal(shortWhen(a, localNow('2026-11-20T10:05')), 'soon');
  assert.equal(rowWhen(a, localNow('2026-11-20T10:05')), 'soon');
});

test('interviews: status, last contact and next step, including an interview with nothing due', () => {
  const done = noteText(['company: Globex', 'interview: 2026-11-10 10:00', 'status: offer', 'thankYou: 2026-11-10 18:00']);
  const now = localNow('2026-11-21T12:00');
  const notes = [parsedNote(done), { ...parsedNote(acme), file: 'acme.md' }, { ...parsedNote(noteText(['company: Future', 'interview: 2026-12-01 10:00'])), file: 'future.md' }];
  notes[0]!.file = 'globex.md';
  const actionsOf = (file: string) => actionsFor(notes.find((n) => n.file === file)!, now, DEFAULT_RULE_SETTINGS);
  const list = summarizeInterviews(notes, actionsOf, now);
  assert.deepEqual(list.map((s) => s.file), ['acme.md', 'future.md', 'globex.md']);
  assert.deepEqual(list.map((s) => interviewLine(s, now)), [
    'interviewed · last: interview 2026-11-20 · next: Thank-you overdue 1 h',
    'scheduled · next: Prepare in 10 d',
    'offer · last: thank-you 2026-11-10 · nothing due',
  ]);
  assert.equal(list[2]!.pending, 0);
  // In the Interviews view: the title and status on the interview's row, one fact per row under it.
  assert.deepEqual(list.map((s) => [interviewRow(s), interviewDetails(s, now)]), [
    [{ label: 'Brightline Logistics · Dispatcher', description: 'interviewed' }, [{ label: 'Next: Thank-you', description: '1 h late' }, { label: 'Last: interview', description: '2026-11-20' }]],
    [{ label: 'Future', description: 'scheduled' }, [{ label: 'Next: Prepare', description: 'in 10 d' }, { label: 'Last', description: 'no contact yet' }]],
    [{ label: 'Globex', description: 'offer' }, [{ label: 'Next', description: 'nothing due' }, { label: 'Last: thank-you', description: '2026-11-10' }]],
  ]);
});

test('interviews: a long title or next step is written whole (the workbench cuts what does not fit), and the line says it all', () => {
  const now = localNow('2026-11-21T12:00');
  const long = parsedNote(noteText(['company: Brightline Logistics International Holdings', 'role: Senior Data Analyst, Supply Chain Forecasting', 'interview: 2026-11-20 10:00', 'status: second round'], ['- [ ] Finish the take-home incident review and send it to the whole panel 📅 2026-11-25']));
  const s = summarizeInterview(long, actionsFor(long, now, DEFAULT_RULE_SETTINGS).filter((a) => a.kind === 'task'), now);
  assert.deepEqual(interviewRow(s), { label: 'Brightline Logistics International Holdings · Senior Data Analyst, Supply Chain Forecasting', description: 'second round' });
  const [next] = interviewDetails(s, now);
  assert.deepEqual(next, { label: 'Next: Finish the take-home incident review and send it to the whole panel', description: 'in 4 d' });
  assert.match(interviewLine(s, now), /next: Finish the take-home incident review and send it to the whole panel in 4 d$/);
});

test('interviews: the last contact is the latest dated one, not a future date', () => {
  const text = noteText(['company: Acme', 'interview: 2026-11-10 10:00', 'thankYou: 2026-11-10', 'followUp: 2026-11-30']);
  const s = summarizeInterview(parsedNote(text), [], localNow('2026-11-20T12:00'));
  // A thank-you dated the interview's own day came after the interview, not at midnight before it.
  assert.equal(s.lastContact?.what, 'thank-you');
  const later = summarizeInterview(parsedNote(text), [], localNow('2026-12-01T12:00'));
  assert.equal(later.lastContact?.what, 'follow-up');
});

test('interviews: marked sent on the interview\'s day, the thank-you is the last contact; their answer counts too', () => {
  const sameDay = noteText(['company: Acme', 'interview: 2026-12-06 14:00', 'thankYou: 2026-12-06']);
  assert.equal(summarizeInterview(parsedNote(sameDay), [], localNow('2026-12-06T18:00')).lastContact?.what, 'thank-you');
  const answered = noteText(['company: Acme', 'interview: 2026-12-06 14:00', 'thankYou: 2026-12-06', 'status: next round', 'heardBack: 2026-12-09']);
  const s = summarizeInterview(parsedNote(answered), [], localNow('2026-12-10T09:00'));
  assert.deepEqual([s.lastContact?.what, s.lastContact && interviewLine(s, localNow('2026-12-10T09:00'))], ['heard back', 'next round · last: heard back 2026-12-09 · nothing due']);
  // A time written with the date orders contacts on one day by the clock.
  const timed = noteText(['company: Acme', 'interview: 2026-12-06 14:00', 'thankYou: 2026-12-06 13:00']);
  assert.equal(summarizeInterview(parsedNote(timed), [], localNow('2026-12-06T18:00')).lastContact?.what, 'interview');
});

test('interviews: their answer found in the mailbox reads "Replied 3 Dec · Re: Next steps"', () => {
  const found = noteText(['company: Acme', 'interview: 2026-11-28 14:00', 'thankYou: 2026-11-28', 'heardBack: 2026-12-03 # mail: 2026-12-03 14:02, Raj Patel <raj@acme.example>, "Re: Next steps"']);
  const now = localNow('2026-12-06T09:00');
  const s = summarizeInterview(parsedNote(found), [], now);
  assert.deepEqual(interviewDetails(s, now)[1], { label: 'Replied', description: '3 Dec · Re: Next steps' });
  assert.match(interviewLine(s, now), /last: heard back 2026-12-03 \("Re: Next steps"\)/);
  // Marked by hand (no mailbox comment): the date alone; another year says which.
  const byHand = noteText(['company: Acme', 'interview: 2025-11-28 14:00', 'heardBack: 2025-12-03 # phoned me']);
  assert.deepEqual(interviewDetails(summarizeInterview(parsedNote(byHand), [], now), now)[1], { label: 'Replied', description: '3 Dec 2025' });
});

test('interviews: without a status, scheduled before the interview and interviewed from its start (as the board reads it)', () => {
  const text = noteText(['company: Acme', 'interview: 2026-12-06 14:00']);
  assert.equal(summarizeInterview(parsedNote(text), [], localNow('2026-12-06T13:59')).status, 'scheduled');
  assert.equal(summarizeInterview(parsedNote(text), [], localNow('2026-12-06T14:00')).status, 'interviewed');
});

test('group by interview: interviews ordered by their most urgent row, rows kept in order', () => {
  const mk = (file: string, state: Action['state'], due: string): Action => ({ file, kind: 'task', due: localNow(due), state, company: file, title: `${file} ${due}`, line: 1, key: due });
  const rows = [mk('b', 'overdue', '2026-11-01T10:00'), mk('a', 'due', '2026-11-02T10:00'), mk('b', 'upcoming', '2026-11-05T10:00'), mk('c', 'upcoming', '2026-11-03T10:00'), mk('a', 'upcoming', '2026-11-04T10:00')];
  assert.deepEqual(groupByInterview(rows).map((g) => [g.file, g.rows.map((r) => r.key)]), [
    ['b', ['2026-11-01T10:00', '2026-11-05T10:00']],
    ['a', ['2026-11-02T10:00', '2026-11-04T10:00']],
    ['c', ['2026-11-03T10:00']],
  ]);
});
