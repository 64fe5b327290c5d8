// Hostile front-matter: `mark` must answer with one plain problem line, leave the note's bytes,
// and finish quickly; `due` must report the note as a problem (or skip it), not crash or hang.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliSync, looksLikeCrash, scratch, temps, writeSettled } from './util';

const HEAD = '---\ncompany: Acme\ninterview: 2026-11-20 10:00\nthankYou: ~\n';
const letters = 'abcdefghij';
const laughs = [`a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]`];
for (let i = 1; i < 10; i++) laughs.push(`${letters[i]}: &${letters[i]} [${Array(9).fill(`*${letters[i - 1]}`).join(', ')}]`);

const CASES: { name: string; text: string; problem: RegExp }[] = [
  { name: 'billion laughs', text: `${HEAD}${laughs.join('\n')}\n---\n`, problem: /too large to check|aliases/ },
  { name: 'more than 100 aliases', text: `${HEAD}base: &b x\nlist: [${Array(150).fill('*b').join(', ')}]\n---\n`, problem: /too large to check|aliases|valid YAML/ },
  { name: 'unresolved alias', text: `${HEAD}role: *nowhere\n---\n`, problem: /not valid YAML \(line 5\)/ },
  { name: 'alias as the edited value', text: '---\ncompany: Acme\ninterview: 2026-11-20\nx: &d 2026-11-20\nthankYou: *d\n---\n', problem: /alias|not valid|refusing/ },
  { name: 'deep nesting (flow)', text: `${HEAD}deep: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n---\n`, problem: /.+/ },
  { name: 'deep nesting (block)', text: `${HEAD}deep:\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n')} x\n---\n`, problem: /.+/ },
  { name: 'a 60,000-character line', text: `${HEAD}role: ${'w'.repeat(60_000)}\n---\n`, problem: /NONE/ },
  { name: 'a 2 MB line', text: `${HEAD}role: ${'w'.repeat(2 * 1024 * 1024)}\n---\n`, problem: /^interview-followup: .*note\.md: The front-matter is 2048 KB, over the 64 KB that is read; move long text into the body of the note; edit it by hand\.$/m },
  { name: 'control characters in a key line', text: `${HEAD}role: a\x00b\x1b[2Jc\n---\n`, problem: /not valid YAML|control|disagree|could not be read|holds NUL bytes/ },
  { name: 'bidi override and escape in a quoted value', text: `${HEAD}role: "\\u202e\\x1b[2J"\n---\n`, problem: /NONE/ },
  { name: 'code-running tag', text: `${HEAD}x: !!js/function 'function () { process.exit(7) }'\n---\n`, problem: /not valid YAML|unknown tag/ },
  { name: '---js front-matter', text: '---js\n{ company: "Acme", x: process.exit(7) }\n---\n', problem: /No front-matter/ },
  { name: 'lone CR in a comment', text: `${HEAD}# sent?\rthankYou: x\n---\n`, problem: /carriage return without a line feed/ },
  { name: 'duplicate key', text: `${HEAD}thankYou: 2026-11-21\n---\n`, problem: /appears 2 times/ },
];

for (const c of CASES) {
  test(`faults: hostile YAML, ${c.name}: a problem message, the note untouched, no crash`, () => {
    const dir = scratch('hostile');
    const note = join(dir, 'note.md');
    writeSettled(note, c.text);
    const before = readFileSync(note);
    const started = Date.now();
    const r = cliSync(['mark', note, 'thank-you', '--date', '2026-11-21']);
    const ms = Date.now() - started;
    assert.ok(!looksLikeCrash(r.stderr + r.stdout), `crash output: ${(r.stderr + r.stdout).slice(0, 500)}`);
    assert.ok(ms < 10_000, `mark took ${ms} ms`);
    if (c.problem.source === 'NONE') {
      // Odd but harmless: the edit is allowed and only the one value changes.
      assert.equal(r.code, 0, r.stderr);
      assert.equal(readFileSync(note, 'utf8'), c.text.replace('thankYou: ~', 'thankYou: 2026-11-21'));
    } else {
      assert.equal(r.code, 1, `exit ${r.code}: ${r.stdout}`);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, c.problem);
      assert.ok(readFileSync(note).equals(before), 'the note changed');
    }
    assert.deepEqual(temps(dir), []);

    const due = cliSync(['due', dir, '--json', '--no-cache', '--now', '2026-11-20T12:00']);
    assert.ok(!looksLikeCrash(due.stderr), `due crashed: ${due.stderr.slice(0, 500)}`);
    assert.equal(due.code, 0, due.stderr.slice(0, 500));
    assert.ok(readFileSync(note).equals(c.problem.source === 'NONE' ? readFileSync(note) : before));
  });
}
