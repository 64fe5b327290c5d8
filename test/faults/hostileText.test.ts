// Hostile note text through the real binary: escape sequences and bidi overrides never reach
// the terminal raw, a long role does not make every row as wide, a 4 MB front-matter is a problem, YAML
// aliases (unresolved, billion laughs) are problems or harmless, never a crash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NOTE, openTmp, runCli } from './cli';

test('faults: control characters and a huge role: the table is escaped and bounded, --json is whole', () => {
  const dir = openTmp('ifu-fault-text-');
  const role = 'R'.repeat(60_000); // as long as a value can be: the front-matter is read up to 64 KB
  writeFileSync(join(dir, 'evil.md'), `---\ncompany: "Clear\\e[2J\\e[3JCo\\u202e\\u0085"\nrole: ${role}\ninterview: 2026-11-26 10:00\n---\n`);
  writeFileSync(join(dir, 'huge.md'), `---\ncompany: Huge\nrole: ${'R'.repeat(4_000_000)}\ninterview: 2026-11-26 10:00\n---\n`);
  for (let i = 0; i < 50; i++) writeFileSync(join(dir, `n${i}.md`), NOTE(`Co ${i}`));
  const r = runCli(['due', dir, '--now', '2026-11-26T08:00']);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(r.stdout.length < 51 * 400, `${r.stdout.length} bytes printed`);
  assert.ok(!/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/.test(r.stdout), 'no raw control character');
  assert.match(r.stdout, /Clear\\x1b\[2J\\x1b\[3JCo\\u202e\\x85/);
  assert.match(r.stdout, /huge\.md:1: error: The front-matter is 3906 KB, over the 64 KB that is read/);
  const json = JSON.parse(runCli(['due', dir, '--now', '2026-11-26T08:00', '--json']).stdout);
  assert.equal(json.actions.find((a: { file: string }) => a.file === 'evil.md').role, role);
});

test('faults: unresolved aliases and a billion-laughs front-matter: a problem or a normal note, never a crash or a hang', () => {
  const dir = openTmp('ifu-fault-yaml-');
  writeFileSync(join(dir, 'alias.md'), '---\ncompany: *nowhere\ninterview: 2026-11-26 10:00\n---\n');
  const laughs = ['---', 'company: Laughs', 'interview: 2026-11-26 10:00', 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < 40; i++) laughs.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
  laughs.push('---', '');
  writeFileSync(join(dir, 'laughs.md'), laughs.join('\n'));
  const deep = `---\ncompany: Deep\ninterview: 2026-11-26 10:00\nx: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\n`;
  writeFileSync(join(dir, 'deep.md'), deep);
  const r = runCli(['due', dir, '--now', '2026-11-26T08:00', '--json'], { timeoutMs: 15_000 });
  assert.equal(r.timedOut, false);
  assert.equal(r.status, 0, r.stderr);
  const json = JSON.parse(r.stdout);
  assert.deepEqual(json.problems.filter((p: { file: string }) => p.file === 'alias.md').map((p: { message: string }) => p.message), ['Invalid YAML front-matter: a value starting with "*" needs quotes: company: "*nowhere"']);
  assert.deepEqual(json.problems.filter((p: { file: string }) => p.file === 'laughs.md').map((p: { message: string }) => p.message), ['The front-matter uses 351 YAML aliases (*name), more than the 100 allowed; it was not read']);
  // mark refuses what it cannot edit safely, in one line, and the note keeps every byte.
  const before = readFileSync(join(dir, 'laughs.md'));
  const m = runCli(['mark', join(dir, 'laughs.md'), 'card', '--date', '2026-11-27'], { timeoutMs: 15_000 });
  assert.equal(m.timedOut, false);
  assert.notEqual(m.status, 0);
  assert.equal(m.stderr.trim().split('\n').length, 1, m.stderr);
  assert.match(m.stderr, /alias/i);
  assert.deepEqual(readFileSync(join(dir, 'laughs.md')), before);
});
