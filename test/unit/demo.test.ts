// `npm start` renders the demo notes into the folder a user tries the product in: a second run
// must keep the notes the user wrote there and the demo notes they edited (issue 16).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const render = (out: string, now: string) => spawnSync(process.execPath, ['scripts/demo.mjs', '--out', out, '--now', now], { encoding: 'utf8' });

test('demo: rendering again rewrites only the notes it wrote and nobody changed; a user\'s notes and edits stay', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ifu-demo-'));
  try {
    const out = join(dir, 'interviews');
    assert.equal(render(out, '2026-12-01T09:00').status, 0);
    const demo = readdirSync(out).filter((f) => f.endsWith('.md'));
    assert.ok(demo.length >= 5);
    const [edited, untouched] = demo;
    appendFileSync(join(out, edited!), '\nMy own notes.\n');
    writeFileSync(join(out, 'my-interview.md'), '---\ncompany: Mine\ninterview: 2026-12-02 10:00\n---\n');
    const editedText = readFileSync(join(out, edited!), 'utf8');
    const before = readFileSync(join(out, untouched!), 'utf8');
    const again = render(out, '2026-12-05T09:00');
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, new RegExp(`Kept your own version of ${edited!.replace('.', '\\.')}`));
    assert.equal(readFileSync(join(out, edited!), 'utf8'), editedText, 'the edited demo note is the user\'s now');
    assert.equal(readFileSync(join(out, 'my-interview.md'), 'utf8'), '---\ncompany: Mine\ninterview: 2026-12-02 10:00\n---\n');
    assert.notEqual(readFileSync(join(out, untouched!), 'utf8'), before, 'an untouched demo note moves with the new date');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
