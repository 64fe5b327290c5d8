// The actions calendar, parsed back with an independent parser (node-ical): one event per
// action, the right instants and zones (across a DST change), alarms, and UIDs that stay put.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ical, { type VEvent } from 'node-ical';
import { actionsCalendar, actionUid } from '../../src/core/ics/actionsCalendar';
import { localZone } from '../../src/core/ics/zones';
import { actionsFor } from '../../src/core/actions/rules';
import { DEFAULT_RULE_SETTINGS, type Note } from '../../src/core/model/types';
import { parsedNote } from './helpers';

const settings = DEFAULT_RULE_SETTINGS;
const USER_ZONE = localZone();

// Saturday 27 March 2027, 15:00 in Berlin; Europe moves to summer time in the night to Sunday 28.
const BERLIN = [
  '---',
  'company: Acme Corp',
  'role: Backend Engineer',
  'interview: 2027-03-27 15:00',
  'timezone: Europe/Berlin',
  'duration: 60',
  'card: true',
  'interviewers:',
  '  - name: Jane Doe',
  '  - name: Raj Patel',
  '    email: raj@acme.example',
  '---',
  '',
  '- [ ] Send the portfolio 📅 2027-03-30',
  '',
].join('\n');

function exportOf(entries: { note: Note; path: string }[], now: Date) {
  const text = actionsCalendar(entries.map((e) => ({ ...e, actions: actionsFor(e.note, now, settings) })), { settings, userZone: USER_ZONE, now });
  const events = Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');
  return { text, events, byKey: (suffix: string) => events.find((e) => e.uid.endsWith(`-${suffix}@interview-followup`)) };
}

const iso = (d: unknown) => (d as Date).toISOString();
/** The action part of a UID ("thank-you", "contact-0", "task"): the path digest and domain removed. */
const kindOf = (uid: string) => uid.replace(/^[0-9a-f]{16}-/, '').replace(/@interview-followup$/, '').replace(/^task-[0-9a-f]{8}$/, 'task');

test('after the interview: thank-you, contact, card, follow-up and the task, each once', () => {
  const note = parsedNote(BERLIN);
  const after = new Date('2027-03-27T16:30:00Z');
  const { events, byKey, text } = exportOf([{ note, path: 'acme/2027-03-27-acme-corp.md' }], after);
  assert.deepEqual(events.map((e) => kindOf(e.uid)).sort(), ['card', 'contact-0', 'follow-up', 'task', 'thank-you']);

  // Thank-you: the end (16:00 CET = 15:00 UTC) + 24 h = 15:00 UTC on Sunday, which is 17:00 in
  // Berlin after the clocks went forward: the zone's wall time moved, the instant did not.
  const thanks = byKey('thank-you')!;
  assert.equal(iso(thanks.start), '2027-03-28T15:00:00.000Z');
  assert.equal((thanks.start as { tz?: string }).tz, 'Europe/Berlin');
  assert.match(text, /DTSTART;TZID=Europe\/Berlin:20270328T170000/);
  assert.equal(iso(thanks.end), '2027-03-28T15:15:00.000Z');
  assert.equal(thanks.summary, 'Send thank-you to Jane Doe, Raj Patel — Acme Corp · Backend Engineer');
  assert.match(String(thanks.description), /A short email to each interviewer by name within 24 h/);
  assert.match(String(thanks.description), /Note: acme\/2027-03-27-acme-corp\.md$/);
  assert.deepEqual(thanks.alarms?.map((a) => [a.action, String(a.trigger)]), [['DISPLAY', '-PT2H']]);

  // Card: 23:59 on the interview day in Berlin (CET), alarm two hours before.
  const card = byKey('card')!;
  assert.equal(iso(card.start), '2027-03-27T22:59:00.000Z');
  assert.deepEqual(card.alarms?.map((a) => String(a.trigger)), ['-PT2H']);

  // Contact: with the thank-you's deadline.
  assert.equal(iso(byKey('contact-0')!.start), '2027-03-28T15:00:00.000Z');
  assert.equal(byKey('contact-0')!.summary, 'Find the email address of Jane Doe — Acme Corp · Backend Engineer');

  // Follow-up: 09:00 in the user's own zone, 14 days later (Sat 10 Apr), moved to the next
  // business day (Mon 12 Apr); alarm at the time.
  const follow = byKey('follow-up')!;
  assert.equal(iso(follow.start), new Date(2027, 3, 12, 9, 0).toISOString());
  assert.deepEqual(follow.alarms?.map((a) => String(a.trigger)), ['PT0S']);

  // Task: an all-day event on its date, alarm at 09:00 of that day (relative to the start).
  const task = events.find((e) => e.uid.includes('-task-'))!;
  assert.equal(task.datetype, 'date');
  assert.match(text, /DTSTART;VALUE=DATE:20270330/);
  assert.equal(task.summary, 'Send the portfolio — Acme Corp · Backend Engineer');
  const trigger = task.alarms?.[0]?.trigger as unknown as { params: Record<string, string>; val: string };
  assert.deepEqual(trigger, { params: { RELATED: 'START' }, val: 'PT9H' });
  assert.doesNotMatch(text, /RELATED=END/);
});

