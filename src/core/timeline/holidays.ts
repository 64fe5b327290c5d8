// The common holidays people name in a timeline ("before Christmas", "after Thanksgiving").
// These are words in a sentence, not business-day rules: which days are worked is decided
// in businessDays.ts (and by an optional HolidayCalendar).
import { dayNumberOf, fromDayNumber, weekdayOf } from '../time/calendar';

export type HolidayName = 'christmas' | 'new-year' | 'thanksgiving' | 'easter';

function dateIn(name: HolidayName, year: number): number {
  switch (name) {
    case 'christmas':
      return dayNumberOf(year, 12, 25)!;
    case 'new-year':
      return dayNumberOf(year, 1, 1)!;
    case 'thanksgiving': {
      // US Thanksgiving: the fourth Thursday of November.
      const first = dayNumberOf(year, 11, 1)!;
      return first + ((4 - weekdayOf(first) + 7) % 7) + 21;
    }
    case 'easter': {
      // Anonymous Gregorian computus.
      const a = year % 19;
      const b = Math.floor(year / 100);
      const c = year % 100;
      const d = Math.floor(b / 4);
      const e = b % 4;
      const f = Math.floor((b + 8) / 25);
      const g = Math.floor((b - f + 1) / 3);
      const h = (19 * a + b - d - g + 15) % 30;
      const i = Math.floor(c / 4);
      const k = c % 4;
      const l = (32 + 2 * e + 2 * i - h - k) % 7;
      const m = Math.floor((a + 11 * h + 22 * l) / 451);
      const month = Math.floor((h + l - 7 * m + 114) / 31);
      const day = ((h + l - 7 * m + 114) % 31) + 1;
      return dayNumberOf(year, month, day)!;
    }
  }
}

/** The next occurrence of the holiday that a timeline said from `interviewDay` can mean (a week's grace for "after"). */
export function holidayOn(name: HolidayName, interviewDay: number, after: boolean): number {
  const year = fromDayNumber(interviewDay).year;
  for (const y of [year - 1, year, year + 1]) {
    const date = dateIn(name, y);
    if (date + (after ? 7 : 0) >= interviewDay) return date;
  }
  return dateIn(name, year + 1);
}
