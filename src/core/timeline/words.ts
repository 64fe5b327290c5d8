// The vocabulary of stated timelines and the tokenizer. Words, not regular expressions,
// carry the grammar: the only regex here scans the text once with single-step
// alternatives (no nested quantifiers), so it runs in linear time on any input.

export interface Token {
  /** Lower-case text of the token. */
  w: string;
  start: number;
  end: number;
}

// ISO date | number (with ordinal suffix) | word | any other single non-space character.
const TOKEN = /\d{4}-\d{1,2}-\d{1,2}|\d+(?:st|nd|rd|th)?|[a-z]+|[^\s\da-z]/g;

/** The tokens of text, at most `limit` + 1 of them (a longer text is not a timeline; one more token tells the caller so). */
export function tokenize(text: string, limit = Infinity): Token[] {
  // ASCII-only lower case and dashes -> hyphen keep every offset, so tokens point into the original text.
  const lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase()).replace(/[\u2010-\u2015\u2212]/g, '-');
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(lower); m && tokens.length <= limit; m = TOKEN.exec(lower)) {
    tokens.push({ w: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const TENS: Record<string, number> = { thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** "seven" -> 7, "forty" -> 40; undefined for other words. */
export function numberWord(w: string): number | undefined {
  const i = ONES.indexOf(w);
  if (i >= 0) return i;
  return TENS[w];
}

/** Words that stand for a count on their own: "couple" = 2, "few" = 3, "several" = 4. */
export const VAGUE_COUNTS: Record<string, number> = { couple: 2, few: 3, several: 4 };

type Unit = 'hour' | 'day' | 'week' | 'fortnight' | 'month' | 'year';
export const UNITS: Record<string, Unit> = {
  hour: 'hour', hours: 'hour', hr: 'hour', hrs: 'hour',
  day: 'day', days: 'day',
  week: 'week', weeks: 'week', wk: 'week', wks: 'week',
  fortnight: 'fortnight', fortnights: 'fortnight',
  month: 'month', months: 'month',
  year: 'year', years: 'year', yr: 'year', yrs: 'year',
};

/** Words allowed between a count and its unit ("3 more weeks", "5 business days"). */
export const UNIT_ADJECTIVES = new Set(['more', 'additional', 'further', 'extra', 'full', 'calendar', 'business', 'working', 'work']);

/** 0 = Sunday. Full names are read anywhere; abbreviations only after a lead word ("by Fri"). */
export const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};
export const WEEKDAY_ABBREVIATIONS: Record<string, number> = {
  sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, weds: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6,
};

/** Month names; the ambiguous ones ("may", "march", "jan") count only next to a day number or a qualifier. */
export const MONTHS: Record<string, number> = {
  january: 1, february: 2, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};
export const AMBIGUOUS_MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, march: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

export type Qualifier = 'early' | 'mid' | 'late' | 'end';
export const QUALIFIERS: Record<string, Qualifier> = {
  early: 'early', beginning: 'early', start: 'early',
  mid: 'mid', middle: 'mid',
  late: 'late',
  end: 'end',
};

/** Lead words after which an abbreviation or an ambiguous month is read as a date. */
export const LEADS = new Set(['by', 'on', 'until', 'till', 'til', 'before', 'next', 'this', 'in', 'of', 'for', 'around', 'after', 'coming', 'during']);

/** Words that say "some time, no date". */
export const VAGUE_WORDS = new Set(['soon', 'sooner', 'shortly', 'asap', 'quickly', 'promptly', 'eventually', 'holidays']);
/** Two-word vague phrases, as "first second". */
export const VAGUE_PAIRS = new Set(['in touch', 'due course', 'a while', 'right away', 'some point', 'coming weeks', 'coming days', 'coming months', 'holiday season']);

export const DAY_WORDS = new Set(['today', 'tonight', 'tomorrow', 'tmrw', 'yesterday', 'eod', 'eow', 'cob', 'eom', 'weekend']);
export const HOLIDAY_WORDS = new Set(['christmas', 'xmas', 'christmastime', 'thanksgiving', 'easter']);
