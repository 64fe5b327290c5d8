// Two writers of one note at once, as the CLI's processes (a user running two `mark`s, or one
// while the extension marks): every write reported done is in the note afterwards, through any of
// its names (a symlink, a hard link), and the note is never corrupted. The writers take the
// note's lock in turn (src/node/noteLock.ts); the second computes its edit from the first's result.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { cli, looksLikeCrash, scratch, temps, writeSettled } from './util';

const ROUNDS = Number(process.env.IFU_TWO_WRITERS_ROUNDS ?? 12);
const NOTE = '---\ncompany: Acme\nrole: Engineer\ninterview: 2026-11-20 10:00\ncard: true\n---\n\nNotes.\n';

/** Reads the note's marks: which keys hold the date. */
function marks(text: string): string[] {
  return ['thankYou', 'cardMailed', 'followUp'].filter((k) => new RegExp(`^${k}: 2026-11-27$`, 'm').test(text));
}

for (const [name, names] of [
  ['one path', (dir: string, note: string) => [note, note]],
  ['a note and its hard link', (dir: string, note: string) => {
    const other = join(dir, 'link.md');
    linkSync(note, other);
    return [note, other];
  }],
  ['a note and a symlink to it', (dir: string, note: string) => {
    const other = join(dir, 'alias.md');
    symlinkSync(note, other);
    return [note, other];
  }],
] as const) {
  test(`faults: two marks at once, ${ROUNDS} rounds, through ${name}: both reported writes land, the note stays valid`, async () => {
    const problems: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const dir = scratch('two');
      const note = join(dir, 'n.md');
      // Written now, not settled: both writers meet a note "saved a moment ago" and wait for quiet.
      writeSettled(note, NOTE);
      const [a, b] = names(dir, note);
      const [r1, r2] = await Promise.all([
        cli(['mark', a!, 'thank-you', '--date', '2026-11-27']),
        cli(['mark', b!, 'follow-up', '--date', '2026-11-27']),
      ]);
      const text = readFileSync(note, 'utf8');
      for (const r of [r1, r2]) {
        if (looksLikeCrash(r.stderr)) problems.push(`round ${round}: a crash: ${r.stderr}`);
        if (r.code !== 0) problems.push(`round ${round}: exit ${r.code}: ${r.stderr.trim()}`);
      }
      const expected = [r1.code === 0 ? 'thankYou' : undefined, r2.code === 0 ? 'followUp' : undefined].filter((k): k is string => !!k);
      const got = marks(text);
      if (expected.some((k) => !got.includes(k))) problems.push(`round ${round}: reported ${expected.join('+')}, the note has ${got.join('+') || 'neither'}:\n${text}`);
      // Every byte of the note is the original's plus the two lines, nothing else changed.
      if (text.replace(/^thankYou: 2026-11-27\n/m, '').replace(/^followUp: 2026-11-27\n/m, '') !== NOTE) problems.push(`round ${round}: the note changed beyond the two values:\n${text}`);
      if (temps(dir).length) problems.push(`round ${round}: temporary files left: ${temps(dir).join(', ')}`);
    }
    assert.deepEqual(problems, []);
  });
}
