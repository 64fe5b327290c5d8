import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTimeline } from '../../src/core/timeline';
import type { CalendarDate } from '../../src/core/types';

// 2026-05-13 is a Wednesday; 05-15 Friday, 05-16 Saturday, 05-17 Sunday.
const WED = '2026-05-13';

/** [interview date, phrase, expected date or undefined] */
const CASES: Array<[string, string, string | undefined]> = [
  // N days/weeks/months, digits or words one..twelve, singular or plural
  [WED, 'two weeks', '2026-05-27'],
  [WED, '10 days', '2026-05-23'],
  [WED, '3 months', '2026-08-13'],
  [WED, '1 week', '2026-05-20'],
  [WED, 'within 1 day', '2026-05-14'],
  [WED, 'twelve days', '2026-05-25'],
  [WED, 'eleven weeks', '2026-07-29'],
  [WED, "They'll let me know in about TWO WEEKS.", '2026-05-27'],
  // vague counts and fixed phrases
  [WED, 'a day', '2026-05-14'],
  [WED, 'within a week', '2026-05-20'],
  [WED, 'a month', '2026-06-13'],
  [WED, 'a couple of weeks', '2026-05-27'],
  [WED, 'a couple of days', '2026-05-15'],
  [WED, 'a few days', '2026-05-16'],
  [WED, 'should hear back in a few weeks!', '2026-06-03'],
  [WED, 'next week', '2026-05-20'],
  [WED, "they'll let me know by next week.", '2026-05-20'],
  [WED, 'a fortnight', '2026-05-27'],
  // business / working days skip Saturday and Sunday
  [WED, '5 business days', '2026-05-20'],
  [WED, '10 business days', '2026-05-27'],
  ['2026-05-15', '3 working days', '2026-05-20'],
  ['2026-05-16', '1 business day', '2026-05-18'],
  // ranges use the upper bound
  [WED, '3-5 days', '2026-05-18'],
  [WED, '3\u20135 days', '2026-05-18'],
  [WED, '3 to 5 business days', '2026-05-20'],
  [WED, 'two to three weeks', '2026-06-03'],
  [WED, '1 or 2 weeks', '2026-05-27'],
  [WED, 'should hear back in 2-3 weeks.', '2026-06-03'],
  // end of the week: the Friday on or after the interview
  [WED, 'end of the week', '2026-05-15'],
  [WED, 'by the end of the week', '2026-05-15'],
  ['2026-05-15', 'end of this week', '2026-05-15'],
  ['2026-05-16', 'end of the week', '2026-05-22'],
  ['2026-05-17', 'end of the week', '2026-05-22'],
  // end of next week: Friday of the Monday-based week after the interview's week
  [WED, 'by the end of next week', '2026-05-22'],
  ['2026-05-15', 'end of next week', '2026-05-22'],
  ['2026-05-16', 'end of next week', '2026-05-22'],
  ['2026-05-17', 'end of next week', '2026-05-22'],
  // end of the month
  [WED, 'end of the month', '2026-05-31'],
  ['2026-02-10', 'by the end of this month', '2026-02-28'],
  ['2028-02-03', 'end of the month', '2028-02-29'],
  // weekdays: first such day strictly after the interview
  [WED, 'by Friday', '2026-05-15'],
  [WED, 'by Fri', '2026-05-15'],
  [WED, 'by Thurs.', '2026-05-14'],
  [WED, 'on Monday', '2026-05-18'],
  [WED, 'next Tuesday', '2026-05-19'],
  [WED, 'Wednesday', '2026-05-20'],
  ['2026-05-15', 'Friday', '2026-05-22'],
  ['2026-05-17', 'saturday', '2026-05-23'],
  // month and day: this year, or next year if already past
  [WED, 'by December 3', '2026-12-03'],
  [WED, 'Dec 3rd', '2026-12-03'],
  [WED, '3 December', '2026-12-03'],
  [WED, 'the 3rd of December', '2026-12-03'],
  [WED, 'Sept 1st', '2026-09-01'],
  [WED, 'May 13', '2026-05-13'],
  [WED, 'May 12', '2027-05-12'],
  ['2026-12-20', 'by January 5', '2027-01-05'],
  // ISO date anywhere
  [WED, 'decision by 2026-12-03', '2026-12-03'],
  [WED, '2027-01-15.', '2027-01-15'],
  // month-end clamping, year wrap, DST weeks (US: 2026-03-08, 2026-11-01; EU: 2026-03-29, 2026-10-25)
  ['2026-01-31', '1 month', '2026-02-28'],
  ['2028-01-31', 'a month', '2028-02-29'],
  ['2026-12-20', 'two weeks', '2027-01-03'],
  ['2026-03-06', '2 weeks', '2026-03-20'],
  ['2026-03-06', '10 days', '2026-03-16'],
  ['2026-03-27', '3 days', '2026-03-30'],
  ['2026-10-30', '1 week', '2026-11-06'],
  ['2026-10-23', 'end of next week', '2026-10-30'],
  // near misses: not understood
  [WED, 'thirteen days', undefined],
  [WED, 'in twenty days', undefined],
  [WED, '48 hours', undefined],
  [WED, 'weeks', undefined],
  [WED, '2026-02-30', undefined],
  [WED, 'by Feb 30', undefined],
  [WED, 'Feb 29', undefined],
  [WED, 'they sat down with me', undefined],
  [WED, 'soon', undefined],
  // "by the Nth": the next such day of a month, strictly after the interview
  [WED, 'by the 15th', '2026-05-15'],
  [WED, 'they decide by the 13th', '2026-06-13'],
  ['2026-01-31', 'by the 30th', '2026-03-30'],
  [WED, 'by the 32nd', undefined],
  ['2026-12-20', 'by the 10th', '2027-01-10'],
  [WED, 'they will call', undefined],
  [WED, '', undefined],
  [WED, '   ', undefined],
];

function toCalendar(iso: string): CalendarDate {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

function toIso(date: CalendarDate | undefined): string | undefined {
  if (!date) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

for (const [interview, phrase, expected] of CASES) {
  test(`${interview} + ${JSON.stringify(phrase)} -> ${expected ?? 'undefined'}`, () => {
    assert.equal(toIso(parseTimeline(phrase, toCalendar(interview))), expected);
  });
}

test('an impossible interview date gives undefined', () => {
  assert.equal(parseTimeline('two weeks', { year: 2026, month: 2, day: 30 }), undefined);
});
