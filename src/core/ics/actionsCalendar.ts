// The pending actions as an iCalendar file, so they show in the user's own calendar.
// Written with ical-generator (no dependencies, escapes and folds text, writes VALARMs) and
// timezones-ical-library for the VTIMEZONE blocks that TZID times need (RFC 5545 §3.6.5).
import { ICalAlarmRelatesTo, ICalAlarmType, ICalCalendar, ICalCalendarMethod } from 'ical-generator';
// ical-generator writes a time in a zone from a TZDate (date-fns' zoned Date): made here from the
// instant, so it is a value for the library, not a second DST policy (that is src/core/time/dates.ts).
import { TZDate } from '@date-fns/tz';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { formatLocalDate } from '../time/dates';
import { actionDetail } from '../actions/rules';
import type { Action, ActionKind, Note, RuleSettings } from '../model/types';
import { canonicalZone } from './zones';

export interface CalendarEntry {
  note: Note;
  /** The note's path relative to the notes folder, with `/`: part of each UID, and in the description. */
  path: string;
  actions: Action[];
}

interface CalendarOptions {
  settings: RuleSettings;
  /** The user's IANA zone: follow-ups and notes without `timezone:` are in it. */
  userZone: string;
  /** DTSTAMP of every event (the export's time), so the same input gives the same file. */
  now: Date;
}

const MINUTE = 60_000;
/** A deadline is a moment, but calendars need a span: short enough not to block the day. */
const DEADLINE_MINUTES = 15;
/** Alarm lead time, per kind: before the deadline for what must be sent in time, at the time otherwise. */
const ALARM_BEFORE_MINUTES: Record<ActionKind, number | undefined> = {
  'thank-you': 120, card: 120, contact: 120, 'follow-up': 0, task: undefined, prepare: undefined,
};
/** A task is due on a day: an all-day event with an alarm at this hour of that day. */
const TASK_ALARM_HOUR = 9;

/** FNV-1a (32 bit) in hex: a short, stable digest so a UID does not spell out the user's paths. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * The action's UID: the same note path and action give the same UID in every export, so a
 * subscribed calendar updates the event instead of adding a second one. A task is named by its
 * text and date rather than its line, which moves whenever the user edits above it.
 */
export function actionUid(path: string, action: Pick<Action, 'kind' | 'key' | 'title' | 'due'>): string {
  const key = action.kind === 'task' ? `task-${fnv1a(`${action.title}\n${formatLocalDate(action.due)}`)}` : action.key.replace(/:/g, '-');
  return `${fnv1a(path)}${fnv1a(`${path}\u0000`)}-${key}@interview-followup`;
}


/**
 * Text from notes as an iCalendar TEXT value: RFC 5545 leaves out control characters (NUL, ESC,
 * VT, DEL, the C1 range), so they are dropped; a summary is one line, a description keeps its
 * line breaks (ical-generator escapes them).
 */
function icsText(text: string, multiline: boolean): string {
  const kept = text.replace(/\r\n?/g, '\n').replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]/g, '');
  return multiline ? kept : kept.replace(/\n+/g, ' ');
}

const vtimezones = new Map<string, string | undefined>();

/** The VTIMEZONE block for a zone, or undefined (the time is then written in UTC). */
function vtimezone(zone: string): string | undefined {
  if (!vtimezones.has(zone)) {
    let block: string | undefined;
    for (const name of [zone, canonicalZone(zone)]) {
      const found = tzlib_get_ical_block(name);
      if (Array.isArray(found) && found[0] && found[1] === `TZID=${name}`) {
        block = found[0];
        break;
      }
    }
    vtimezones.set(zone, block);
  }
  return vtimezones.get(zone);
}

function zoneFor(zone: string): string | undefined {
  return /^(UTC|Etc\/UTC|GMT|Etc\/GMT)$/.test(zone) ? undefined : vtimezone(zone) ? zone : undefined;
}

export function actionsCalendar(entries: CalendarEntry[], options: CalendarOptions): string {
  const calendar = new ICalCalendar({
    name: 'Interview Follow-Up',
    prodId: { company: 'interview-followup', product: 'interview-followup', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  });
  calendar.timezone({ name: null, generator: (tz) => vtimezone(tz) ?? null });
  for (const { note, path, actions } of entries) {
    for (const action of actions) {
      const who = `${action.company}${action.role ? ` · ${action.role}` : ''}`;
      const description = `${action.title} — ${who}\n\n${actionDetail(action, note, options.settings)}\n\nNote: ${path}`;
      const common = { id: actionUid(path, action), stamp: options.now, summary: icsText(`${action.title} — ${who}`, false), description: icsText(description, true) };
      if (action.kind === 'task') {
        const date = formatLocalDate(action.due);
        const event = calendar.createEvent({ ...common, start: date, allDay: true });
        // A negative trigger is after the start (ical-generator's sign). Without an explicit
        // RELATED=START it writes RELATED=END (the next midnight); the constructor option is ignored.
        event.createAlarm({ type: ICalAlarmType.display, trigger: -TASK_ALARM_HOUR * 3600, description: icsText(action.title, false) }).relatesTo(ICalAlarmRelatesTo.start);
        continue;
      }
      // The interview and what hangs on it are in the note's zone; the 09:00 follow-up is local.
      const zone = zoneFor(action.kind === 'follow-up' ? options.userZone : note.timezone ?? options.userZone);
      const at = (t: number) => (zone ? new TZDate(t, zone) : new Date(t));
      const start = action.kind === 'prepare' ? note.start.getTime() : action.due.getTime();
      const end = action.kind === 'prepare' ? note.end.getTime() : start + DEADLINE_MINUTES * MINUTE;
      const event = calendar.createEvent({ ...common, start: at(start), end: at(end), ...(zone ? { timezone: zone } : {}) });
      const before = ALARM_BEFORE_MINUTES[action.kind];
      if (before !== undefined) event.createAlarm({ type: ICalAlarmType.display, trigger: before * 60, description: icsText(action.title, false) });
    }
  }
  return calendar.toString();
}
