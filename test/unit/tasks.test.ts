// Mark Done on a task row: the task is found by its text, so an edit that moved it (or put
// another task on its old line) never ticks the wrong one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdit } from '../../src/core/edits/frontMatterEdit';
import { checkTaskEdit } from '../../src/core/note/tasks';

const NOTE = ['---', 'company: A', 'interview: 2026-11-20', '---', '- [ ] Send samples 📅 2026-11-21', '- [ ] Call Jane 📅 2026-11-22', ''].join('\n');

function checked(text: string, line: number, task: string): string {
  const r = checkTaskEdit(text, line, task);
  assert.ok(r.ok, !r.ok ? r.message : '');
  return applyEdit(text, r.edit);
}

test('tasks: the remembered line still holds the task: it is checked', () => {
  assert.equal(checked(NOTE, 5, 'Send samples'), NOTE.replace('- [ ] Send', '- [x] Send'));
});

test('tasks: the task moved (a line added above): the moved task is checked, not its new neighbour', () => {
  const moved = NOTE.replace('---\n- [ ] Send', '---\nA new line\n- [ ] Send');
  // Line 5 now holds... nothing open; line 6 holds "Send samples", line 7 "Call Jane".
  assert.equal(checked(moved, 6, 'Call Jane'), moved.replace('- [ ] Call', '- [x] Call'));
  const swapped = ['---', 'company: A', 'interview: 2026-11-20', '---', '- [ ] Call Jane 📅 2026-11-22', '- [ ] Send samples 📅 2026-11-21', ''].join('\n');
  assert.equal(checked(swapped, 5, 'Send samples'), swapped.replace('- [ ] Send', '- [x] Send'));
});

test('tasks: a task that is gone or ambiguous is refused with a clear message, nothing changed', () => {
  const done = NOTE.replace('- [ ] Send', '- [x] Send');
  const gone = checkTaskEdit(done, 5, 'Send samples');
  assert.deepEqual(gone, { ok: false, message: 'the task "Send samples" is no longer an open task in the note (already checked, edited or removed)' });
  const twice = NOTE.replace('- [ ] Call Jane 📅 2026-11-22', '- [ ] Send samples 📅 2026-11-23\n- [ ] Send samples 📅 2026-11-24');
  const shifted = twice.replace('---\n- [ ]', '---\nx\n- [ ]');
  const ambiguous = checkTaskEdit(shifted, 5, 'Send samples');
  assert.equal(ambiguous.ok, false);
  assert.match(!ambiguous.ok ? ambiguous.message : '', /3 open tasks with that text/);
  // Still on its line among duplicates: that one is checked.
  assert.equal(checked(twice, 6, 'Send samples'), twice.replace('- [ ] Send samples 📅 2026-11-23', '- [x] Send samples 📅 2026-11-23'));
});

test('tasks: tasks in fenced code are not candidates', () => {
  const fenced = NOTE.replace('- [ ] Send samples', '```\n- [ ] Call Jane 📅 2026-11-22\n```\n- [ ] Send samples');
  // Line 6 is "Call Jane" inside the fence, not a task; the real one (line 9) is checked.
  assert.equal(checked(fenced, 6, 'Call Jane'), fenced.replace('```\n- [ ] Send samples 📅 2026-11-21\n- [ ] Call', '```\n- [ ] Send samples 📅 2026-11-21\n- [x] Call'));
});
