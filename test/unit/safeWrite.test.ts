// The atomic, verified note writer on a real temporary folder: symlinks, hard links, modes,
// leftovers of a crash, a note changing under the edit, and failures reported in plain words.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, linkSync, lstatSync, rmSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tempDir } from '../tempDirs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { markDoneEdit } from '../../src/core/edits/markDone';
import { setFrontMatterValue } from '../../src/core/edits/frontMatterEdit';
import { editNoteFile, removeStaleTemps } from '../../src/node/safeWrite';

const NOTE = '---\ncompany: Acme\ninterview: 2026-11-20 10:00\nthankYou: ~\n---\nBody\n';
const MARKED = NOTE.replace('thankYou: ~', 'thankYou: 2026-11-21');
const mark = (text: string) => markDoneEdit(text, 'thank-you', '2026-11-21');

const folders: string[] = [];
after(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

function folder(): string {
  const dir = tempDir('ifu-safewrite-');
  folders.push(dir);
  return dir;
}

/** A note last written an hour ago, so it is not taken as a save in progress. */
function settledNote(dir: string, name = 'a.md', text = NOTE): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  const hourAgo = new Date(Date.now() - 3600_000);
  utimesSync(path, hourAgo, hourAgo);
  return path;
}

test('safeWrite: the edit lands whole, the result says what it replaced, no temporary file is left', async () => {
  const dir = folder();
  const path = settledNote(dir);
  const r = await editNoteFile(path, mark);
  assert.ok(r.ok, r.ok ? '' : r.message);
  assert.equal(r.text, MARKED);
  assert.equal(r.replaced, '~');
  assert.equal(r.inPlace, false);
  assert.equal(readFileSync(path, 'utf8'), MARKED);
  assert.deepEqual(readdirSync(dir), ['a.md']);
});

test('safeWrite: the note keeps its mode', async () => {
  const dir = folder();
  const path = settledNote(dir);
  chmodSync(path, 0o640);
  assert.ok((await editNoteFile(path, mark)).ok);
  assert.equal(statSync(path).mode & 0o7777, 0o640);
});

test('safeWrite: a symlink stays a symlink and its target is written', async () => {
  const dir = folder();
  const target = settledNote(dir, 'real.md');
  const link = join(dir, 'link.md');
  symlinkSync(target, link);
  assert.ok((await editNoteFile(link, mark)).ok);
  assert.ok(lstatSync(link).isSymbolicLink());
  assert.equal(readFileSync(target, 'utf8'), MARKED);
});

test('safeWrite: a hard-linked note is rewritten in place so every name sees the edit', async () => {
  const dir = folder();
  const path = settledNote(dir);
  const other = join(dir, 'b.md');
  linkSync(path, other);
  const inode = statSync(path).ino;
  const r = await editNoteFile(path, mark);
  assert.ok(r.ok && r.inPlace);
  assert.equal(statSync(path).ino, inode);
  assert.equal(readFileSync(other, 'utf8'), MARKED);
  assert.deepEqual(readdirSync(dir).sort(), ['a.md', 'b.md']);
});

test('safeWrite: in place, a shorter value truncates the note to its new length', async () => {
  const dir = folder();
  const path = settledNote(dir, 'a.md', NOTE.replace('thankYou: ~', 'thankYou: a long placeholder value'));
  linkSync(path, join(dir, 'b.md'));
  assert.ok((await editNoteFile(path, mark)).ok);
  assert.equal(readFileSync(join(dir, 'b.md'), 'utf8'), MARKED);
});

test('safeWrite: temporary files a crash left are removed; live ones and other files are not', async () => {
  const dir = folder();
  const path = settledNote(dir);
  const dead = join(dir, '.a.md.ifu-tmp-999999999-0a1b2c');
  const live = join(dir, `.a.md.ifu-tmp-${process.pid}-0a1b2d`);
  const other = join(dir, '.a.md.ifu-tmp-notes');
  for (const f of [dead, live, other]) writeFileSync(f, 'x');
  assert.ok((await editNoteFile(path, mark)).ok);
  assert.deepEqual(readdirSync(dir).sort(), ['.a.md.ifu-tmp-notes', `.a.md.ifu-tmp-${process.pid}-0a1b2d`, 'a.md'].sort());
  // Even a live process's leftover goes once it is old enough to be a crash's.
  const old = new Date(Date.now() - 3600_000);
  utimesSync(live, old, old);
  assert.deepEqual(await removeStaleTemps(dir), [live]);
});

