// Repeat rules (RRULE) that ical.js must never be left to expand. ical.js filters candidate dates
// in a loop that only ends when one passes (a DAILY rule limited to February 31st never does), so
// a rule no date satisfies is refused before any expansion, and every expansion runs with a
// bound on ical.js's own steps (`boundExpansion`), so that nothing a file says can hold the CLI or
// the extension host.
import { daysInMonth, dayNumber, fromDayNumber, isLeapYear, weekdayOf, type CalendarDate } from '../time/calendar';

type RuleJson = Record<string, unknown>;

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
/** Where ical.js reads a part as a filter of candidates (CONTRACT) rather than a source of them. */
const FILTERS_DATES_BY_WEEKDAY_ONLY = new Set(['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY']);

function list(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function numbers(rule: RuleJson, part: string): number[] | string {
  const out: number[] = [];
  for (const v of list(rule[part])) {
    const n = Number(v);
    if (!Number.isInteger(n)) return `${part.toUpperCase()}=${String(v)} is not a whole number`;
    out.push(n);
  }
  return out;
}

const RANGES: [string, number, number, boolean][] = [
  // part, lowest, highest, whether negative values count from the end
  ['bysecond', 0, 60, false], ['byminute', 0, 59, false], ['byhour', 0, 23, false],
  ['bymonthday', 1, 31, true], ['byyearday', 1, 366, true], ['byweekno', 1, 53, true],
  ['bymonth', 1, 12, false], ['bysetpos', 1, 366, true],
];

/** ISO week number (weeks from Monday; week 1 holds the year's first Thursday), and the weeks its year has. */
function isoWeek(n: number): { week: number; weeks: number } {
  const thursday = n - ((weekdayOf(n) + 6) % 7) + 3;
  const year = fromDayNumber(thursday).year;
  const jan1 = dayNumber({ year, month: 1, day: 1 });
  const week = Math.floor((thursday - jan1) / 7) + 1;
  const dec28 = dayNumber({ year, month: 12, day: 28 });
  const last = Math.floor((dec28 - ((weekdayOf(dec28) + 6) % 7) + 3 - jan1) / 7) + 1;
  return { week, weeks: last };
}

/**
 * Why the rule can never give a date, in plain words; undefined when it can. Ranges first, then
 * a scan of 400 years of days (the Gregorian calendar's whole cycle) for one that satisfies every
 * date part at once, read as ical.js reads them for the rule's frequency.
 */
export function impossibleRule(rule: RuleJson, start: CalendarDate): string | undefined {
  const freq = String(rule.freq ?? '').toUpperCase();
  if (!['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'].includes(freq)) return `FREQ=${freq || '(none)'} is not a frequency`;
  const interval = rule.interval === undefined ? 1 : Number(rule.interval);
  if (!Number.isInteger(interval) || interval < 1) return `INTERVAL=${String(rule.interval)} is not a positive whole number`;
  const parts: Record<string, number[]> = {};
  for (const [part, low, high, fromEnd] of RANGES) {
    const values = numbers(rule, part);
    if (typeof values === 'string') return values;
    const bad = values.find((v) => !(v >= low && v <= high) && !(fromEnd && v <= -low && v >= -high));
    if (bad !== undefined) return `${part.toUpperCase()}=${bad} is out of range`;
    parts[part] = values;
  }
  const days: { ordinal?: number; weekday: number }[] = [];
  for (const d of list(rule.byday)) {
    const m = /^([+-]?\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/.exec(String(d).toUpperCase());
    if (!m) return `BYDAY=${String(d)} is not a weekday`;
    const ordinal = m[1] === undefined ? undefined : Number(m[1]);
    if (ordinal !== undefined && (ordinal === 0 || Math.abs(ordinal) > 53)) return `BYDAY=${String(d)} is out of range`;
    days.push({ ...(ordinal !== undefined ? { ordinal } : {}), weekday: WEEKDAYS.indexOf(m[2]!) });
  }
  // DAILY and finer, and WEEKLY, compare a day's weekday with BYDAY as written: "1MO" never equals "MO".
  const weekdayOnly = FILTERS_DATES_BY_WEEKDAY_ONLY.has(freq);
  const byMonth = new Set(parts.bymonth);

  const matches = (n: number): boolean => {
    const d = fromDayNumber(n);
    const dim = daysInMonth(d.year, d.month);
    if (byMonth.size && !byMonth.has(d.month)) return false;
    if (parts.bymonthday!.length && !parts.bymonthday!.some((v) => v === d.day || v === d.day - dim - 1)) return false;
    if (parts.byyearday!.length) {
      const doy = n - dayNumber({ year: d.year, month: 1, day: 1 }) + 1;
      const len = isLeapYear(d.year) ? 366 : 365;
      if (!parts.byyearday!.some((v) => v === doy || v === doy - len - 1)) return false;
    }
    if (parts.byweekno!.length) {
      const { week, weeks } = isoWeek(n);
      if (!parts.byweekno!.some((v) => v === week || v === week - weeks - 1)) return false;
    }
    if (days.length) {
      const weekday = weekdayOf(n);
      const fits = days.some((b) => {
        if (b.weekday !== weekday) return false;
        if (b.ordinal === undefined) return true;
        if (weekdayOnly) return false;
        // The nth such weekday of the month (MONTHLY, or YEARLY with BYMONTH), else of the year.
        const inMonth = freq === 'MONTHLY' || byMonth.size > 0;
        const index = inMonth ? d.day : n - dayNumber({ year: d.year, month: 1, day: 1 }) + 1;
        const len = inMonth ? dim : isLeapYear(d.year) ? 366 : 365;
        return b.ordinal === Math.ceil(index / 7) || b.ordinal === -Math.ceil((len - index + 1) / 7);
      });
      if (!fits) return false;
    }
    return true;
  };
  const from = dayNumber(start);
  for (let n = from; n < from + 400 * 366; n++) if (matches(n)) return undefined;
  return 'no date satisfies all of its BY parts';
}

/** ical.js stopped: the rule made it test more candidate dates than MAX_STEPS. */
export class ExpansionTooLong extends Error {}

/**
 * Bounds the work of an ical.js expansion (`Event.iterator()`): each of its rule iterators may
 * test at most `maxSteps` candidate dates in all, then throws ExpansionTooLong. ical.js keeps
 * them in `ruleIterators` and tests each candidate with `check_contracting_rules`, the loop that
 * can spin; where a later ical.js names them otherwise, the rule check above still stands.
 */
export function boundExpansion(expansion: unknown, maxSteps: number): void {
  const iterators = (expansion as { ruleIterators?: unknown } | null)?.ruleIterators;
  if (!Array.isArray(iterators)) return;
  for (const iterator of iterators as { check_contracting_rules?: () => boolean }[]) {
    const check = iterator.check_contracting_rules;
    if (typeof check !== 'function') continue;
    let steps = 0;
    iterator.check_contracting_rules = function (this: unknown) {
      if (++steps > maxSteps) throw new ExpansionTooLong(`more than ${maxSteps} dates tested`);
      return check.call(this);
    };
  }
}
