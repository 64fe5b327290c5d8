// The CLI end to end over a temporary folder: JSON shape, exit codes, and the byte-exact mark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tempDir } from '../tempDirs';
import { basename, dirname, join } from 'node:path';
import { run, runWith } from './cliRun';
import { FIRST_ZONE } from './helpers';
import { formatLocalDate, parseLocalDateTime } from '../../src/core/time/dates';

/** `due` in --json is local time with its UTC offset; this checks both and returns the local part. */
function localDue(due: string): string {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})([+-]\d{2}:\d{2})$/.exec(due);
  assert.ok(m, `${due} has a UTC offset`);
  assert.equal(Date.parse(due), parseLocalDateTime(m[1]!)!.getTime(), `${due} is the instant of the local time`);
  return m[1]!;
}

function folder(): string {
  const dir = tempDir('ifu-cli-');
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'acme.md'), '---\ncompany: Acme\nrole: Dev\ninterview: 2026-11-26 09:00\ninterviewers: [Jane Doe]\n---\n- [ ] Send samples 📅 2026-11-27\n');
  writeFileSync(join(dir, 'sub', 'beta.md'), '---\ncompany: Beta\ninterview: 2026-11-30 10:00\n---\n');
  writeFileSync(join(dir, 'sub', 'broken.md'), '---\ncompany: Gamma\ninterview: 2026-02-30\n---\n');
  writeFileSync(join(dir, 'README.md'), '# Not a note\n');
  return dir;
}

test('cli: due --json has exactly the documented shape', async () => {
  const dir = folder();
  const r = await run(['due', dir, '--now', '2026-11-26T12:00', '--json']);
  assert.equal(r.code, 0);
  const json = JSON.parse(r.out);
  assert.deepEqual(Object.keys(json), ['actions', 'problems']);
  // Every key stays; a follow-up also says what was read from the timeline.
  const keys = ['file', 'kind', 'due', 'state', 'company', 'role', 'title'];
  assert.deepEqual(json.actions.map((a: Record<string, string>) => Object.keys(a)), json.actions.map((a: Record<string, string>) => (a.kind === 'follow-up' ? [...keys, 'timeline'] : keys)));
  const followUp = json.actions.find((a: Record<string, string>) => a.kind === 'follow-up');
  assert.match(followUp.timeline, /follow up 14 days after the interview, from Thu 10 Dec 09:00$/);
  assert.deepEqual(json.actions.map((a: Record<string, string>) => `${a.file} ${a.kind} ${a.state} ${localDue(a.due!)}`), [
    'acme.md thank-you due 2026-11-27T10:00',
    'acme.md contact due 2026-11-27T10:00',
    'acme.md task upcoming 2026-11-27T23:59',
    'sub/beta.md prepare upcoming 2026-11-30T10:00',
    'acme.md follow-up upcoming 2026-12-10T09:00',
  ]);
  assert.deepEqual(json.problems, [{ file: 'sub/broken.md', line: 3, message: '"interview": 2026-02-30 is not a date that exists', severity: 'error' }]);
});

test('cli: due without --json prints the tree\'s windows, each row with a path to paste into mark', async () => {
  const dir = folder();
  const r = await run(['due', dir, '--now', '2026-11-26T12:00']);
  assert.equal(r.code, 0);
  const lines = r.out.split('\n');
  assert.match(lines[0]!, /^ {2}WHEN +DUE +WHAT +FOR +FILE$/);
  assert.deepEqual(lines.filter((l) => !l.startsWith(' ') && l), ['Next 7 days (4)', 'Later (1)', '1 problem:']);
  assert.match(r.out, new RegExp(`\\n {2}22 h left +2026-11-27 10:00 +Thank-you +Acme · Dev +${join(dir, 'acme.md').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n`));
  assert.match(r.out, /sub\/broken\.md:3: error:/);
  // From the notes folder's parent, the path is relative: pasted into mark, it names the note.
  const cwd = process.cwd();
  process.chdir(dirname(dir));
  try {
    const here = await run(['due', basename(dir), '--now', '2026-11-26T12:00']);
    const path = /Thank-you +Acme · Dev +(\S+)/.exec(here.out)![1]!;
    assert.equal(path, join(basename(dir), 'acme.md'));
    assert.equal((await run(['mark', path, 'thank-you', '--date', '2026-11-26'])).code, 0);
    assert.match(readFileSync(join(dir, 'acme.md'), 'utf8'), /\nthankYou: 2026-11-26\n/);
  } finally {
    process.chdir(cwd);
  }
});

