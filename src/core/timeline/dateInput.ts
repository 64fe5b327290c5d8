// A date (and time) typed into an input box, read with the timeline's words: "today 10am",
// "monday 2pm", "tomorrow", "next friday 9:30", "dec 12 14:00", "in 3 days", "2026-12-15 14:00".
// New Interview Note, Snooze and the next round's date all read their input here, and show what
// was read (`describeDateInput`) before the input is accepted. Calendar arithmetic is the time
// module's; the words and the tokenizer are the timeline grammar's.
import { dayNumber, dayNumberOf, formatDay, fromDayNumber, weekdayOf } from '../time/calendar';
import { formatRelative, localDateAt, localDayOf, parseWallTime } from '../time/dates';
import { AMBIGUOUS_MONTHS, MONTHS, WEEKDAYS, WEEKDAY_ABBREVIATIONS, numberWord, tokenize } from './words';
import type { WallTime } from '../model/types';

export interface DateInput {
  wall: WallTime;
  /** No time was typed: `wall` has the default hour. */
  timeDefaulted: boolean;
}

interface DateInputOptions {
  /** The hour taken when only a date is typed (default 9). */
  defaultHour?: number;
}

/** Words that may stand between the parts ("on monday at 2pm"). */
const FILLERS = new Set(['on', 'at', 'the', 'of', ',', '.', 'this', 'coming', 'around', 'about', '@']);
/** Words after which a weekday is a past one ("last monday"). */
const PAST = new Set(['last', 'past', 'previous']);
const MAX_TOKENS = 20;

const pad = (n: number) => String(n).padStart(2, '0');

/** "Mon 14 Dec 2026 14:00 (in 3 d)": what a typed date was read as, relative to now. */
export function describeDateInput(wall: WallTime, now: Date): string {
  const day = dayNumber(wall);
  const instant = localDateAt(wall, wall.hour, wall.minute);
  return `${formatDay(day)} ${wall.year} ${pad(wall.hour)}:${pad(wall.minute)} (${formatRelative(instant, now)})`;
}

/** Examples for a prompt, relative to now: "today 14:00, tomorrow 10am, friday 2pm or 2026-12-17 09:30". */
export function dateInputExamples(now: Date): string {
  const today = dayNumber(localDayOf(now));
  const weekday = Object.keys(WEEKDAYS).find((w) => WEEKDAYS[w] === (weekdayOf(today) + 3) % 7)!;
  const inAWeek = fromDayNumber(today + 7);
  return `today ${pad(Math.min(now.getHours() + 1, 23))}:00, tomorrow 10am, ${weekday} 2pm or ${inAWeek.year}-${pad(inAWeek.month)}-${pad(inAWeek.day)} 09:30`;
}

