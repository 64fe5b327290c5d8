// Invitations from each producer read into what the note needs: zone, time, people, link.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cancelsNote, readInvitation, type InvitationCancel, type InvitationEvent, type InvitationOptions } from '../../src/core/ics/invitation';
import { ianaZoneOf } from '../../src/core/ics/zones';
import * as F from './icsFixtures';

const NOW = new Date('2026-11-26T12:00:00Z');
const LA: InvitationOptions = { me: [F.ME], userZone: 'America/Los_Angeles', now: NOW };

function event(text: string, options: InvitationOptions = LA): InvitationEvent {
  const r = readInvitation(text, options);
  assert.equal(r.kind, 'event', JSON.stringify(r));
  return r as InvitationEvent;
}

const wall = (e: InvitationEvent) => {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${e.start.year}-${p(e.start.month)}-${p(e.start.day)} ${p(e.start.hour)}:${p(e.start.minute)}`;
};
const people = (e: InvitationEvent) => e.people.map((p) => `${p.name} <${p.email ?? ''}>${p.organizer ? ' (organizer)' : ''}`);

test('Google: UTC times land in the user zone, organizer first, me and the room left out, Meet link', () => {
  const e = event(F.GOOGLE);
  assert.equal(e.uid, '5k3q8v1m2n4b6c7d8e9f0g1h2j@google.com');
  assert.equal(e.company, 'Acme Corp');
  assert.equal(e.role, 'Backend Engineer');
  assert.equal(e.instant.toISOString(), '2026-12-03T15:00:00.000Z');
  assert.equal(wall(e), '2026-12-03 07:00');
  assert.equal(e.zone, undefined, 'UTC is not written as the note zone');
  assert.match(e.timeNote ?? '', /UTC/);
  assert.equal(e.durationMinutes, 45);
  assert.deepEqual(people(e), ['Priya Shah <priya.shah@acme-corp.example> (organizer)', 'Raj Patel <raj.patel@acme-corp.example>']);
  assert.deepEqual(e.rooms, ['HQ-3-Lovelace (6)']);
  assert.equal(e.joinUrl, 'https://meet.google.com/abc-defg-hij');
  assert.equal(e.location, undefined);
  assert.equal(e.recurrence, undefined);
  assert.equal(event(F.GOOGLE, { ...LA, userZone: 'Europe/Berlin' }).start.hour, 16);
});

test('Google: without --me the user is one of the interviewers (nothing to tell them apart)', () => {
  const e = event(F.GOOGLE, { userZone: 'UTC', now: NOW });
  assert.ok(e.people.some((p) => p.email === F.ME));
});

test('Outlook: Windows zone name mapped to IANA, kept as the note zone, "Last, First" names turned round', () => {
  const e = event(F.OUTLOOK);
  assert.equal(e.zone, 'Europe/Berlin');
  assert.equal(wall(e), '2026-12-03 14:00');
  assert.equal(e.instant.toISOString(), '2026-12-03T13:00:00.000Z');
  assert.equal(e.durationMinutes, 60);
  assert.equal(e.company, 'Globex');
  assert.equal(e.role, 'Data Engineer');
  assert.deepEqual(people(e), ['Anna Weber <anna.weber@globex.example> (organizer)', 'Lukas Braun <lukas.braun@globex.example>']);
  assert.deepEqual(e.rooms, ['Berlin-4.12 Spree']);
  assert.equal(e.joinUrl, 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA1ZTk2@thread.v2/0');
  assert.equal(e.location, 'Microsoft Teams Meeting');
  assert.equal(e.timeNote, undefined);
});

test('Outlook: a user in the event zone gets no timezone field', () => {
  assert.equal(event(F.OUTLOOK, { ...LA, userZone: 'Europe/Berlin' }).zone, undefined);
});

test('Teams: "Pacific Standard Time" is America/Los_Angeles; the join link comes from the description', () => {
  const here = event(F.TEAMS_PACIFIC);
  assert.equal(here.zone, undefined, 'same zone as the user');
  assert.equal(wall(here), '2026-12-08 09:30');
  assert.equal(here.durationMinutes, 45);
  const abroad = event(F.TEAMS_PACIFIC, { ...LA, userZone: 'Europe/Berlin' });
  assert.equal(abroad.zone, 'America/Los_Angeles');
  assert.equal(wall(abroad), '2026-12-08 09:30');
  assert.equal(abroad.instant.toISOString(), '2026-12-08T17:30:00.000Z');
  assert.equal(here.company, 'Initech');
  assert.equal(here.role, 'Product Designer');
  assert.deepEqual(people(here), ['Dana Kim <dana.kim@initech.example> (organizer)', 'Omar Haddad <omar.haddad@initech.example>']);
  assert.match(here.joinUrl ?? '', /^https:\/\/teams\.microsoft\.com\/l\/meetup-join\/19%3ameeting_ZmQ4@thread\.v2\/0\?context=%7b/);
});

test('Apple: a weekly series gives the next occurrence after now, and says so', () => {
  const e = event(F.APPLE_RECURRING);
  assert.equal(e.zone, 'Europe/Paris');
  // Nov 12, 19, 26 (10:30 Paris = 09:30 UTC, before 12:00 UTC), Dec 3.
  assert.equal(wall(e), '2026-12-03 10:30');
  assert.equal(e.durationMinutes, 60);
  assert.match(e.recurrence ?? '', /repeats every week; this note is for the next occurrence/);
  assert.equal(e.company, 'Soleil SA');
  assert.equal(e.role, 'Chargée de marketing');
  // Escaped commas are text; the line break is flattened (every value from an invitation is one line in the note).
  assert.equal(e.location, 'Soleil SA, 12 Rue de la Paix, 75002 Paris, France', 'escaped commas are text, lines one line');
  assert.deepEqual(people(e), ['Claire Martin <claire.martin@soleil-sa.example> (organizer)']);
  const later = event(F.APPLE_RECURRING, { ...LA, now: new Date('2026-12-20T00:00:00Z') });
  assert.match(later.recurrence ?? '', /last occurrence/);
  assert.equal(wall(later), '2026-12-03 10:30');
});

test('Apple: an all-day event is a date only', () => {
  const e = event(F.APPLE_ALL_DAY);
  assert.equal(e.allDay, true);
  assert.equal(wall(e).slice(0, 10), '2026-12-10');
  assert.equal(e.durationMinutes, undefined);
  assert.equal(e.company, 'Umbrella Labs');
  assert.deepEqual(people(e), ['Recruiting Team <recruiting@umbrella-labs.example> (organizer)']);
});

test('Zoom: IANA TZID with its VTIMEZONE, organizer without mailto:, the link in LOCATION', () => {
  const e = event(F.ZOOM);
  assert.equal(e.zone, 'America/New_York');
  assert.equal(wall(e), '2026-12-02 11:00');
  assert.equal(e.instant.toISOString(), '2026-12-02T16:00:00.000Z');
  assert.equal(e.durationMinutes, 30);
  assert.equal(e.company, 'Hooli');
  assert.equal(e.role, 'Site Reliability Engineer');
  assert.deepEqual(people(e), ['Gavin Belson <gavin.belson@hooli.example> (organizer)']);
  assert.equal(e.joinUrl, 'https://us06web.zoom.us/j/81234567890?pwd=aBcDeFgHiJ.1');
  assert.equal(e.location, undefined, 'the location is only the link');
});

test('Scheduler: a title with only people and a length falls back to the host\'s domain', () => {
  const e = event(F.SCHEDULER);
  assert.equal(e.company, 'Vandelay Industries');
  assert.equal(e.role, undefined);
  assert.equal(wall(e), '2026-12-09 11:30');
  assert.equal(e.durationMinutes, 30);
  assert.equal(e.joinUrl, 'https://meet.google.com/xyz-abcd-efg');
  assert.deepEqual(people(e), ['Nora Quinn <nora.quinn@vandelay-industries.example> (organizer)']);
});

test('floating time is read as local time and said so', () => {
  const e = event(F.FLOATING);
  assert.equal(wall(e), '2026-12-11 09:00');
  assert.equal(e.zone, undefined);
  assert.match(e.timeNote ?? '', /floating/);
  assert.equal(e.durationMinutes, 45);
  assert.equal(e.company, 'Stark Industries');
});

test('a zone known only from the file\'s VTIMEZONE: the same instant, in the user zone', () => {
  const e = event(F.OUTLOOK_DISPLAY_NAME_ZONE);
  assert.equal(e.instant.toISOString(), '2026-12-03T13:00:00.000Z');
  assert.equal(wall(e), '2026-12-03 05:00');
  assert.equal(e.zone, undefined);
  assert.match(e.timeNote ?? '', /no IANA name/);
});

test('METHOD:CANCEL is a cancellation of that UID, never an event', () => {
  assert.deepEqual(readInvitation(F.GOOGLE_CANCEL, LA), { kind: 'cancel', uid: '5k3q8v1m2n4b6c7d8e9f0g1h2j@google.com', summary: 'Acme Corp - Backend Engineer Interview' });
});

test('cancelling one occurrence of a series concerns only the note for that occurrence', () => {
  const cancel = readInvitation(F.APPLE_CANCEL_ONE, LA) as InvitationCancel;
  assert.equal(cancel.kind, 'cancel');
  assert.equal(cancel.uid, event(F.APPLE_RECURRING).uid);
  assert.equal(cancel.occurrence?.toISOString(), '2026-12-10T09:30:00.000Z');
  assert.equal(cancelsNote(cancel, new Date('2026-12-03T09:30:00Z')), false);
  assert.equal(cancelsNote(cancel, new Date('2026-12-10T09:30:00Z')), true);
  const whole = readInvitation(F.GOOGLE_CANCEL, LA) as InvitationCancel;
  assert.equal(cancelsNote(whole, new Date(0)), true);
});

test('not an invitation: an error, not a guess', () => {
  assert.equal(readInvitation('hello', LA).kind, 'error');
  assert.equal(readInvitation('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n', LA).kind, 'error');
});

test('zone names: IANA, Windows (CLDR), path-like TZIDs, unknown', () => {
  assert.equal(ianaZoneOf('Europe/Berlin'), 'Europe/Berlin');
  assert.equal(ianaZoneOf('W. Europe Standard Time'), 'Europe/Berlin');
  assert.equal(ianaZoneOf('Romance Standard Time'), 'Europe/Paris');
  assert.equal(ianaZoneOf('Eastern Standard Time'), 'America/New_York');
  assert.equal(ianaZoneOf('Tokyo Standard Time'), 'Asia/Tokyo');
  assert.equal(ianaZoneOf('/freeassociation.sourceforge.net/Tzfile/Europe/London'), 'Europe/London');
  assert.equal(ianaZoneOf('Mars Standard Time'), undefined);
});
