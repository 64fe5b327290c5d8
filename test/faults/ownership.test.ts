// A note owned by someone else that the user may write (mode 0666 in a shared folder): the new
// file could not be given its owner, so the note is rewritten in place after the usual checks
// and keeps its owner and mode. Needs root to create the other user's file and run `mark` as
// `nobody`; skipped with the reason printed otherwise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, markedOf, NOTE_HEAD, scratch, writeSettled } from './util';

test('faults: a note owned by another user keeps its owner and mode when marked', (t) => {
  const why = process.platform !== 'linux' ? `needs Linux (this is ${process.platform})`
    : process.getuid?.() !== 0 ? 'needs root to run mark as another user (CI runs as root)'
    : spawnSync('setpriv', ['--help']).status !== 0 ? 'setpriv is not installed' : undefined;
  if (why) {
    console.log(`# SKIPPED ownership test: ${why}`);
    t.skip(why);
    return;
  }
  const dir = scratch('owner');
  chmodSync(dir, 0o777);
  // A copy of the CLI nobody can read wherever the repository lives (e.g. under /root).
  const bin = scratch('owner-cli');
  chmodSync(bin, 0o755);
  const cli = join(bin, 'cli.js');
  copyFileSync(CLI, cli);
  chmodSync(cli, 0o644);
  const note = join(dir, 'note.md');
  const text = NOTE_HEAD + 'Body\n';
  writeSettled(note, text);
  chmodSync(note, 0o666);
  const r = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, cli, 'mark', note, 'thank-you', '--date', '2026-11-21'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(readFileSync(note, 'utf8'), markedOf(text));
  const st = statSync(note);
  assert.equal(st.uid, 0);
  assert.equal(st.mode & 0o777, 0o666);
  assert.deepEqual(readdirSync(dir), ['note.md']);
});
