// interview-followup: the command-line front end over the same core as the extension.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatLocalDate, formatLocalDateTime, parseLocalDateTime, parseWallTime } from '../core/dates';
import { companyRole, formatDue, shortWhen } from '../core/rows';
import { applyEdit } from '../core/frontmatterEdit';
import { decodeForEdit, isMarkable, markDoneEdit, MARKABLE } from '../core/markDone';
import { DEFAULT_RULE_SETTINGS, type Action, type Problem, type RuleSettings } from '../core/types';
import { dueInFolder } from './folder';
import type * as Etiquette from '../core/etiquette';
import { parseNote } from '../core/note';

const USAGE = `Usage:
  interview-followup due [folder] [--now YYYY-MM-DDTHH:mm] [--json] [--no-cache]
                         [--thank-you-hours N] [--follow-up-days N]
  interview-followup mark <file> <${Object.keys(MARKABLE).join('|')}> [--date YYYY-MM-DD]
  interview-followup lint <file> [--now YYYY-MM-DDTHH:mm] [--json]
  interview-followup --help | --version

folder defaults to ./interviews when it exists, else the current folder.
due keeps a parse cache in $XDG_CACHE_HOME/interview-followup (or ~/.cache/...;
INTERVIEW_FOLLOWUP_CACHE_DIR overrides); --no-cache reads every note.`;

type Print = (s: string) => unknown;

class UsageError extends Error {}

interface Parsed {
  positional: string[];
  flags: Map<string, string | true>;
}

