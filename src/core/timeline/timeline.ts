// Reads a stated hiring timeline ("early next week", "within two weeks", "by Friday") into
// the day the follow-up is due, and says what it read. A deadline is followed up on the
// first business day after it; a span on the day it ends (or the next business day). When
// the text is vague, or holds time words the grammar did not use, the follow-up falls back
// to the default span and the reading says why: never a confident date from half a sentence.
import { businessDayOnOrAfter, dayNumber, dayNumberOf, formatDay, fromDayNumber, type HolidayCalendar } from '../time/calendar';
import { findExpressions, type Expr } from './grammar';
import {
  AMBIGUOUS_MONTHS, DAY_WORDS, HOLIDAY_WORDS, MONTHS, QUALIFIERS, UNIT_ADJECTIVES, UNITS, VAGUE_COUNTS, VAGUE_PAIRS, VAGUE_WORDS,
  WEEKDAYS, numberWord, tokenize, type Token,
} from './words';
import type { CalendarDate } from '../model/types';

interface TimelineOptions {
  /** Days after the interview when there is no usable timeline. */
  defaultDays: number;
  /** Public holidays that are not business days (besides 1 January and 25 December). */
  holidays?: HolidayCalendar;
}

export interface TimelineReading {
  /** The calendar date the follow-up is due (09:00 local). */
  followUp: CalendarDate;
  /** True when the date comes from the stated timeline, false when it is the default. */
  fromTimeline: boolean;
  kind: 'deadline' | 'span' | 'default';
  /** The deadline or the end of the span that decided the date. */
  stated?: CalendarDate;
  /** Expressions read, as "early next week → Tue 24 Nov". */
  read: string[];
  /** Time words not used (or dates that cannot be a follow-up date). */
  ignored: string[];
  /** Words that name no date ("soon", "in touch"). */
  vague: string[];
  /** One line for the user: what was read and when to follow up. */
  explanation: string;
}

const LEAD_WORDS = new Set(['by', 'within', 'in', 'before', 'until', 'till', 'on', 'after', 'over', 'around', 'during', 'for', 'between']);
/** Words between a lead word and its expression ("within the next couple of weeks"). */
const FILLERS = new Set(['the', 'next', 'another', 'about', 'around', 'approximately', 'roughly']);
const MAX_LISTED = 4;
/** Words read at most: a timeline is a sentence or two, not a pasted document. */
const MAX_TOKENS = 1000;

// The last reading: parsing a note checks its timeline and planning it reads the same one right
// after (a sixth of a cold `due` was this second read). Readings are never changed by callers.
let last: { text: string | undefined; year: number; month: number; day: number; defaultDays: number; holidays?: HolidayCalendar; reading: TimelineReading } | undefined;

/** The follow-up date a stated timeline gives, counted from the interview's calendar date. */
export function readTimeline(text: string | undefined, interview: CalendarDate, options: TimelineOptions): TimelineReading {
  const l = last;
  if (l && l.text === text && l.year === interview.year && l.month === interview.month && l.day === interview.day && l.defaultDays === options.defaultDays && l.holidays === options.holidays) {
    return l.reading;
  }
  const reading = readTimelineOnce(text, interview, options);
  last = { text, year: interview.year, month: interview.month, day: interview.day, defaultDays: options.defaultDays, holidays: options.holidays, reading };
  return reading;
}

function readTimelineOnce(text: string | undefined, interview: CalendarDate, options: TimelineOptions): TimelineReading {
  const iv = dayNumberOf(interview.year, interview.month, interview.day) ?? dayNumber(interview);
  const source = text ?? '';
  const tokens = tokenize(source, MAX_TOKENS);
  if (tokens.length > MAX_TOKENS) {
    const followUp = businessDayOnOrAfter(iv + options.defaultDays, options.holidays);
    const explanation = `Timeline too long to read (over ${MAX_TOKENS} words): follow up ${options.defaultDays} days after the interview, from ${formatDay(followUp, interview.year)} 09:00`;
    return { followUp: fromDayNumber(followUp), fromTimeline: false, kind: 'default', read: [], ignored: [], vague: [], explanation };
  }
  const exprs = findExpressions(tokens, iv, options.holidays);
  const covered = new Uint8Array(tokens.length);
  for (const e of exprs) covered.fill(1, e.from, e.to);

  const read: Array<{ label: string; followUp: number; expr: Expr }> = [];
  const ignored: string[] = [];
  for (const e of exprs) {
    const phrase = display(source, tokens, e);
    if (e.kind === 'clock') continue;
    if (e.kind === 'past') ignored.push(`${phrase} (in the past)`);
    else if (e.kind === 'invalid') ignored.push(`${phrase} (no such date)`);
    else if (e.kind === 'deadline' && e.day < iv) ignored.push(`${phrase} (${formatDay(e.day, interview.year)}, before the interview)`);
    else if (e.kind === 'span' && e.day <= iv) ignored.push(`${phrase} (no wait at all)`);
    else {
      const followUp = businessDayOnOrAfter(e.kind === 'deadline' ? e.day + 1 : e.day, options.holidays);
      read.push({ label: `${phrase} → ${formatDay(e.day, interview.year)}`, followUp, expr: e });
    }
  }
  ignored.push(...unusedTimeWords(source, tokens, covered));
  const vague = vagueWords(tokens, covered);

  const fromTimeline = read.length > 0 && ignored.length === 0;
  if (fromTimeline) {
    const best = read.reduce((a, b) => (b.followUp > a.followUp ? b : a));
    const labels = list(read.map((r) => r.label));
    const explanation = `${labels}${read.length > 1 ? ' (the latest counts)' : ''}; follow up from ${formatDay(best.followUp, interview.year)} 09:00`;
    return {
      followUp: fromDayNumber(best.followUp), fromTimeline, kind: best.expr.kind === 'span' ? 'span' : 'deadline',
      stated: fromDayNumber(best.expr.day), read: read.map((r) => r.label), ignored, vague, explanation,
    };
  }

  const followUp = businessDayOnOrAfter(iv + options.defaultDays, options.holidays);
  const fallback = `follow up ${options.defaultDays} days after the interview, from ${formatDay(followUp, interview.year)} 09:00`;
  let explanation: string;
  if (!source.trim()) explanation = `No timeline given: ${fallback}`;
  else if (ignored.length > 0) {
    const got = read.length ? `read ${list(read.map((r) => r.label))} but not ${list(ignored.map(quote))}` : `could not read ${list(ignored.map(quote))}`;
    explanation = `Timeline not understood (${got}): ${fallback}`;
  } else if (vague.length > 0) explanation = `${list(vague.map(quote))} ${vague.length > 1 ? 'name' : 'names'} no date: ${fallback}`;
  else explanation = `No date or span found in ${quote(shorten(source))}: ${fallback}`;
  return { followUp: fromDayNumber(followUp), fromTimeline: false, kind: 'default', read: read.map((r) => r.label), ignored, vague, explanation };
}

