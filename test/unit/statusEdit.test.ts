// Set Status with an answer: status and heardBack in one edit, never overwriting an earlier answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdit, spanningEdit } from '../../src/core/edits/frontMatterEdit';
import { statusEdit } from '../../src/core/edits/statusEdit';

function run(text: string, status: string, date?: string): string {
  const r = statusEdit(text, status, date);
  assert.ok(r.ok, r.ok ? '' : r.message);
  return applyEdit(text, r.edit);
}

test('statusEdit: status replaced and heardBack added in one edit, comments and line endings kept', () => {
  const text = '---\ncompany: A\nstatus: interviewed   # waiting\nthankYou: 2026-11-03\n---\nbody\n';
  assert.equal(run(text, 'offer', '2026-11-20'), '---\ncompany: A\nstatus: offer   # waiting\nthankYou: 2026-11-03\nheardBack: 2026-11-20\n---\nbody\n');
  const crlf = text.replace(/\n/g, '\r\n');
  assert.equal(run(crlf, 'offer', '2026-11-20'), '---\r\ncompany: A\r\nstatus: offer   # waiting\r\nthankYou: 2026-11-03\r\nheardBack: 2026-11-20\r\n---\r\nbody\r\n');
  // An empty `heardBack:` is filled in place.
  assert.equal(run('---\ncompany: A\nheardBack:\n---\n', 'rejected', '2026-11-20'), '---\ncompany: A\nheardBack: 2026-11-20\nstatus: rejected\n---\n');
});

test('statusEdit: an earlier answer is kept; without a date only the status changes', () => {
  const text = '---\ncompany: A\nstatus: next round\nheardBack: 2026-11-10\n---\n';
  assert.equal(run(text, 'offer', '2026-11-20'), '---\ncompany: A\nstatus: offer\nheardBack: 2026-11-10\n---\n');
  assert.equal(run('---\ncompany: A\n---\n', 'withdrawn'), '---\ncompany: A\nstatus: withdrawn\n---\n');
});

test('statusEdit: a heardBack that cannot be written blocks only that part; a broken status is refused', () => {
  // An empty block scalar: no answer recorded, but not a value to overwrite in place.
  const block = '---\ncompany: A\nheardBack: |\n---\n';
  assert.equal(run(block, 'offer', '2026-11-20'), '---\ncompany: A\nheardBack: |\nstatus: offer\n---\n');
  const r = statusEdit('---\ncompany: A\nstatus: [a, b]\n---\n', 'offer', '2026-11-20');
  assert.equal(r.ok, false);
});

test('spanningEdit: the one edit between two texts, minimal', () => {
  assert.deepEqual(spanningEdit('abcdef', 'abXYef'), { offset: 2, length: 2, text: 'XY' });
  assert.deepEqual(spanningEdit('abc', 'abc'), { offset: 3, length: 0, text: '' });
  assert.deepEqual(spanningEdit('aa', 'aaa'), { offset: 2, length: 0, text: 'a' });
  for (const [a, b] of [['x: 1\ny: 2\n', 'x: 3\ny: 2\nz: 4\n'], ['', 'new'], ['old', '']]) assert.equal(applyEdit(a!, spanningEdit(a!, b!)), b);
});
