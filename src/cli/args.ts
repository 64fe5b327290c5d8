// The command-line arguments every command shares: one parser, the rule flags, --now and the
// folder, so `due`, `stats` and `ics` read them the same way.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { holidayCalendar, holidayCodeProblem } from '../adapters/holidayCalendar';
import { parseLocalDateTime } from '../core/time/dates';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from '../core/model/types';

export type Print = (s: string) => unknown;

export class UsageError extends Error {}

export interface Parsed {
  positional: string[];
  flags: Map<string, string | true>;
}

export function parseArgs(argv: string[], valued: string[], booleans: string[]): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (booleans.includes(name) && inline === undefined) flags.set(name, true);
    else if (valued.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      flags.set(name, value);
    } else throw new UsageError(`unknown option --${name}`);
  }
  return { positional, flags };
}

function positiveNumber(flags: Parsed['flags'], name: string, fallback: number): number {
  const raw = flags.get(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${name} must be a positive number`);
  return n;
}

export const RULE_FLAGS = ['thank-you-hours', 'follow-up-days', 'holidays'];

export function nowOf(flags: Parsed['flags']): Date {
  const nowFlag = flags.get('now');
  if (nowFlag === undefined) return new Date();
  const parsed = typeof nowFlag === 'string' ? parseLocalDateTime(nowFlag) : undefined;
  if (!parsed) throw new UsageError('--now must be YYYY-MM-DDTHH:mm (local time)');
  return parsed;
}

export function ruleSettingsOf(flags: Parsed['flags']): RuleSettings {
  return {
    thankYouHours: positiveNumber(flags, 'thank-you-hours', DEFAULT_RULE_SETTINGS.thankYouHours),
    followUpDefaultDays: positiveNumber(flags, 'follow-up-days', DEFAULT_RULE_SETTINGS.followUpDefaultDays),
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
  const folder = resolve(positional[0] ?? (existsSync('interviews') ? 'interviews' : '.'));
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(`${folder} is not a folder`);
  return folder;
}
