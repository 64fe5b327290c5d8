// Calendar-day arithmetic and business days. Dates are counted as whole days since
// 1970-01-01 ("day numbers"), so adding days never meets a DST change or a time zone:
// the calendar date a note names is the calendar date that comes out.
import type { CalendarDate } from '../model/types';

const MS_PER_DAY = 86_400_000;

/** Public holidays of a place. Filled by an adapter (e.g. from date-holidays); core never loads one itself. */
export interface HolidayCalendar {
  /** Short name for messages, e.g. "US" or "DE-BY". */
  readonly name: string;
  isHoliday(date: CalendarDate): boolean;
}

/** Whole days since 1970-01-01 (a calendar count, not an instant). */
export function dayNumber(d: CalendarDate): number {
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY);
}

export function fromDayNumber(n: number): CalendarDate {
  const t = new Date(n * MS_PER_DAY);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** The Monday of the Monday-to-Sunday week that holds day n. */
export function mondayOf(n: number): number {
  return n - ((weekdayOf(n) + 6) % 7);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Day number of year-month-day, or undefined when that date does not exist (Feb 30). */
export function dayOf(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayNumber({ year, month, day });
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
export function isBusinessDay(n: number, holidays?: HolidayCalendar): boolean {
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

const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Tue 24 Nov", with the year when it is not `yearOfReference`'s. */
export function formatDay(n: number, yearOfReference?: number): string {
  const d = fromDayNumber(n);
  const year = yearOfReference !== undefined && d.year !== yearOfReference ? ` ${d.year}` : '';
  return `${WEEKDAY_NAMES[weekdayOf(n)]} ${d.day} ${MONTH_NAMES[d.month - 1]}${year}`;
}
