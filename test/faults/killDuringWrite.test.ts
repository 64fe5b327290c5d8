// `kill -9` of `mark` at random moments while it rewrites a note of several MB (just under the
// 5 MB a note may have: the one read path refuses larger ones, for writers too): afterwards the
// note is byte for byte the old one or the fully edited one, never anything in between.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, cliSync, fileSha, markedOf, NOTE_HEAD, scratch, settle, sha, temps, writeSettled } from './util';

const RUNS = Number(process.env.IFU_KILL_RUNS ?? 30);
const SIZE_MB = 4.9;

function bigNote(): string {
  const line = 'Notes from the interview: the team ships weekly and pairs on reviews. - [ ] ask about on-call\n';
  return NOTE_HEAD + line.repeat(Math.floor((SIZE_MB * 1024 * 1024) / line.length));
}

function killAfter(args: string[], delayMs: number): Promise<void> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    child.on('exit', () => {
      clearTimeout(timer);
      done();
    });
  });
}

test(`faults: kill -9 during mark on a ${SIZE_MB} MB note, ${RUNS} runs: old or new, never a mix`, async () => {
  const dir = scratch('kill');
  const original = bigNote();
  const pristine = join(dir, 'pristine.bin');
  writeSettled(pristine, original);
  const oldSha = sha(original);
  const newSha = sha(markedOf(original));
  const note = join(dir, 'note.md');
  const args = ['mark', note, 'thank-you', '--date', '2026-11-21'];

  // How long a whole mark takes here, so the kills land across all of it.
  copyFileSync(pristine, note);
  settle(note);
  const t0 = Date.now();
  const full = cliSync(args, 120_000);
  const fullMs = Date.now() - t0;
  assert.equal(full.code, 0, full.stderr);
  assert.equal(fileSha(note), newSha);

  const outcomes = { old: 0, new: 0 };
  for (let i = 0; i < RUNS; i++) {
    copyFileSync(pristine, note);
    settle(note);
    // Process start-up is part of fullMs; spread the kills over the whole run and a bit beyond.
    await killAfter(args, Math.floor(Math.random() * fullMs * 1.1));
    const got = fileSha(note);
    assert.ok(got === oldSha || got === newSha, `run ${i}: the note is neither the old nor the new text (${readFileSync(note).length} bytes)`);
    outcomes[got === oldSha ? 'old' : 'new']++;
  }
  console.log(`# ${RUNS} kills over a ${fullMs} ms mark: ${outcomes.old} left the old note, ${outcomes.new} the new one`);

  // A crash's temporary file is cleaned up by the next write in that folder.
  copyFileSync(pristine, note);
  settle(note);
  assert.equal(cliSync(args, 120_000).code, 0);
  assert.deepEqual(temps(dir), []);
});
