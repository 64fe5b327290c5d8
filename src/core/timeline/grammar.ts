// The grammar of stated timelines: finds every time expression in a token list and turns
// each into a deadline (a day by which they answer) or a span (a day a wait ends). Each
// matcher looks a bounded number of tokens ahead, so a text is read in linear time.
import { addBusinessDays, addMonths, dayNumberOf, daysInMonth, fromDayNumber, mondayOf, weekdayOf, type HolidayCalendar } from '../time/calendar';
import { GrammarBase, ORDINALS, type Expr } from './grammarBase';
import { UNIT_ADJECTIVES, UNITS, WEEKDAYS, WEEKDAY_ABBREVIATIONS, type Qualifier, type Token } from './words';
import { holidayOn, type HolidayName } from './holidays';

export type { Expr, ExprKind } from './grammarBase';

const WEEKDAY_OFFSET: Record<Qualifier, number> = { early: 1, mid: 2, late: 3, end: 4 }; // Tue, Wed, Thu, Fri
const DIGITS = /^\d+$/;
const ORDINAL_DIGITS = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

export function findExpressions(tokens: Token[], interviewDay: number, holidays?: HolidayCalendar): Expr[] {
  return new Grammar(tokens, interviewDay, holidays).run();
}

class Grammar extends GrammarBase {
  run(): Expr[] {
    const found: Expr[] = [];
    for (let i = 0; i < this.t.length;) {
      const e = this.clock(i) ?? this.past(i) ?? this.iso(i) ?? this.dayWord(i) ?? this.holiday(i) ?? this.monthWeeks(i)
        ?? this.qualified(i) ?? this.monthDay(i) ?? this.bareMonth(i) ?? this.quarter(i, undefined, i) ?? this.month(i) ?? this.week(i)
        ?? this.weekday(i) ?? this.nth(i) ?? this.span(i);
      if (e) {
        found.push(this.applyBefore(e));
        i = e.to;
      } else {
        i++;
      }
    }
    return found;
  }


  /** 3pm, 10:30: a time of day, read and set aside (it names no other day). */
  private clock(i: number): Expr | undefined {
    if (!DIGITS.test(this.w(i)) || this.w(i).length > 2) return undefined;
    let k = i + 1;
    if (this.w(k) === ':' && DIGITS.test(this.w(k + 1))) k += 2;
    if (this.w(k) === 'am' || this.w(k) === 'pm') k++;
    return k > i + 1 ? { from: i, to: k, kind: 'clock', day: this.iv, start: this.iv } : undefined;
  }

  /** yesterday, last week, this past Monday: about the past, never a follow-up date. */
  private past(i: number): Expr | undefined {
    const w = this.w(i);
    if (w === 'yesterday') return { from: i, to: i + 1, kind: 'past', day: this.iv, start: this.iv };
    if (w !== 'last' && w !== 'past') return undefined;
    const next = this.w(i + 1);
    const isTime = next === 'week' || next === 'month' || next === 'year' || next === 'night' || WEEKDAYS[next] !== undefined || WEEKDAY_ABBREVIATIONS[next] !== undefined;
    return isTime ? { from: i, to: i + 2, kind: 'past', day: this.iv, start: this.iv } : undefined;
  }

  private iso(i: number): Expr | undefined {
    const m = ISO.exec(this.w(i));
    if (!m) return undefined;
    const day = dayNumberOf(Number(m[1]), Number(m[2]), Number(m[3]));
    return day === undefined ? { from: i, to: i + 1, kind: 'invalid', day: this.iv, start: this.iv } : this.deadline(i, i + 1, day);
  }

