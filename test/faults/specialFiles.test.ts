// Files that are not notes: a FIFO (reading it would wait forever for a writer), a link to
// /dev/zero (never ends), a socket, a folder named x.md, a huge note, links out of the folder.
// Each is a problem on that file, nothing hangs, and every other note is still listed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { NOTE, openTmp, runCli } from './cli';

test('faults: FIFOs, device links, sockets, x.md folders, huge and non-UTF-8 notes: problems, no hang', async () => {
  const dir = openTmp('ifu-fault-special-');
  writeFileSync(join(dir, 'ok.md'), NOTE('Fine Co'));
  execFileSync('mkfifo', [join(dir, 'pipe.md')]);
  symlinkSync(join(dir, 'pipe.md'), join(dir, 'to-pipe.md'));
  symlinkSync('/dev/zero', join(dir, 'zero.md'));
  symlinkSync('/etc/passwd', join(dir, 'passwd.md'));
  symlinkSync(join(dir, 'ok.md'), join(dir, 'alias.md'));
  mkdirSync(join(dir, 'folder.md'));
  writeFileSync(join(dir, 'folder.md', 'inside.md'), NOTE('Inside Co'));
  writeFileSync(join(dir, 'huge.md'), NOTE('Huge Co') + 'x'.repeat(6 * 1024 * 1024));
  writeFileSync(join(dir, 'utf16.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(NOTE('Sixteen Co'), 'utf16le')]));
  writeFileSync(join(dir, 'latin1.md'), Buffer.from(NOTE('Café Co'), 'latin1'));
  const server = createServer();
  await new Promise<void>((r) => server.listen(join(dir, 'socket.md'), r));
  try {
    const t0 = Date.now();
    const r = runCli(['due', dir, '--now', '2026-11-26T08:00', '--json'], { timeoutMs: 15_000 });
    assert.equal(r.timedOut, false, 'due did not hang');
    assert.ok(Date.now() - t0 < 10_000);
    assert.equal(r.status, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.deepEqual(json.actions.map((a: { file: string }) => a.file).sort(), ['alias.md', 'folder.md/inside.md', 'ok.md']);
    const problems = Object.fromEntries(json.problems.map((p: { file: string; message: string }) => [p.file, p.message]));
    assert.deepEqual(Object.keys(problems).sort(), ['huge.md', 'latin1.md', 'passwd.md', 'pipe.md', 'socket.md', 'to-pipe.md', 'utf16.md', 'zero.md']);
    assert.match(problems['pipe.md'], /named pipe/);
    assert.match(problems['to-pipe.md'], /named pipe/);
    assert.match(problems['socket.md'], /socket/);
    assert.match(problems['zero.md'], /outside the notes folder/);
    assert.match(problems['passwd.md'], /outside the notes folder/);
    assert.match(problems['huge.md'], /over the 5 MB limit/);
    assert.match(problems['utf16.md'], /UTF-16.*save it as UTF-8/);
    assert.match(problems['latin1.md'], /not valid UTF-8.*save it as UTF-8/);
    // The same files named directly: one line, exit 2, no hang.
    for (const [args, message] of [
      [['lint', join(dir, 'pipe.md')], /named pipe/],
      [['lint', join(dir, 'zero.md')], /a device/],
      [['mark', join(dir, 'pipe.md'), 'card'], /not a regular file/],
      [['mark', join(dir, 'folder.md'), 'card'], /not a regular file/],
    ] as [string[], RegExp][]) {
      const x = runCli(args, { timeoutMs: 15_000 });
      assert.equal(x.timedOut, false, `${args.join(' ')} did not hang`);
      assert.equal(x.status, 2, `${args.join(' ')}: ${x.stderr}`);
      assert.equal(x.stderr.trim().split('\n').length, 1, x.stderr);
      assert.match(x.stderr, message);
    }
    // A folder given to lint (here one named x.md): its notes are linted, read by the same rules as
    // `due` (the pipe, the device and the socket are reported and skipped, never opened for reading).
    const folder = runCli(['lint', join(dir, 'folder.md')], { timeoutMs: 15_000 });
    assert.deepEqual([folder.timedOut, folder.status, folder.stdout.trim()], [false, 0, `${join(dir, 'folder.md')}: no findings in 1 note`]);
    const all = runCli(['lint', dir], { timeoutMs: 15_000 });
    assert.equal(all.timedOut, false, 'lint of the folder did not hang');
    assert.ok(all.status === 0 || all.status === 1, all.stderr);
    assert.match(all.stderr, /pipe\.md: .*named pipe.*; not linted/);
    assert.match(all.stderr, /zero\.md: .*; not linted/);
  } finally {
    server.close();
  }
});
