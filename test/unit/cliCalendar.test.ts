// `interview-followup new --from-ics` and `interview-followup ics` end to end over temporary folders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

test('new --from-ics: usage errors exit 2, an unreadable invitation or unknown company exits 1', async () => {
  assert.equal((await run(['new'])).code, 2);
  assert.equal((await run(['new', '--from-ics', '/nonexistent.ics'])).code, 2);
  assert.equal((await run(['new', '--from-ics', ics(F.GOOGLE), '--bogus'])).code, 2);
  const folder = tempDir('ifu-err-');
  assert.equal((await run(['new', '--from-ics', ics('not a calendar'), '--folder', folder])).code, 1);
  const noCompany = F.FLOATING.replace('SUMMARY:Interview with Stark Industries', 'SUMMARY:Interview');
  const r = await run(['new', '--from-ics', ics(noCompany), '--folder', folder]);
  assert.equal(r.code, 1);
  assert.match(r.err, /--company/);
  const named = await run(['new', '--from-ics', ics(noCompany), '--folder', folder, '--company', 'Stark Industries', '--json']);
  assert.equal(named.code, 0);
  assert.ok(existsSync((JSON.parse(named.out) as { file: string }).file));
});

test('ics writes the folder\'s pending actions as a calendar (--out), or prints it', async () => {
  const folder = tempDir('ifu-export-');
  writeFileSync(join(folder, 'acme.md'), '---\ncompany: Acme\ninterview: 2026-11-20 10:00\ninterviewers:\n  - name: Jane Doe\n    email: jane@acme.example\n---\n- [ ] Send samples 📅 2026-11-27\n');
  writeFileSync(join(folder, 'broken.md'), '---\ncompany: Broken\ninterview: 2026-02-30\n---\n');
  const out = join(folder, '.interview-followup', 'actions.ics');
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