  /** today, tonight, EOD, COB, end of (the) day, the same day, tomorrow, the next day. */
  private dayWord(i: number): Expr | undefined {
    const w = this.w(i);
    const w1 = this.w(i + 1);
    if (w === 'today' || w === 'tonight' || w === 'eod' || w === 'cob') return this.deadline(i, i + 1, this.iv);
    if ((w === 'this' || w === 'that') && (w1 === 'morning' || w1 === 'afternoon' || w1 === 'evening')) return this.deadline(i, i + 2, this.iv);
    if ((w === 'end' || w === 'close') && w1 === 'of') {
      let k = i + 2;
      if (this.w(k) === 'the') k++;
      if (this.w(k) === 'business') return this.deadline(i, this.w(k + 1) === 'day' ? k + 2 : k + 1, this.iv);
      if (this.w(k) === 'day') return this.deadline(i, k + 1, this.iv);
    }
    if (w === 'same' && w1 === 'day') return this.deadline(i, i + 2, this.iv);
    if (w === 'tomorrow' || w === 'tmrw') return this.deadline(i, i + 1, this.iv + 1);
    if (w === 'day' && w1 === 'after' && this.w(i + 2) === 'tomorrow') return this.deadline(i, i + 3, this.iv + 2);
    if ((w === 'next' || w === 'following') && w1 === 'day') return this.deadline(i, i + 2, this.iv + 1);
    if (w === 'the' && w1 === 'day' && this.w(i + 2) === 'after' && this.w(i + 3) !== 'tomorrow') return this.deadline(i, i + 3, this.iv + 1);
    return undefined;
  }

  /** Christmas, New Year, Thanksgiving, Easter: by/before one = the day before it; after one = the end of the week after. */
  private holiday(i: number): Expr | undefined {
    const w = this.w(i);
    let name: HolidayName | undefined;
    let k = i + 1;
    if (w === 'christmas' || w === 'xmas' || w === 'christmastime') name = 'christmas';
    else if (w === 'thanksgiving') name = 'thanksgiving';
    else if (w === 'easter') name = 'easter';
    else if (w === 'new' && (this.w(k) === 'year' || this.w(k) === 'years')) {
      name = 'new-year';
      k++;
    }
    if (!name) return undefined;
    if (this.w(k) === "'" && this.w(k + 1) === 's') k += 2;
    const eve = this.w(k) === 'eve';
    if (eve || ['day', 'holiday', 'holidays', 'break', 'weekend', 'period', 'time'].includes(this.w(k))) k++;
    const lead = this.lead(i);
    const after = lead === 'after' || lead === 'following' || lead === 'post' || (lead === 'in' && name === 'new-year');
    const date = holidayOn(name, this.iv, after);
    if (after) return this.deadline(i, k, mondayOf(date) + 11, date + 1); // Friday of the week after
    return this.deadline(i, k, date - 1, eve ? date - 1 : date);
  }

  /** the first week (or two) of January, the first two weeks of, the first/second half of, the last week of. */
  private monthWeeks(i: number): Expr | undefined {
    let k = i;
    if (this.w(k) === 'the') k++;
    const ordinal = ORDINALS[this.w(k)];
    if (ordinal === undefined) return undefined;
    k++;
    let days: number | 'last';
    if (this.w(k) === 'week') {
      days = ordinal === -1 ? 'last' : ordinal * 7;
      k++;
      if (this.w(k) === 'or' && (this.w(k + 1) === 'two' || this.w(k + 1) === '2') && ordinal === 1) {
        days = 14;
        k += 2;
      }
    } else if ((this.w(k) === 'two' || this.w(k) === '2') && this.w(k + 1) === 'weeks' && ordinal === 1) {
      days = 14;
      k += 2;
    } else if (this.w(k) === 'half' && (ordinal === 1 || ordinal === 2)) {
      days = ordinal === 1 ? 15 : 'last';
      k++;
    } else {
      return undefined;
    }
    if (this.w(k) !== 'of') return undefined;
    const target = this.monthTarget(k + 1);
    if (!target) return undefined;
    const last = daysInMonth(target.year, target.month);
    const day = days === 'last' ? last : Math.min(days, last);
    return this.deadline(i, k + 1 + target.len, dayNumberOf(target.year, target.month, day)!, dayNumberOf(target.year, target.month, 1)!);
  }

