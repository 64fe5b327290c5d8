// "next round": they replied, so this round's follow-up is no longer due; the next round's note
// carries the company, role and people over and links back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newNoteText, nextRoundInput } from '../../src/core/edits/newNote';
import { actionsAt, noteText, parsedNote } from './helpers';

const round1 = (status: string) => noteText([
  'company: Globex', 'role: Analyst', 'interview: 2026-11-10 10:00', 'thankYou: 2026-11-10', `status: ${status}`,
  'interviewers:', '  - name: Ana Li', '    title: CTO', '    email: ana@globex.example', '  - name: Raj Patel',
]);

test('next round: the previous round\'s follow-up is no longer due; other statuses keep it', () => {
  // Raj Patel has no address: the pending follow-up needs it.
  assert.deepEqual(actionsAt(round1('interviewed'), '2026-11-26T12:00').map((a) => a.kind), ['contact', 'follow-up']);
  assert.deepEqual(actionsAt(round1('next round'), '2026-11-26T12:00').map((a) => a.kind), []);
  assert.deepEqual(actionsAt(round1('Next Round'), '2026-11-26T12:00').map((a) => a.kind), []);
});

test('next round: the new note has the company, role and people, and names the previous note', () => {
  const prev = { ...parsedNote(round1('next round')), file: 'file:///ws/interviews/2026-11-10-globex.md' };
  const text = newNoteText(nextRoundInput(prev, { year: 2026, month: 12, day: 3, hour: 14, minute: 30 }));
  assert.match(text, /\nprevious: 2026-11-10-globex\.md\n/);
  const next = parsedNote(text);
  assert.equal(next.company, 'Globex');
  assert.equal(next.role, 'Analyst');
  assert.deepEqual(next.interviewers.map((i) => [i.name, i.title, i.email]), [['Ana Li', 'CTO', 'ana@globex.example'], ['Raj Patel', undefined, undefined]]);
  assert.equal(next.status, 'scheduled');
});
