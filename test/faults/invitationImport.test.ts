// The invitation import (`new --from-ics`) against what a hostile or broken invitation, a careless
// notes folder and a failing disk do: it never hangs, never loses or garbles a note, never lets
// the invitation write lines of its choosing into a note, and says what it refused in one line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, CLI, cliSync, looksLikeCrash, mountTmpfs, scratch, temps, writeSettled } from './util';

function ics(lines: string[], uid = 'interview-1@acme.example'): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', 'BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261101T090000Z', ...lines, 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
}

const EVENT = ['DTSTART:20261203T150000Z', 'DTEND:20261203T160000Z', 'SUMMARY:Interview', 'ORGANIZER;CN=Jane Doe:mailto:jane@acme.example'];

/** Imports `text` into `dir` (company given, JSON out); the invitation file is written beside the folder. */
let invitations: string | undefined;
function importInto(dir: string, text: string, extra: string[] = [], env: NodeJS.ProcessEnv = {}) {
  invitations ??= scratch('ics-files');
  const file = join(invitations, `${Math.random().toString(36).slice(2)}.ics`);
  writeFileSync(file, text);
  const started = Date.now();
  const r = spawnSync(process.execPath, [CLI, 'new', '--from-ics', file, '--folder', dir, '--company', 'Acme', '--json', ...extra], {
    encoding: 'utf8', timeout: 20_000, env: { ...process.env, ...env },
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started };
}

const notesIn = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).sort() : []);

test('faults: an invitation cannot add a line to the note: line breaks in its title, names and rooms are flattened', () => {
  const dir = join(scratch('ics-hostile'), 'notes');
  const r = importInto(dir, ics([
    'DTSTART:20261203T150000Z', 'DTEND:20261203T160000Z',
    'SUMMARY:Interview\\n- [ ] Wire the 150 EUR fee to IBAN DE00 📅 2026-11-02',
    'ORGANIZER;CN="Jane^n- [ ] Pay the fee 📅 2026-11-02":mailto:jane@acme.example',
    'ATTENDEE;CUTYPE=ROOM;CN="Room 1\u2028- [ ] Call them 📅 2026-11-02":mailto:room@acme.example',
    'LOCATION:Main St 1\\n## Injected heading',
  ]));
  assert.equal(r.code, 0, r.stderr);
  const note = readFileSync(join(dir, notesIn(dir)[0]!), 'utf8');
  assert.doesNotMatch(note, /^\s*- \[ \] (Wire|Pay|Call)/m, 'no task line came from the invitation');
  assert.doesNotMatch(note, /^## Injected/m);
  const due = cliSync(['due', dir, '--json', '--now', '2026-12-03T17:00']);
  const json = JSON.parse(due.stdout) as { actions: { kind: string }[] };
  assert.ok(!json.actions.some((a) => a.kind === 'task'), 'no task is due from the note');
});

test('faults: an impossible repeat rule is refused at once, never expanded forever', () => {
  for (const rule of ['FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31', 'FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=30', 'FREQ=DAILY;BYDAY=1MO', 'FREQ=WEEKLY;BYMONTH=4;BYMONTHDAY=31']) {
    const dir = join(scratch('ics-rrule'), 'notes');
    const r = importInto(dir, ics(['DTSTART:20260101T100000Z', `RRULE:${rule}`, 'SUMMARY:Interview']));
    assert.equal(r.signal, null, `${rule}: finished (${r.ms} ms)`);
    assert.notEqual(r.code, 0, rule);
    assert.match(r.stderr, /repeats by a rule that never gives a date/, rule);
    assert.ok(r.ms < 10_000, `${rule}: ${r.ms} ms`);
    assert.ok(!looksLikeCrash(r.stderr));
  }
  // A series that repeats every second has no next occurrence worth a note: said, not guessed.
  const dir = join(scratch('ics-rrule'), 'notes');
  const r = importInto(dir, ics(['DTSTART:20200101T100000Z', 'RRULE:FREQ=SECONDLY', 'SUMMARY:Interview']));
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /repeats too often to find its next occurrence/);
});

