// Facts that used to live in two places and disagree: each is now computed in one place, and
// every part of the product that shows it agrees (issue 15).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actionsAt, localNow, noteText, parsedNote } from './helpers';
import { boardOf } from '../../src/core/views/board';
import { computeStats } from '../../src/core/views/stats';
import { applyEdit } from '../../src/core/edits/frontMatterEdit';
import { statusEdit } from '../../src/core/edits/statusEdit';
import { fillsHeardBack, stageOf } from '../../src/core/model/status';
import { draftText } from '../../src/core/drafts/templates';
import { DEFAULT_LINT_OPTIONS, lintNote } from '../../src/core/etiquette/check';
import { greetingName, readName } from '../../src/core/model/names';
import { parseNote } from '../../src/core/note/parse';
import { DEFAULT_RULE_SETTINGS } from '../../src/core/model/types';

const BASE = ['company: Acme', 'role: Data Analyst', 'interview: 2026-11-20 10:00'];

test('one status reading: every spelling of "next round" is the Next round column and ends the follow-up', () => {
  for (const spelling of ['next round', 'Next Round', 'next_round', 'next-round', ' NEXT-ROUND ', 'Next  round']) {
    const text = noteText([...BASE, 'thankYou: 2026-11-20', `status: ${spelling}`]);
    const kinds = actionsAt(text, '2026-12-10T10:00').map((a) => a.kind);
    assert.ok(!kinds.includes('follow-up'), `${spelling}: no follow-up planned`);
    assert.equal(stageOf(spelling), 'next round', spelling);
    const note = parsedNote(text);
    const column = boardOf([note], localNow('2026-12-10T10:00'), DEFAULT_RULE_SETTINGS).find((c) => c.cards.length > 0);
    assert.equal(column?.stage, 'next round', spelling);
  }
  // A status outside the vocabulary still plans the follow-up, and sits under "Other status".
  const other = noteText([...BASE, 'thankYou: 2026-11-20', 'status: waiting on references']);
  assert.ok(actionsAt(other, '2026-12-10T10:00').some((a) => a.kind === 'follow-up'));
  assert.equal(stageOf('waiting on references'), 'other');
});

test('one status reading: the figures count "Offer" and "offer" as one outcome', () => {
  const notes = ['Offer', 'offer', ' OFFER'].map((s, i) => parsedNote(noteText([`company: C${i}`, 'interview: 2026-11-20 10:00', `status: ${s}`])));
  const stats = computeStats(notes, [], localNow('2026-12-10T10:00'), DEFAULT_RULE_SETTINGS);
  assert.equal(stats.outcomes.offer, 3);
  assert.deepEqual(stats.byStatus, { offer: 3 });
});

test('one names module: "Doe, Jane" is greeted as Jane by the draft and counts as addressed by the checker', () => {
  assert.deepEqual(readName('Doe, Jane'), { written: 'Doe, Jane', given: 'Jane', family: 'Doe' });
  assert.equal(greetingName('Doe, Jane'), 'Jane');
  assert.equal(greetingName('Dr. Jane Doe'), 'Dr. Doe');
  assert.equal(greetingName('Jane Doe, PhD'), 'Jane');
  const text = noteText([...BASE, 'interviewers:', '  - name: "Doe, Jane"', '    email: jane@acme.example', '  - name: Raj Patel', '    email: raj@acme.example']);
  const note = parsedNote(text);
  const draft = draftText('thank-you', { note, details: [], signature: { name: 'Alex Kim', email: 'alex@example.com', phone: '' } });
  assert.match(draft, /^Dear Jane and Raj,$/m);
  const now = localNow('2026-11-20T15:00');
  const withDraft = `${text}\n${draft}`;
  const findings = lintNote(withDraft, parseNote(withDraft, 'n.md').kind === 'note' ? note : undefined, { ...DEFAULT_LINT_OPTIONS, now });
  assert.deepEqual(findings.filter((f) => f.rule === 'missing-name'), [], 'the generated greeting addresses everyone');

  // A draft that greets only Raj: the fix greets Jane as the template does.
  const partial = `${text}\n## Thank-you email\n\nSubject: Thank you\n\nDear Raj,\n\nThank you for your time. alex@example.com\n`;
  const missing = lintNote(partial, parsedNote(partial), { ...DEFAULT_LINT_OPTIONS, now }).filter((f) => f.rule === 'missing-name');
  assert.equal(missing.length, 1);
  assert.match(missing[0]!.message, /does not address Doe, Jane by name/);
  assert.equal(missing[0]!.fix?.title, 'Address Jane and Raj in the greeting');
  assert.equal(missing[0]!.fix?.text, ' Jane and Raj');
});

test('one reading of heardBack: Set Status on "heardBack: no" records the date, as the reader promised', () => {
  for (const unanswered of ['no', 'false', '~', '""', 'No']) {
    const text = noteText([...BASE, `heardBack: ${unanswered}`, 'status: interviewed']);
    const note = parsedNote(text);
    assert.equal(note.heardBack, undefined, `${unanswered} reads as not heard back`);
    assert.equal(fillsHeardBack(note, 'offer'), true);
    const r = statusEdit(text, 'offer', '2026-12-06');
    assert.ok(r.ok);
    const after = parsedNote(applyEdit(text, r.edit));
    assert.equal(after.status, 'offer');
    assert.equal(after.heardBack, '2026-12-06', `${unanswered}: the date is written`);
  }
  // An answer already recorded is never overwritten.
  const answered = noteText([...BASE, 'heardBack: 2026-12-01', 'status: interviewed']);
  const r = statusEdit(answered, 'offer', '2026-12-06');
  assert.ok(r.ok);
  assert.equal(parsedNote(applyEdit(answered, r.edit)).heardBack, '2026-12-01');
});
