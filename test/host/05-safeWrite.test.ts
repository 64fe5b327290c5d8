// The extension's disk writes go through src/node/safeWrite.ts for local files: the note is
// replaced by an atomic rename (a new inode), symlinks stay links, no temporary file is left,
// and a front-matter the two YAML readers split differently is refused untouched.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { api, notesUri } from './util';

describe('Safe writes in a real extension host', function () {
  this.timeout(30_000);

  it('replaces a local note by an atomic rename, through a symlink, leaving no temporary file', async () => {
    await api();
    const real = notesUri('safe-real.md');
    const link = notesUri('safe-link.md');
    const text = '---\ncompany: Safe Co\ninterview: 2020-05-01 10:00\n# kept: comment\n---\nBody\n';
    writeFileSync(real.fsPath, text, { mode: 0o640 });
    symlinkSync(real.fsPath, link.fsPath);
    try {
      const inode = statSync(real.fsPath).ino;
      assert.equal(await vscode.commands.executeCommand('interviewFollowUp.setStatus', link, 'withdrawn'), true);
      assert.ok(lstatSync(link.fsPath).isSymbolicLink(), 'the link is still a link');
      assert.equal(readFileSync(real.fsPath, 'utf8'), text.replace('---\nBody', 'status: withdrawn\n---\nBody'));
      assert.notEqual(statSync(real.fsPath).ino, inode, 'written to a new file and renamed, not truncated in place');
      assert.equal(statSync(real.fsPath).mode & 0o777, 0o640);
      const folder = vscode.Uri.joinPath(real, '..').fsPath;
      assert.deepEqual(readdirSync(folder).filter((f) => f.includes('.ifu-tmp-')), []);
    } finally {
      rmSync(link.fsPath, { force: true });
      rmSync(real.fsPath, { force: true });
    }
  });

  it('refuses a front-matter with a carriage return alone on a line break, and leaves it untouched', async () => {
    await api();
    const uri = notesUri('safe-lone-cr.md');
    const text = '---\ncompany: CR Co\ninterview: 2020-05-01 10:00\n# sent?\rthankYou: x\n---\n';
    writeFileSync(uri.fsPath, text);
    try {
      assert.equal(await vscode.commands.executeCommand('interviewFollowUp.markThankYouSent', uri), false);
      assert.equal(readFileSync(uri.fsPath, 'utf8'), text);
    } finally {
      rmSync(uri.fsPath, { force: true });
    }
  });

  it('on a full disk says the note was not changed, reports no success and keeps every byte', async function () {
    await api();
    if (process.platform !== 'linux' || process.getuid?.() !== 0) return this.skip();
    const dir = notesUri('full-disk');
    mkdirSync(dir.fsPath, { recursive: true });
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir.fsPath]);
    if (mounted.status !== 0) {
      rmSync(dir.fsPath, { recursive: true, force: true });
      return this.skip();
    }
    try {
      // 600 KB: the note fits, a second copy of it does not.
      const note = vscode.Uri.joinPath(dir, 'big.md');
      const text = `---\ncompany: Full Co\ninterview: 2020-05-01 10:00\n---\n${'x'.repeat(600 * 1024)}\n`;
      writeFileSync(note.fsPath, text);
      const hourAgo = new Date(Date.now() - 3600_000);
      utimesSync(note.fsPath, hourAgo, hourAgo);
      assert.equal(await vscode.commands.executeCommand('interviewFollowUp.setStatus', note, 'withdrawn'), false);
      assert.equal(readFileSync(note.fsPath, 'utf8'), text);
      assert.deepEqual(readdirSync(dir.fsPath), ['big.md']);
      // The refusal was the disk: with room again the same command writes.
      const small = text.slice(0, text.indexOf('x')) + 'short\n';
      writeFileSync(note.fsPath, small);
      utimesSync(note.fsPath, hourAgo, hourAgo);
      assert.equal(await vscode.commands.executeCommand('interviewFollowUp.setStatus', note, 'withdrawn'), true);
      assert.equal(readFileSync(note.fsPath, 'utf8'), small.replace('---\nshort', 'status: withdrawn\n---\nshort'));
    } finally {
      spawnSync('umount', ['-l', dir.fsPath]);
      rmSync(dir.fsPath, { recursive: true, force: true });
    }
  });
});