test('cli: the due table fits the terminal: what and the company give way, then the deadline column; the path is never cut', async () => {
  const dir = folder();
  writeFileSync(join(dir, 'long.md'), '---\ncompany: Brightline Logistics International Holdings\nrole: Senior Data Analyst, Supply Chain\ninterview: 2026-11-26 09:00\ninterviewers: [Jane Doe]\n---\n- [ ] Finish the take-home incident review and send it 📅 2026-11-28\n');
  const wide = (await run(['due', dir, '--now', '2026-11-26T12:00'])).out.split('\n');
  const widest = Math.max(...wide.map((l) => l.length));
  assert.ok(widest > 100, `the unfitted table is ${widest} wide`);
  for (const columns of [100, 80]) {
    const out = await runWith(['due', dir, '--now', '2026-11-26T12:00'], columns);
    const rows = out.split('\n').filter((l) => /^ {2}\S.*\.md$/.test(l));
    assert.equal(rows.length, 9);
    // Each row ends with its whole path; the rest fits.
    for (const row of rows) assert.ok(/\/\S+\.md$/.test(row), row);
    const paths = rows.map((row) => /(\S+\.md)$/.exec(row)![1]!.length);
    for (const [i, row] of rows.entries()) assert.ok(row.length - paths[i]! <= columns - Math.max(...paths) || row.length <= columns, `${row.length} > ${columns}: ${row}`);
    assert.match(out, /  Brightlin[^·\n]*…  /);
  }
});

test('cli: usage errors exit 2', async () => {
  assert.equal((await run([])).code, 2);
  assert.equal((await run(['frobnicate'])).code, 2);
  assert.equal((await run(['due', folder(), '--now', 'tomorrow'])).code, 2);
  assert.equal((await run(['due', folder(), '--bogus'])).code, 2);
  assert.equal((await run(['due', '/nonexistent/folder'])).code, 2);
  assert.equal((await run(['mark', 'x.md'])).code, 2);
  assert.equal((await run(['mark', join(folder(), 'acme.md'), 'prepare'])).code, 2);
  assert.equal((await run(['mark', join(folder(), 'acme.md'), 'card', '--date', '2026-02-30'])).code, 2);
});

test('cli: mark changes exactly one value or adds one line', async () => {
  const dir = folder();
  const file = join(dir, 'n.md');
  const original = '\uFEFF---\r\ncompany: Acme # big\r\ninterview: 2026-11-26 09:00\r\nthankYou: ~  # not yet\r\n---\r\nBody\r\n';
  writeFileSync(file, original);
  assert.equal((await run(['mark', file, 'thank-you', '--date', '2026-11-26'])).code, 0);
  assert.equal(readFileSync(file, 'utf8'), original.replace('thankYou: ~  # not yet', 'thankYou: 2026-11-26  # not yet'));
  assert.equal((await run(['mark', file, 'follow-up', '--date', '2026-12-01'])).code, 0);
  assert.equal(readFileSync(file, 'utf8'), original.replace('thankYou: ~  # not yet', 'thankYou: 2026-11-26  # not yet').replace('\r\n---\r\nBody', '\r\nfollowUp: 2026-12-01\r\n---\r\nBody'));
});

