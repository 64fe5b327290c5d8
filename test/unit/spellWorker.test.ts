// The spelling and grammar worker as the extension uses it: src/extension/spellClient.ts starting
// the built dist/spellWorker.js in a worker thread (no vscode needed): an answer at once without
// the grammar engine while it loads, then the final one with it, the same findings as the
// in-process check, the notes folder's words kept by the worker, a queued check of the same
// document dropped for a newer one, a worker that stops is logged and replaced on the next check
// (and told the words again), dispose() terminates it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LINT_OPTIONS, lintWithLanguageRequest } from '../../src/core/etiquette/check';
import { parseNote } from '../../src/core/note/parse';
import { checkLanguage } from '../../src/node/spellWorker';
import { Worker } from 'node:worker_threads';
import { SpellCheckSuperseded, SpellClient } from '../../src/extension/spellClient';
import type { SpellOutcome as SpellResult } from '../../src/node/spellProtocol';
import { FIRST_ZONE } from './helpers';

const SCRIPT = join(process.cwd(), 'dist', 'spellWorker.js');
const TEXT = [
  '---', 'company: Zyntrix Labs', 'role: Platform Engineer', 'interview: 2026-11-20 10:00',
  'interviewers:', '  - name: Oyelaran Quist', '    email: oq@zyntrix.example', '---',
  '## Thank-you email', 'Subject: Thank you — Platform Engineer interview', '',
  'Dear Oyelaran,', '', 'I was glad to recieve your note about Zyntrix and to to talk about a interview,i think.', '', 'Sincerly,', 'Alex', 'alex@example.com', '',
].join('\n');
const parsed = parseNote(TEXT, 'n.md');
const note = parsed.kind === 'note' ? parsed.note : undefined;
const options = { ...DEFAULT_LINT_OPTIONS, now: new Date(2026, 10, 20, 15) };

function recorder() {
  const lines: string[] = [];
  return { lines, log: { info: (m: string) => lines.push(m), warn: (m: string) => lines.push(m), error: (m: string) => lines.push(m) } };
}

const LANGUAGE = ['spelling', 'grammar', 'repeated-word', 'indefinite-article'];
const summary = (r: SpellResult) => r.findings.map((f) => [f.rule, f.line, f.column, f.fix?.text]);

test('spelling worker: the host-side lint leaves spelling and grammar out; the worker answers at once without the grammar engine, then with it, as the in-process check does', { skip: (!existsSync(SCRIPT) && 'dist/spellWorker.js is not built') || (!FIRST_ZONE && 'loads Harper: first time zone only') }, async () => {
  const { findings, language: spelling } = lintWithLanguageRequest(TEXT, note, options);
  assert.deepEqual(findings.filter((f) => LANGUAGE.includes(f.rule)), []);
  assert.ok(spelling);
  const { log, lines } = recorder();
  const client = new SpellClient(log, SCRIPT);
  try {
    const partials: SpellResult[] = [];
    const first = await client.check('en', spelling, { onPartial: (r) => partials.push(r) });
    assert.equal(partials.length, 1, 'one answer while Harper loads');
    assert.deepEqual(summary(partials[0]!), [
      ['spelling', 14, 14, 'receive'], ['repeated-word', 14, 50, 'to'], ['indefinite-article', 14, 67, 'an'], ['grammar', 14, 79, 'I'], ['spelling', 16, 0, 'Sincerely']]);
    assert.ok(first.grammarLoadMs !== undefined && first.grammarLoadMs > 0, 'the final answer says how long Harper took to load');
    assert.equal(first.grammarError, undefined);
    // Harper adds the missing space after the comma, which our rules do not check.
    assert.deepEqual(summary(first), [
      ['spelling', 14, 14, 'receive'], ['repeated-word', 14, 50, 'to'], ['indefinite-article', 14, 67, 'an'], ['grammar', 14, 78, ', '], ['grammar', 14, 79, 'I'], ['spelling', 16, 0, 'Sincerely']]);
    const inProcess = await checkLanguage('en', spelling, { from: join(process.cwd(), 'dist') });
    assert.deepEqual(first.findings, inProcess.findings);
    const partialsAgain: SpellResult[] = [];
    const again = await client.check('en', { ...spelling, known: [...spelling.known, 'recieve'] }, { onPartial: (r) => partialsAgain.push(r) });
    assert.deepEqual(partialsAgain, [], 'once Harper is loaded, one answer');
    assert.equal(again.grammarLoadMs, undefined, 'Harper is loaded once');
    assert.deepEqual(again.findings.filter((f) => f.rule === 'spelling').map((f) => f.fix?.text), ['Sincerely'], 'the word list travels with the request');
    // The notes folder's words are sent once and kept: a name of another note is no misspelling.
    const other = { ...spelling, drafts: spelling.drafts.map((d) => ({ ...d, text: d.text.replace('Zyntrix', 'Quorvane') })) };
    assert.deepEqual((await client.check('en', other)).findings.filter((f) => f.rule === 'spelling').map((f) => f.message.split('"')[1]), ['recieve', 'Quorvane', 'Sincerly']);
    client.setWorld(['quorvane']);
    assert.deepEqual((await client.check('en', other)).findings.filter((f) => f.rule === 'spelling').map((f) => f.message.split('"')[1]), ['recieve', 'Sincerly']);
    assert.equal(client.running, true);
    assert.deepEqual(lines, []);
  } finally {
    client.dispose();
  }
});