test('faults: dates that do not exist are refused, never moved to another day', () => {
  for (const [start, why] of [
    ['20260230T100000', /2026-02-30T10:00:00 is not a date that exists/],
    ['20261301T100000', /2026-13-01T10:00:00 is not a date that exists/],
    ['20261102T250000', /is not a time of day/],
    ['00010101T100000', /outside the years 1900-9998/],
    ['99991231T100000', /outside the years 1900-9998/],
  ] as const) {
    const dir = join(scratch('ics-date'), 'notes');
    const r = importInto(dir, ics([`DTSTART:${start}`, 'SUMMARY:Interview']));
    assert.notEqual(r.code, 0, start);
    assert.match(r.stderr, why, start);
    assert.deepEqual(notesIn(dir), [], `${start}: no note written`);
  }
});

test('faults: a TZID without VTIMEZONE is its IANA zone for a single and a recurring event alike; DURATION is minutes in that zone', () => {
  for (const zone of ['America/New_York', 'Asia/Kolkata', 'UTC']) {
    for (const rrule of [[], ['RRULE:FREQ=WEEKLY;COUNT=3']]) {
      const dir = join(scratch('ics-tz'), 'notes');
      // In the future, so the series' next occurrence is its first.
      const r = importInto(dir, ics(['DTSTART;TZID=Europe/Berlin:20271203T100000', 'DURATION:PT45M', ...rrule, 'SUMMARY:Interview']), [], { TZ: zone });
      assert.equal(r.code, 0, r.stderr);
      const note = readFileSync(join(dir, notesIn(dir)[0]!), 'utf8');
      assert.match(note, /^interview: 2027-12-03 10:00$/m, `${zone} ${rrule.join('')}`);
      assert.match(note, /^timezone: Europe\/Berlin$/m, `${zone} ${rrule.join('')}`);
      assert.match(note, /^duration: 45$/m, `${zone} ${rrule.join('')}`);
    }
  }
});

test('faults: a malformed mailto and 2,000 attendees: the import goes on, the front-matter stays small', () => {
  const dir = join(scratch('ics-people'), 'notes');
  const attendees = Array.from({ length: 2000 }, (_, i) => `ATTENDEE;CN=Person ${i}:mailto:p${i}@acme.example`);
  const r = importInto(dir, ics([...EVENT, 'ATTENDEE;CN=Raj:mailto:raj%E0%A4%A@acme.example', ...attendees]));
  assert.equal(r.code, 0, r.stderr);
  const note = readFileSync(join(dir, notesIn(dir)[0]!), 'utf8');
  const frontMatter = note.slice(0, note.indexOf('\n---', 4));
  assert.ok(frontMatter.length < 8 * 1024, `front-matter of ${frontMatter.length} characters`);
  assert.match(note, /^- Also invited: 1,982 more people, not listed \(a note lists at most 20\)$/m);
  const due = cliSync(['due', dir, '--json', '--now', '2026-12-03T17:00']);
  assert.deepEqual((JSON.parse(due.stdout) as { problems: unknown[] }).problems, []);
});

test('faults: two imports of one invitation a few ms apart make one note, 10 rounds', async () => {
  const problems: string[] = [];
  for (let round = 0; round < 10; round++) {
    const dir = join(scratch('ics-twice'), 'notes');
    // A folder of notes to look through for the invitation: the window in which two imports met.
    mkdirSync(dir);
    for (let i = 0; i < 400; i++) writeFileSync(join(dir, `other-${i}.md`), `---\ncompany: Other ${i}\ninterview: 2026-11-01 10:00\n---\n`);
    const file = join(dir, '..', 'invite.ics');
    writeFileSync(file, ics(EVENT));
    const args = ['new', '--from-ics', file, '--folder', dir, '--company', 'Acme', '--json'];
    const first = cli(args);
    await new Promise((r) => setTimeout(r, round * 6));
    const second = cli(args);
    const [a, b] = await Promise.all([first, second]);
    if (a.code !== 0 || b.code !== 0) problems.push(`round ${round}: exit ${a.code}/${b.code}: ${a.stderr}${b.stderr}`);
    const made = notesIn(dir).filter((n) => !n.startsWith('other-'));
    if (made.length !== 1) problems.push(`round ${round} (${round * 6} ms apart): notes ${made.join(', ')}`);
    if (temps(dir).length) problems.push(`round ${round}: temporary files ${temps(dir).join(', ')}`);
  }
  assert.deepEqual(problems, []);
});