test('cli: mark asks --force for a date before the interview or in the future, and moves a scheduled note to interviewed', async () => {
  const dir = folder();
  const file = join(dir, 'n.md');
  const original = '---\ncompany: Acme\ninterview: 2026-11-26 09:00\nstatus: scheduled\n---\n';
  writeFileSync(file, original);
  const early = await run(['mark', file, 'thank-you', '--date', '2026-11-20']);
  assert.deepEqual([early.code, early.err], [1, `interview-followup: ${file}: 2026-11-20 is before the interview (2026-11-26); run again with --force to record it anyway`]);
  assert.equal(readFileSync(file, 'utf8'), original);
  const future = formatLocalDate(new Date(Date.now() + 3 * 86_400_000));
  const late = await run(['mark', file, 'thank-you', '--date', future]);
  assert.deepEqual([late.code, late.err], [1, `interview-followup: ${file}: ${future} is in the future; run again with --force to record it anyway`]);
  const forced = await run(['mark', file, 'thank-you', '--date', '2026-11-20', '--force']);
  assert.deepEqual([forced.code, forced.out], [0, `${file}: thankYou set to 2026-11-20 (2026-11-20 is before the interview (2026-11-26))`]);
  // Sent after the interview: a note still scheduled is interviewed now, in the same write.
  assert.equal(readFileSync(file, 'utf8'), '---\ncompany: Acme\ninterview: 2026-11-26 09:00\nstatus: interviewed\nthankYou: 2026-11-20\n---\n');
});

test('cli: mark refuses notes it cannot edit safely and leaves them untouched', async () => {
  const dir = folder();
  const file = join(dir, 'js.md');
  const original = '---js\n{ company: "x" }\n---\n';
  writeFileSync(file, original);
  const r = await run(['mark', file, 'thank-you']);
  assert.equal(r.code, 1);
  assert.match(r.err, /js\.md/);
  assert.equal(readFileSync(file, 'utf8'), original);
  const latin1 = join(dir, 'latin1.md');
  const bytes = Buffer.from('---\ncompany: Soci\xe9t\xe9\ninterview: 2026-11-26\n---\n', 'latin1');
  writeFileSync(latin1, bytes);
  assert.equal((await run(['mark', latin1, 'card'])).code, 1);
  assert.deepEqual(readFileSync(latin1), bytes);
});

/** A note for Acme whose thank-you draft says `body` (on line 12) between its greeting and signature. */
function thankYouDraft(body: string): string {
  return [
    '---', 'company: Acme', 'role: Dev', 'interview: 2026-11-20 10:00', 'interviewers: [Jane Doe]', '---',
    '## Thank-you email', 'Subject: Thank you — Dev interview', '', 'Dear Jane,', '',
    body, '',
    'Best regards,', 'Alex Kim', 'alex@example.com', '',
  ].join('\n');
}

test('cli: lint --json gives spelling suggestions and exact columns; both spellings pass unless --language chooses one', { skip: !FIRST_ZONE && 'loads Harper: first time zone only' }, async () => {
  const dir = folder();
  const file = join(dir, 'spelling.md');
  const line = 'Thank you for your time. I was glad to recieve the brief; I am excited about the role, and my experience fits. We could organise a demo.';
  writeFileSync(file, thankYouDraft(line));
  type Diagnostic = { rule: string; line: number; column: number; endColumn: number; suggestions?: string[] };
  const both = JSON.parse((await run(['lint', file, '--now', '2026-11-20T12:00', '--json'])).out).diagnostics;
  assert.deepEqual(both.map((d: Diagnostic) => [d.rule, d.line, d.column, d.endColumn, d.suggestions?.[0]]), [
    ['spelling', 12, line.indexOf('recieve') + 1, line.indexOf('recieve') + 1 + 'recieve'.length, 'receive'],
  ]);
  const us = JSON.parse((await run(['lint', file, '--now', '2026-11-20T12:00', '--language', 'en-US', '--json'])).out).diagnostics;
  assert.deepEqual(us.map((d: Diagnostic) => [d.rule, d.line, d.column, d.endColumn, d.suggestions?.[0]]), [
    ['spelling', 12, line.indexOf('recieve') + 1, line.indexOf('recieve') + 1 + 'recieve'.length, 'receive'],
    ['spelling', 12, line.indexOf('organise') + 1, line.indexOf('organise') + 1 + 'organise'.length, 'organize'],
  ]);
  const gb = JSON.parse((await run(['lint', file, '--now', '2026-11-20T12:00', '--language', 'en-GB', '--json'])).out).diagnostics;
  assert.deepEqual(gb.map((d: { suggestions?: string[] }) => d.suggestions?.[0]), ['receive']);
  assert.equal((await run(['lint', file, '--language', 'fr'])).code, 2);
});