test('spelling worker: a check still queued when a newer one of the same document comes is dropped', { skip: (!existsSync(SCRIPT) && 'dist/spellWorker.js is not built') || (!FIRST_ZONE && 'loads Harper: first time zone only') }, async () => {
  const { language: spelling } = lintWithLanguageRequest(TEXT, note, options);
  assert.ok(spelling);
  const { log } = recorder();
  const client = new SpellClient(log, SCRIPT);
  try {
    // The first is being checked (the worker waits for Harper), the second waits in the queue, the third replaces it.
    const a = client.check('en', spelling, { key: 'n.md' });
    const b = client.check('en', spelling, { key: 'n.md' });
    const c = client.check('en', spelling, { key: 'n.md' });
    const other = client.check('en', spelling, { key: 'other.md' });
    await assert.rejects(b, SpellCheckSuperseded);
    const results = await Promise.all([a, c, other]);
    for (const r of results) assert.deepEqual(r.findings, results[0]!.findings);
  } finally {
    client.dispose();
  }
});

test('spelling worker: a worker that stops is logged, its pending check rejected, and the next check starts a new one; dispose() ends it', { skip: (!existsSync(SCRIPT) && 'dist/spellWorker.js is not built') || (!FIRST_ZONE && 'loads Harper: first time zone only') }, async () => {
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
    const pending = client.check('en', spelling);
    await workers[0]!.terminate();
    await assert.rejects(pending, /stopped/);
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /^Spelling: the worker thread stopped \(exit code \d+\); a new one starts with the next draft checked$/);
    assert.equal(client.running, false);
    client.setWorld(['zyntrix', 'sincerly']);
    const after = await client.check('en', spelling);
    assert.equal(workers.length, 2);
    assert.deepEqual(after.findings.filter((f) => f.rule === 'spelling').map((f) => f.fix?.text), ['receive'], 'the new worker was told the words of the notes folder');
  } finally {
    client.dispose();
  }
  assert.equal(client.running, false);
  await assert.rejects(client.check('en', spelling), /disposed/);
  assert.equal(lines.length, 1, 'disposing is no failure');
});

test('spelling worker: a script that cannot start is logged with its error', async () => {
  const { language: spelling } = lintWithLanguageRequest(TEXT, note, options);
  assert.ok(spelling);
  const { log, lines } = recorder();
  const client = new SpellClient(log, join(process.cwd(), 'dist', 'no-such-worker.js'));
  try {
    await assert.rejects(client.check('en', spelling), /stopped/);
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /^Spelling: the worker thread stopped \(.*no-such-worker\.js/s);
  } finally {
    client.dispose();
  }
});
