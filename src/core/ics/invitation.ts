// Reads an interview invitation (an iCalendar file, RFC 5545/5546) with Mozilla's ical.js:
// it unfolds lines, unescapes text, applies the file's VTIMEZONE blocks and expands RRULEs,
// so nothing here parses iCalendar syntax by hand. What is left to us is choosing the event,
// naming its zone for the note, and picking out the people, rooms and join link.
import ICAL from 'ical.js';
import { isValidCalendarDate, MIN_YEAR, MAX_YEAR } from '../time/calendar';
import { wallTimeIn, wallTimeToInstant } from '../time/dates';
import { boundExpansion, ExpansionTooLong, impossibleRule } from './recurrence';
import type { WallTime } from '../model/types';
import { guessCompany } from './company';
import { domainOf } from '../model/domains';
import { oneLine as plainLine } from '../note/values';
import { ianaZoneOf, localZone, sameZone } from './zones';

export interface InvitationPerson {
  name: string;
  email?: string;
  organizer?: boolean;
}

export interface InvitationEvent {
  kind: 'event';
  method?: string;
  uid: string;
  summary: string;
  company?: string;
  role?: string;
  /** Start as a wall time: in `zone` when set, else in the user's zone. */
  start: WallTime;
  /** A date-only (all-day) event: start's hour and minute mean nothing. */
  allDay: boolean;
  /** The event's own IANA zone, set only when it differs from the user's. */
  zone?: string;
  instant: Date;
  durationMinutes?: number;
  /** Attendees and organizer, minus the user, rooms and resources. */
  people: InvitationPerson[];
  rooms: string[];
  joinUrl?: string;
  location?: string;
  /** Set for a recurring event: how it repeats, and the occurrence this note is for. */
  recurrence?: string;
  /** How the time was read when that is worth telling (UTC, floating, unknown zone). */
  timeNote?: string;
  /** People invited beyond the MAX_INVITED listed (counted in the note's body). */
  notListed?: number;
}

export interface InvitationCancel {
  kind: 'cancel';
  uid: string;
  summary: string;
  /** Set when only one occurrence of a series is cancelled (RECURRENCE-ID, RFC 5546 §4.2.5): its start. */
  occurrence?: Date;
}

/** Whether a cancellation concerns a note that starts at noteStart (a whole event, or that occurrence). */
export function cancelsNote(cancel: InvitationCancel, noteStart: Date): boolean {
  return !cancel.occurrence || cancel.occurrence.getTime() === noteStart.getTime();
}

type InvitationResult = InvitationEvent | InvitationCancel | { kind: 'error'; message: string };

export interface InvitationOptions {
  /** The user's own address(es), left out of the interviewers. */
  me?: string[];
  /** The user's own name(s) (the signature's): never taken for the company. */
  myNames?: string[];
  /** The user's IANA zone (default: this process's). */
  userZone?: string;
  /** For recurring events: the next occurrence after this instant is the interview. */
  now?: Date;
}