/** The words of an expression as written, with the lead word before it ("within two weeks"). */
function display(source: string, tokens: Token[], e: Expr): string {
  let from = e.from;
  while (from > 0 && e.from - from < 3 && FILLERS.has(tokens[from - 1]!.w)) from--;
  if (from > 0 && LEAD_WORDS.has(tokens[from - 1]!.w)) from--;
  else if (tokens.slice(from, e.from).every((t) => t.w === 'the')) from = e.from; // "the" alone adds nothing
  return source.slice(tokens[from]!.start, tokens[e.to - 1]!.end);
}

function isDigits(w: string): boolean {
  return /^\d+$/.test(w);
}

/** A word that names a time, when the grammar left it unused. */
function isTimeWord(tokens: Token[], k: number): boolean {
  const w = tokens[k]!.w;
  const next = tokens[k + 1]?.w ?? '';
  const afterNext = tokens[k + 2]?.w ?? '';
  const prev = tokens[k - 1]?.w ?? '';
  if (isDigits(w)) return true;
  if (/^\d+(?:st|nd|rd|th)$/.test(w)) return prev === 'the' || prev === 'by' || prev === 'on' || next === 'of' || MONTHS[next] !== undefined;
  const isCount = numberWord(w) !== undefined || VAGUE_COUNTS[w] !== undefined || w === 'a' || w === 'an';
  if (isCount) {
    const unitAt = next === 'of' ? afterNext : next;
    return UNITS[unitAt] !== undefined || (UNIT_ADJECTIVES.has(unitAt) && UNITS[afterNext] !== undefined);
  }
  if (WEEKDAYS[w] !== undefined || MONTHS[w] !== undefined || HOLIDAY_WORDS.has(w)) return true;
  if (DAY_WORDS.has(w) && w !== 'weekend') return true;
  if (AMBIGUOUS_MONTHS[w] !== undefined) return isDigits(next) || isDigits(prev) || QUALIFIERS[prev] !== undefined;
  return w === 'q' && /^[1-4]$/.test(next);
}

/** Unused time words, each with the unit or number right after it ("3 wks", "Dec 32"). */
function unusedTimeWords(source: string, tokens: Token[], covered: Uint8Array): string[] {
  const found: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (covered[k] || !isTimeWord(tokens, k)) continue;
    let end = k;
    while (end + 1 < tokens.length && !covered[end + 1] && end - k < 4) {
      const w = tokens[end + 1]!.w;
      if (!(isDigits(w) || UNITS[w] !== undefined || w === '.' || w === '-' || isTimeWord(tokens, end + 1))) break;
      end++;
    }
    found.push(source.slice(tokens[k]!.start, tokens[end]!.end));
    k = end;
  }
  return found;
}

function vagueWords(tokens: Token[], covered: Uint8Array): string[] {
  const found = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    if (covered[k]) continue;
    const w = tokens[k]!.w;
    const pair = `${w} ${tokens[k + 1]?.w ?? ''}`;
    if (VAGUE_PAIRS.has(pair)) found.add(pair);
    else if (VAGUE_WORDS.has(w)) found.add(w);
  }
  return [...found];
}

function quote(s: string): string {
  return `"${s}"`;
}

function shorten(s: string): string {
  const t = s.trim().replace(/\s+/g, ' ');
  return t.length > 60 ? `${t.slice(0, 57)}...` : t;
}

/** "a, b and c", at most a few items (a 1 MB text must not make a 1 MB message). */
function list(items: string[]): string {
  const shown = items.slice(0, MAX_LISTED);
  const more = items.length - shown.length;
  const tail = more > 0 ? [`${more} more`] : [];
  const all = [...shown, ...tail];
  return all.length > 1 ? `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]}` : (all[0] ?? '');
}
