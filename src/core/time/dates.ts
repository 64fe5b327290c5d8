// Wall times and instants, the one DST policy of the core. Dates in notes are wall-clock values:
// they are turned into instants with the user's local zone or the note's IANA zone, never via UTC
// strings. One rule for the hours a daylight-saving change repeats or skips, the same on every
// machine: a repeated hour is its first occurrence, a skipped one moves forward by the gap (as a
// clock set forward would). Calendar arithmetic is in calendar.ts.
import { addDays } from 'date-fns';
import { dayNumber, formatCalendarDate, isValidCalendarDate, MAX_YEAR, MIN_YEAR, type CalendarDate, type WallTime } from './calendar';

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2}))?$/;

/** Parses `YYYY-MM-DD HH:mm`, `YYYY-MM-DDTHH:mm` or `YYYY-MM-DD` (= defaultHour:00). */
export function parseWallTime(text: string, defaultHour = 9): WallTime | { error: string } {
  const m = WALL_TIME.exec(text.trim());
  if (!m) return { error: `"${text}" is not a date in the form YYYY-MM-DD or YYYY-MM-DD HH:mm` };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const hour = m[4] === undefined ? defaultHour : Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  if (year < MIN_YEAR || year > MAX_YEAR) return { error: `${m[1]} is outside the years ${MIN_YEAR}-${MAX_YEAR}` };
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

// One formatter per zone (building one costs ~15 µs).
const zoneFormatters = new Map<string, Intl.DateTimeFormat>();

/** The UTC offset of `zone` at instant ms, in ms (east positive). */
export function zoneOffsetMs(zone: string, ms: number): number {
  let f = zoneFormatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    zoneFormatters.set(zone, f);
  }
  // format() and one regular expression: formatToParts' array of objects cost three times as much.
  const m = EN_US_WALL.exec(f.format(ms));
  let wall: number;
  if (m) wall = utcOf(Number(m[3]), Number(m[1]), Number(m[2]), Number(m[4]), Number(m[5])) + Number(m[6]) * 1000;
  else {
    const p: Record<string, number> = {};
    for (const part of f.formatToParts(ms)) if (part.type !== 'literal') p[part.type] = Number(part.value);
    wall = utcOf(p.year!, p.month!, p.day!, p.hour!, p.minute!) + p.second! * 1000;
  }
  return wall - (ms - (((ms % 1000) + 1000) % 1000));
}

/** What the en-US formatter above prints: "11/26/2026, 14:05:09". Anything else (an ICU with other patterns, eras) is read part by part. */
const EN_US_WALL = /^(\d{1,2})\/(\d{1,2})\/(\d{4}), (\d{2}):(\d{2}):(\d{2})$/;

function localOffsetMs(ms: number): number {
  return -new Date(ms).getTimezoneOffset() * 60000;
}

/** The wall time as if it were UTC (a count of ms from 1970-01-01 00:00 on the calendar). */
function utcOf(year: number, month: number, day: number, hour: number, minute: number): number {
  return dayNumber({ year, month, day }) * 86_400_000 + (hour * 60 + minute) * 60_000;
}

interface ResolvedWallTime {
  instant: Date;
  /** Set when the wall time does not exist (clocks moved forward over it): the time taken instead. */
  skippedTo?: WallTime;
}

/**
 * The instant of a wall time in `zone` (the user's local zone when undefined). A repeated hour
 * gives its first occurrence; a skipped one moves forward by the gap, and says so.
 */
export function resolveWallTime(t: WallTime, zone?: string): ResolvedWallTime {
  const offset = zone ? (ms: number) => zoneOffsetMs(zone, ms) : localOffsetMs;
  const wall = utcOf(t.year, t.month, t.day, t.hour, t.minute);
  // The offsets in force a day either side bracket any change on this day.
  const before = offset(wall - 86400000);
  const after = offset(wall + 86400000);
  const fits = [before, after].map((o) => wall - o).filter((ms) => offset(ms) === wall - ms);
  if (fits.length > 0) return { instant: new Date(Math.min(...fits)) };
  // In the gap: read with the offset before the change, the wall time lands after the gap.
  const instant = new Date(wall - before);
  const shifted = new Date(wall - before + offset(wall - before));
  return {
    instant,
    skippedTo: { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate(), hour: shifted.getUTCHours(), minute: shifted.getUTCMinutes() },
  };
}

/** The instant of a wall time in `zone`, or in the user's local zone when zone is undefined. */
export function wallTimeToInstant(t: WallTime, zone?: string): Date {
  return resolveWallTime(t, zone).instant;
}

/** A local Date at hour:minute on a calendar date. */
export function localDateAt(d: CalendarDate, hour: number, minute: number): Date {
  return new Date(d.year, d.month - 1, d.day, hour, minute);
}

/** The wall time of an instant in `zone` (the user's local zone when undefined). */
export function wallTimeIn(instant: Date, zone?: string): WallTime {
  if (!zone) return { ...localDayOf(instant), hour: instant.getHours(), minute: instant.getMinutes() };
  const shifted = new Date(instant.getTime() + zoneOffsetMs(zone, instant.getTime()));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate(), hour: shifted.getUTCHours(), minute: shifted.getUTCMinutes() };
}

/** The user's local calendar date of an instant. */
export function localDayOf(instant: Date): CalendarDate {
  return { year: instant.getFullYear(), month: instant.getMonth() + 1, day: instant.getDate() };
}

/** The same local wall time `days` calendar days later (a DST change in between keeps the hour). */
export function laterByDays(instant: Date, days: number): Date {
  return addDays(instant, days);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `YYYY-MM-DDTHH:mm` in the user's local zone. */
export function formatLocalDateTime(d: Date): string {
  return `${formatLocalDate(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** `YYYY-MM-DDTHH:mm+HH:MM` in the user's local zone: the local time and which instant it is. */
export function formatOffsetDateTime(d: Date): string {
  const minutes = -d.getTimezoneOffset();
  const abs = Math.abs(minutes);
  return `${formatLocalDateTime(d)}${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** `YYYY-MM-DD` in the user's local zone. */
export function formatLocalDate(d: Date): string {
  return formatCalendarDate(localDayOf(d));
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
