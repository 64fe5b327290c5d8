// The reading rules shared by the CLI and the extension: which bytes are a note's text, and
// which files are read at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tempDir } from '../tempDirs';
import { join } from 'node:path';
import { decodeNote, MAX_NOTE_BYTES } from '../../src/core/note/decode';
import { parseNote } from '../../src/core/note/parse';
import { listNotesSync, readNoteSync, type ReadOutcome } from '../../src/node/readNote';

const NOTE = '---\ncompany: Café Ωmega\ninterview: 2026-11-26 10:00\n---\n';

test('decode: UTF-8 is read, its BOM kept for a byte-exact edit', () => {
  assert.deepEqual(decodeNote(Buffer.from(NOTE)), { ok: true, text: NOTE });
  assert.deepEqual(decodeNote(Buffer.from('\uFEFF' + NOTE)), { ok: true, text: '\uFEFF' + NOTE });
});

test('decode: UTF-16 (with a BOM or by its NULs) and Latin-1 are problems, never replacement characters', () => {
  const cases: [string, Buffer][] = [
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(NOTE, 'utf16le')])],
    ['UTF-16BE with BOM', Buffer.from([0xfe, 0xff, ...Buffer.from(NOTE, 'utf16le').swap16()])],
    ['UTF-16LE without BOM', Buffer.from(NOTE, 'utf16le')],
    ['Latin-1', Buffer.from(NOTE.replace('Ωmega', 'Omega'), 'latin1')],
  ];
  for (const [name, bytes] of cases) {
    const r = decodeNote(bytes);
    assert.equal(r.ok, false, name);
    assert.match(!r.ok ? r.message : '', /save it as UTF-8/, name);
  }
  assert.match((decodeNote(Buffer.from(NOTE, 'utf16le')) as { message: string }).message, /UTF-16/);
  assert.match((decodeNote(Buffer.from(NOTE.replace('Ωmega', 'Omega'), 'latin1')) as { message: string }).message, /Latin-1/);
});

test('decode: a note over the size limit is reported, not decoded', () => {
  const r = decodeNote(new Uint8Array(MAX_NOTE_BYTES + 1));
  assert.equal(r.ok, false);
  assert.match(!r.ok ? r.message : '', /over the 5 MB limit/);
});

function folder(): string {
  const root = tempDir('ifu-read-');
  writeFileSync(join(root, 'a.md'), NOTE);
  mkdirSync(join(root, 'sub'));
  writeFileSync(join(root, 'sub', 'b.md'), NOTE);
  return root;
}

// The CLI and the extension host both read with readNoteSync (the host within its time slices).
async function readChecked(path: string, root?: string): Promise<ReadOutcome> {
  return readNoteSync(path, root);
}

test('readNote: regular files and links to regular files inside the folder are read', async () => {
  const root = folder();
  symlinkSync(join(root, 'sub', 'b.md'), join(root, 'link.md'));
  for (const name of ['a.md', 'sub/b.md', 'link.md']) {
    const r = await readChecked(join(root, name), root);
    assert.equal(r.kind, 'text', name);
    assert.equal(r.kind === 'text' && r.text, NOTE);
  }
});

test('readNote: links outside the folder, FIFOs, devices, folders, huge and vanished files are problems or gone', async () => {
  const outside = tempDir('ifu-outside-');
  writeFileSync(join(outside, 'secret.md'), NOTE);
  const root = folder();
  symlinkSync(join(outside, 'secret.md'), join(root, 'out.md'));
  symlinkSync('/dev/zero', join(root, 'zero.md'));
  execFileSync('mkfifo', [join(root, 'pipe.md')]);
  mkdirSync(join(root, 'dir.md'));
  writeFileSync(join(root, 'big.md'), Buffer.alloc(MAX_NOTE_BYTES + 10, 0x61));
  const expect: [string, RegExp][] = [
    ['out.md', /symbolic link to a file outside the notes folder/],
    ['zero.md', /outside the notes folder/],
    ['pipe.md', /named pipe \(FIFO\)/],
    ['dir.md', /a folder, not a note/],
    ['big.md', /over the 5 MB limit/],
  ];
  for (const [name, message] of expect) {
    const r = await readChecked(join(root, name), root);
    assert.equal(r.kind, 'problem', name);
    assert.match(r.kind === 'problem' ? r.message : '', message, name);
  }
  assert.equal((await readChecked(join(root, 'vanished.md'), root)).kind, 'gone');
  // Named on the command line (no folder), a link to a regular file is followed; to a device it is not read.
  assert.equal(readNoteSync(join(root, 'out.md')).kind, 'text');
  assert.match((readNoteSync(join(root, 'zero.md')) as { message: string }).message, /a device/);
});

test('listNotes: .md entries that are not folders; folders named x.md are searched; hidden folders are not', () => {
  const root = folder();
  mkdirSync(join(root, 'dir.md'));
  writeFileSync(join(root, 'dir.md', 'c.md'), NOTE);
  mkdirSync(join(root, '.git'));
  writeFileSync(join(root, '.git', 'd.md'), NOTE);
  execFileSync('mkfifo', [join(root, 'pipe.md')]);
  const { files, problems } = listNotesSync(root);
  assert.deepEqual(files.map((f) => f.slice(root.length + 1)).sort(), ['a.md', 'dir.md/c.md', 'pipe.md', 'sub/b.md']);
  assert.deepEqual(problems, []);
});

test('note: more than 100 YAML aliases is a problem; 100, and stars in text, are not', () => {
  const aliases = (n: number) => ['---', 'company: Acme', 'interview: 2026-11-26 10:00', 'a: &a x', `b: [${Array(n).fill('*a').join(', ')}]`, 'c: "* not an alias *"', 'd: |', ...Array(200).fill('  * a list in a block scalar'), '---', ''].join('\n');
  assert.equal(parseNote(aliases(100), 'a.md').kind, 'note');
  const r = parseNote(aliases(101), 'a.md');
  assert.equal(r.kind, 'broken');
  assert.deepEqual(r.kind === 'broken' && r.problems.map((p) => [p.line, p.message]), [[2, 'The front-matter uses 101 YAML aliases (*name), more than the 100 allowed; it was not read']]);
});
