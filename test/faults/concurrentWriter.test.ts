// An editor saving the note in a loop (truncate, write half, pause, write the rest) while `mark`
// runs again and again: no save may be lost and no half-saved note written back. Before each
// save the writer checks the note is its last save, or its last save with the mark applied.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cli, markedOf, NOTE_HEAD, scratch, temps, writeSettled } from './util';

const DURATION_MS = Number(process.env.IFU_CONCURRENT_MS ?? 15_000);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function version(n: number): string {
  return `${NOTE_HEAD}Save ${n}\n${`line of save ${n}\n`.repeat(8000)}`;
}

test(`faults: a concurrent writer saving in a loop for ${DURATION_MS / 1000} s loses no save to mark`, async () => {
  const dir = scratch('concurrent');
  const note = join(dir, 'note.md');
  let last = version(0);
  writeSettled(note, last);
  const problems: string[] = [];
  let saves = 0;
  let stop = false;

  const writer = (async () => {
    const until = Date.now() + DURATION_MS;
    while (Date.now() < until) {
      // Bursts of quick saves, then a quiet spell long enough for a mark to get through.
      const burst = 10 + Math.floor(Math.random() * 50);
      for (let i = 0; i < burst; i++) {
        const now = await readFile(note, 'utf8');
        if (now !== last && now !== markedOf(last)) problems.push(`before save ${saves + 1}: the note is neither save ${saves} nor save ${saves} marked (${now.length} chars)`);
        const next = version(++saves);
        const handle = await open(note, 'w');
        const half = Math.floor(next.length / 2);
        await handle.write(next.slice(0, half));
        await sleep(15);
        await handle.write(next.slice(half));
        await handle.close();
        last = next;
        await sleep(Math.random() * 20);
      }
      await sleep(1600 + Math.random() * 900);
    }
    stop = true;
  })();

  const results = { written: 0, refused: 0 };
  const marker = (async () => {
    while (!stop) {
      const r = await cli(['mark', note, 'thank-you', '--date', '2026-11-21']);
      if (r.code === 0) results.written++;
      else if (r.code === 1 && /kept saving the note.*nothing was written/.test(r.stderr)) results.refused++;
      else problems.push(`mark exited ${r.code}: ${r.stderr}`);
    }
  })();
  await Promise.all([writer, marker]);

  const final = await readFile(note, 'utf8');
  if (final !== last && final !== markedOf(last)) problems.push('at the end the note is neither the last save nor the last save marked');
  console.log(`# ${saves} saves; mark wrote ${results.written} times and refused ${results.refused} times`);
  assert.deepEqual(problems, []);
  assert.ok(results.written > 0, 'mark never got through the quiet spells');
  assert.deepEqual(temps(dir), []);
});