const MEETING_HOSTS = /https?:\/\/[^\s<>"')\]]*(zoom\.us|zoomgov\.com|teams\.microsoft\.com|teams\.live\.com|meet\.google\.com|webex\.com|whereby\.com|chime\.aws|gotomeeting\.com|meet\.goto\.com|bluejeans\.com|meet\.jit\.si)[^\s<>"')\]]*/i;
const BOTS = /^(no-?reply|do-?not-?reply|notifications?|calendar-notification|invitations?|scheduler|scheduling)([+.-]|$)/i;

type Time = ICAL.Time;

function wallOf(t: { year: number; month: number; day: number; hour: number; minute: number }): WallTime {
  return { year: t.year, month: t.month, day: t.day, hour: t.hour, minute: t.minute };
}

interface ReadTime {
  wall: WallTime;
  zone?: string;
  instant: Date;
  note?: string;
}

/**
 * An ical.js time as a wall time in a zone the note can name, and its instant. `tzid` is the TZID
 * its property gave: the occurrences of a series come out of ical.js without it (an unresolved
 * TZID, one with no VTIMEZONE in the file, is kept only on DTSTART), so every occurrence is read
 * in the zone of the series' DTSTART, as a single event is.
 */
function readTime(t: Time, userZone: string, tzid = (t as unknown as { timezone?: string }).timezone ?? t.zone?.tzid): ReadTime {
  const toUser = (instant: Date, note?: string): ReadTime => ({ wall: wallTimeIn(instant, userZone), instant, ...(note ? { note } : {}) });
  if (t.isDate) {
    const wall = { year: t.year, month: t.month, day: t.day, hour: 9, minute: 0 };
    return { wall, instant: wallTimeToInstant(wall) };
  }
  if (tzid === 'UTC' || tzid === 'Z') return toUser(new Date(t.toUnixTime() * 1000), 'The invitation gives the time in UTC; it is written here in your time zone.');
  if (!tzid || tzid === 'floating') {
    const wall = wallOf(t);
    return { wall, instant: wallTimeToInstant(wall), note: 'The invitation gives a time with no zone (floating); it is read as your local time.' };
  }
  const iana = ianaZoneOf(tzid);
  if (iana === 'UTC') return toUser(new Date(t.toUnixTime() * 1000));
  if (iana) {
    const wall = wallOf(t);
    return { wall, zone: iana, instant: wallTimeToInstant(wall, iana) };
  }
  // A zone named only by the file's own VTIMEZONE (e.g. "(UTC+01:00) Amsterdam, Berlin"): ical.js
  // applies its rules; the note gets the same instant in the user's zone.
  if (t.zone && t.zone.tzid === tzid) {
    return toUser(new Date(t.toUnixTime() * 1000), `The invitation's time zone "${tzid}" has no IANA name; the time is written here in your time zone.`);
  }
  const wall = wallOf(t);
  return { wall, instant: wallTimeToInstant(wall), note: `The invitation's time zone "${tzid}" is unknown and not defined in the file; the time is read as your local time.` };
}


function mailOf(value: unknown): string | undefined {
  const s = typeof value === 'string' ? value.trim() : '';
  const m = /^mailto:(.+)$/i.exec(s) ?? (/^[^\s@:]+@[^\s@]+$/.test(s) ? [s, s] : null);
  if (!m) return undefined;
  let address = m[1]!;
  try {
    address = decodeURIComponent(address);
  } catch {
    // A broken %-escape ("raj%E0%A4%A@"): the address as written, which the checks below refuse.
  }
  address = oneLine(address);
  return /^[^\s@<>,;:"()[\]\\]+@[^\s@<>,;:"()[\]\\]+$/.test(address) ? address : undefined;
}

/**
 * Text from the invitation on one line, without control characters: a title, a name or a room is
 * written into the note's body as a line of its own, and a line break inside it (a CR, LF, NEL,
 * U+2028/9, or RFC 6868's `^n` in a parameter) would start a line of the invitation's choosing,
 * such as an open task with a date.
 */
export function oneLine(text: string): string {
  return plainLine(text.replace(/\^n/gi, ' ')).replace(/ {2,}/g, ' ');
}

/** Outlook's "Weber, Anna" as "Anna Weber": the drafts greet people by the name in the note. */
function displayName(cn: string): string {
  const m = /^([^,]+),\s*([^,\s][^,]*)$/.exec(cn);
  return m ? `${m[2]!.trim()} ${m[1]!.trim()}` : cn;
}

/** "jane.doe@acme.example" -> "Jane Doe": a name for an attendee written without CN. */
function nameFromEmail(email: string): string {
  const user = email.split('@')[0]!;
  const local = user.includes('+') ? user.slice(0, user.indexOf('+')) : user;
  return local.split(/[._-]+/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ') || email;
}

function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** Most people a note lists from one invitation: a panel, not a mailing list (the rest are counted in the note's body). */
export const MAX_INVITED = 20;

/** Properties whose date-times ical.js would move silently (20260230 becomes 2 March). */
const DATED = ['dtstart', 'dtend', 'due', 'recurrence-id', 'rdate', 'exdate'];
const RAW_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}))?/;

/** Why a date or time in the event does not exist or is out of range, in plain words; undefined when all are fine. */
function invalidDate(vevent: ICAL.Component): string | undefined {
  for (const name of DATED) {
    for (const prop of vevent.getAllProperties(name)) {
      for (const raw of (prop.jCal as unknown[]).slice(3)) {
        if (typeof raw !== 'string') continue;
        const m = RAW_DATE.exec(raw);
        if (!m) continue;
        const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
        const what = `${name.toUpperCase()} ${raw}`;
        if (y < MIN_YEAR || y > MAX_YEAR) return `${what} is outside the years ${MIN_YEAR}-${MAX_YEAR} a note can hold`;
        if (!isValidCalendarDate({ year: y, month: mo, day: d })) return `${what} is not a date that exists`;
        if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6]) > 60)) return `${what} is not a time of day`;
      }
    }
  }
  return undefined;
}

/** The minutes an event lasts: its DURATION, or DTEND less DTSTART read in their zones; undefined when unknown. */
function durationOf(vevent: ICAL.Component, start: ReadTime, userZone: string): number | undefined {
  const duration = vevent.getFirstPropertyValue('duration');
  if (duration instanceof ICAL.Duration) return Math.round(duration.toSeconds() / 60);
  const dtend = vevent.getFirstProperty('dtend');
  const end = dtend?.getFirstValue();
  if (!(end instanceof ICAL.Time) || end.isDate) return undefined;
  const tzid = textOf(dtend!.getParameter('tzid'));
  return Math.round((readTime(end, userZone, tzid ?? undefined).instant.getTime() - start.instant.getTime()) / 60000);
}

