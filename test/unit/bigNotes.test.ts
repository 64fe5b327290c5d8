// No hang on a hostile note: the parse of a note with a 1 MB line, and of a 20 MB note with
// 550,000 tasks, runs in linear time. The bounds are generous (a slow CI machine, 4 zones in a
// row); the quadratic patterns this replaced took tens of seconds on the same inputs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNote } from '../../src/core/note';
import { actionsFor } from '../../src/core/rules';
import { findDrafts } from '../../src/core/drafts';
import { DEFAULT_RULE_SETTINGS } from '../../src/core/types';

function timed<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const r = f();
  return [r, performance.now() - t0];
}

const HEAD = '---\ncompany: Acme\ninterview: 2026-11-26 10:00\n';

test('big notes: a 1 MB line (spaces, dashes, tabs, a long word) in front-matter and body parses in well under a second', () => {
  const MB = 1024 * 1024;
  for (const [name, filler] of [['spaces', ' '], ['word', 'a'], ['dashes', '-'], ['tabs', '\t'], ['hashes', '#']] as const) {
    const line = filler.repeat(MB);
    // \u2028 ends the line for `.` but not for the line scan: a rejecting suffix for a backtracking pattern.
    const text = `${HEAD}interviewers: Jane${line}and Raj${line}\n---\n## ${line}x\n## ${line}\u2028\n- [ ] ${line}\n- [ ]${line}📅 2026-11-27\nSubject: ${line}x\n${line}`;
    const [r, ms] = timed(() => {
      const parsed = parseNote(text, 'a.md');
      if (parsed.kind === 'note') actionsFor(parsed.note, new Date(2026, 10, 26, 12), DEFAULT_RULE_SETTINGS);
      findDrafts(text);
      return parsed;
    });
    assert.notEqual(r.kind, 'ignored', name);
    assert.ok(ms < 1000, `${name}: ${ms.toFixed(0)} ms`);
  }
});

test('big notes: a 20 MB note with 550,000 tasks parses in seconds, not minutes', () => {
  const task = '- [ ] Send the article on event replay to the team 📅 2026-11-28\n';
  const body = task.repeat(550_000);
  const text = `${HEAD}---\n${body}`;
  assert.ok(text.length > 20_000_000 / 1.1, `${text.length} characters`);
  const [tasks, ms] = timed(() => {
    const parsed = parseNote(text, 'a.md');
    return parsed.kind === 'note' ? parsed.note.tasks.length : 0;
  });
  assert.equal(tasks, 550_000);
  assert.ok(ms < 10_000, `${ms.toFixed(0)} ms`);
});
