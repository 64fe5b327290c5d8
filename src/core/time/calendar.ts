// Calendar dates and their arithmetic, the one copy in the core: month lengths, day numbers,
// weekdays, months added, business days. Dates are counted as whole days since 1970-01-01
// ("day numbers"), so adding days never meets a DST change or a time zone: the calendar date a
// note names is the calendar date that comes out. Instants and zones are in dates.ts.

/** A calendar date with no time and no zone, as written in a note. month is 1-12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** A wall-clock date and time with no zone, as written in a note. */
export interface WallTime extends CalendarDate {
  hour: number;
  minute: number;
}

/** Public holidays of a place. Filled by an adapter (e.g. from date-holidays); core never loads one itself. */
export interface HolidayCalendar {
  /** Short name for messages, e.g. "US" or "DE-BY". */
  readonly name: string;
  isHoliday(date: CalendarDate): boolean;
}

/** Years a note may use: two-digit years would otherwise become 1900-1999 in Date, and 9999 in a
 * zone east of UTC plus a follow-up's two weeks would reach the year 10000. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 9998;

const MS_PER_DAY = 86_400_000;

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A date that exists, in the years a note may use. */
export function isValidCalendarDate(d: CalendarDate): boolean {
  return d.year >= MIN_YEAR && d.year <= MAX_YEAR && d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

/** Whole days since 1970-01-01 (a calendar count, not an instant). */
export function dayNumber(d: CalendarDate): number {
  const t = new Date(Date.UTC(2000, d.month - 1, d.day));
  // setUTCFullYear keeps years below 100 (Date.UTC maps them to 19xx).
  t.setUTCFullYear(d.year, d.month - 1, d.day);
  return Math.round(t.getTime() / MS_PER_DAY);
}

export function fromDayNumber(n: number): CalendarDate {
  const t = new Date(n * MS_PER_DAY);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Day number of year-month-day, or undefined when that date does not exist (Feb 30). */
export function dayNumberOf(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayNumber({ year, month, day });
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** The Monday of the Monday-to-Sunday week that holds day n. */
export function mondayOf(n: number): number {
  return n - ((weekdayOf(n) + 6) % 7);
}

/** n months after day `from`, the day of the month clamped to the target month (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(from: number, months: number): number {
  const d = fromDayNumber(from);
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return dayNumber({ year, month, day: Math.min(d.day, daysInMonth(year, month)) });
}

/** Monday to Friday, except 1 January, 25 December and the calendar's holidays. */
function isBusinessDay(n: number, holidays?: HolidayCalendar): boolean {
  const weekday = weekdayOf(n);
  if (weekday === 0 || weekday === 6) return false;
  const d = fromDayNumber(n);
  if ((d.month === 1 && d.day === 1) || (d.month === 12 && d.day === 25)) return false;
  return !holidays?.isHoliday(d);
}

/** Day n if it is a business day, else the next one. Gives up after a year of holidays (a broken calendar). */
export function businessDayOnOrAfter(n: number, holidays?: HolidayCalendar): number {
  for (let i = 0; i < 366; i++) if (isBusinessDay(n + i, holidays)) return n + i;
  return n;
}

/** n business days after day `from` (day `from` itself not counted). */
export function addBusinessDays(from: number, count: number, holidays?: HolidayCalendar): number {
  let day = from;
  for (let left = count; left > 0; left--) day = businessDayOnOrAfter(day + 1, holidays);
  return day;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `YYYY-MM-DD`. */
export function formatCalendarDate(d: CalendarDate): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const WEEKDAY_FULL_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTH_FULL_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Tue 24 Nov" ("24 Nov" without the weekday), with the year when it is not `yearOfReference`'s. */
export function formatDay(n: number, yearOfReference?: number, withWeekday = true): string {
  const d = fromDayNumber(n);
  const year = yearOfReference !== undefined && d.year !== yearOfReference ? ` ${d.year}` : '';
  return `${withWeekday ? `${WEEKDAY_NAMES[weekdayOf(n)]} ` : ''}${d.day} ${MONTH_NAMES[d.month - 1]}${year}`;
}
