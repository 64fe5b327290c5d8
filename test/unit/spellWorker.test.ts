// The spelling worker as the extension uses it: src/extension/spellClient.ts starting the built
// dist/spellWorker.js in a worker thread (no vscode needed), the same findings as the in-process
// check, a worker that stops is logged and replaced on the next check, dispose() terminates it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LINT_OPTIONS, lintNote, lintWithLanguageRequest } from '../../src/core/etiquette/check';
import { parseNote } from '../../src/core/note/parse';
import { loadDictionary } from '../../src/node/dictionary';
import { Worker } from 'node:worker_threads';
import { SpellClient } from '../../src/extension/spellClient';

const SCRIPT = join(process.cwd(), 'dist', 'spellWorker.js');
const TEXT = [
  '---', 'company: Zyntrix Labs', 'role: Platform Engineer', 'interview: 2026-11-20 10:00',
  'interviewers:', '  - name: Oyelaran Quist', '    email: oq@zyntrix.example', '---',
  '## Thank-you email', 'Subject: Thank you — Platform Engineer interview', '',
  'Dear Oyelaran,', '', 'I was glad to recieve your note about Zyntrix and to to talk about a interview.', '', 'Sincerly,', 'Alex', 'alex@example.com', '',
].join('\n');
const parsed = parseNote(TEXT, 'n.md');
const note = parsed.kind === 'note' ? parsed.note : undefined;
const options = { ...DEFAULT_LINT_OPTIONS, now: new Date(2026, 10, 20, 15) };

function recorder() {
  const lines: string[] = [];
  return { lines, log: { info: (m: string) => lines.push(m), warn: (m: string) => lines.push(m), error: (m: string) => lines.push(m) } };
}

test('spelling worker: the host-side lint leaves spelling and grammar out and the worker finds them, as the in-process check does', { skip: !existsSync(SCRIPT) && 'dist/spellWorker.js is not built' }, async () => {
  const { findings, language: spelling } = lintWithLanguageRequest(TEXT, note, options);
  assert.deepEqual(findings.filter((f) => ['spelling', 'repeated-word', 'indefinite-article'].includes(f.rule)), []);
  assert.ok(spelling);
  const { log, lines } = recorder();
  const client = new SpellClient(log, SCRIPT);
  try {
    const first = await client.check('en-US', spelling);
    assert.ok(first.loadMs !== undefined && first.loadMs > 0, 'the first answer says how long loading took');
    assert.deepEqual(first.findings.map((f) => [f.rule, f.line, f.column, f.fix?.text]), [
      ['spelling', 14, 14, 'receive'], ['repeated-word', 14, 50, 'to'], ['indefinite-article', 14, 67, 'an'], ['spelling', 16, 0, 'Sincerely']]);
    const inProcess = lintNote(TEXT, note, { ...options, spelling: { dictionary: loadDictionary('en-US', process.cwd()) } });
    assert.deepEqual(first.findings, inProcess.filter((f) => ['spelling', 'repeated-word', 'indefinite-article'].includes(f.rule)));
    const again = await client.check('en-US', { ...spelling, known: [...spelling.known, 'recieve'] });
    assert.equal(again.loadMs, undefined, 'the dictionary is read once');
    assert.deepEqual(again.findings.filter((f) => f.rule === 'spelling').map((f) => f.fix?.text), ['Sincerely'], 'the word list travels with the request');
    assert.equal(client.running, true);
    assert.deepEqual(lines, []);
  } finally {
    client.dispose();
  }
});

test('spelling worker: a worker that stops is logged, its pending check rejected, and the next check starts a new one; dispose() ends it', { skip: !existsSync(SCRIPT) && 'dist/spellWorker.js is not built' }, async () => {
  const { language: spelling } = lintWithLanguageRequest(TEXT, note, options);
  assert.ok(spelling);
  const { log, lines } = recorder();
  // The workers the client starts, kept so that the test can stop one as a crash would.
  const workers: Worker[] = [];
  const client = new SpellClient(log, SCRIPT, (file, options) => {
    const worker = new Worker(file, options);
    workers.push(worker);
    return worker;
  });
  try {
    const pending = client.check('en-US', spelling);
    await workers[0]!.terminate();
    await assert.rejects(pending, /stopped/);
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /^Spelling: the worker thread stopped \(exit code \d+\); a new one starts with the next draft checked$/);
    assert.equal(client.running, false);
    const after = await client.check('en-US', spelling);
    assert.equal(workers.length, 2);
    assert.deepEqual(after.findings.filter((f) => f.rule === 'spelling').map((f) => f.fix?.text), ['receive', 'Sincerely']);
  } finally {
    client.dispose();
  }
  assert.equal(client.running, false);
  await assert.rejects(client.check('en-US', spelling), /disposed/);
  assert.equal(lines.length, 1, 'disposing is no failure');
});

test('spelling worker: a script that cannot start is logged with its error', async () => {
  const { language: spelling } = lintWithLanguageRequest(TEXT, note, options);
  assert.ok(spelling);
  const { log, lines } = recorder();
  const client = new SpellClient(log, join(process.cwd(), 'dist', 'no-such-worker.js'));
  try {
    await assert.rejects(client.check('en-US', spelling), /stopped/);
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /^Spelling: the worker thread stopped \(.*no-such-worker\.js/s);
  } finally {
    client.dispose();
  }
});
