// Who the user is for the CLI (`new`, `mail`): --me, else the signature in the nearest
// .vscode/settings.json at or above the notes folder, else INTERVIEW_FOLLOWUP_ME.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { whoAmI } from '../../src/cli/me';
import { tempDir } from '../tempDirs';

test('me: --me first, then the nearest settings above the notes folder, then the variable', () => {
  const root = tempDir('ifu-me-unit-');
  const notes = join(root, 'work', 'jobs', 'interviews');
  mkdirSync(notes, { recursive: true });
  const env = { INTERVIEW_FOLLOWUP_ME: 'Env@Mail.example, other@mail.example' };
  assert.deepEqual(whoAmI(notes, [], {}), { addresses: [], names: [] });
  assert.deepEqual(whoAmI(notes, [], env), { addresses: ['env@mail.example', 'other@mail.example'], names: [], source: 'INTERVIEW_FOLLOWUP_ME' });
  mkdirSync(join(root, '.vscode'));
  writeFileSync(join(root, '.vscode', 'settings.json'), '{ "interviewFollowUp.signature.email": "Far@Mail.example" }');
  assert.deepEqual(whoAmI(notes, [], env).addresses, ['far@mail.example']);
  // The nearest one wins; a nested object is read too; the name comes with it.
  mkdirSync(join(root, 'work', '.vscode'));
  const near = join(root, 'work', '.vscode', 'settings.json');
  // JSON with comments and trailing commas, as VS Code writes settings (a comment's slashes in a string stay text).
  writeFileSync(near, '{\n  // mine\n  "interviewFollowUp": { "signature": { "email": "near@mail.example", "name": "Sam Lee" } }, /* me */\n  "x": "http://a.example/*b*/",\n}');
  assert.deepEqual(whoAmI(notes, [], env), { addresses: ['near@mail.example'], names: ['Sam Lee'], source: near });
  assert.deepEqual(whoAmI(notes, ['Given@Mail.example'], env), { addresses: ['given@mail.example'], names: ['Sam Lee'], source: '--me' });
  // A settings file without the signature, or broken, is passed over.
  writeFileSync(near, '{ broken');
  assert.deepEqual(whoAmI(notes, [], env).addresses, ['far@mail.example']);
});

test('me: a FIFO or a device named settings.json above the notes folder never blocks; it is passed over', () => {
  const root = tempDir('ifu-me-fifo-');
  const notes = join(root, 'work', 'interviews');
  mkdirSync(join(notes), { recursive: true });
  mkdirSync(join(root, '.vscode'));
  writeFileSync(join(root, '.vscode', 'settings.json'), '{ "interviewFollowUp.signature.email": "far@mail.example" }');
  mkdirSync(join(root, 'work', '.vscode'));
  execFileSync('mkfifo', [join(root, 'work', '.vscode', 'settings.json')]);
  mkdirSync(join(notes, '.vscode'));
  symlinkSync('/dev/zero', join(notes, '.vscode', 'settings.json'));
  assert.deepEqual(whoAmI(notes, [], {}).addresses, ['far@mail.example']);
});
