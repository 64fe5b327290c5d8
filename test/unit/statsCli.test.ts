// `interview-followup stats` end to end over a temporary folder: the JSON shape the issue asks
// for, the text, and broken notes listed but not counted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tempDir } from '../tempDirs';
import { join } from 'node:path';
import { run } from './cliRun';

function folder(): string {
  const dir = tempDir('ifu-stats-');
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'acme.md'), '---\ncompany: Acme\ninterview: 2026-11-02 14:00\nthankYou: 2026-11-04\nstatus: rejected\nheardBack: 2026-11-12\n---\n');
  writeFileSync(join(dir, 'sub', 'beta.md'), '---\ncompany: Beta\ninterview: 2026-11-10 10:00\ncard: true\nfollowUp: 2026-11-24\n---\n');
  writeFileSync(join(dir, 'sub', 'gamma.md'), '---\ncompany: Gamma\ninterview: 2026-12-02 10:00\nstatus: scheduled\n---\n');
  writeFileSync(join(dir, 'broken.md'), '---\ncompany: Broken\ninterview: 2026-02-30\n---\n');
  writeFileSync(join(dir, 'README.md'), '# Not a note\n');
  return dir;
}

test('cli: stats --json has the documented keys and figures', async () => {
  const r = await run(['stats', folder(), '--now', '2026-11-26T12:00', '--json']);
  assert.equal(r.code, 0);
  const s = JSON.parse(r.out);
  assert.deepEqual(Object.keys(s), ['interviews', 'open', 'closed', 'byStatus', 'thankYou', 'followUp', 'cards', 'outcomes', 'problems', 'charts']);
  assert.equal(s.interviews, 3);
  assert.equal(s.open + s.closed, s.interviews);
  assert.equal(s.closed, 1);
  assert.deepEqual(s.byStatus, { rejected: 1, '(none)': 1, scheduled: 1 });
  assert.deepEqual(s.thankYou, { sent: 1, onTime: 0, late: 1, pending: 1 });
  assert.deepEqual(s.followUp, { sent: 1, pending: 0 });
  assert.deepEqual(s.cards, { mailed: 0, pending: 1 });
  assert.deepEqual(s.outcomes, { offer: 0, rejected: 1, withdrawn: 0, closed: 0 });
  assert.deepEqual(s.problems, [{ file: 'broken.md', line: 3, message: '"interview": 2026-02-30 is not a date that exists' }]);
  assert.deepEqual(s.charts.timeToAnswer, [{ file: 'acme.md', company: 'Acme', days: 10 }]);
});

test('cli: stats prints the figures as text; a file is not a folder', async () => {
  const dir = folder();
  const r = await run(['stats', dir, '--now', '2026-11-26T12:00']);
  assert.equal(r.code, 0);
  assert.match(r.out, /^3 interviews in .*: 2 open, 1 closed$/m);
  assert.match(r.out, /^Thank-yous: {2}1 sent \(0 on time, 1 late\), 1 pending$/m);
  assert.match(r.out, /^Answers: {5}median 10 d after the interview \(Acme 10 d\)$/m);
  assert.match(r.out, /^ {2}2026-11-02 {4}1 {2}#$/m);
  assert.match(r.out, /^ {2}broken\.md:3: "interview": 2026-02-30 is not a date that exists$/m);
  const bad = await run(['stats', join(dir, 'acme.md')]);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /is not a folder/);
});
