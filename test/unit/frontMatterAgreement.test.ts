// Cases where the reader (then js-yaml) and the editor (yaml) used to read one front-matter two
// ways, each found by test/unit/frontMatterProperties.test.ts or by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdit, setFrontMatterValue } from '../../src/core/edits/frontMatterEdit';
import { markDoneEdit } from '../../src/core/edits/markDone';
import { parseNote } from '../../src/core/note/parse';

const HEAD = '---\ncompany: Acme\ninterview: 2026-11-20 10:00\n';

test('agreement: a CR without LF inside a comment is refused, not turned into a duplicate key', () => {
  const text = `${HEAD}# sent?\rthankYou: x\n---\n`;
  assert.equal(parseNote(text, 'n.md').kind, 'note');
  const r = markDoneEdit(text, 'thank-you', '2026-11-21');
  assert.ok(!r.ok);
  assert.match(r.message, /line 4: a carriage return without a line feed.*LF or CRLF/);
});

test('agreement: Unicode line separators are ordinary characters to the reader, the editor and the key scan', () => {
  for (const sep of ['\u2028', '\u2029', '\x85']) {
    const text = `${HEAD}role: a${sep}b\n# c${sep}thankYou: x\n---\n`;
    const r = setFrontMatterValue(text, 'status', 'offer');
    assert.ok(r.ok, sep);
    const after = parseNote(applyEdit(text, r.edit), 'n.md');
    assert.ok(after.kind === 'note');
    assert.equal(after.note.status, 'offer');
    assert.equal(after.note.role, `a${sep}b`);
    assert.equal(after.note.thankYou, undefined);
    assert.equal(after.note.keyLines.thankYou, undefined);
  }
});

test('agreement: a line starting with --- inside the block is a key for the reader too', () => {
  const text = `${HEAD}---x: 1\n---\n`;
  const r = markDoneEdit(text, 'thank-you', '2026-11-21');
  assert.ok(r.ok);
  const after = parseNote(applyEdit(text, r.edit), 'n.md');
  assert.ok(after.kind === 'note');
  assert.equal(after.note.thankYou, '2026-11-21');
});

test('agreement: "card:x" (no space) is not the key card for the reader either', () => {
  const r = parseNote(`${HEAD}card:x: 1\nrole: R\n---\n`, 'n.md');
  assert.ok(r.kind === 'note');
  assert.equal(r.note.keyLines.card, undefined);
  assert.equal(r.note.keyLines.role, 5);
});

test('agreement: an alias bomb is refused in plain words, never expanded or thrown', () => {
  const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 10; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
  const text = `${HEAD}${bomb.join('\n')}\n---\n`;
  const started = Date.now();
  const r = markDoneEdit(text, 'thank-you', '2026-11-21');
  assert.ok(!r.ok);
  assert.match(r.message, /too large to check|not valid YAML|aliases/);
  assert.ok(Date.now() - started < 2000);
});

test('agreement: an unresolved alias is refused with a problem message', () => {
  const r = setFrontMatterValue(`${HEAD}role: *nowhere\n---\n`, 'status', 'offer');
  assert.ok(!r.ok);
  assert.match(r.message, /not valid YAML \(line 4\)/);
});
