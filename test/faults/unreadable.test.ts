// An unreadable note or folder is a problem on that file; the rest of the folder is listed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NOTE, openTmp, runCli, unprivileged } from './cli';

test('faults: chmod 000 on a note and on a folder: both reported, every other note listed, exit 0', (t) => {
  if ('skip' in unprivileged) {
    console.log(`# skipped: ${unprivileged.skip}`);
    t.skip(unprivileged.skip);
    return;
  }
  const dir = openTmp('ifu-fault-unreadable-');
  writeFileSync(join(dir, 'ok.md'), NOTE('Readable Co'));
  writeFileSync(join(dir, 'locked.md'), NOTE('Locked Co'));
  chmodSync(join(dir, 'ok.md'), 0o644);
  chmodSync(join(dir, 'locked.md'), 0o000);
  mkdirSync(join(dir, 'closed'));
  writeFileSync(join(dir, 'closed', 'inner.md'), NOTE('Inner Co'));
  chmodSync(join(dir, 'closed'), 0o000);
  mkdirSync(join(dir, 'open'), { mode: 0o755 });
  writeFileSync(join(dir, 'open', 'other.md'), NOTE('Other Co'), { mode: 0o644 });
  for (const cache of [[], ['--no-cache']]) {
    const r = runCli(['due', dir, '--now', '2026-11-26T08:00', '--json', ...cache], { prefix: unprivileged.prefix });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    const json = JSON.parse(r.stdout);
    assert.deepEqual(json.actions.map((a: { company: string }) => a.company).sort(), ['Other Co', 'Readable Co']);
    assert.deepEqual(json.problems.map((p: { file: string; message: string }) => `${p.file}: ${p.message}`).sort(), [
      'closed/: the folder cannot be read (permission denied)',
      'locked.md: the note cannot be read (permission denied)',
    ]);
  }
  // The notes folder itself unreadable: a problem, not a crash.
  chmodSync(dir, 0o000);
  const whole = runCli(['due', dir, '--json'], { prefix: unprivileged.prefix });
  chmodSync(dir, 0o755);
  assert.equal(whole.status, 0, whole.stderr);
  assert.deepEqual(JSON.parse(whole.stdout).problems, [{ file: './', line: 0, message: 'the folder cannot be read (permission denied)', severity: 'error' }]);
  // lint and mark on the unreadable note: one line, exit 2, no stack.
  for (const args of [['lint', join(dir, 'locked.md')], ['mark', join(dir, 'locked.md'), 'card']]) {
    const r = runCli(args, { prefix: unprivileged.prefix });
    assert.equal(r.status, 2, `${args[0]}: ${r.stderr}`);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /permission denied/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  }
});

test('faults: a read-only note and a read-only folder: mark says so in one line and changes nothing', (t) => {
  if ('skip' in unprivileged) {
    t.skip(unprivileged.skip);
    return;
  }
  const dir = openTmp('ifu-fault-readonly-');
  const file = join(dir, 'ro.md');
  writeFileSync(file, NOTE('Readonly Co'));
  chmodSync(file, 0o444);
  chmodSync(dir, 0o555);
  const r = runCli(['mark', file, 'card', '--date', '2026-11-27'], { prefix: unprivileged.prefix });
  chmodSync(dir, 0o755);
  assert.notEqual(r.status, 0);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  assert.match(r.stderr, /permission denied|read-only|not permitted/);
});
