// A full disk: `mark` must leave every byte of the note, remove its temporary file, say so in
// plain words and exit non-zero. Needs a small tmpfs, so it runs as root (as in CI) and is
// skipped with the reason printed otherwise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { linkSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cliSync, looksLikeCrash, markedOf, mountTmpfs, NOTE_HEAD, scratch, temps, writeSettled } from './util';


test('faults: a full disk leaves the note whole and says so', async (t) => {
  const dir = scratch('disk');
  const skip = mountTmpfs(dir, '1m');
  if (skip) {
    console.log(`# SKIPPED full-disk test: ${skip}`);
    t.skip(skip);
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  try {
    // 600 KB: the note fits in 1 MB, a second copy of it (the temporary file) does not.
    const text = NOTE_HEAD + 'x'.repeat(600 * 1024) + '\n';
    const note = join(dir, 'note.md');
    writeSettled(note, text);
    const r = cliSync(['mark', note, 'thank-you', '--date', '2026-11-21']);
    assert.equal(r.code, 2); // a write that failed (README: exit codes)
    assert.equal(r.stdout, '');
    assert.equal(r.stderr.trim(), `interview-followup: ${note}: could not be written: the disk is full; nothing was changed`);
    assert.ok(!looksLikeCrash(r.stderr));
    assert.equal(readFileSync(note, 'utf8'), text);
    assert.deepEqual(temps(dir), []);

    // A hard-linked note is rewritten in place, but only after the full copy was written: the
    // full disk is found before the note is touched.
    const link = join(dir, 'link.md');
    linkSync(note, link);
    const r2 = cliSync(['mark', link, 'thank-you', '--date', '2026-11-21']);
    assert.equal(r2.code, 2);
    assert.match(r2.stderr, /the disk is full; nothing was changed/);
    assert.equal(readFileSync(note, 'utf8'), text);
    assert.deepEqual(temps(dir), []);

    // With room again, the same command succeeds (the refusal was the disk, not the note).
    rmSync(link);
    const small = NOTE_HEAD + 'short\n';
    writeSettled(note, small);
    assert.equal(cliSync(['mark', note, 'thank-you', '--date', '2026-11-21']).code, 0);
    assert.equal(readFileSync(note, 'utf8'), markedOf(small));
  } finally {
    spawnSync('umount', [dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});