/** Occurrences read while looking for the next one, and how long that may take. */
const MAX_OCCURRENCES = 5000;
const MAX_EXPANSION_MS = 250;
/** Candidate dates ical.js may test in all: a weekday series over years tests a few thousand. */
const MAX_EXPANSION_STEPS = 200_000;

function joinUrlOf(vevent: ICAL.Component, location: string | undefined, description: string | undefined): string | undefined {
  for (const name of ['x-google-conference', 'x-microsoft-skypeteamsmeetingurl', 'x-microsoft-onlinemeetingconflink', 'conference']) {
    const v = textOf(vevent.getFirstPropertyValue(name));
    if (v && /^https?:\/\//i.test(v)) return v;
  }
  for (const text of [location, description, textOf(vevent.getFirstPropertyValue('url'))]) {
    const m = text ? MEETING_HOSTS.exec(text) : null;
    if (m) return m[0];
  }
  const url = textOf(vevent.getFirstPropertyValue('url'));
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

function describeRule(event: ICAL.Event): string {
  const rule = event.component.getFirstPropertyValue('rrule') as ICAL.Recur | null;
  if (!rule) return 'repeats';
  const every = rule.interval && rule.interval > 1 ? `every ${rule.interval} ` : '';
  const unit = { DAILY: 'day', WEEKLY: 'week', MONTHLY: 'month', YEARLY: 'year' }[rule.freq as string] ?? String(rule.freq).toLowerCase();
  return every ? `repeats ${every}${unit}s` : `repeats every ${unit}`;
}

/** Reads the invitation in `text`: the interview event, a cancellation, or why neither. */
export function readInvitation(text: string, options: InvitationOptions = {}): InvitationResult {
  const userZone = options.userZone ?? localZone();
  const me = new Set((options.me ?? []).map((m) => m.trim().toLowerCase()).filter(Boolean));
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(text.replace(/^\uFEFF/, '')) as unknown[]);
  } catch (error) {
    return { kind: 'error', message: `Not an iCalendar invitation: ${(error as Error).message}` };
  }
  if (calendar.name !== 'vcalendar') return { kind: 'error', message: 'Not an iCalendar invitation: no VCALENDAR.' };
  const method = textOf(calendar.getFirstPropertyValue('method'))?.toUpperCase();
  const vevents = calendar.getAllSubcomponents('vevent');
  // A series is its master (no RECURRENCE-ID) plus exceptions; a lone update of one occurrence has only the latter.
  const master = vevents.find((v) => !v.hasProperty('recurrence-id')) ?? vevents[0];
  if (!master) return { kind: 'error', message: 'The invitation has no event (VEVENT).' };
  const event = new ICAL.Event(master);
  for (const v of vevents) if (v !== master && v.hasProperty('recurrence-id')) event.relateException(v);
  const uid = textOf(event.uid);
  if (!uid) return { kind: 'error', message: 'The invitation has no UID, so an update could not find its note.' };
  const summary = oneLine(textOf(event.summary) ?? '');
  const status = textOf(master.getFirstPropertyValue('status'))?.toUpperCase();
  if (method === 'CANCEL' || status === 'CANCELLED') {
    const cancel: InvitationCancel = { kind: 'cancel', uid, summary };
    const recurrenceId = master.getFirstPropertyValue('recurrence-id');
    if (recurrenceId instanceof ICAL.Time) cancel.occurrence = readTime(recurrenceId, userZone).instant;
    return cancel;
  }
  if (!event.startDate) return { kind: 'error', message: 'The event has no start time (DTSTART).' };
  const wrongDate = invalidDate(master);
  if (wrongDate) return { kind: 'error', message: `The invitation's ${wrongDate}; nothing was read from it.` };
  // The zone every occurrence is read in: DTSTART's own TZID (see readTime).
  const startTzid = textOf(master.getFirstProperty('dtstart')?.getParameter('tzid')) ?? undefined;

  // The occurrence the note is about: the event itself, or for a series the next one after now.
  let startTime = event.startDate;
  let recurrence: string | undefined;
  if (event.isRecurring()) {
    const rule = master.getFirstPropertyValue('rrule');
    const impossible = rule instanceof ICAL.Recur ? impossibleRule(rule.toJSON() as Record<string, unknown>, event.startDate) : undefined;
    if (impossible) return { kind: 'error', message: `The invitation repeats by a rule that never gives a date (${impossible}); nothing was read from it.` };
    const now = (options.now ?? new Date()).getTime();
    const it = event.iterator();
    boundExpansion(it, MAX_EXPANSION_STEPS);
    let last: Time | undefined;
    let found: Time | undefined;
    let ended = false;
    // Bounded by occurrences and by time: an impossible rule can make one ical.js step long.
    const deadline = Date.now() + MAX_EXPANSION_MS;
    for (let i = 0; ; i++) {
      if (i >= MAX_OCCURRENCES || Date.now() > deadline) break;
      let next: Time | undefined;
      try {
        next = it.next() ?? undefined;
      } catch (error) {
        if (!(error instanceof ExpansionTooLong)) throw error;
        return { kind: 'error', message: 'The invitation repeats by a rule that gives almost no dates (ical.js tested too many without one); nothing was read from it.' };
      }
      if (!next) {
        ended = true;
        break;
      }
      last = next;
      if (readTime(event.getOccurrenceDetails(next).startDate, userZone, startTzid).instant.getTime() >= now) {
        found = next;
        break;
      }
    }
    if (!found && !ended) {
      return { kind: 'error', message: `The invitation repeats too often to find its next occurrence (more than ${MAX_OCCURRENCES.toLocaleString('en-US')} before now): import one occurrence of it instead.` };
    }
    startTime = event.getOccurrenceDetails(found ?? last ?? event.startDate).startDate;
    recurrence = `${describeRule(event)}; this note is for the ${found ? 'next' : 'last'} occurrence`;
  }

  const start = readTime(startTime, userZone, startTzid);
  const durationMinutes = startTime.isDate ? undefined : durationOf(master, readTime(event.startDate, userZone, startTzid), userZone);

  const people: InvitationPerson[] = [];
  const myNames = [...(options.myNames ?? [])];
  const rooms: string[] = [];
  let invited = 0;
  const seen = new Set<string>();
  const add = (prop: ICAL.Property, organizer: boolean) => {
    const email = mailOf(prop.getFirstValue());
    const rawCn = textOf(prop.getParameter('cn'));
    const cn = rawCn === undefined ? undefined : oneLine(rawCn) || undefined;
    const cutype = String(prop.getParameter('cutype') ?? 'INDIVIDUAL').toUpperCase();
    if (cutype === 'ROOM' || cutype === 'RESOURCE') {
      if (rooms.length < MAX_INVITED) rooms.push(cn ?? email ?? 'a room');
      return;
    }
    const key = (email ?? cn ?? '').toLowerCase();
    // The user's own entry: left out, but its name is the user's (never the company).
    if (me.has(key) && cn && !cn.includes('@')) myNames.push(displayName(cn));
    if (!key || seen.has(key) || me.has(key)) return;
    // Senders such as no-reply@zoom.us are the tool, not a person to thank.
    if (email && BOTS.test(email)) return;
    seen.add(key);
    invited++;
    if (people.length >= MAX_INVITED) return;
    const person: InvitationPerson = { name: cn && !cn.includes('@') ? displayName(cn) : email ? nameFromEmail(email) : cn! };
    if (email) person.email = email;
    if (organizer) person.organizer = true;
    people.push(person);
  };
  const organizer = master.getFirstProperty('organizer');
  // The organizer first: usually the recruiter or hiring manager who set the interview up.
  if (organizer) add(organizer, true);
  for (const a of master.getAllProperties('attendee')) add(a, false);

  const rawLocation = textOf(event.location);
  const location = rawLocation && oneLine(rawLocation.split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean).join(', '));
  const description = textOf(event.description);
  const joinUrl = joinUrlOf(master, location, description);
  const domains = [organizer, ...master.getAllProperties('attendee')]
    .map((p) => (p ? mailOf(p.getFirstValue()) : undefined))
    .filter((e): e is string => e !== undefined && !me.has(e.toLowerCase()))
    .map(domainOf);
  const myDomains = [...me].filter((m) => m.includes('@')).map(domainOf);
  const guess = guessCompany(summary, people, domains, { names: myNames, domains: myDomains });

  const result: InvitationEvent = {
    kind: 'event', uid, summary, start: start.wall, allDay: startTime.isDate, instant: start.instant, people, rooms,
  };
  if (method) result.method = method;
  if (guess.company) result.company = guess.company;
  if (guess.role) result.role = guess.role;
  if (start.zone && !sameZone(start.zone, userZone)) result.zone = start.zone;
  if (durationMinutes !== undefined && durationMinutes > 0) result.durationMinutes = durationMinutes;
  if (joinUrl) result.joinUrl = joinUrl;
  if (location && location !== joinUrl) result.location = location;
  if (recurrence) result.recurrence = recurrence;
  if (start.note) result.timeNote = start.note;
  if (invited > people.length) result.notListed = invited - people.length;
  return result;
}