/** The text as a local wall time at `now`, or why not (one sentence, with an example). */
export function readDateInput(text: string, now: Date, options: DateInputOptions = {}): DateInput | { error: string } {
  const trimmed = text.trim();
  if (!trimmed) return { error: `Type a date, e.g. ${dateInputExamples(now)}` };
  // The note's own form first: YYYY-MM-DD or YYYY-MM-DD HH:mm.
  if (/^\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2})?$/.test(trimmed)) {
    const t = parseWallTime(trimmed, options.defaultHour ?? 9);
    return 'error' in t ? t : { wall: t, timeDefaulted: !/[ T]/.test(trimmed) };
  }
  const tokens = tokenize(trimmed, MAX_TOKENS);
  if (tokens.length > MAX_TOKENS) return { error: 'Too long for a date: type a date such as tomorrow 10am' };
  const today = dayNumber(localDayOf(now));
  let day: number | undefined;
  let hour: number | undefined;
  let minute = 0;
  let pending: 'past' | 'next' | undefined;
  const unread: string[] = [];
  const w = (k: number) => tokens[k]?.w ?? '';
  const setDay = (n: number | undefined): boolean => {
    if (n === undefined || day !== undefined) return false;
    day = n;
    return true;
  };
  for (let k = 0; k < tokens.length; k++) {
    const word = w(k);
    if (PAST.has(word)) {
      pending = 'past';
      continue;
    }
    if (word === 'next') {
      pending = 'next';
      continue;
    }
    if (FILLERS.has(word)) continue;
    if (word === 'today' || word === 'tonight') {
      if (!setDay(today)) unread.push(word);
      if (word === 'tonight' && hour === undefined) hour = 19;
      continue;
    }
    if (word === 'tomorrow' || word === 'tmrw' || word === 'tmr') {
      if (!setDay(today + 1)) unread.push(word);
      continue;
    }
    if (word === 'yesterday') {
      if (!setDay(today - 1)) unread.push(word);
      continue;
    }
    const weekday = WEEKDAYS[word] ?? WEEKDAY_ABBREVIATIONS[word];
    if (weekday !== undefined) {
      // The coming one (today counts); "last monday" the one before today.
      const ahead = (weekday - weekdayOf(today) + 7) % 7;
      const target = pending === 'past' ? today - ((weekdayOf(today) - weekday + 7) % 7 || 7) : today + (pending === 'next' && ahead === 0 ? 7 : ahead);
      if (!setDay(target)) unread.push(word);
      pending = undefined;
      continue;
    }
    // "in 3 days", "in two weeks", "in 2 hours".
    if (word === 'in') {
      const n = /^\d{1,3}$/.test(w(k + 1)) ? Number(w(k + 1)) : numberWord(w(k + 1)) ?? (w(k + 1) === 'a' || w(k + 1) === 'an' ? 1 : undefined);
      const unit = w(k + 2);
      if (n !== undefined && /^(day|days|week|weeks)$/.test(unit) && setDay(today + n * (unit.startsWith('week') ? 7 : 1))) {
        k += 2;
        continue;
      }
      if (n !== undefined && /^(hour|hours|hr|hrs|minute|minutes|min|mins)$/.test(unit) && day === undefined && hour === undefined) {
        const at = new Date(now.getTime() + n * (unit.startsWith('h') ? 3600_000 : 60_000));
        day = dayNumber(localDayOf(at));
        hour = at.getHours();
        minute = at.getMinutes();
        k += 2;
        continue;
      }
      unread.push(word);
      continue;
    }
    // "dec 12", "december 12th", "12 dec", "12th of december", with a year or not.
    const month = MONTHS[word] ?? AMBIGUOUS_MONTHS[word];
    if (month !== undefined && /^\d{1,2}(?:st|nd|rd|th)?$/.test(w(k + 1)) && w(k + 2) !== ':' && !/^(am|pm|a|p)$/.test(w(k + 2))) {
      const dd = parseInt(w(k + 1), 10);
      const year = /^\d{4}$/.test(w(k + 2)) ? Number(w(k + 2)) : /^\d{4}$/.test(w(k + 3)) && w(k + 2) === ',' ? Number(w(k + 3)) : undefined;
      if (!setDay(resolveMonthDay(month, dd, year, today))) unread.push(word);
      k += year === undefined ? 1 : w(k + 2) === ',' ? 3 : 2;
      continue;
    }
    if (/^\d{1,2}(?:st|nd|rd|th)?$/.test(word)) {
      const next = w(k + 1) === 'of' ? k + 2 : k + 1;
      const m = MONTHS[w(next)] ?? AMBIGUOUS_MONTHS[w(next)];
      if (m !== undefined) {
        const year = /^\d{4}$/.test(w(next + 1)) ? Number(w(next + 1)) : undefined;
        if (!setDay(resolveMonthDay(m, parseInt(word, 10), year, today))) unread.push(word);
        k = year === undefined ? next : next + 1;
        continue;
      }
      // A time: "10am", "10 am", "14:30", "2:30pm", "at 14".
      const h = parseInt(word, 10);
      let mm = 0;
      let j = k + 1;
      if (w(j) === ':' && /^\d{2}$/.test(w(j + 1))) {
        mm = Number(w(j + 1));
        j += 2;
      }
      let meridiem = w(j);
      if (meridiem === 'a' || meridiem === 'p') {
        // "10 a.m." tokenizes as a . m .
        if (w(j + 1) === '.' && w(j + 2) === 'm') j += 2;
        meridiem = `${meridiem}m`;
      }
      const hasMeridiem = meridiem === 'am' || meridiem === 'pm';
      const explicit = hasMeridiem || w(k + 1) === ':' || w(k - 1) === 'at';
      if (!explicit || hour !== undefined || mm > 59 || (hasMeridiem ? h < 1 || h > 12 : h > 23)) {
        unread.push(tokens[k]!.w);
        continue;
      }
      hour = hasMeridiem ? (h % 12) + (meridiem === 'pm' ? 12 : 0) : h;
      minute = mm;
      k = hasMeridiem ? j : j - 1;
      continue;
    }
    if (word === 'noon' || word === 'midday') {
      if (hour !== undefined) unread.push(word);
      hour = 12;
      minute = 0;
      continue;
    }
    if (word === 'midnight') {
      if (hour !== undefined) unread.push(word);
      hour = 0;
      minute = 0;
      continue;
    }
    if (word === 'morning' || word === 'afternoon' || word === 'evening') {
      if (hour === undefined) hour = word === 'morning' ? 9 : word === 'afternoon' ? 14 : 18;
      continue;
    }
    unread.push(trimmed.slice(tokens[k]!.start, tokens[k]!.end));
  }
  if (unread.length > 0) return { error: `Could not read "${unread.slice(0, 3).join('", "')}": type a date such as ${dateInputExamples(now)}` };
  if (day === undefined && hour === undefined) return { error: `No date in "${trimmed}": type one such as ${dateInputExamples(now)}` };
  const d = fromDayNumber(day ?? today);
  const wall: WallTime = { ...d, hour: hour ?? options.defaultHour ?? 9, minute };
  const check = parseWallTime(`${String(wall.year).padStart(4, '0')}-${pad(wall.month)}-${pad(wall.day)} ${pad(wall.hour)}:${pad(wall.minute)}`);
  if ('error' in check) return check;
  return { wall, timeDefaulted: hour === undefined };
}

/** The day number of a month and day: in `year`, else this year's, or next year's when it is more than 60 days past. */
function resolveMonthDay(month: number, day: number, year: number | undefined, today: number): number | undefined {
  const thisYear = fromDayNumber(today).year;
  const n = dayNumberOf(year ?? thisYear, month, day);
  if (n === undefined) return undefined;
  if (year === undefined && n < today - 60) return dayNumberOf(thisYear + 1, month, day);
  return n;
}