test('safeWrite: a save landing before the rename makes the edit be computed again from it', async () => {
  const dir = folder();
  const path = settledNote(dir);
  const saved = NOTE.replace('Body', 'Body, saved meanwhile');
  let computed = 0;
  const r = await editNoteFile(path, (text) => (computed++, mark(text)), {
    beforeCommit: () => {
      if (computed === 1) settledNote(dir, 'a.md', saved);
    },
  });
  assert.ok(r.ok);
  assert.equal(computed, 2);
  assert.equal(readFileSync(path, 'utf8'), saved.replace('thankYou: ~', 'thankYou: 2026-11-21'));
});

test('safeWrite: a note that keeps changing is refused and keeps the last save', async () => {
  const dir = folder();
  const path = settledNote(dir);
  let n = 0;
  const r = await editNoteFile(path, mark, { attempts: 3, beforeCommit: () => void settledNote(dir, 'a.md', `${NOTE}save ${++n}\n`) });
  assert.ok(!r.ok);
  assert.match(r.message, /kept saving the note.*nothing was written/);
  assert.equal(readFileSync(path, 'utf8'), `${NOTE}save 3\n`);
  assert.deepEqual(readdirSync(dir), ['a.md']);
});

test('safeWrite: a note saved a moment ago is left to settle before it is edited', async () => {
  const dir = folder();
  const path = join(dir, 'a.md');
  writeFileSync(path, NOTE);
  const started = Date.now();
  const r = await editNoteFile(path, mark, { settleMs: 400 });
  assert.ok(r.ok);
  assert.ok(Date.now() - started >= 300, `waited ${Date.now() - started} ms`);
  assert.equal(readFileSync(path, 'utf8'), MARKED);
});

test('safeWrite: a failing write leaves every byte of the note and no temporary file, and says why', async () => {
  const dir = folder();
  const path = settledNote(dir);
  const r = await editNoteFile(path, mark, {
    beforeCommit: () => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    },
  });
  assert.deepEqual(r, { ok: false, ioError: true, message: 'could not be written: the disk is full; nothing was changed' });
  assert.equal(readFileSync(path, 'utf8'), NOTE);
  assert.deepEqual(readdirSync(dir), ['a.md']);
});

test('safeWrite: refusals are passed on and nothing is written', async () => {
  const dir = folder();
  const dup = settledNote(dir, 'dup.md', '---\nthankYou: a\nthankYou: b\n---\n');
  const r1 = await editNoteFile(dup, mark);
  assert.ok(!r1.ok && /appears 2 times/.test(r1.message));
  const latin1 = join(dir, 'latin1.md');
  writeFileSync(latin1, Buffer.from('---\ncompany: Soci\xe9t\xe9\n---\n', 'latin1'));
  const r2 = await editNoteFile(latin1, mark);
  assert.ok(!r2.ok && /not valid UTF-8/.test(r2.message));
  const r3 = await editNoteFile(join(dir, 'missing.md'), mark);
  assert.deepEqual(r3, { ok: false, ioError: true, message: 'could not be read: the file does not exist (it may have been moved or deleted)' });
  const r4 = await editNoteFile(dir, (t) => setFrontMatterValue(t, 'a', 1));
  assert.deepEqual(r4, { ok: false, ioError: true, message: 'it is not a regular file, so it was not changed' });
  assert.deepEqual(readdirSync(dir).sort(), ['dup.md', 'latin1.md']);
});

test('safeWrite: a FIFO or a link to a device is refused at once, never opened', async (t) => {
  const dir = folder();
  const fifo = join(dir, 'pipe.md');
  if (spawnSync('mkfifo', [fifo]).status !== 0) return t.skip('mkfifo is not available');
  const device = join(dir, 'zero.md');
  symlinkSync('/dev/zero', device);
  for (const path of [fifo, device]) {
    assert.deepEqual(await editNoteFile(path, mark), { ok: false, ioError: true, message: 'it is not a regular file, so it was not changed' });
  }
});