  /** A month at k: January (2027), the/this month, next month. */
  private monthTarget(k: number): { month: number; year: number; len: number } | undefined {
    const month = this.monthAt(k, true);
    if (month !== undefined) {
      const year = this.explicitYear(k + 1);
      return { month, year: year?.year ?? this.yearFor(month, daysInMonth(this.ivDate.year, month)), len: 1 + (year?.len ?? 0) };
    }
    let j = k;
    if (this.w(j) === 'the' || this.w(j) === 'this') j++;
    if (this.w(j) === 'month') return { month: this.ivDate.month, year: this.ivDate.year, len: j + 1 - k };
    if (this.w(j) === 'next' && this.w(j + 1) === 'month') {
      const d = fromDayNumber(addMonths(dayNumberOf(this.ivDate.year, this.ivDate.month, 1)!, 1));
      return { month: d.month, year: d.year, len: j + 2 - k };
    }
    return undefined;
  }

  /** early / mid / late / end of a week, a month or a quarter. */
  private qualified(i: number): Expr | undefined {
    const qual = this.qualifierAt(i);
    if (!qual) return undefined;
    const k = i + qual.len;
    const week = this.weekTarget(k, true);
    if (week) {
      this.lastWeekMonday = week.monday;
      return this.deadline(i, k + week.len, week.monday + WEEKDAY_OFFSET[qual.q], week.monday);
    }
    const month = this.monthTarget(k);
    if (month) {
      const last = daysInMonth(month.year, month.month);
      const day = { early: 10, mid: 15, late: last, end: last }[qual.q];
      const start = { early: 1, mid: 11, late: 21, end: last }[qual.q];
      return this.deadline(i, k + month.len, dayNumberOf(month.year, month.month, day)!, dayNumberOf(month.year, month.month, start)!);
    }
    return this.quarter(k, qual.q, i) ?? this.year(k, qual.q, i);
  }

  /** (early / mid / end of) the year, this year, next year: 31 January, 30 June, 31 December. */
  private year(k: number, q: Qualifier, from: number): Expr | undefined {
    let j = k;
    let year = this.ivDate.year;
    if (this.w(j) === 'the' || this.w(j) === 'this') j++;
    else if (this.w(j) === 'next') {
      year++;
      j++;
    }
    if (this.w(j) !== 'year') return undefined;
    const [month, day] = q === 'early' ? [1, 31] : q === 'mid' ? [6, 30] : [12, 31];
    return this.deadline(from, j + 1, dayNumberOf(year, month, day)!, dayNumberOf(year, q === 'late' ? 10 : month, 1)!);
  }

  /** December 3(rd)(, 2026), Dec. 3, 3 December, the 3rd of Dec. */
  private monthDay(i: number): Expr | undefined {
    const first = this.monthAt(i, true);
    if (first !== undefined) {
      let k = i + 1;
      if (this.w(k) === '.') k++;
      const m = ORDINAL_DIGITS.exec(this.w(k));
      if (!m) return undefined;
      const year = this.explicitYear(k + 1);
      return this.datedDeadline(i, k + 1 + (year?.len ?? 0), first, Number(m[1]), year?.year);
    }
    const m = ORDINAL_DIGITS.exec(this.w(i));
    if (!m) return undefined;
    let k = i + 1;
    if (this.w(k) === 'of') k++;
    const month = this.monthAt(k, true);
    if (month === undefined) return undefined;
    const year = this.explicitYear(k + 1);
    return this.datedDeadline(i, k + 1 + (year?.len ?? 0), month, Number(m[1]), year?.year);
  }

  private datedDeadline(from: number, to: number, month: number, day: number, year?: number): Expr | undefined {
    const d = dayNumberOf(year ?? this.yearFor(month, Math.min(day, 28)), month, day);
    // "Feb 30" is read (so its words are not taken apart) but is no date.
    return d === undefined ? { from, to, kind: 'invalid', day: this.iv, start: this.iv } : this.deadline(from, to, d);
  }

  /** "in January", "by June", "before March": the month's last day (its first for "before"). */
  private bareMonth(i: number): Expr | undefined {
    const lead = this.w(i - 1);
    const led = ['in', 'by', 'until', 'till', 'before', 'during', 'for'].includes(lead);
    const month = this.monthAt(i, led);
    if (month === undefined) return undefined;
    const year = this.explicitYear(i + 1);
    const y = year?.year ?? this.yearFor(month, daysInMonth(this.ivDate.year, month));
    return this.deadline(i, i + 1 + (year?.len ?? 0), dayNumberOf(y, month, daysInMonth(y, month))!, dayNumberOf(y, month, 1)!);
  }

