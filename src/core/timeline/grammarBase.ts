// Shared pieces of the timeline grammar: token access, counts, qualifiers, weekdays, months
// and the weeks a phrase names. The matchers that use them are in timelineGrammar.ts.
import { dayNumberOf, daysInMonth, fromDayNumber, mondayOf, weekdayOf, type HolidayCalendar } from '../time/calendar';
import {
  AMBIGUOUS_MONTHS, LEADS, MONTHS, QUALIFIERS, VAGUE_COUNTS, WEEKDAYS, WEEKDAY_ABBREVIATIONS, numberWord, type Qualifier, type Token,
} from './words';
import type { CalendarDate } from '../model/types';

export type ExprKind = 'deadline' | 'span' | 'past' | 'clock' | 'invalid';

export interface Expr {
  /** Tokens [from, to) that make the expression. */
  from: number;
  to: number;
  kind: ExprKind;
  /** Deadline: the day by which they answer. Span: the day the wait ends. */
  day: number;
  /** First day of the period a deadline names ("next week": its Monday), for "before ...". */
  start: number;
}

export const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: -1 };
const DIGITS = /^\d+$/;
const YEAR = /^(?:19|20)\d\d$/;

export abstract class GrammarBase {
  protected lastWeekMonday: number | undefined;
  protected readonly iv: number;
  protected readonly ivDate: CalendarDate;

  constructor(protected readonly t: Token[], interviewDay: number, protected readonly holidays?: HolidayCalendar) {
    this.iv = interviewDay;
    this.ivDate = fromDayNumber(interviewDay);
  }

  protected w(k: number): string {
    return this.t[k]?.w ?? '';
  }

  /** The word before token k, skipping one "the". */
  protected lead(k: number): string {
    return this.w(k - 1) === 'the' ? this.w(k - 2) : this.w(k - 1);
  }

  protected deadline(from: number, to: number, day: number, start = day): Expr {
    return { from, to, kind: 'deadline', day, start };
  }

  /** "before Friday" answers by Thursday; "before next week" by the Sunday before it. */
  protected applyBefore(e: Expr): Expr {
    const lead = this.lead(e.from);
    const before = lead === 'before' || (lead === 'to' && this.w(e.from - 2) === 'prior') || (lead === 'of' && this.w(e.from - 2) === 'ahead');
    return e.kind === 'deadline' && before ? { ...e, day: e.start - 1 } : e;
  }

  // --- small pieces -------------------------------------------------------------------

  protected weekdayAt(k: number): number | undefined {
    const w = this.w(k);
    if (WEEKDAYS[w] !== undefined) return WEEKDAYS[w];
    const abbreviation = WEEKDAY_ABBREVIATIONS[w];
    if (abbreviation === undefined) return undefined;
    // "they sat down" is not Saturday: an abbreviation needs a lead word or a week after it.
    return LEADS.has(this.w(k - 1)) || this.w(k + 1) === 'next' ? abbreviation : undefined;
  }

  protected monthAt(k: number, allowAmbiguous: boolean): number | undefined {
    const w = this.w(k);
    return MONTHS[w] ?? (allowAmbiguous ? AMBIGUOUS_MONTHS[w] : undefined);
  }

  /** The year of a month named without one: this year, or next year when the month is long past. */
  protected yearFor(month: number, day: number): number {
    const y = this.ivDate.year;
    const candidate = dayNumberOf(y, month, Math.min(day, daysInMonth(y, month)))!;
    return candidate < this.iv - 60 ? y + 1 : y;
  }

  protected explicitYear(k: number): { year: number; len: number } | undefined {
    if (this.w(k) === ',' && YEAR.test(this.w(k + 1))) return { year: Number(this.w(k + 1)), len: 2 };
    return YEAR.test(this.w(k)) ? { year: Number(this.w(k)), len: 1 } : undefined;
  }

  /** "early", "mid-", "the middle of", "the end of": the qualifier and how many tokens it takes. */
  protected qualifierAt(i: number): { q: Qualifier; len: number } | undefined {
    let k = i;
    if (this.w(k) === 'the') k++;
    const q = QUALIFIERS[this.w(k)];
    if (!q) return undefined;
    k++;
    if (this.w(k) === '-') k++;
    if (this.w(k) === 'of') k++;
    return { q, len: k - i };
  }

  /** A count: 3, three, twenty-four, a, a couple (of), a few, several. */
  protected qtyAt(k: number): { n: number; len: number } | undefined {
    const w = this.w(k);
    if (DIGITS.test(w) && w.length <= 3) {
      // "1.5 weeks": not a count this grammar reads; leave both numbers unused (and say so).
      if (this.w(k + 1) === '.' && DIGITS.test(this.w(k + 2))) return undefined;
      if (this.w(k - 1) === '.' && DIGITS.test(this.w(k - 2))) return undefined;
      return { n: Number(w), len: 1 };
    }
    const n = numberWord(w);
    if (n !== undefined) {
      const hyphen = this.w(k + 1) === '-' ? 1 : 0;
      const ones = n >= 20 && n % 10 === 0 ? numberWord(this.w(k + 1 + hyphen)) : undefined;
      return ones !== undefined && ones > 0 && ones < 10 ? { n: n + ones, len: 2 + hyphen } : { n, len: 1 };
    }
    if (w === 'a' || w === 'an') {
      const next = VAGUE_COUNTS[this.w(k + 1)];
      return next !== undefined ? { n: next, len: 2 } : { n: 1, len: 1 };
    }
    const vague = VAGUE_COUNTS[w];
    return vague !== undefined ? { n: vague, len: 1 } : undefined;
  }

  /** Monday of a week named at k: this week, next week, the following week, the week after (next). */
  protected weekTarget(k: number, allowBare: boolean): { monday: number; len: number; theNext?: boolean } | undefined {
    const thisMonday = weekdayOf(this.iv) === 0 || weekdayOf(this.iv) === 6 ? mondayOf(this.iv) + 7 : mondayOf(this.iv);
    const nextMonday = mondayOf(this.iv) + 7;
    const afterLast = (this.lastWeekMonday ?? mondayOf(this.iv)) + 7;
    let j = k;
    const article = this.w(j) === 'the';
    if (article) j++;
    const w = this.w(j);
    const w1 = this.w(j + 1);
    if (w === 'this' && (w1 === 'coming' || w1 === 'upcoming') && this.w(j + 2) === 'week') return { monday: nextMonday, len: j + 3 - k };
    if (w === 'this' && w1 === 'week') return { monday: thisMonday, len: j + 2 - k };
    if (w === 'next' && w1 === 'week') return { monday: nextMonday, len: j + 2 - k, theNext: article };
    if ((w === 'coming' || w === 'upcoming') && w1 === 'week') return { monday: nextMonday, len: j + 2 - k };
    if (w === 'following' && w1 === 'week') return { monday: afterLast, len: j + 2 - k };
    if (w === 'week' && w1 === 'after' && this.w(j + 2) === 'next') return { monday: nextMonday + 7, len: j + 3 - k };
    if (w === 'week' && (w1 === 'after' || w1 === 'following') && (article || allowBare)) return { monday: afterLast, len: j + 2 - k };
    const bareLead = this.w(k - 1) === 'within' || this.w(k - 1) === 'during';
    if (w === 'week' && (allowBare || (article && bareLead))) return { monday: thisMonday, len: j + 1 - k };
    return undefined;
  }
}
