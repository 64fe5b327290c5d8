// The send flow: recipients, missing addresses, what Copy copies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyText, missingAddressWarning, recipientsOf } from '../../src/core/drafts/sendFlow';
import { noteText, parsedNote } from './helpers';

const note = parsedNote(noteText([
  'company: Acme', 'interview: 2026-11-20 10:00',
  'interviewers:', '  - name: Jane Doe', '    email: jane@acme.example', '  - name: Raj Patel', '  - name: "Li, Ana"', '    email: ana@acme.example',
]));
const draft = { subject: 'Thank you — Designer interview', body: 'Dear Jane,\n\nThanks.' };

test('send flow: Copy offers the body without the Subject line, the subject, the recipients, or all', () => {
  assert.equal(copyText(draft, note, 'body'), 'Dear Jane,\n\nThanks.\n');
  assert.equal(copyText(draft, note, 'subject'), 'Thank you — Designer interview');
  assert.equal(copyText(draft, note, 'recipients'), 'Jane Doe <jane@acme.example>, "Li, Ana" <ana@acme.example>');
  assert.equal(copyText(draft, note, 'all'), 'To: Jane Doe <jane@acme.example>, "Li, Ana" <ana@acme.example>\nSubject: Thank you — Designer interview\n\nDear Jane,\n\nThanks.\n');
});

test('send flow: someone without an address is named, and who the email would reach', () => {
  assert.deepEqual(recipientsOf(note).missing.map((m) => m.name), ['Raj Patel']);
  assert.equal(missingAddressWarning(note), 'No email address for Raj Patel: the email would only go to Jane Doe, Li, Ana.');
  assert.equal(missingAddressWarning({ interviewers: [{ name: 'A', line: 1 }] }), 'No email address for A: the email cannot be addressed yet.');
  assert.equal(missingAddressWarning({ interviewers: [{ name: 'A', email: 'a@b.c', line: 1 }] }), undefined);
});