  /** this month, next month: its last day; "the coming month" / "the next month" is a span of a month. */
  private month(i: number): Expr | undefined {
    const w = this.w(i);
    if (w === 'the' && ['coming', 'next', 'upcoming'].includes(this.w(i + 1)) && this.w(i + 2) === 'month') {
      const end = addMonths(this.iv, 1);
      return { from: i, to: i + 3, kind: 'span', day: end, start: end };
    }
    if ((w === 'this' || w === 'next') && this.w(i + 1) === 'month') {
      const target = this.monthTarget(i)!;
      const last = daysInMonth(target.year, target.month);
      return this.deadline(i, i + 2, dayNumberOf(target.year, target.month, last)!, dayNumberOf(target.year, target.month, 1)!);
    }
    return undefined;
  }

  /** Q1, the first quarter, this/next quarter, with an optional qualifier read before it. */
  private quarter(k: number, q: Qualifier | undefined, from: number): Expr | undefined {
    let j = k;
    let index: number | undefined;
    let year: number | undefined;
    if (this.w(j) === 'the' || this.w(j) === 'this') j++;
    if (this.w(j) === 'q' && /^[1-4]$/.test(this.w(j + 1))) {
      index = Number(this.w(j + 1));
      j += 2;
    } else if (ORDINALS[this.w(j)] !== undefined && ORDINALS[this.w(j)]! > 0 && this.w(j + 1) === 'quarter') {
      index = ORDINALS[this.w(j)];
      j += 2;
    } else if (this.w(j) === 'next' && this.w(j + 1) === 'quarter') {
      index = Math.floor((this.ivDate.month - 1) / 3) + 2;
      j += 2;
    } else if (this.w(j) === 'quarter' && (q !== undefined || this.w(k) === 'this')) {
      index = Math.floor((this.ivDate.month - 1) / 3) + 1;
      j += 1;
    }
    if (index === undefined) return undefined;
    const explicit = this.explicitYear(j);
    if (explicit) j += explicit.len;
    year = explicit?.year ?? this.ivDate.year + Math.floor((index - 1) / 4);
    index = ((index - 1) % 4) + 1;
    const firstMonth = (index - 1) * 3 + 1;
    const lastMonth = firstMonth + 2;
    if (!explicit && dayNumberOf(year, lastMonth, daysInMonth(year, lastMonth))! < this.iv) year++;
    const start = dayNumberOf(year, firstMonth, 1)!;
    const day = q === 'early' ? dayNumberOf(year, firstMonth, daysInMonth(year, firstMonth))!
      : q === 'mid' ? dayNumberOf(year, firstMonth + 1, 15)!
      : dayNumberOf(year, lastMonth, daysInMonth(year, lastMonth))!;
    return this.deadline(from, j, day, start);
  }

  /** this week, next week, the week after (next), EOW, the weekend, next week (on) Friday; "the next week" is a span. */
  private week(i: number): Expr | undefined {
    const w = this.w(i);
    const thisFriday = (weekdayOf(this.iv) === 0 || weekdayOf(this.iv) === 6 ? mondayOf(this.iv) + 7 : mondayOf(this.iv)) + 4;
    if (w === 'eow') return this.deadline(i, i + 1, thisFriday, thisFriday - 4);
    if (w === 'weekend' || ((w === 'the' || w === 'this') && this.w(i + 1) === 'weekend')) {
      return this.deadline(i, w === 'weekend' ? i + 1 : i + 2, thisFriday, thisFriday - 4);
    }
    if (w === 'next' && this.w(i + 1) === 'weekend') return this.deadline(i, i + 2, mondayOf(this.iv) + 11, mondayOf(this.iv) + 7);
    const target = this.weekTarget(i, false);
    if (!target) return undefined;
    let k = i + target.len;
    if (target.theNext) {
      // "within the next week (or two)": a span of one (or two) weeks.
      const more = this.w(k) === 'or' ? this.qtyAt(k + 1) : undefined;
      const weeks = more ? Math.max(1, more.n) : 1;
      return { from: i, to: more ? k + 1 + more.len : k, kind: 'span', day: this.iv + 7 * weeks, start: this.iv + 7 * weeks };
    }
    this.lastWeekMonday = target.monday;
    if (this.w(k) === 'on') k++;
    const weekday = this.weekdayAt(k);
    if (weekday !== undefined) return this.deadline(i, k + 1, target.monday + ((weekday + 6) % 7));
    return this.deadline(i, i + target.len, target.monday + 4, target.monday);
  }

