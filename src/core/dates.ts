// Dates in notes are wall-clock values. They are turned into instants with the user's
// local zone (plain Date constructor) or the note's IANA zone (TZDate), never via UTC strings.
import { TZDate } from '@date-fns/tz';
import type { CalendarDate, WallTime } from './types';

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2}))?$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(year, month, 0, 12).getDate();
}

export function isValidCalendarDate(d: CalendarDate): boolean {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

/** Parses `YYYY-MM-DD HH:mm`, `YYYY-MM-DDTHH:mm` or `YYYY-MM-DD` (= defaultHour:00). */
export function parseWallTime(text: string, defaultHour = 9): WallTime | { error: string } {
  const m = WALL_TIME.exec(text.trim());
  if (!m) return { error: `"${text}" is not a date in the form YYYY-MM-DD or YYYY-MM-DD HH:mm` };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const hour = m[4] === undefined ? defaultHour : Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  if (!isValidCalendarDate({ year, month, day })) return { error: `${m[1]}-${m[2]}-${m[3]} is not a date that exists` };
  if (hour > 23 || minute > 59) return { error: `${m[4]}:${m[5]} is not a time of day (use 24 h, 00:00-23:59)` };
  return { year, month, day, hour, minute };
}

// Building an Intl.DateTimeFormat costs ~15 µs; notes repeat the same few zones.
const zoneValidity = new Map<string, boolean>();

export function isValidTimeZone(zone: string): boolean {
  let valid = zoneValidity.get(zone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      valid = true;
    } catch {
      valid = false;
    }
    zoneValidity.set(zone, valid);
  }
  return valid;
}

/** The instant of a wall time in `zone`, or in the user's local zone when zone is undefined. */
export function wallTimeToInstant(t: WallTime, zone?: string): Date {
  if (zone) return new Date(new TZDate(t.year, t.month - 1, t.day, t.hour, t.minute, zone).getTime());
  return new Date(t.year, t.month - 1, t.day, t.hour, t.minute);
}

/** A local Date at hour:minute on a calendar date. */
export function localDateAt(d: CalendarDate, hour: number, minute: number): Date {
  return new Date(d.year, d.month - 1, d.day, hour, minute);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `YYYY-MM-DDTHH:mm` in the user's local zone. */
export function formatLocalDateTime(d: Date): string {
  return `${formatLocalDate(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** `YYYY-MM-DD` in the user's local zone. */
export function formatLocalDate(d: Date): string {
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function formatCalendarDate(d: CalendarDate): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** Parses `--now`-style input `YYYY-MM-DDTHH:mm` (or `YYYY-MM-DD`, midnight) as local time. */
export function parseLocalDateTime(text: string): Date | undefined {
  const t = parseWallTime(text, 0);
  return 'error' in t ? undefined : wallTimeToInstant(t);
}

/** "45 min", "4 h", "3 d": a duration rounded to one unit ("0 min" under a minute). */
export function formatAmount(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60000);
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 48 * 60) return `${Math.round(minutes / 60)} h`;
  return `${Math.round(minutes / 1440)} d`;
}

/** "in 4 h", "2 d ago", "now": a short relative phrase for rows and the CLI table. */
export function formatRelative(due: Date, now: Date): string {
  const ms = due.getTime() - now.getTime();
  if (Math.abs(ms) < 30_000) return 'now';
  return ms > 0 ? `in ${formatAmount(ms)}` : `${formatAmount(ms)} ago`;
}
