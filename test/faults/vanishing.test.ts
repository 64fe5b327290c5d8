// Notes appearing and vanishing while `due` reads the folder (a sync tool, an editor's save
// dance): 75 runs while another process creates and deletes notes in a loop, no crash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NOTE, openTmp, runCli } from './cli';

const CHURN = `
const fs = require('node:fs'), path = require('node:path');
const dir = process.argv[1];
for (let i = 0; ; i++) {
  const sub = path.join(dir, 'churn', String(i % 7));
  try {
    fs.mkdirSync(sub, { recursive: true });
    const f = path.join(sub, 'n' + (i % 50) + '.md');
    fs.writeFileSync(f, '---\\ncompany: Churn ' + i + '\\ninterview: 2026-11-26 10:00\\n---\\n');
    if (i % 3 === 0) fs.rmSync(path.join(dir, 'churn', String((i + 3) % 7)), { recursive: true, force: true });
    else fs.rmSync(path.join(dir, 'churn', String((i + 1) % 7), 'n' + ((i + 1) % 50) + '.md'), { force: true });
  } catch {}
}`;

test('faults: 75 runs of due while another process creates and deletes notes and folders: no crash', async () => {
  const dir = openTmp('ifu-fault-vanish-');
  mkdirSync(join(dir, 'stable'));
  for (let i = 0; i < 20; i++) writeFileSync(join(dir, 'stable', `s${i}.md`), NOTE(`Stable ${i}`));
  const churn = spawn(process.execPath, ['-e', CHURN, dir], { stdio: 'ignore' });
  try {
    await new Promise((r) => setTimeout(r, 200));
    let sawChurn = 0;
    for (let run = 0; run < 75; run++) {
      const r = runCli(['due', dir, '--now', '2026-11-26T08:00', '--json', ...(run % 2 ? ['--no-cache'] : [])]);
      assert.equal(r.status, 0, `run ${run}: ${r.stderr}`);
      assert.equal(r.stderr, '', `run ${run}`);
      const json = JSON.parse(r.stdout);
      const stable = json.actions.filter((a: { file: string }) => a.file.startsWith('stable/'));
      assert.equal(stable.length, 20, `run ${run}: every stable note listed`);
      if (json.actions.length > 20) sawChurn++;
      // A note that vanished between listing and reading is at most a warning on that file.
      for (const p of json.problems) assert.match(`${p.file}: ${p.message}`, /^churn\/.*: the note was deleted or moved while the folder was being read/);
    }
    assert.ok(sawChurn > 0, 'the churning notes were seen at least once');
  } finally {
    churn.kill('SIGKILL');
  }
});
