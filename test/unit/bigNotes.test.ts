// No hang on a hostile note: the parse of a note with a 1 MB line runs in linear time. The
// bound is generous (a slow shared CI machine) and still far below a super-linear run: the heading pattern this replaced took 4.7 s
// on 1,000 spaces and 23 s on 2,000. The 20 MB note with 550,000 tasks is in test/faults.
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

test('big notes: a 1 MB line (spaces, dashes, tabs, a long word) in front-matter and body parses in linear time', () => {
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
    // ~0.3 s each on an idle machine; the bound leaves room for a loaded shared one (4 zones at once).
    assert.ok(ms < 5000, `${name}: ${ms.toFixed(0)} ms`);
  }
});