test('cli: lint knows the people, companies and roles of every note in the folder (the note\'s own, or --folder), and checks grammar', { skip: !FIRST_ZONE && 'loads Harper: first time zone only' }, async () => {
  const dir = folder();
  writeFileSync(join(dir, 'other.md'), ['---', 'company: Quorvane Labs', 'role: Zeptoscale Engineer', 'interview: 2026-11-02 10:00', 'interviewers:', '  - name: Ysolde Brakkenridge', '---', ''].join('\n'));
  const file = join(dir, 'draft.md');
  writeFileSync(file, thankYouDraft('Thank you for your time. Ysolde Brakkenridge at Quorvane told me about you, and i look forward to meet the team. My Zeptoscale experience fits.'));
  const rules = (out: string) => JSON.parse(out).diagnostics.map((d: { rule: string; suggestions?: string[] }) => `${d.rule} ${d.suggestions?.[0] ?? ''}`);
  assert.deepEqual(rules((await run(['lint', file, '--now', '2026-11-20T12:00', '--json'])).out), ['grammar I', 'grammar meeting']);
  const elsewhere = folder();
  const flagged = rules((await run(['lint', file, '--now', '2026-11-20T12:00', '--folder', elsewhere, '--json'])).out);
  assert.equal(flagged.filter((r: string) => r.startsWith('spelling')).length, 4, flagged.join('; '));
  assert.equal((await run(['lint', file, '--folder', join(dir, 'nowhere')])).code, 2);
});

test('cli: lint --json reports findings with their lines; exit 1 for a warning or an error, 0 when clean', { skip: !FIRST_ZONE && 'loads Harper: first time zone only' }, async () => {
  const dir = folder();
  const file = join(dir, 'draft.md');
  writeFileSync(file, [
    '---', 'company: Acme', 'role: Dev', 'interview: 2026-11-20 10:00', 'interviewers: [Jane Doe]', '---',
    '## Thank-you email', '', 'Dear Jane,', '', 'I really need this job. Can I give you a call tomorrow?', '',
  ].join('\n'));
  const r = await run(['lint', file, '--now', '2026-11-20T12:00', '--json']);
  assert.equal(r.code, 1);
  const json = JSON.parse(r.out);
  assert.deepEqual(Object.keys(json), ['diagnostics']);
  assert.deepEqual(json.diagnostics.map((d: { line: number; rule: string }) => `${d.line} ${d.rule}`).sort(), ['11 channel', '11 desperate', '7 missing-contact', '7 missing-subject'].sort());
  for (const d of json.diagnostics) assert.deepEqual(Object.keys(d), ['line', 'column', 'endLine', 'endColumn', 'rule', 'severity', 'message']);
  // Columns are 1-based, endColumn one past the words: "I really need this job" starts the line.
  const desperate = json.diagnostics.find((d: { rule: string }) => d.rule === 'desperate');
  assert.deepEqual([desperate.column, desperate.endColumn], [1, 1 + 'I really need this job'.length]);
  const clean = join(dir, 'clean.md');
  writeFileSync(clean, [
    '---', 'company: Acme', 'role: Dev', 'interview: 2026-11-20 10:00', 'interviewers: [Jane Doe]', '---',
    '## Thank-you email', 'Subject: Thank you — Dev interview', '', 'Dear Jane,', '',
    'Thank you for the conversation today about the payments team and its plans for next year. I am excited about the role, and my experience with card payments fits it well.', '',
    'Best regards,', 'Alex Kim', 'alex@example.com', '',
  ].join('\n'));
  const cleanRun = await run(['lint', clean, '--json']);
  assert.deepEqual([cleanRun.code, JSON.parse(cleanRun.out)], [0, { diagnostics: [] }]);
  // A folder: every note's drafts, each finding naming its file; exit 1 as one of them has a warning.
  const all = await run(['lint', dir, '--now', '2026-11-20T12:00', '--json']);
  assert.equal(all.code, 1);
  const files = new Set(JSON.parse(all.out).diagnostics.map((d: { file: string }) => d.file));
  assert.ok(files.has(join(dir, 'draft.md')) && !files.has(join(dir, 'clean.md')), [...files].join());
  const text = await run(['lint', dir, '--now', '2026-11-20T12:00']);
  assert.match(text.out, /draft\.md:11:1: warning: /);
  assert.equal((await run(['lint'])).code, 2);
  assert.equal((await run(['lint', join(dir, 'missing.md')])).code, 2);
});