function parseArgs(argv: string[], valued: string[], booleans: string[]): Parsed {
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

const RULE_FLAGS = ['thank-you-hours', 'follow-up-days'];

function nowOf(flags: Parsed['flags']): Date {
  const nowFlag = flags.get('now');
  if (nowFlag === undefined) return new Date();
  const parsed = typeof nowFlag === 'string' ? parseLocalDateTime(nowFlag) : undefined;
  if (!parsed) throw new UsageError('--now must be YYYY-MM-DDTHH:mm (local time)');
  return parsed;
}

function ruleSettingsOf(flags: Parsed['flags']): RuleSettings {
  return {
    thankYouHours: positiveNumber(flags, 'thank-you-hours', DEFAULT_RULE_SETTINGS.thankYouHours),
    followUpDefaultDays: positiveNumber(flags, 'follow-up-days', DEFAULT_RULE_SETTINGS.followUpDefaultDays),
  };
}

function dueRow(a: Action, now: Date): string[] {
  return [a.state.toUpperCase(), `${formatDue(a.due)} (${shortWhen(a, now)})`, a.kind, a.title, companyRole(a), a.file];
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ')).join('\n');
}

async function due(argv: string[], out: Print): Promise<number> {
  const { positional, flags } = parseArgs(argv, ['now', ...RULE_FLAGS], ['json', 'no-cache']);
  if (positional.length > 1) throw new UsageError('due takes at most one folder');
  const folder = resolve(positional[0] ?? (existsSync('interviews') ? 'interviews' : '.'));
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(`${folder} is not a folder`);
  const now = nowOf(flags);
  const settings = ruleSettingsOf(flags);
  const { actions, problems, noteCount } = await dueInFolder(folder, settings, now, !flags.has('no-cache'));
  if (flags.has('json')) {
    out(JSON.stringify({
      actions: actions.map((a) => ({ file: a.file, kind: a.kind, due: formatLocalDateTime(a.due), state: a.state, company: a.company, role: a.role ?? '', title: a.title })),
      problems: problems.map((p: Problem) => ({ file: p.file, line: p.line, message: p.message })),
    }));
    return 0;
  }
  if (actions.length === 0) out(`Nothing to do in ${folder} (${noteCount} notes).`);
  else out(table([['STATE', 'DUE', 'KIND', 'WHAT', 'FOR', 'FILE'], ...actions.map((a) => dueRow(a, now))]));
  if (problems.length > 0) {
    out(`\n${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
    for (const p of problems) out(`  ${p.file}:${p.line}: ${p.severity}: ${p.message}`);
  }
  return 0;
}

function mark(argv: string[], out: Print, err: Print): number {
  const { positional, flags } = parseArgs(argv, ['date'], []);
  const [file, kind] = positional;
  if (!file || !kind || positional.length > 2) throw new UsageError('mark needs <file> and one of ' + Object.keys(MARKABLE).join(', '));
  if (!isMarkable(kind)) throw new UsageError(`"${kind}" cannot be marked done; use one of ${Object.keys(MARKABLE).join(', ')}`);
  const dateFlag = flags.get('date');
  let date = formatLocalDate(new Date());
  if (dateFlag !== undefined) {
    if (typeof dateFlag !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(dateFlag) || 'error' in parseWallTime(dateFlag)) {
      throw new UsageError('--date must be an existing date YYYY-MM-DD');
    }
    date = dateFlag;
  }
  if (!existsSync(file)) throw new UsageError(`${file} does not exist`);
  const before = statSync(file);
  const bytes = readFileSync(file);
  const decoded = decodeForEdit(bytes);
  if (!decoded.ok) return fail(err, file, decoded.message);
  const result = markDoneEdit(decoded.text, kind, date);
  if (!result.ok) return fail(err, file, result.message);
  // Refuse to write over a change made since the file was read.
  const now = statSync(file);
  if (now.mtimeMs !== before.mtimeMs || now.size !== before.size) return fail(err, file, 'the file changed while it was being read; try again');
  writeFileSync(file, applyEdit(decoded.text, result.edit), 'utf8');
  out(`${file}: ${MARKABLE[kind]} set to ${date}`);
  return 0;
}

function lint(argv: string[], out: Print): number {
  const { positional, flags } = parseArgs(argv, ['now', ...RULE_FLAGS], ['json']);
  const [file] = positional;
  if (!file || positional.length > 1) throw new UsageError('lint needs exactly one <file>');
  if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`${file} is not a file`);
  const now = nowOf(flags);
  const settings = ruleSettingsOf(flags);
  const text = readFileSync(file, 'utf8');
  const parsed = parseNote(text, file, settings);
  // Loaded here, not at start: the checker brings remark, which `due` never needs.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { lintNote, DEFAULT_LINT_OPTIONS } = require('../core/etiquette') as typeof Etiquette;
  const findings = lintNote(text, parsed.kind === 'note' ? parsed.note : undefined, { ...DEFAULT_LINT_OPTIONS, settings, now });
  if (flags.has('json')) {
    out(JSON.stringify({ diagnostics: findings.map((f) => ({ line: f.line, rule: f.rule, severity: f.severity, message: f.message })) }));
    return 0;
  }
  if (findings.length === 0) out(`${file}: no findings`);
  for (const f of findings) out(`${file}:${f.line}:${f.column + 1}: ${f.severity}: ${f.message} [${f.rule}]`);
  return 0;
}

function fail(err: Print, file: string, message: string): number {
  err(`interview-followup: ${file}: ${message}`);
  return 1;
}

export interface MainOptions {
  out?: Print;
  err?: Print;
}

export async function main(argv: string[], options: MainOptions = {}): Promise<number> {
  const out = options.out ?? ((s: string) => process.stdout.write(s + '\n'));
  const err = options.err ?? ((s: string) => process.stderr.write(s + '\n'));
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'due':
        return await due(rest, out);
      case 'mark':
        return mark(rest, out, err);
      case 'lint':
        return lint(rest, out);
      case '--version':
        out(VERSION);
        return 0;
      case '--help':
      case '-h':
      case 'help':
        out(USAGE);
        return 0;
      default:
        throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
    }
  } catch (error) {
    if (error instanceof UsageError) {
      err(`interview-followup: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';