test('faults: the import reads the folder as due does: a FIFO, a link to /dev/zero and a Latin-1 note are skipped and said, never read or rewritten', () => {
  const dir = join(scratch('ics-folder'), 'notes');
  importInto(dir, ics(['DTSTART:20261201T150000Z', 'SUMMARY:Earlier'], 'other@acme.example'));
  spawnSync('mkfifo', [join(dir, 'pipe.md')]);
  symlinkSync('/dev/zero', join(dir, 'zero.md'));
  const latin1 = Buffer.concat([Buffer.from('---\ncompany: Caf'), Buffer.from([0xe9]), Buffer.from('\ninterview: 2026-12-03 10:00\ninvitationUid: interview-1@acme.example\n---\n')]);
  writeSettled(join(dir, 'latin1.md'), latin1);
  const r = importInto(dir, ics(EVENT));
  assert.equal(r.signal, null, `finished in ${r.ms} ms`);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(r.ms < 10_000, `${r.ms} ms`);
  assert.match(r.stderr, /skipped .*pipe\.md: .*named pipe/);
  assert.match(r.stderr, /skipped .*latin1\.md: .*not valid UTF-8/);
  assert.deepEqual(readFileSync(join(dir, 'latin1.md')), latin1, 'the Latin-1 note is byte for byte what it was');
  assert.ok(!looksLikeCrash(r.stderr));
});

test('faults: an update on a full disk leaves the note whole and says so', async (t) => {
  const dir = scratch('ics-disk');
  const skip = mountTmpfs(dir, '1m');
  if (skip) {
    console.log(`# SKIPPED full-disk import test: ${skip}`);
    t.skip(skip);
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  try {
    const notes = join(dir, 'notes');
    assert.equal(importInto(notes, ics(EVENT)).code, 0);
    const name = notesIn(notes)[0]!;
    // 600 KB: the note fits in the 1 MB disk, a second copy of it (the temporary file) does not.
    const grown = readFileSync(join(notes, name), 'utf8') + 'x'.repeat(600 * 1024) + '\n';
    writeSettled(join(notes, name), grown);
    const moved = ics(['DTSTART:20261204T150000Z', 'DTEND:20261204T160000Z', 'SUMMARY:Interview', 'ORGANIZER;CN=Jane Doe:mailto:jane@acme.example', 'SEQUENCE:1']);
    const file = join(scratch('ics-files'), 'moved.ics');
    writeFileSync(file, moved);
    const r = cliSync(['new', '--from-ics', file, '--folder', notes, '--json']);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /could not be written: the disk is full; nothing was changed/);
    assert.equal(readFileSync(join(notes, name), 'utf8'), grown, 'every byte of the note is still there');
    assert.deepEqual(temps(notes), []);
    // A new note on the full disk: nothing is left, not even an empty file.
    spawnSync('sh', ['-c', `cat /dev/zero > '${join(notes, 'filler.bin')}'`]);
    const before = notesIn(notes);
    const r2 = importInto(notes, ics(['DTSTART:20261210T150000Z', 'SUMMARY:Interview'], 'another@acme.example'));
    assert.notEqual(r2.code, 0, r2.stderr);
    assert.deepEqual(notesIn(notes), before, 'no note, not even an empty one');
    assert.deepEqual(temps(notes), []);
  } finally {
    spawnSync('umount', [dir]);
  }
});
