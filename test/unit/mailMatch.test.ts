// The mailbox's rules on envelopes in memory (the real server is in mailCli.test.ts): one company's
// rounds, a hiring system's notification with and without the company's name, a free-mail
// interviewer, nothing before the interview, a closed note left alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMailChanges, type MailEnvelope } from '../../src/core/mail/match';
import { mailComment, mailCommentOf, mailSubjectOf } from '../../src/core/note/mailEvidence';
import { DEFAULT_RULE_SETTINGS } from '../../src/core/model/types';
import { noteText, parseOf } from './helpers';
import type { Note } from '../../src/core/model/types';

const ME = 'me@home.example';

function note(file: string, lines: string[]): Note {
  const r = parseOf(file, noteText(lines));
  if (r.kind !== 'note') throw new Error(file);
  return r.note;
}

const mail = (mailbox: 'sent' | 'inbox', from: string, to: string, subject: string, date: string, senderName?: string): MailEnvelope => ({
  mailbox, date: new Date(date), from: [{ address: from, ...(senderName ? { name: senderName } : {}) }], to: [{ address: to }], cc: [], subject, ...(senderName ? { senderName } : {}),
});

test('mail rules: a message belongs to the latest round that began before it', () => {
  const round1 = note('r1.md', ['company: Acme', 'interview: 2026-11-02 10:00', 'interviewers: [{name: Jane, email: jane@acme.example}]']);
  const round2 = note('r2.md', ['company: Acme', 'interview: 2026-11-16 10:00', 'interviewers: [{name: Raj, email: raj@acme.example}]']);
  const found = findMailChanges([round1, round2], [
    mail('sent', ME, 'jane@acme.example', 'Thanks', '2026-11-03T12:00:00'),
    mail('inbox', 'jane@acme.example', ME, 'Second round?', '2026-11-05T12:00:00'),
    mail('sent', ME, 'raj@acme.example', 'Thanks again', '2026-11-17T12:00:00'),
    mail('inbox', 'hr@acme.example', ME, 'Offer', '2026-11-20T12:00:00'),
  ], [ME], DEFAULT_RULE_SETTINGS);
  assert.deepEqual(found.changes.map((c) => `${c.file} ${c.key} ${c.value}`), [
    'r1.md thankYou 2026-11-03', 'r1.md heardBack 2026-11-05', 'r2.md thankYou 2026-11-17', 'r2.md heardBack 2026-11-20',
  ]);
});

test('mail rules: a hiring system speaks for the company it names; otherwise it is only offered', () => {
  const acme = note('a.md', ['company: Acme Robotics, Inc.', 'interview: 2026-11-02 10:00', 'interviewers: [{name: Jane, email: jane@acme.example}]']);
  const named = findMailChanges([acme], [mail('inbox', 'no-reply@greenhouse.io', ME, 'Update on your application', '2026-11-06T12:00:00', 'Acme Robotics Hiring Team')], [ME], DEFAULT_RULE_SETTINGS);
  assert.deepEqual(named.changes.map((c) => c.key), ['heardBack']);
  const anonymous = findMailChanges([acme], [mail('inbox', 'no-reply@greenhouse.io', ME, 'Update on your application', '2026-11-06T12:00:00', 'Hiring Team')], [ME], DEFAULT_RULE_SETTINGS);
  assert.deepEqual([anonymous.changes, anonymous.review], [[], []]);
  const stranger = findMailChanges([acme], [mail('inbox', 'sam@agency.example', ME, 'About Acme Robotics', '2026-11-06T12:00:00')], [ME], DEFAULT_RULE_SETTINGS);
  assert.deepEqual([stranger.changes.length, stranger.review.map((c) => c.key)], [0, ['heardBack']]);
});

test('mail rules: a free-mail interviewer counts by exact address only; nothing before the interview; closed notes left alone', () => {
  const globex = note('g.md', ['company: Globex', 'interview: 2026-11-02 10:00', 'interviewers: [{name: Raj, email: raj@gmail.com}]']);
  const closed = note('c.md', ['company: Closed Co', 'interview: 2026-11-02 10:00', 'status: rejected', 'interviewers: [{name: Bo, email: bo@closed.example}]']);
  const found = findMailChanges([globex, closed], [
    mail('inbox', 'raj@gmail.com', ME, 'Hi', '2026-11-01T12:00:00'),
    mail('inbox', 'someone@gmail.com', ME, 'Hi', '2026-11-03T12:00:00'),
    mail('inbox', 'bo@closed.example', ME, 'Sorry', '2026-11-03T12:00:00'),
    mail('inbox', 'raj@gmail.com', ME, 'Hi again', '2026-11-04T12:00:00'),
  ], [ME], DEFAULT_RULE_SETTINGS);
  assert.deepEqual(found.changes.map((c) => `${c.file} ${c.key} ${c.value}`), ['g.md heardBack 2026-11-04']);
});

test('mail comment: one line, read back from the line it is written on', () => {
  const comment = mailComment({ date: '2026-12-03T14:02', from: 'Jane <jane@acme.example>', subject: 'Re:\nNext steps' });
  assert.equal(comment, 'mail: 2026-12-03 14:02, Jane <jane@acme.example>, "Re: Next steps"');
  assert.equal(mailCommentOf(`heardBack: 2026-12-03 # ${comment}`), comment.slice('mail: '.length));
  assert.equal(mailCommentOf('heardBack: 2026-12-03 # sent by hand'), undefined);
  assert.equal(mailSubjectOf(`heardBack: 2026-12-03 # ${comment}`), 'Re: Next steps');
  // A sender written "Last, First" in quotes does not end the sender early; a subject may hold quotes.
  const quoted = mailComment({ date: '2026-12-03', from: '"Patel, Raj" <raj@acme.example>', subject: 'Re: "Data" role, next steps' });
  assert.equal(mailSubjectOf(`heardBack: 2026-12-03 # ${quoted}`), 'Re: "Data" role, next steps');
  assert.equal(mailSubjectOf('heardBack: 2026-12-03 # sent by hand'), undefined);
});