test('before the interview: the interview itself (prepare) with its real span, no alarm', () => {
  const note = parsedNote(BERLIN);
  const { events, byKey } = exportOf([{ note, path: 'acme.md' }], new Date('2027-03-20T10:00:00Z'));
  const prepare = byKey('prepare')!;
  assert.equal(iso(prepare.start), '2027-03-27T14:00:00.000Z');
  assert.equal(iso(prepare.end), '2027-03-27T15:00:00.000Z');
  assert.equal((prepare.start as { tz?: string }).tz, 'Europe/Berlin');
  assert.equal(prepare.alarms, undefined);
  assert.match(String(prepare.description), /Prepare questions/);
  assert.deepEqual(events.map((e) => kindOf(e.uid)).sort(), ['prepare', 'task']);
});

test('UIDs: the same action keeps its UID across exports and edits; other notes and actions differ', () => {
  const note = parsedNote(BERLIN);
  const first = exportOf([{ note, path: 'acme.md' }], new Date('2027-03-27T16:30:00Z'));
  const later = exportOf([{ note, path: 'acme.md' }], new Date('2027-03-28T08:00:00Z'));
  assert.deepEqual(later.events.map((e) => e.uid).sort(), first.events.map((e) => e.uid).sort());
  // Lines added above the task move it; its UID stays.
  const moved = parsedNote(BERLIN.replace('\n- [ ] Send', '\nSome notes.\n\nMore notes.\n- [ ] Send'));
  const movedUids = exportOf([{ note: moved, path: 'acme.md' }], new Date('2027-03-27T16:30:00Z')).events.map((e) => e.uid).sort();
  assert.deepEqual(movedUids, first.events.map((e) => e.uid).sort());
  // Another path: every UID differs; within one export no two events share a UID.
  const other = exportOf([{ note, path: 'other/acme.md' }], new Date('2027-03-27T16:30:00Z'));
  for (const e of other.events) assert.ok(!first.events.some((f) => f.uid === e.uid));
  assert.equal(new Set(first.events.map((e) => e.uid)).size, first.events.length);
  assert.notEqual(actionUid('a.md', { kind: 'follow-up', key: 'follow-up', title: 'x', due: new Date() }), actionUid('b.md', { kind: 'follow-up', key: 'follow-up', title: 'x', due: new Date() }));
});

test('a note without a zone is exported in the user zone; text is escaped and folded', () => {
  const text = '---\ncompany: "Initech, Inc; Ltd"\ninterview: 2027-06-01 10:00\ninterviewers: [Dana Kim]\n---\n';
  const note = parsedNote(text);
  const { events, text: ics } = exportOf([{ note, path: 'x.md' }], new Date(2027, 5, 1, 12, 0));
  const thanks = events.find((e) => e.uid.includes('-thank-you@'))!;
  assert.equal(iso(thanks.start), new Date(2027, 5, 2, 11, 0).toISOString());
  assert.equal(thanks.summary, 'Send thank-you to Dana Kim — Initech, Inc; Ltd');
  assert.match(ics, /SUMMARY:Send thank-you to Dana Kim — Initech\\, Inc\\; Ltd/);
  for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `folded: ${line}`);
});

test('an empty folder is an empty, valid calendar', () => {
  const { events, text } = exportOf([], new Date());
  assert.equal(events.length, 0);
  assert.match(text, /^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR$/);
});
