// An invitation as a note (read back by the note parser), and an update of that invitation as
// small edits that keep everything the user wrote.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readInvitation, type InvitationEvent } from '../../src/core/ics/invitation';
import { addInterviewersEdit, closeCancelledEdit, invitationNoteInput, invitationUidOf, updateNoteFromInvitation } from '../../src/core/ics/invitationNote';
import { applyEdit } from '../../src/core/edits/frontMatterEdit';
import { newNoteText, noteFileName } from '../../src/core/edits/newNote';
import { parsedNote } from './helpers';
import * as F from './icsFixtures';

const NOW = new Date('2026-11-26T12:00:00Z');
const LA = { me: [F.ME], userZone: 'America/Los_Angeles', now: NOW };

function event(text: string, userZone = LA.userZone): InvitationEvent {
  const r = readInvitation(text, { ...LA, userZone });
  assert.equal(r.kind, 'event');
  return r as InvitationEvent;
}

function noteFrom(text: string, userZone = LA.userZone): string {
  const e = event(text, userZone);
  return newNoteText(invitationNoteInput(e, e.company!));
}

test('Outlook invitation -> note: zone, duration, interviewers with emails, UID, link and room in the body', () => {
  const text = noteFrom(F.OUTLOOK);
  const note = parsedNote(text);
  assert.equal(note.company, 'Globex');
  assert.equal(note.role, 'Data Engineer');
  assert.deepEqual(note.interview, { year: 2026, month: 12, day: 3, hour: 14, minute: 0 });
  assert.equal(note.timezone, 'Europe/Berlin');
  assert.equal(note.start.toISOString(), '2026-12-03T13:00:00.000Z');
  assert.equal(note.durationMinutes, 60);
  assert.deepEqual(note.interviewers.map((i) => [i.name, i.email]), [['Anna Weber', 'anna.weber@globex.example'], ['Lukas Braun', 'lukas.braun@globex.example']]);
  assert.equal(invitationUidOf(text), event(F.OUTLOOK).uid);
  assert.match(text, /^- Join: https:\/\/teams\.microsoft\.com\/l\/meetup-join\//m);
  assert.match(text, /^- Location: Microsoft Teams Meeting$/m);
  assert.match(text, /^- Room: Berlin-4\.12 Spree$/m);
  assert.equal(noteFileName({ company: 'Globex', interview: note.interview }), '2026-12-03-globex.md');
});

test('Google invitation -> note in the user zone (no timezone:), the same instant', () => {
  const note = parsedNote(noteFrom(F.GOOGLE));
  assert.equal(note.timezone, undefined);
  // The note's wall time is read in the process's zone; the invitation was read for LA.
  const inLA = noteFrom(F.GOOGLE);
  assert.match(inLA, /^interview: 2026-12-03 07:00$/m);
  assert.match(inLA, /^duration: 45$/m);
  assert.match(inLA, /^- Time: The invitation gives the time in UTC/m);
  assert.equal(note.interviewers.length, 2);
});

test('recurring and all-day invitations say so in the note', () => {
  const recurring = noteFrom(F.APPLE_RECURRING);
  assert.match(recurring, /^- Recurring: repeats every week; this note is for the next occurrence, 2026-12-03 10:30$/m);
  assert.equal(parsedNote(recurring).timezone, 'Europe/Paris');
  const allDay = noteFrom(F.APPLE_ALL_DAY);
  assert.match(allDay, /^interview: 2026-12-10$/m);
  assert.match(allDay, /^- All day:/m);
  assert.equal(parsedNote(allDay).interview.hour, 9);
});

test('odd text (quotes, colons, a # in a name) stays valid YAML', () => {
  const e = { ...event(F.GOOGLE), people: [{ name: 'Zoë "Z" O\'Neil: #1', email: 'zoe@x.example' }], uid: 'a: b # c' };
  const text = newNoteText(invitationNoteInput(e, 'Acme: "The" #1'));
  const note = parsedNote(text);
  assert.equal(note.company, 'Acme: "The" #1');
  assert.equal(note.interviewers[0]!.name, 'Zoë "Z" O\'Neil: #1');
  assert.equal(invitationUidOf(text), 'a: b # c');
});

test('an update moves the interview, adds the new interviewer, keeps what the user wrote', () => {
  const original = noteFrom(F.OUTLOOK)
    .replace('timeline:', 'timeline: within two weeks   # said Anna')
    .replace('## Notes\n', '## Notes\n\nThey asked about Spark.\n');
  const update = updateNoteFromInvitation(original, event(F.OUTLOOK_UPDATE), LA.userZone);
  assert.deepEqual(update.changes, [
    'interview: 2026-12-03 14:00 -> 2026-12-04 10:00',
    'duration: 60 -> 90',
    'interviewers: added Mia Chen <mia.chen@globex.example>',
  ]);
  const note = parsedNote(update.text);
  assert.deepEqual(note.interview, { year: 2026, month: 12, day: 4, hour: 10, minute: 0 });
  assert.equal(note.durationMinutes, 90);
  assert.deepEqual(note.interviewers.map((i) => i.email), ['anna.weber@globex.example', 'lukas.braun@globex.example', 'mia.chen@globex.example']);
  assert.match(update.text, /^timeline: within two weeks {3}# said Anna$/m);
  assert.match(update.text, /They asked about Spark\./);
  // Only those three places changed: removing them gives the original back.
  const strip = (t: string) => t.replace(/^interview: .*$/m, '').replace(/^duration: .*$/m, '').replace(/ {2}- name: Mia Chen\n {4}email: mia\.chen@globex\.example\n/, '');
  assert.equal(strip(update.text), strip(original));
  // Importing the same update again changes nothing.
  assert.deepEqual(updateNoteFromInvitation(update.text, event(F.OUTLOOK_UPDATE), LA.userZone).changes, []);
});

test('an update read in the user zone clears a zone the note had by writing the user zone', () => {
  const berlin = noteFrom(F.OUTLOOK); // timezone: Europe/Berlin
  const update = updateNoteFromInvitation(berlin, event(F.OUTLOOK_UPDATE, 'Europe/Berlin'), 'Europe/Berlin');
  // The update has no zone of its own for a Berlin user; the note's zone stays right.
  assert.deepEqual(update.changes.filter((c) => c.startsWith('timezone')), []);
  const laNote = noteFrom(F.TEAMS_PACIFIC, 'Europe/Berlin'); // timezone: America/Los_Angeles
  const moved = updateNoteFromInvitation(laNote, event(F.TEAMS_PACIFIC, 'America/Los_Angeles'), 'America/Los_Angeles');
  assert.deepEqual(moved.changes, []);
});

test('adding interviewers to an empty list, a flow list, or a note without the key', () => {
  const mia = [{ name: 'Mia Chen', email: 'mia@x.example' }];
  for (const line of ['interviewers: []', 'interviewers:', 'interviewers: # none yet']) {
    const text = `---\ncompany: X\ninterview: 2026-12-01 10:00\n${line}\nstatus: scheduled\n---\nbody\n`;
    const r = addInterviewersEdit(text, mia);
    assert.ok(r.ok, `${line}: ${!r.ok ? r.message : ''}`);
    const after = applyEdit(text, r.edit);
    assert.deepEqual(parsedNote(after).interviewers.map((i) => [i.name, i.email]), [['Mia Chen', 'mia@x.example']], line);
    assert.match(after, /^status: scheduled\n---\nbody\n$/m);
  }
  const none = '---\ncompany: X\ninterview: 2026-12-01 10:00\n---\n';
  const r = addInterviewersEdit(none, mia);
  assert.ok(r.ok);
  assert.equal(parsedNote(applyEdit(none, r.edit)).interviewers[0]!.email, 'mia@x.example');
  const oneLine = '---\ncompany: X\ninterview: 2026-12-01 10:00\ninterviewers: Jane Doe, Raj Patel\n---\n';
  assert.equal(addInterviewersEdit(oneLine, mia).ok, false, 'a one-line list is the user\'s: not rewritten');
});

test('a CRLF note gets CRLF lines', () => {
  const text = noteFrom(F.OUTLOOK).replace(/\n/g, '\r\n');
  const r = addInterviewersEdit(text, [{ name: 'Mia Chen', email: 'mia@x.example' }]);
  assert.ok(r.ok);
  assert.equal(/[^\r]\n/.test(applyEdit(text, r.edit)), false);
});

test('a cancelled invitation closes its note with one value', () => {
  const text = noteFrom(F.GOOGLE);
  const r = closeCancelledEdit(text);
  assert.ok(r.ok);
  const after = applyEdit(text, r.edit);
  assert.equal(parsedNote(after).closed, true);
  assert.equal(after.replace('status: closed', 'status: scheduled'), text);
});

test('invitationUidOf: only from the front-matter', () => {
  assert.equal(invitationUidOf('---\ncompany: X\n---\ninvitationUid: not-this\n'), undefined);
  assert.equal(invitationUidOf('no front matter'), undefined);
});
