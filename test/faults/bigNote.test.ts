// A 20 MB note with 550,000 tasks: the CLI reports it (over the 5 MB limit) without parsing it,
// and the core, should an adapter hand it over, parses it in linear time. Here rather than in
// the unit tests: it runs once, not once per time zone. The bounds are loose because the test
// machine is shared (load averages over 20 were seen); a quadratic parse would take hours.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNote } from '../../src/core/note/parse';
import { NOTE, openTmp, runCli } from './cli';

// 40 bytes a task: 550,000 of them make a 22 MB note.
const TASK = '- [ ] Send notes to Jane 📅 2026-11-28\n';

test('faults: a 20 MB note with 550,000 tasks is reported by the CLI, not parsed', () => {
  const dir = openTmp('ifu-fault-big-');
  writeFileSync(join(dir, 'big.md'), NOTE('Big Co') + TASK.repeat(550_000));
  writeFileSync(join(dir, 'ok.md'), NOTE('Fine Co'));
  const t0 = performance.now();
  const r = runCli(['due', dir, '--now', '2026-11-26T08:00', '--json', '--no-cache']);
  const ms = performance.now() - t0;
  assert.equal(r.status, 0, r.stderr);
  const json = JSON.parse(r.stdout);
  assert.deepEqual(json.actions.map((a: { file: string }) => a.file), ['ok.md']);
  assert.match(json.problems[0].message, /^the note is 2\d\.\d MB, over the 5 MB limit/);
  console.log(`# due over it: ${ms.toFixed(0)} ms including Node start-up`);
  assert.ok(ms < 20_000, `${ms.toFixed(0)} ms including Node start-up`);
});

test('faults: the core parses the same 20 MB note in linear time', () => {
  const text = NOTE('Big Co') + TASK.repeat(550_000);
  const t0 = performance.now();
  const parsed = parseNote(text, 'big.md');
  const ms = performance.now() - t0;
  // Every task line is read; the first 1,000 dated ones become actions, and a warning says so.
  assert.equal(parsed.kind === 'note' && parsed.note.tasks.length, 1000);
  assert.match(parsed.kind === 'note' ? parsed.problems[0]!.message : '', /the 549,000 open tasks from here on are not/);
  console.log(`# parse of ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB, 550,000 tasks: ${ms.toFixed(0)} ms`);
  assert.ok(ms < 60_000, `${ms.toFixed(0)} ms`);
});
