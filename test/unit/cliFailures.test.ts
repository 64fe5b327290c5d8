// The CLI never crashes and never trusts a stale cache: failures are one line and exit 2,
// the parse cache sees a same-size edit whose mtime was put back, note text reaches the
// terminal escaped and cut (in full only in --json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tempDir } from '../tempDirs';
import { join } from 'node:path';
import { main } from '../../src/cli/main';

process.env.INTERVIEW_FOLLOWUP_CACHE_DIR = tempDir('ifu-cache-');

async function run(args: string[], out?: (s: string) => void): Promise<{ code: number; out: string; err: string[] }> {
  const lines: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: out ?? ((s) => lines.push(s)), err: (s) => err.push(s) });
  return { code, out: lines.join('\n'), err };
}

test('cli: a same-size edit with the mtime put back (cp -p, rsync -t, 2 s FAT mtimes) is seen by the cache', async () => {
  const dir = tempDir('ifu-ident-');
  const file = join(dir, 'a.md');
  writeFileSync(file, '---\ncompany: Acme\nrole: Dev\ninterview: 2026-11-26 10:00\n---\n');
  // Whole seconds, as FAT and many copies keep them, so the mtime can be put back exactly.
  utimesSync(file, 1_790_000_000, 1_790_000_000);
  const args = ['due', dir, '--now', '2026-11-26T08:00', '--json'];
  assert.match((await run(args)).out, /"role":"Dev"/);
  assert.match((await run(args)).out, /"role":"Dev"/, 'from the cache');
  const before = statSync(file);
  writeFileSync(file, readFileSync(file, 'utf8').replace('role: Dev', 'role: Ops'));
  utimesSync(file, 1_790_000_000, 1_790_000_000);
  const after = statSync(file);
  assert.equal(after.size, before.size);
  assert.equal(after.mtimeMs, before.mtimeMs);
  assert.match((await run(args)).out, /"role":"Ops"/);
});

test('cli: an unexpected failure is one line on stderr and exit 2; --debug adds the stack', async () => {
  const dir = tempDir('ifu-epipe-');
  writeFileSync(join(dir, 'a.md'), '---\ncompany: Acme\ninterview: 2026-11-26 10:00\n---\n');
  // The output device fails (a disk error on a redirected file).
  const eio = () => {
    throw Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' });
  };
  const r = await run(['due', dir], eio);
  assert.equal(r.code, 2);
  assert.deepEqual(r.err, ['interview-followup: input/output error (EIO)']);
  const d = await run(['due', dir, '--debug'], eio);
  assert.equal(d.code, 2);
  assert.equal(d.err[0], 'interview-followup: input/output error (EIO)');
  assert.match(d.err[1]!, /^Error: EIO: i\/o error, write\n {4}at /);
  const usage = await run(['due', dir, '--bogus']);
  assert.deepEqual([usage.code, usage.err], [2, ['interview-followup: unknown option --bogus; usage: interview-followup due [folder] [--now YYYY-MM-DDTHH:mm] [--json] [--no-cache] [--thank-you-hours N] [--follow-up-days N] [--holidays CC]']]);
  // A folder given to lint: every note's drafts (here, a note without any).
  const folderNote = await run(['lint', dir]);
  assert.deepEqual([folderNote.code, folderNote.err], [0, []]);
});

test('cli: numeric flags are range-checked like the settings: one line, exit 2, nothing printed', async () => {
  const dir = tempDir('ifu-range-');
  writeFileSync(join(dir, 'a.md'), '---\ncompany: Acme\ninterview: 2026-11-26 10:00\n---\n');
  for (const [flag, value] of [['--follow-up-days', '1e9'], ['--follow-up-days', '0'], ['--follow-up-days', '91'], ['--follow-up-days', '2.5'], ['--follow-up-days', '-3'], ['--follow-up-days', '0x10'],
    ['--thank-you-hours', 'Infinity'], ['--thank-you-hours', '169'], ['--thank-you-hours', 'NaN'], ['--thank-you-hours', ' ']] as const) {
    for (const command of ['due', 'stats', 'ics']) {
      const r = await run([command, dir, flag, value]);
      assert.equal(r.code, 2, `${command} ${flag} ${value}`);
      assert.equal(r.out, '');
      assert.equal(r.err.length, 1);
      assert.match(r.err[0]!, new RegExp(`^interview-followup: ${flag} must be a (whole )?number of (days|hours) from 1 to (90|168) \\(got ".*"\\); usage: interview-followup ${command} `));
    }
  }
  assert.equal((await run(['due', dir, '--follow-up-days', '90', '--thank-you-hours', '1.5'])).code, 0);
  assert.equal((await run(['due', dir, '--now', '9999-12-31T10:00'])).code, 2);
});

test('cli: control characters and a 60,000-character role are escaped and cut in the table, whole in --json', async () => {
  const dir = tempDir('ifu-evil-');
  // As long as a front-matter value can be (the block is read up to 64 KB).
  const role = 'R'.repeat(60_000);
  writeFileSync(join(dir, 'evil.md'), `---\ncompany: "Evil\\e[2J\\x9b\\u202eCo"\nrole: ${role}\ninterview: 2026-11-26 10:00\n---\n`);
  writeFileSync(join(dir, 'zone.md'), '---\ncompany: Z\ninterview: 2026-11-26 10:00\ntimezone: "Bad\\e[31mZone"\n---\n');
  const table = await run(['due', dir, '--now', '2026-11-26T08:00']);
  assert.equal(table.code, 0);
  assert.ok(table.out.length < 2000, `${table.out.length} characters printed`);
  assert.ok(!/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202e]/.test(table.out), table.out);
  assert.match(table.out, /Evil\\x1b\[2J\\x9b\\u202eCo/);
  assert.match(table.out, /zone\.md:4: error: "timezone": "Bad\\x1b\[31mZone"/);
  const json = JSON.parse((await run(['due', dir, '--now', '2026-11-26T08:00', '--json'])).out);
  assert.equal(json.actions[0].role, role);
  assert.equal(json.actions[0].company, 'Evil\x1b[2J\x9b\u202eCo');
});
