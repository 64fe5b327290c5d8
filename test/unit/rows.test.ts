// Row wording (tree, Quick Pick, CLI) and the interviews list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupByInterview, interviewDetails, interviewLine, interviewRow, summarizeInterview, summarizeInterviews } from '../../src/core/views/interviews';
import { DESCRIPTION_PX, LABEL_PX, ROW_BUDGET_PX, textWidth } from '../../src/core/views/rowWidth';
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
  assert.deepEqual(rowAt('thank-you', '2026-11-20T13:00'), { label: 'Thank-you · Brightline Logistics', description: 'in 22 h' });
  assert.deepEqual(rowAt('thank-you', '2026-11-22T10:00'), { label: 'Thank-you · Brightline Logistics', description: '23 h late' });
  assert.deepEqual(rowAt('follow-up', '2026-11-29T09:00'), { label: 'Follow-up · Brightline Logistics', description: 'in 5 d' });
  // A follow-up in its 7-day window: due now, however long ago it became due (the tooltip says since when).
  assert.deepEqual(rowAt('follow-up', '2026-12-05T09:00'), { label: 'Follow-up · Brightline Logistics', description: 'due now' });
  // Late is counted from the due date, as in the tooltip ("overdue by 7 d").
  assert.deepEqual(rowAt('follow-up', '2026-12-11T09:00'), { label: 'Follow-up · Brightline Logistics', description: '7 d late' });
  assert.deepEqual(rowAt('prepare', '2026-11-20T06:00'), { label: 'Prepare · Brightline Logistics', description: 'in 4 h' });
  // Past a year, in years: a row has no room for "2190 d late".
  assert.deepEqual(rowAt('follow-up', '2029-12-11T09:00'), { label: 'Follow-up · Brightline Logistics', description: '3 y late' });
});

test('rows: in the tree a long company ends in an ellipsis so the row fits 300 px; the sentence keeps the full name', () => {
  const now = '2026-11-22T10:00';
  const a = actionsAt(acme, now).find((x) => x.kind === 'thank-you')!;
  assert.deepEqual(treeRow(a, localNow(now)), { label: 'Thank-you · Brightline…', description: '23 h late' });
  assert.match(accessibleRow(a, localNow(now)), /Brightline Logistics · Dispatcher, overdue by 23 h$/);
  const short = actionsAt(acme.replace('Brightline Logistics', 'Acme Corp'), now).find((x) => x.kind === 'thank-you')!;
  assert.deepEqual(treeRow(short, localNow(now)), { label: 'Thank-you · Acme Corp', description: '23 h late' });
});

test('rows: under its interview\'s group a row is what and when alone', () => {
  const now = '2026-11-22T10:00';
  const a = actionsAt(acme, now).find((x) => x.kind === 'thank-you')!;
  assert.deepEqual(actionRow(a, localNow(now), true), { label: 'Thank-you', description: '23 h late' });
  assert.deepEqual(treeRow(a, localNow(now), true), { label: 'Thank-you', description: '23 h late' });
});

test('rows: a task row is its own text, shortened in the tree', () => {
  const text = noteText(['company: Acme', 'interview: 2026-11-20 10:00', 'interviewers:', '  - name: A B', '  - name: C D', '  - name: E F'], ['- [ ] Ask for feedback 📅 2026-11-25', '- [ ] Finish the take-home incident review 📅 2026-11-25']);
  const now = '2026-11-25T10:00';
  const rows = actionsAt(text, now).map((a) => actionRow(a, localNow(now)).label);
  assert.ok(rows.includes('Ask for feedback · Acme'), rows.join());
  const tree = actionsAt(text, now).map((a) => treeRow(a, localNow(now)).label);
  assert.ok(tree.includes('Ask for feedback · Acme'), tree.join());
  assert.ok(tree.includes('Finish the… · Acme'), tree.join());
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
    [{ label: 'Brightline Logistics…', description: 'interviewed' }, [{ label: 'Next: Thank-you', description: '1 h late' }, { label: 'Last: interview', description: '2026-11-20' }]],
    [{ label: 'Future', description: 'scheduled' }, [{ label: 'Next: Prepare', description: 'in 10 d' }, { label: 'Last', description: 'no contact yet' }]],
    [{ label: 'Globex', description: 'offer' }, [{ label: 'Next', description: 'nothing due' }, { label: 'Last: thank-you', description: '2026-11-10' }]],
  ]);
});

test('interviews: a long title or next step is shortened to fit the side bar, the whole line stays for the tooltip', () => {
  const now = localNow('2026-11-21T12:00');
  const long = parsedNote(noteText(['company: Brightline Logistics International Holdings', 'role: Senior Data Analyst, Supply Chain Forecasting', 'interview: 2026-11-20 10:00', 'status: second round'], ['- [ ] Finish the take-home incident review and send it to the whole panel 📅 2026-11-25']));
  const s = summarizeInterview(long, actionsFor(long, now, DEFAULT_RULE_SETTINGS).filter((a) => a.kind === 'task'), now);
  const row = interviewRow(s);
  assert.equal(row.description, 'second round');
  assert.ok(row.label.endsWith('…') && s.title.startsWith(row.label.slice(0, -1)), row.label);
  assert.ok(textWidth(row.label, LABEL_PX) + textWidth(row.description, DESCRIPTION_PX) + 6 <= ROW_BUDGET_PX, row.label);
  const [next] = interviewDetails(s, now);
  assert.equal(next!.description, 'in 4 d');
  assert.ok(next!.label.startsWith('Next: Finish the') && next!.label.endsWith('…'), next!.label);
  assert.ok(textWidth(next!.label, LABEL_PX) + textWidth(next!.description, DESCRIPTION_PX) + 6 <= ROW_BUDGET_PX, next!.label);
  assert.match(interviewLine(s, now), /next: Finish the take-home incident review and send it to the whole panel in 4 d$/);
});

test('interviews: the last contact is the latest dated one, not a future date', () => {
  const text = noteText(['company: Acme', 'interview: 2026-11-10 10:00', 'thankYou: 2026-11-10', 'followUp: 2026-11-30']);
  const s = summarizeInterview(parsedNote(text), [], localNow('2026-11-20T12:00'));
  assert.equal(s.lastContact?.what, 'interview');
  const later = summarizeInterview(parsedNote(text), [], localNow('2026-12-01T12:00'));
  assert.equal(later.lastContact?.what, 'follow-up');
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
