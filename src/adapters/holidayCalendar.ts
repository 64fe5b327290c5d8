// Public holidays of a country or region ("US", "GB", "DE-BY") for the follow-up's business
// days, from the maintained date-holidays package rather than hand-kept tables. Shared by the
// CLI and the extension; core only sees the HolidayCalendar port. date-holidays (2.5 MB of
// rules, built into dist/holidays.js of its own) is required on the first question asked, so
// a setting left empty never loads it and a set one loads it when a follow-up date is first
// computed, not at activation.
import { createRequire } from 'node:module';
import type { HolidayCalendar } from '../core/time/calendar';
import type { CalendarDate } from '../core/model/types';

interface HolidaysLib {
  getCountries(): Record<string, string>;
  getStates(country: string): Record<string, string> | undefined;
  getHolidays(year: number): Array<{ date: string; type: string }>;
}
type HolidaysCtor = new (country?: string, state?: string) => HolidaysLib;

let lib: HolidaysCtor | undefined;
function load(): HolidaysCtor {
  if (lib) return lib;
  // A runtime require (createRequire is not followed by the bundler): dist/holidays.js next to
  // the bundle, or the package itself when running from the sources (tests).
  const local = createRequire(__filename);
  try {
    lib = local('./holidays.js') as HolidaysCtor;
  } catch {
    lib = local('date-holidays') as HolidaysCtor;
  }
  return lib;
}

/** "de-by" -> ["DE", "BY"]. */
function parts(code: string): [string, string | undefined] {
  const [country, region] = code.trim().toUpperCase().split('-');
  return [country ?? '', region || undefined];
}

/** Undefined when date-holidays knows the country (and region), else why not. */
export function holidayCodeProblem(code: string): string | undefined {
  const [country, region] = parts(code);
  const Holidays = load();
  const known = new Holidays();
  if (!known.getCountries()[country]) return `"${code}" is not a country code date-holidays knows (e.g. US, GB, DE, FR)`;
  if (region && !known.getStates(country)?.[region]) return `"${region}" is not a region of ${country} that date-holidays knows (e.g. DE-BY)`;
  return undefined;
}

/** A calendar of the public holidays of `code`, or undefined for an empty code. */
const calendars = new Map<string, HolidayCalendar>();

export function holidayCalendar(code: string | undefined): HolidayCalendar | undefined {
  if (!code || !code.trim()) return undefined;
  const name = code.trim().toUpperCase();
  let calendar = calendars.get(name);
  if (!calendar) {
    calendar = newCalendar(name);
    calendars.set(name, calendar);
  }
  return calendar;
}

function newCalendar(name: string): HolidayCalendar {
  const byYear = new Map<number, Set<string>>();
  let holidays: HolidaysLib | undefined;
  return {
    name,
    isHoliday(d: CalendarDate): boolean {
      let days = byYear.get(d.year);
      if (!days) {
        const [country, region] = parts(name);
        holidays ??= new (load())(country, region);
        // Calendar dates as date-holidays writes them ("2026-11-26 00:00:00"): no instant, no zone.
        days = new Set(holidays.getHolidays(d.year).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
        byYear.set(d.year, days);
      }
      return days.has(`${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`);
    },
  };
}