  /** Friday: the first Friday after the interview; Friday (of) next week: that week's. */
  private weekday(i: number): Expr | undefined {
    const weekday = this.weekdayAt(i);
    if (weekday === undefined) return undefined;
    let k = i + 1;
    if (this.w(k) === 'of' || this.w(k) === 'on') k++;
    const target = this.weekTarget(k, false);
    if (target && !target.theNext) {
      this.lastWeekMonday = target.monday;
      return this.deadline(i, k + target.len, target.monday + ((weekday + 6) % 7));
    }
    const ahead = (weekday - weekdayOf(this.iv) + 7) % 7 || 7;
    return this.deadline(i, i + 1, this.iv + ahead);
  }

  /** "by the 24th": the first such day of a month after the interview. */
  private nth(i: number): Expr | undefined {
    if (this.w(i) !== 'the') return undefined;
    const m = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(this.w(i + 1));
    if (!m || this.w(i + 2) === 'of' || this.monthAt(i + 2, true) !== undefined) return undefined; // "the 3rd of December" is a date
    const n = Number(m[1]);
    for (let months = 0; months < 13; months++) {
      const first = fromDayNumber(addMonths(dayNumberOf(this.ivDate.year, this.ivDate.month, 1)!, months));
      const day = dayNumberOf(first.year, first.month, n);
      if (day !== undefined && day > this.iv) return this.deadline(i, i + 2, day);
    }
    return undefined;
  }

  /** 3 days, two weeks, 3-5 business days, a week or two, 24-48 hours, a couple of months. */
  private span(i: number): Expr | undefined {
    let k = i;
    if (this.w(k) === 'between') k++;
    const first = this.qtyAt(k);
    if (!first) return undefined;
    k += first.len;
    if (this.w(k) === 'of') k++;
    let n = first.n;
    const joiner = this.w(k);
    if (joiner === '-' || joiner === 'to' || joiner === 'or' || joiner === 'and') {
      const second = this.qtyAt(k + 1);
      if (second) {
        n = Math.max(n, second.n);
        k += 1 + second.len;
        if (this.w(k) === 'of') k++;
      }
    }
    let business = false;
    for (let guard = 0; guard < 3 && UNIT_ADJECTIVES.has(this.w(k)); guard++, k++) {
      if (this.w(k) === 'business' || this.w(k) === 'working' || this.w(k) === 'work') business = true;
    }
    const unit = UNITS[this.w(k)];
    if (!unit) return undefined;
    k++;
    if (this.w(k) === 'or') {
      const more = this.qtyAt(k + 1);
      if (more && !UNITS[this.w(k + 1 + more.len)]) {
        n = Math.max(n, more.n);
        k += 1 + more.len;
      } else if (this.w(k + 1) === 'so') {
        k += 2;
      }
    }
    if (this.w(k) === 'ago') return { from: i, to: k + 1, kind: 'past', day: this.iv, start: this.iv };
    const end = unit === 'day' && business ? addBusinessDays(this.iv, n, this.holidays)
      : unit === 'day' ? this.iv + n
      : unit === 'hour' ? this.iv + Math.ceil(n / 24)
      : unit === 'week' ? this.iv + 7 * n
      : unit === 'fortnight' ? this.iv + 14 * n
      : addMonths(this.iv, unit === 'year' ? 12 * n : n);
    return { from: i, to: k, kind: 'span', day: end, start: end };
  }
}
