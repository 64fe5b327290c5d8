// YAML errors in plain words, with the fix written out, on the real parser's errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNote } from '../../src/core/note/parse';
import { noteText } from './helpers';

function problemOf(lines: string[]): string {
  const r = parseNote(noteText(lines), 'n.md');
  assert.equal(r.kind, 'broken');
  const p = r.kind === 'broken' ? r.problems[0]! : undefined;
  return `${p?.line}: ${p?.message}`;
}

test('yaml errors: a colon inside a value', () => {
  assert.equal(problemOf(['company: Acme', 'role: Engineer: Payments', 'interview: 2026-11-20']), '3: Invalid YAML front-matter: a colon inside a value needs quotes: role: "Engineer: Payments"');
  assert.equal(problemOf(['timeline: next steps: two weeks', 'company: Acme', 'interview: 2026-11-20']), '2: Invalid YAML front-matter: a colon inside a value needs quotes: timeline: "next steps: two weeks"');
});

test('yaml errors: quotes, indentation, duplicates, lists, special first characters, missing spaces', () => {
  assert.equal(problemOf(['company: "Acme', 'interview: 2026-11-20']), '2: Invalid YAML front-matter: a " quote is opened but never closed: end the value with " on the same line');
  assert.match(problemOf(['company: Acme', 'interview: 2026-11-20', 'interviewers:', '  - name: A', '   email: x']), /^6: .*the indentation is off/);
  assert.equal(problemOf(['company: A', 'company: B', 'interview: 2026-11-20']), '3: Invalid YAML front-matter: "company" appears twice: keep one of the two lines');
  assert.match(problemOf(['company: Acme', 'interview: 2026-11-20', 'interviewers: [Jane', 'role: x']), /^5: .*a list in \[ \] or \{ \} is not closed/);
  assert.equal(problemOf(['company: @acme', 'interview: 2026-11-20']), '2: Invalid YAML front-matter: a value starting with "@" needs quotes: company: "@acme"');
  assert.equal(problemOf(['company: *acme', 'interview: 2026-11-20']), '2: Invalid YAML front-matter: a value starting with "*" needs quotes: company: "*acme"');
  assert.equal(problemOf(['company: Acme', 'role: "Lead" Engineer', 'interview: 2026-11-20']), '3: Invalid YAML front-matter: text after a closing quote: quote the whole value: role: "Lead Engineer"');
});

test('yaml errors: an unknown reason is passed on as it is', () => {
  assert.match(problemOf(['company: A', 'interview: 2026-01-01', 'x: !!js/function "f"']), /Invalid YAML front-matter: unknown tag/);
});
