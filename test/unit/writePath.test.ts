// The one write path's pieces, in process: the per-note lock, new files created whole or not at
// all, files replaced atomically; and the repeat-rule check that keeps ical.js from spinning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { withKeyLock, withNoteLock } from '../../src/node/noteLock';
import { createNewFile, createNewNote, writeFileAtomic } from '../../src/node/safeWrite';
import { impossibleRule } from '../../src/core/ics/recurrence';
import { oneLine } from '../../src/core/ics/invitation';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'ifu-write-path-'));
}

test('lock: writers of one note take turns, whatever name they use (path, symlink, hard link)', async () => {
  const dir = folder();
  try {
    const note = join(dir, 'n.md');
    writeFileSync(note, 'x');
    symlinkSync(note, join(dir, 'alias.md'));
    linkSync(note, join(dir, 'link.md'));
    const events: string[] = [];
    const writer = (name: string, path: string) => withNoteLock(path, async () => {
      events.push(`${name} in`);
      await sleep(30);
      events.push(`${name} out`);
    });
    await Promise.all([writer('a', note), writer('b', join(dir, 'alias.md')), writer('c', join(dir, 'link.md'))]);
    // Never two inside at once: every "in" is followed by its own "out".
    for (let i = 0; i < events.length; i += 2) assert.equal(events[i + 1], events[i]!.replace('in', 'out'), events.join(', '));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('lock: a lock left by a process that is gone is taken over at once; a live one is waited for', async () => {
  const lockDir = join(process.env.XDG_RUNTIME_DIR || tmpdir(), `interview-followup-${process.getuid?.() ?? 'user'}`, 'locks');
  await withKeyLock('warm-up', async () => undefined);
  // A dead writer's lock: a pid that cannot exist on this host.
  const key = `test-${process.pid}-${Date.now()}`;
  let file: string | undefined;
  await withKeyLock(key, async () => {
    file = readdirSync(lockDir).map((f) => join(lockDir, f)).find((f) => readFileSync(f, 'utf8').includes(`"pid":${process.pid}`));
  });
  assert.ok(file, 'the lock file was there while held');
  writeFileSync(file!, JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), at: Date.now() }));
  const started = Date.now();
  await withKeyLock(key, async () => undefined);
  assert.ok(Date.now() - started < 1000, 'broken at once');
  // A live holder (this process) is waited for, then released.
  let released = false;
  const holder = withKeyLock(key, async () => {
    await sleep(100);
    released = true;
  });
  await sleep(10);
  await withKeyLock(key, async () => assert.equal(released, true, 'the second waited for the first'));
  await holder;
});

test('createNewFile: whole or not at all, never over a file of that name', async () => {
  const dir = folder();
  try {
    const path = join(dir, 'a.md');
    assert.deepEqual(await createNewFile(path, 'first'), { ok: true, path });
    const again = await createNewFile(path, 'second');
    assert.equal(again.ok, false);
    assert.equal(!again.ok && again.exists, true);
    assert.equal(readFileSync(path, 'utf8'), 'first');
    assert.deepEqual(readdirSync(dir), ['a.md'], 'no temporary file left');
    // A name taken meanwhile: the next free one.
    const made = await Promise.all([1, 2, 3].map((i) => createNewNote(dir, (taken) => {
      for (let n = 2; ; n++) if (!taken(`b-${n}.md`)) return `b-${n}.md`;
    }, `note ${i}`)));
    assert.deepEqual(made.map((m) => m.ok), [true, true, true]);
    assert.deepEqual(readdirSync(dir).sort(), ['a.md', 'b-2.md', 'b-3.md', 'b-4.md']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('writeFileAtomic: replaces a file whole; refuses a missing folder and what is no regular file', async () => {
  const dir = folder();
  try {
    const path = join(dir, 'actions.ics');
    writeFileSync(path, 'old');
    assert.equal((await writeFileAtomic(path, 'new')).ok, true);
    assert.equal(readFileSync(path, 'utf8'), 'new');
    assert.match((await writeFileAtomic(join(dir, 'missing', 'x.ics'), 'x') as { message: string }).message, /could not be written/);
    assert.match((await writeFileAtomic(dir, 'x') as { message: string }).message, /is not a regular file/);
    assert.deepEqual(readdirSync(dir), ['actions.ics']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('repeat rules: those no date satisfies are named; ordinary ones pass', () => {
  const start = { year: 2026, month: 1, day: 1 };
  for (const rule of [
    { freq: 'DAILY', bymonth: 2, bymonthday: 31 },
    { freq: 'MONTHLY', bymonth: [4, 6], bymonthday: 31 },
    { freq: 'DAILY', byday: ['1MO'] },
    { freq: 'WEEKLY', bymonth: 2, bymonthday: [30, 31] },
    { freq: 'YEARLY', byyearday: 367 },
    { freq: 'HOURLY', byhour: 24 },
  ]) assert.ok(impossibleRule(rule, start), JSON.stringify(rule));
  for (const rule of [
    { freq: 'WEEKLY', byday: ['MO', 'WE'] },
    { freq: 'MONTHLY', byday: ['-1FR'] },
    { freq: 'YEARLY', bymonth: 2, bymonthday: 29 },
    { freq: 'DAILY', bymonth: 2, bymonthday: -1 },
    { freq: 'MONTHLY', bymonthday: 31 },
    { freq: 'YEARLY', byweekno: 53, byday: ['TH'] },
  ]) assert.equal(impossibleRule(rule, start), undefined, JSON.stringify(rule));
});

test('oneLine: every line break an invitation can carry is flattened, control characters dropped', () => {
  assert.equal(oneLine('a\r\nb\rc\nd\u0085e\u2028f\u2029g^nh^Ni'), 'a b c d e f g h i');
  assert.equal(oneLine('x\u0000y\u001b[2Jz\u007f'), 'x y [2Jz');
});