test('cli: the parse cache gives the same answer, and sees changed, added and removed notes', async () => {
  const dir = folder();
  const args = ['due', dir, '--now', '2026-11-26T12:00', '--json'];
  const uncached = (await run([...args, '--no-cache'])).out;
  assert.equal((await run(args)).out, uncached, 'first run (fills the cache)');
  assert.equal((await run(args)).out, uncached, 'second run (from the cache)');
  // Same size, new content and mtime: the note is read again.
  const acme = join(dir, 'acme.md');
  writeFileSync(acme, readFileSync(acme, 'utf8').replace('role: Dev', 'role: Ops'));
  utimesSync(acme, new Date(), new Date(Date.now() + 5000));
  assert.match((await run(args)).out, /"role":"Ops"/);
  writeFileSync(join(dir, 'new.md'), '---\ncompany: Newco\ninterview: 2026-11-30 10:00\n---\n');
  rmSync(join(dir, 'sub', 'broken.md'));
  const json = JSON.parse((await run(args)).out);
  assert.ok(json.actions.some((a: { company: string }) => a.company === 'Newco'));
  assert.deepEqual(json.problems, []);
  assert.equal((await run(args)).out, (await run([...args, '--no-cache'])).out);
  // Settings are part of the key: another default delay is not answered from the cache.
  const week = JSON.parse((await run([...args, '--follow-up-days', '7'])).out);
  assert.ok(week.actions.some((a: { kind: string; due: string }) => a.kind === 'follow-up' && localDue(a.due) === '2026-12-03T09:00'));
});

test('cli: a snooze written in the note holds the action back, with or without the cache', async () => {
  const dir = tempDir('ifu-cli-snooze-');
  writeFileSync(join(dir, 'acme.md'), '---\ncompany: Acme\ninterview: 2026-11-10 09:00\nthankYou: 2026-11-10\nsnoozeFollowUp: 2026-11-27 09:00\n---\n');
  for (const cache of [[], ['--no-cache'], []]) {
    const table = await run(['due', dir, '--now', '2026-11-26T12:00', ...cache]);
    // Snoozed past its date: under Today (its date has come), saying "snoozed".
    assert.match(table.out, /\nToday \(1\)\n {2}snoozed +2026-11-24 09:00 +Follow-up +Acme /);
    const json = JSON.parse((await run(['due', dir, '--now', '2026-11-27T09:00', '--json', ...cache])).out);
    assert.deepEqual(json.actions.map((a: { kind: string; state: string }) => `${a.kind} ${a.state}`), ['follow-up due']);
  }
  rmSync(dir, { recursive: true, force: true });
});
