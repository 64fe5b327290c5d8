// Turns a stated hiring timeline ("two weeks", "by Friday", "Dec 3rd") into a calendar date.
// Pure: no vscode, no fs. All arithmetic runs on Dates at local noon, so a DST change can
// never move the calendar date, and the answer is the same in every time zone.

import {
  addBusinessDays,
  addDays,
  addMonths,
  addWeeks,
  lastDayOfMonth,
  nextDay,
  nextFriday,
  startOfWeek,
  type Day,
} from 'date-fns';
import type { CalendarDate } from './types';

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// A count: digits, one..twelve, or the vague "a couple (of)" = 2, "a few" = 3, "a"/"an" = 1.
const QTY = `\\d{1,3}|${NUMBER_WORDS.join('|')}|a couple(?: of)?|a few|an?`;
const UNIT = '(?:business|working)\\s+days?|days?|weeks?|fortnights?|months?';
const MONTH =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const ORDINAL = '(?:st|nd|rd|th)?';
const FULL_WEEKDAY = '(?:sun|mon|tues|wednes|thurs|fri|satur)day';
const SHORT_WEEKDAY = 'sun|mon|tues?|wed|thu(?:rs?)?|fri|sat';

type Rule = [RegExp, (m: RegExpExecArray, start: Date) => Date | undefined];

/** First match wins, so the more specific phrases come first. */
const RULES: Rule[] = [
  // An ISO date is unambiguous; an impossible one (2026-02-30) means "not understood", not "look further".
  [/(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/, (m) => makeDate(Number(m[1]), Number(m[2]), Number(m[3]))],
  // "end of next week": Friday of the Monday-based week after the interview's week.
  [/\bend\s+of\s+next\s+week\b/, (_, d) => addDays(startOfWeek(d, { weekStartsOn: 1 }), 7 + 4)],
  // "(by the) end of the/this week": the Friday on or after the interview (weekend -> following Friday).
  [/\bend\s+of\s+(?:the\s+|this\s+)?week\b/, (_, d) => (d.getDay() === 5 ? d : nextFriday(d))],
  // "end of the month": last day of the interview's month.
  [/\bend\s+of\s+(?:the\s+|this\s+)?month\b/, (_, d) => lastDayOfMonth(d)],
  // "December 3", "Dec 3rd": month first.
  [new RegExp(`\\b(${MONTH})\\.?\\s+(\\d{1,2})${ORDINAL}\\b`), (m, d) => nextOccurrence(d, m[1]!, m[2]!)],
  // "3 December", "3rd of Dec": day first.
  [new RegExp(`\\b(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?(${MONTH})\\b`), (m, d) => nextOccurrence(d, m[2]!, m[1]!)],
  // "by the 15th": the first 15th after the interview (this month or the next one that has it).
  [/\b(?:by|on|before|until)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b/, (m, d) => nextDayOfMonth(d, Number(m[1]))],
  // "two weeks", "3-5 business days", "1 or 2 months": a count (upper bound of a range) of a unit.
  [new RegExp(`\\b(${QTY})(?:\\s*(?:-|to|or)\\s*(${QTY}))?\\s+(${UNIT})\\b`), (m, d) => addUnits(d, m)],
  // "next week" is read as seven days, not as a weekday.
  [/\bnext\s+week\b/, (_, d) => addDays(d, 7)],
  // "Friday", "by Friday", "next Fri": the first such day strictly after the interview.
  // Abbreviations need a lead word so "they sat down" is not Saturday.
  [
    new RegExp(`\\b(${FULL_WEEKDAY})\\b|\\b(?:by|on|next|until|before)\\s+(${SHORT_WEEKDAY})\\b`),
    (m, d) => nextDay(d, WEEKDAYS.indexOf((m[1] ?? m[2]!).slice(0, 3)) as Day),
  ],
];

/** The calendar date a stated timeline points to, counted from the interview's calendar date; undefined when not understood. */
export function parseTimeline(text: string, interviewDate: CalendarDate): CalendarDate | undefined {
  const start = makeDate(interviewDate.year, interviewDate.month, interviewDate.day);
  if (!start) return undefined;
  const normalized = text.toLowerCase().replace(/[\u2010-\u2015]/g, '-'); // en/em dashes -> hyphen
  for (const [pattern, resolve] of RULES) {
    const match = pattern.exec(normalized);
    if (match) {
      const date = resolve(match, start);
      return date && { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
    }
  }
  return undefined;
}

/** Local noon of a calendar date, or undefined when the date does not exist (Feb 30). */
function makeDate(year: number, month: number, day: number): Date | undefined {
  const date = new Date(year, month - 1, day, 12);
  const exists = date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  return exists ? date : undefined;
}

/** "a couple of" -> 2, "five" -> 5, "10" -> 10. */
function quantity(word: string): number {
  if (/^\d+$/.test(word)) return Number(word);
  if (word.startsWith('a couple')) return 2;
  if (word === 'a few') return 3;
  if (word === 'a' || word === 'an') return 1;
  return NUMBER_WORDS.indexOf(word) + 1;
}

function addUnits(start: Date, m: RegExpExecArray): Date {
  const n = Math.max(quantity(m[1]!), m[2] ? quantity(m[2]) : 0);
  const unit = m[3]!;
  if (/^(?:business|working)/.test(unit)) return addBusinessDays(start, n);
  if (unit.startsWith('day')) return addDays(start, n);
  if (unit.startsWith('week')) return addWeeks(start, n);
  if (unit.startsWith('fortnight')) return addDays(start, 14 * n);
  return addMonths(start, n); // clamps: Jan 31 + 1 month -> Feb 28/29
}

/** That month/day in the interview's year, or next year if it would fall before the interview. */
function nextOccurrence(start: Date, monthName: string, dayText: string): Date | undefined {
  const month = MONTHS.indexOf(monthName.slice(0, 3)) + 1;
  const day = Number(dayText);
  const isPast = month < start.getMonth() + 1 || (month === start.getMonth() + 1 && day < start.getDate());
  return makeDate(start.getFullYear() + (isPast ? 1 : 0), month, day); // Feb 30, or Feb 29 off leap years -> undefined
}

/** The first date after start whose day of the month is `day` (skipping months too short for it). */
function nextDayOfMonth(start: Date, day: number): Date | undefined {
  if (day < 1 || day > 31) return undefined;
  for (let i = 0; i < 13; i++) {
    const month = start.getMonth() + i; // 0-based, may run past December
    const date = makeDate(start.getFullYear() + Math.floor(month / 12), (month % 12) + 1, day);
    if (date && date > start) return date;
  }
  return undefined;
}
