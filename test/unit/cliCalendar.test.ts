// `interview-followup new --from-ics` and `interview-followup ics` end to end over temporary folders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tempDir } from '../tempDirs';
import { join } from 'node:path';
import ical, { type VEvent } from 'node-ical';
import { run } from './cliRun';
import { parsedNote } from './helpers';
import * as F from './icsFixtures';

function ics(text: string): string {
  const file = join(tempDir('ifu-ics-'), 'invite.ics');
  writeFileSync(file, text);
  return file;
}

test('new --from-ics writes the note and prints {"file"}; the note has the invitation\'s facts', async () => {
  const folder = join(tempDir('ifu-new-'), 'interviews');
  // A notes folder that does not exist is refused, not made (as `due` refuses it).
  const missing = await run(['new', '--from-ics', ics(F.OUTLOOK), '--folder', folder, '--me', F.ME, '--json']);
  assert.deepEqual([missing.code, missing.err], [2, `interview-followup: --folder: ${folder} does not exist (it is not created: make the folder first)`]);
  assert.equal(existsSync(folder), false);
  mkdirSync(folder);
  const r = await run(['new', '--from-ics', ics(F.OUTLOOK), '--folder', folder, '--me', F.ME, '--json']);
  assert.equal(r.code, 0, r.err);
  const { file } = JSON.parse(r.out) as { file: string };
  assert.deepEqual(Object.keys(JSON.parse(r.out)), ['file']);
  assert.equal(file, join(folder, '2026-12-03-globex.md'));
  const note = parsedNote(readFileSync(file, 'utf8'));
  assert.equal(note.company, 'Globex');
  assert.equal(note.start.toISOString(), '2026-12-03T13:00:00.000Z');
  assert.deepEqual(note.interviewers.map((i) => i.email), ['anna.weber@globex.example', 'lukas.braun@globex.example']);

  // The update of the same invitation changes that note; no second file.
  const u = await run(['new', '--from-ics', ics(F.OUTLOOK_UPDATE), '--folder', folder, '--me', F.ME, '--json']);
  assert.equal(u.code, 0, u.err);
  const update = JSON.parse(u.out) as { file: string; updated: boolean; changes: string[] };
  assert.equal(update.file, file);
  assert.equal(update.updated, true);
  assert.ok(update.changes.some((c) => c.startsWith('interviewers: added Mia Chen')));
  assert.deepEqual(readdirSync(folder), ['2026-12-03-globex.md']);
  assert.equal(parsedNote(readFileSync(file, 'utf8')).start.toISOString(), '2026-12-04T09:00:00.000Z');
});

test('new --from-ics: a cancellation writes nothing unless --close, then closes the note it came from', async () => {
  const folder = tempDir('ifu-cancel-');
  const none = await run(['new', '--from-ics', ics(F.GOOGLE_CANCEL), '--folder', folder, '--json']);
  assert.deepEqual(JSON.parse(none.out), { cancelled: '5k3q8v1m2n4b6c7d8e9f0g1h2j@google.com', file: null, closed: false });
  assert.deepEqual(readdirSync(folder), []);

  const made = JSON.parse((await run(['new', '--from-ics', ics(F.GOOGLE), '--folder', folder, '--me', F.ME, '--json'])).out) as { file: string };
  const before = readFileSync(made.file, 'utf8');
  const offer = await run(['new', '--from-ics', ics(F.GOOGLE_CANCEL), '--folder', folder]);
  assert.match(offer.out, /was cancelled; .* came from it\. Run again with --close/);
  assert.equal(readFileSync(made.file, 'utf8'), before);
  const closed = await run(['new', '--from-ics', ics(F.GOOGLE_CANCEL), '--folder', folder, '--close']);
  assert.match(closed.out, /status set to closed/);
  assert.equal(parsedNote(readFileSync(made.file, 'utf8')).closed, true);
});

test('new --from-ics: a cancelled occurrence leaves the note of another occurrence open', async () => {
  const folder = tempDir('ifu-occurrence-');
  const made = JSON.parse((await run(['new', '--from-ics', ics(F.APPLE_RECURRING), '--folder', folder, '--me', F.ME, '--json'])).out) as { file: string };
  // From 26 November 2026 on, the note is for 3 December (the next, or the last, occurrence).
  assert.match(readFileSync(made.file, 'utf8'), /^interview: 2026-12-03 10:30$/m);
  const before = readFileSync(made.file, 'utf8');
  const r = await run(['new', '--from-ics', ics(F.APPLE_CANCEL_ONE), '--folder', folder, '--close', '--json']);
  assert.deepEqual(JSON.parse(r.out), { cancelled: '6E2F1A3B-4C5D-4E6F-8A9B-0C1D2E3F4A5B', file: made.file, closed: false, otherOccurrence: true });
  assert.equal(readFileSync(made.file, 'utf8'), before);
  const theOne = await run(['new', '--from-ics', ics(F.APPLE_CANCEL_ONE.replace(/20261210T/g, '20261203T')), '--folder', folder, '--close', '--json']);
  assert.equal((JSON.parse(theOne.out) as { closed: boolean }).closed, true);
});

