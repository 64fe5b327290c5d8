// The command-line arguments every command shares: one parser, the rule flags, --now and the
// folder, so `due`, `stats` and `ics` read them the same way.
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { holidayCalendar, holidayCodeProblem } from '../adapters/holidayCalendar';
import { parseLocalDateTime } from '../core/time/dates';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from '../core/model/types';

export type Print = (s: string) => unknown;

// The commands' failures, reported by main.ts. The CLI's lazily loaded parts (`new`/`ics`, `mail`,
// `lint`) are bundles of their own, each with its own copy of these classes, so main.ts tells them
// apart by `name`, never by `instanceof` (`isCliFailure`).

/** A command used wrongly: one line on stderr with the command's own usage, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A failure to report in one line, exit 2, without the usage (a file that cannot be read, a folder that is missing). */
export class CliError extends Error {
  override name = 'CliError';
}

/** A write the command refuses to make (the note changed, or a value that needs --force): one line, exit 1. */
export class RefusedError extends Error {
  override name = 'RefusedError';
}

/** Whether `error` is one of the failures above (by name: it may come from another bundle's copy of the class). */
export function isCliFailure(error: unknown, kind: 'UsageError' | 'CliError' | 'RefusedError'): error is Error {
  return error instanceof Error && error.name === kind;
}

export interface Parsed {
  positional: string[];
  /** Each flag's value; a repeated valued flag keeps its last value (`all` has every one). */
  flags: Map<string, string | true>;
  /** Every value of each valued flag, in order (`--me a --me b`). */
  all: Map<string, string[]>;
}

/** `--name value`, `--name=value` and boolean `--name`; anything else starting with `--` is refused. */
export function parseArgs(argv: string[], valued: string[], booleans: string[]): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  const all = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--') || arg === '--') {
      if (arg === '--') positional.push(...argv.slice(i + 1));
      else positional.push(arg);
      if (arg === '--') break;
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (booleans.includes(name)) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      flags.set(name, true);
    } else if (valued.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      flags.set(name, value);
      all.set(name, [...(all.get(name) ?? []), value]);
    } else throw new UsageError(`unknown option --${name}`);
  }
  return { positional, flags, all };
}

/**
 * A numeric flag, written as plain digits (a decimal point where fractions make sense) and within
 * its range, the same as the setting's: `1e9`, `-3`, `0x10` or `Infinity` are refused, never read
 * as a number that breaks a date later.
 */
function numberFlag(flags: Parsed['flags'], name: string, fallback: number, range: { min: number; max: number; whole: boolean; unit: string }): number {
  const raw = flags.get(name);
  if (raw === undefined) return fallback;
  const text = typeof raw === 'string' ? raw.trim() : '';
  const n = (range.whole ? /^\d{1,6}$/ : /^\d{1,6}(?:\.\d{1,3})?$/).test(text) ? Number(text) : NaN;
  if (!(n >= range.min && n <= range.max)) {
    throw new UsageError(`--${name} must be ${range.whole ? 'a whole number' : 'a number'} of ${range.unit} from ${range.min} to ${range.max} (got "${text}")`);
  }
  return n;
}

export const RULE_FLAGS = ['thank-you-hours', 'follow-up-days', 'holidays'];

export function nowOf(flags: Parsed['flags']): Date {
  const nowFlag = flags.get('now');
  if (nowFlag === undefined) return new Date();
  const parsed = typeof nowFlag === 'string' ? parseLocalDateTime(nowFlag) : undefined;
  // A year past 9998 would put follow-ups past 9999, which no date format here can write.
  if (!parsed || parsed.getFullYear() > 9998) throw new UsageError('--now must be YYYY-MM-DDTHH:mm (local time, years 1900 to 9998)');
  return parsed;
}

export function ruleSettingsOf(flags: Parsed['flags']): RuleSettings {
  return {
    // The settings' own ranges (package.json: interviewFollowUp.thankYouHours, followUpDefaultDays).
    thankYouHours: numberFlag(flags, 'thank-you-hours', DEFAULT_RULE_SETTINGS.thankYouHours, { min: 1, max: 168, whole: false, unit: 'hours' }),
    followUpDefaultDays: numberFlag(flags, 'follow-up-days', DEFAULT_RULE_SETTINGS.followUpDefaultDays, { min: 1, max: 90, whole: true, unit: 'days' }),
    ...holidaysOf(flags),
  };
}

/** --holidays CC: date-holidays is loaded only when the flag is given. */
function holidaysOf(flags: Parsed['flags']): Pick<RuleSettings, 'holidays'> {
  const code = flags.get('holidays');
  if (code === undefined) return {};
  if (typeof code !== 'string' || !code.trim()) throw new UsageError('--holidays needs a country or region code, e.g. US, GB or DE-BY');
  const problem = holidayCodeProblem(code);
  if (problem) throw new UsageError(`--holidays: ${problem}`);
  return { holidays: holidayCalendar(code) };
}

/** The one folder argument of `due` and `stats`: ./interviews when it exists, else the current folder. */
export function folderOf(positional: string[], command: string): string {
  if (positional.length > 1) throw new UsageError(`${command} takes at most one folder`);
  return existingFolder(positional[0]);
}

/** A folder given (or ./interviews when it exists, else the current folder) that exists: never created. */
export function existingFolder(given: string | undefined, flag?: string): string {
  const folder = resolve(given ?? (existsSync('interviews') ? 'interviews' : '.'));
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    // missing or unreadable: said below
  }
  if (!isFolder) throw new CliError(`${flag ? `${flag}: ` : ''}${folder} ${existsSync(folder) ? 'is not a folder' : 'does not exist (it is not created: make it first)'}`);
  return folder;
}

/** An absolute path as shown: relative to the current folder when under it (so it pastes into another command), else whole. */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
