// Terminal output of untrusted note text: escaped and cut, the full values only in --json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeControls, fitColumns, MAX_CELL, safeCell } from '../../src/cli/table';

test('table: C0, C1 and bidi controls are shown escaped, printable text untouched', () => {
  assert.equal(escapeControls('Acme\x1b[2J\x07 Corp'), 'Acme\\x1b[2J\\x07 Corp');
  assert.equal(escapeControls('a\u009bb\u202ec\u2066d\u200fe\r\nf\x7f'), 'a\\x9bb\\u202ec\\u2066d\\u200fe\\x0d\\x0af\\x7f');
  assert.equal(escapeControls('Zoë Ωmega 東京 😀'), 'Zoë Ωmega 東京 😀');
});

test('table: a long cell is cut with an ellipsis; rows stay narrow whatever a note holds', () => {
  const cut = safeCell('x'.repeat(5_000_000));
  assert.equal(cut.length, MAX_CELL);
  assert.ok(cut.endsWith('…'));
  assert.equal(safeCell('short'), 'short');
  const out = fitColumns([['A', 'B', 'FILE'], ['1', 'r'.repeat(5_000_000), 'a.md'], ['2', 'ok', 'b.md']], { shrink: [] }).join('\n');
  assert.ok(out.length < 500, `${out.length} characters`);
  assert.match(out.split('\n')[2]!, /^2 {2}ok +b\.md$/);
  // Emoji are not split in half when cut.
  assert.ok(!/[\uD800-\uDBFF]…$/.test(safeCell('😀'.repeat(100))));
});