test('new --from-ics: every failure is one line with exit 2; a usage error names new\'s own usage', async () => {
  const usage = 'usage: interview-followup new --from-ics <file.ics> [--folder <notes folder>] [--me <email>] [--company <name>] [--close] [--json]';
  assert.deepEqual(await run(['new']), { code: 2, out: '', err: `interview-followup: new needs --from-ics <file.ics>; ${usage}` });
  assert.deepEqual(await run(['new', '--from-ics', '/nonexistent.ics']), { code: 2, out: '', err: 'interview-followup: /nonexistent.ics does not exist' });
  assert.deepEqual(await run(['new', '--frm', 'x.ics']), { code: 2, out: '', err: `interview-followup: unknown option --frm; ${usage}` });
  const folder = tempDir('ifu-err-');
  const notIcs = ics('not a calendar');
  const bad = await run(['new', '--from-ics', notIcs, '--folder', folder]);
  assert.equal(bad.code, 2);
  assert.match(bad.err, new RegExp(`^interview-followup: ${notIcs.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: [^\n]+$`));
  const noCompany = F.FLOATING.replace('SUMMARY:Interview with Stark Industries', 'SUMMARY:Interview');
  const r = await run(['new', '--from-ics', ics(noCompany), '--folder', folder]);
  assert.equal(r.code, 2);
  assert.match(r.err, /pass --company <name>; usage: interview-followup new /);
  const named = await run(['new', '--from-ics', ics(noCompany), '--folder', folder, '--company', 'Stark Industries', '--json']);
  assert.equal(named.code, 0);
  assert.ok(existsSync((JSON.parse(named.out) as { file: string }).file));
  // Kernel file systems are never a notes folder.
  for (const special of ['/proc/self', '/sys', '/dev']) {
    const refused = await run(['new', '--from-ics', ics(F.OUTLOOK), '--folder', special, '--me', F.ME]);
    assert.equal(refused.code, 2, special);
    assert.match(refused.err, /cannot hold files: .*kernel file system/);
  }
});

test('new --from-ics without --me: the user is the signature\'s address in the nearest .vscode/settings.json, else INTERVIEW_FOLLOWUP_ME; never an interviewer', async () => {
  const workspace = tempDir('ifu-me-');
  const folder = join(workspace, 'jobs', 'interviews');
  mkdirSync(folder, { recursive: true });
  const interviewers = async (env: Record<string, string | undefined> = {}) => {
    const saved = { ...process.env };
    Object.assign(process.env, env);
    try {
      for (const f of readdirSync(folder)) writeFileSync(join(folder, f), '');
      const r = await run(['new', '--from-ics', ics(F.OUTLOOK.replace(/UID:[^\r\n]+/, `UID:${Math.random()}`)), '--folder', folder, '--json']);
      assert.equal(r.code, 0, r.err);
      return parsedNote(readFileSync((JSON.parse(r.out) as { file: string }).file, 'utf8')).interviewers.map((i) => i.email);
    } finally {
      process.env = saved;
    }
  };
  delete process.env.INTERVIEW_FOLLOWUP_ME;
  assert.ok((await interviewers()).includes(F.ME), 'with nothing to say who the user is, they are listed');
  assert.ok(!(await interviewers({ INTERVIEW_FOLLOWUP_ME: F.ME.toUpperCase() })).includes(F.ME), 'the variable');
  mkdirSync(join(workspace, '.vscode'));
  // JSON with comments and a trailing comma, as VS Code writes settings.
  writeFileSync(join(workspace, '.vscode', 'settings.json'), `{\n  // mine\n  "interviewFollowUp.signature.email": "${F.ME}", /* me */\n  "interviewFollowUp.signature.name": "Sam Lee",\n}\n`);
  assert.ok(!(await interviewers()).includes(F.ME), 'the settings above the notes folder');
  assert.ok(!(await interviewers({ INTERVIEW_FOLLOWUP_ME: 'someone@else.example' })).includes(F.ME), 'the settings come before the variable');
});

test('ics writes the folder\'s pending actions as a calendar (--out), or prints it', async () => {
  const folder = tempDir('ifu-export-');
  writeFileSync(join(folder, 'acme.md'), '---\ncompany: Acme\ninterview: 2026-11-20 10:00\ninterviewers:\n  - name: Jane Doe\n    email: jane@acme.example\n---\n- [ ] Send samples 📅 2026-11-27\n');
  writeFileSync(join(folder, 'broken.md'), '---\ncompany: Broken\ninterview: 2026-02-30\n---\n');
  const out = join(folder, '.interview-followup', 'actions.ics');
  // The folder of --out must exist: it is not made (nor a tree of folders under /proc).
  const missing = await run(['ics', folder, '--out', out, '--now', '2026-11-20T12:00']);
  assert.deepEqual([missing.code, missing.err], [2, `interview-followup: --out: ${join(folder, '.interview-followup')} does not exist (it is not created: make the folder first)`]);
  for (const special of ['/proc/self/nope/actions.ics', '/proc/self/actions.ics', '/dev/null', '/sys/actions.ics']) {
    const refused = await run(['ics', folder, '--out', special, '--now', '2026-11-20T12:00']);
    assert.equal(refused.code, 2, special);
    assert.equal(refused.err.split('\n').length, 1);
  }
  mkdirSync(join(folder, '.interview-followup'));
  const r = await run(['ics', folder, '--out', out, '--now', '2026-11-20T12:00']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /3 events/);
  const events = Object.values(ical.sync.parseICS(readFileSync(out, 'utf8'))).filter((c): c is VEvent => c?.type === 'VEVENT');
  assert.deepEqual(events.map((e) => e.summary).sort(), ['Send one follow-up email to Jane Doe — Acme', 'Send samples — Acme', 'Send thank-you to Jane Doe — Acme']);
  assert.ok(events.every((e) => String(e.description).endsWith('Note: acme.md')));

  const printed = await run(['ics', folder, '--now', '2026-11-20T12:00']);
  assert.match(printed.out, /^BEGIN:VCALENDAR/);
  assert.equal(printed.out.split('BEGIN:VEVENT').length - 1, 3);
  assert.equal((await run(['ics', folder, '--now', 'soon'])).code, 2);
});
