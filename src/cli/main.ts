// interview-followup: the command-line front end over the same core as the extension.
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { formatLocalDate, formatOffsetDateTime, parseWallTime } from '../core/time/dates';
import { dayNumber } from '../core/time/calendar';
import { localDayOf } from '../core/time/dates';
import { actionWhat, companyRole, formatDue, rowWhen, WINDOW_NAMES } from '../core/views/rows';
import { windowBounds, windowOf, WINDOWS, type TimeWindow } from '../core/actions/windows';
import { markDoneEdit } from '../core/edits/markDone';
import { doneKeyOf, isMarkable, MARKABLE_KINDS } from '../core/model/kinds';
import type { Action, Problem } from '../core/model/types';
import { listNotesSync, readNoteSync } from '../node/readNote';
import { CliError, existingFolder, folderOf, isCliFailure, nowOf, parseArgs, RefusedError, RULE_FLAGS, ruleSettingsOf, shownPath, UsageError, type Print } from './args';
import { dueInFolder } from './folder';
import { escapeControls, fitColumns, MAX_LINE, safeCell } from './table';
import type * as Etiquette from '../core/etiquette/check';
import { parseNote } from '../core/note/parse';
import type * as Calendar from './calendar';
import type * as Mail from './mail';
import { stats } from './stats';
import { folderWords } from './folderWords';
import { languageOf } from '../node/dictionary';
import type * as SpellWorker from '../node/spellWorker';
import type * as SafeWrite from '../node/safeWrite';

/** Each command's usage, one line: `--help` lists them, and a usage error names its command's. */
const USAGES: Record<string, string> = {
  due: 'interview-followup due [folder] [--now YYYY-MM-DDTHH:mm] [--json] [--no-cache] [--thank-you-hours N] [--follow-up-days N] [--holidays CC]',
  mark: `interview-followup mark <file> <${MARKABLE_KINDS.join('|')}> [--date YYYY-MM-DD] [--force]`,
  lint: 'interview-followup lint <file or folder> [--folder <notes folder>] [--now YYYY-MM-DDTHH:mm] [--language en-US|en-GB] [--json]',
  new: 'interview-followup new --from-ics <file.ics> [--folder <notes folder>] [--me <email>] [--company <name>] [--close] [--json]',
  ics: 'interview-followup ics [folder] [--out <file.ics>] [--now YYYY-MM-DDTHH:mm] [--thank-you-hours N] [--follow-up-days N] [--holidays CC]',
  stats: 'interview-followup stats [folder] [--now YYYY-MM-DDTHH:mm] [--json] [--thank-you-hours N] [--follow-up-days N] [--holidays CC]',
  mail: 'interview-followup mail [folder] --imap imaps://USER@HOST[:PORT] [--me <email>] [--since YYYY-MM-DD] [--now YYYY-MM-DDTHH:mm] [--dry-run] [--json] [--ca <file>] [--password-command "<cmd>"]',
};

const USAGE = `Usage:
${Object.values(USAGES).map((u) => `  ${u}`).join('\n')}
  interview-followup --help | --version

--debug (with any command) prints the stack of an unexpected error.
folder defaults to ./interviews when it exists, else the current folder.
due keeps a parse cache in $XDG_CACHE_HOME/interview-followup (or ~/.cache/...;
INTERVIEW_FOLLOWUP_CACHE_DIR overrides); --no-cache reads every note.
--thank-you-hours is 1 to 168 and --follow-up-days 1 to 90, as in the settings.
--holidays US (or GB, DE-BY, ...) keeps that place's public holidays out of the
follow-up's business days (besides 1 January and 25 December).
new and mail without --me take your address from interviewFollowUp.signature.email
in the nearest .vscode/settings.json above the notes folder, else INTERVIEW_FOLLOWUP_ME.
mail's password: $INTERVIEW_FOLLOWUP_IMAP_PASSWORD or --password-command, never a flag.
lint knows the people, companies and roles of every note in --folder (default: the
folder linted, or the note's own folder); without --language it accepts American and
British spellings.
Exit status: 0 done (findings and problems in notes included); 1 mark or new --close
refused to write, or lint found a warning or an error; 2 any other failure.`;

/** A path under the notes folder as the user can paste it into `mark` from the current folder: relative when the folder is under it, else absolute. */
function fromHere(folder: string, file: string): string {
  return shownPath(join(folder, file));
}

/**
 * The `due` table: the tree's windows (Overdue, Today, Next 7 days, Later) as headings, each row
 * when, the deadline, what, for whom and the note's path from the current folder; fitted to the
 * terminal's width (`columns`): what (a task's text) and then the company give way first, then the deadline's column.
 */
function dueTable(actions: Action[], now: Date, folder: string, columns: number | undefined): string[] {
  const bounds = windowBounds(now);
  const byWindow = new Map<TimeWindow, Action[]>(WINDOWS.map((w) => [w, []]));
  for (const a of actions) byWindow.get(windowOf(a, bounds))!.push(a);
  const header = ['WHEN', 'DUE', 'WHAT', 'FOR', 'FILE'];
  // Rows keep the order of `actions` (by due time) within their window.
  const ordered = WINDOWS.flatMap((w) => byWindow.get(w)!);
  const rows = ordered.map((a) => [rowWhen(a, now), formatDue(a.due), actionWhat(a), companyRole(a), fromHere(folder, a.file)]);
  const lines = fitColumns([header, ...rows], { width: columns, shrink: [2, 3], drop: 1, indent: 2 });
  const out = [`  ${lines[0]}`];
  let i = 1;
  for (const w of WINDOWS) {
    const group = byWindow.get(w)!;
    if (group.length === 0) continue;
    out.push(`${WINDOW_NAMES[w].label} (${group.length})`);
    for (let k = 0; k < group.length; k++) out.push(`  ${lines[i++]}`);
  }
  return out;
}


/**
 * `due --json`: the text JSON.stringify gives for {actions: [{file, kind, due, state, company,
 * role, title, timeline?}], problems: [{file, line, message, severity}]}, written field by field (no object
 * per row) in pieces of about `piece` characters, so 100,000 notes' output is never one string
 * held three times over (text, line, bytes); test/unit/fastPaths.test.ts compares the two.
 */
export function* dueJsonPieces(actions: Action[], problems: Problem[], piece = 1 << 20): Generator<string> {
  const q = JSON.stringify;
  let parts: string[] = ['{"actions":['];
  let size = 0;
  // Rows due at the same instant share its text (a follow-up is due at 09:00 on its day).
  let lastDue = NaN;
  let dueText = '';
  for (let i = 0; i < actions.length; i++) {
    const a = actions[i]!;
    const t = a.due.getTime();
    if (t !== lastDue) {
      lastDue = t;
      dueText = q(formatOffsetDateTime(a.due));
    }
    const row = `${i > 0 ? ',' : ''}{"file":${q(a.file)},"kind":${q(a.kind)},"due":${dueText},"state":${q(a.state)},"company":${q(a.company)},"role":${q(a.role ?? '')},"title":${q(a.title)}${a.timeline ? `,"timeline":${q(a.timeline)}` : ''}}`;
    parts.push(row);
    size += row.length;
    if (size >= piece) {
      yield parts.join('');
      parts = [];
      size = 0;
    }
  }
  parts.push('],"problems":[', problems.map((p) => `{"file":${q(p.file)},"line":${q(p.line)},"message":${q(p.message)},"severity":${q(p.severity)}}`).join(','), ']}');
  yield parts.join('');
}

export function dueJson(actions: Action[], problems: Problem[]): string {
  return [...dueJsonPieces(actions, problems)].join('');
}

async function due(argv: string[], out: Print, write?: (text: string) => unknown, columns?: number): Promise<number> {
  const { positional, flags } = parseArgs(argv, ['now', ...RULE_FLAGS], ['json', 'no-cache']);
  const folder = folderOf(positional, 'due');
  const now = nowOf(flags);
  const settings = ruleSettingsOf(flags);
  const { actions, problems, noteCount } = await dueInFolder(folder, settings, now, !flags.has('no-cache'));
  if (flags.has('json')) {
    if (!write) out(dueJson(actions, problems));
    else {
      for (const piece of dueJsonPieces(actions, problems)) write(piece);
      write('\n');
    }
    return 0;
  }
  if (actions.length === 0) out(`Nothing to do in ${escapeControls(folder)} (${noteCount} notes).`);
  else for (const line of dueTable(actions, now, folder, columns)) out(line);
  // Problems to fix, then information (a vague timeline: the default is used), each under its own heading.
  const toFix = problems.filter((p) => p.severity !== 'info');
  const info = problems.filter((p) => p.severity === 'info');
  for (const [list, one, many] of [[toFix, 'problem', 'problems'], [info, 'note', 'notes']] as const) {
    if (list.length === 0) continue;
    out(`\n${list.length} ${list.length === 1 ? one : many}:`);
    for (const p of list) out(`  ${safeCell(`${fromHere(folder, p.file)}:${p.line}: ${p.severity}: ${p.message}`, MAX_LINE)}`);
  }
  return 0;
}

/**
 * Why a date recorded for an email or card is unlikely, or undefined: before the interview's day
 * (it cannot have been sent for it) or after today (not sent yet). `mark` asks for --force then.
 */
function unlikelyDate(text: string, file: string, date: string, today: number): string | undefined {
  const parsed = parseNote(text, file);
  const day = dayNumber(parseWallTime(date) as { year: number; month: number; day: number });
  if (day > today) return `${date} is in the future`;
  if (parsed.kind !== 'note') return undefined;
  const interview = parsed.note.interview;
  if (day < dayNumber(interview)) return `${date} is before the interview (${formatLocalDate(parsed.note.start)})`;
  return undefined;
}

async function mark(argv: string[], out: Print): Promise<number> {
  const { positional, flags } = parseArgs(argv, ['date'], ['force']);
  const [file, kind] = positional;
  if (!file || !kind || positional.length > 2) throw new UsageError('mark needs <file> and one of ' + MARKABLE_KINDS.join(', '));
  if (!isMarkable(kind)) throw new UsageError(`"${kind}" cannot be marked done; use one of ${MARKABLE_KINDS.join(', ')}`);
  const dateFlag = flags.get('date');
  const now = new Date();
  let date = formatLocalDate(now);
  if (dateFlag !== undefined) {
    if (typeof dateFlag !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(dateFlag) || 'error' in parseWallTime(dateFlag)) {
      throw new UsageError('--date must be an existing date YYYY-MM-DD');
    }
    date = dateFlag;
  }
  let isFile = false;
  try {
    isFile = statSync(file).isFile();
  } catch {
    throw new CliError(`${file} does not exist`);
  }
  if (!isFile) throw new CliError(`${file} is not a regular file, not a note`);
  const today = dayNumber(localDayOf(now));
  const force = flags.has('force');
  let warning: string | undefined;
  // Atomic and verified against concurrent saves. Required here: its fs/promises is not needed by `due`.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { editNoteFile } = require('../node/safeWrite') as typeof SafeWrite;
  const result = await editNoteFile(file, (text) => {
    // Checked on the bytes the edit is computed from: a date before the interview or after today is refused without --force.
    warning = unlikelyDate(text, file, date, today);
    if (warning && !force) return { ok: false, message: `${warning}; run again with --force to record it anyway` };
    return markDoneEdit(text, kind, date);
  });
  // A refusal (the note changed, cannot be edited safely, an unlikely date) is 1; a file system failure is 2.
  if (!result.ok && result.ioError) throw new CliError(`${file}: ${result.message}`);
  if (!result.ok) throw new RefusedError(`${file}: ${result.message}`);
  out(`${file}: ${doneKeyOf(kind)} set to ${date}${warning ? ` (${warning})` : ''}`);
  return 0;
}

/** A finding as `lint` reports it (the checker's and the spelling worker's). */
interface LintFinding {
  line: number; column: number; endLine: number; endColumn: number;
  rule: string; severity: 'error' | 'warning' | 'info'; message: string; suggestions?: string[];
}

interface LintOptions {
  now: Date;
  settings: ReturnType<typeof ruleSettingsOf>;
  language: ReturnType<typeof languageOf>;
  /** The people, companies and roles of the notes folder, read once when a word needs them. */
  world: ReturnType<typeof folderWords>;
}

/** Every finding in one note's drafts. */
async function lintText(text: string, file: string, options: LintOptions): Promise<LintFinding[]> {
  const parsed = parseNote(text, file, options.settings);
  // Loaded here, not at start: the checker brings remark and retext, which `due` never needs.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { lintWithLanguageRequest, DEFAULT_LINT_OPTIONS } = require('../core/etiquette/check') as typeof Etiquette;
  const linted = lintWithLanguageRequest(text, parsed.kind === 'note' ? parsed.note : undefined, { ...DEFAULT_LINT_OPTIONS, settings: options.settings, now: options.now });
  // Spelling and grammar through the extension's worker module, called in-process: a one-shot
  // command has no thread to keep responsive, and a worker would only add its start-up. The word
  // lists and the grammar engine are read only when a draft has prose to check; the notes folder
  // only when a word is unknown to the lists and the note.
  let spelled: Etiquette.Finding[] = [];
  if (linted.language) {
    // A one-shot command waits a little longer for suggestions than the editor does (one check, no next one).
    const budget = { searches: 40, ms: 1000, searchMs: 250, clock: () => performance.now() };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    spelled = (await (require('../node/spellWorker') as typeof SpellWorker).checkLanguage(options.language, linted.language, { world: options.world, budget })).findings;
  }
  return [...linted.findings, ...spelled].sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * `lint <file or folder>`: the drafts of one note, or of every note under a folder (read by the
 * same rules as `due`: a file that cannot be read safely is reported and skipped). Exit 1 when a
 * finding is a warning or an error, as markdownlint and codespell do; information alone is 0.
 */
async function lint(argv: string[], out: Print, err: Print): Promise<number> {
  const { positional, flags } = parseArgs(argv, ['now', 'language', 'folder', ...RULE_FLAGS], ['json']);
  const [target] = positional;
  if (!target || positional.length > 1) throw new UsageError('lint needs exactly one <file or folder>');
  const language = flags.get('language');
  if (language !== undefined && language !== 'en-US' && language !== 'en-GB') throw new UsageError('--language is en-US or en-GB');
  const folder = flags.get('folder');
  let isFolder = false;
  try {
    isFolder = statSync(target).isDirectory();
  } catch {
    throw new CliError(`${target} does not exist`);
  }
  const notesFolder = typeof folder === 'string' ? existingFolder(folder, '--folder') : isFolder ? target : dirname(resolve(target));
  const base = { now: nowOf(flags), settings: ruleSettingsOf(flags), language: languageOf(language) };
  const results: { file: string; findings: LintFinding[] }[] = [];
  if (isFolder) {
    const root = resolve(target);
    const { files, problems } = listNotesSync(root);
    for (const p of problems) err(`interview-followup: ${safeCell(`${shownPath(p.path)}: ${p.message}`, MAX_LINE)}`);
    const notes: { path: string; text: string }[] = [];
    for (const path of files.sort()) {
      const read = readNoteSync(path, root);
      if (read.kind === 'problem') err(`interview-followup: ${safeCell(`${shownPath(path)}: ${read.message}; not linted`, MAX_LINE)}`);
      if (read.kind === 'text') notes.push({ path, text: read.text });
    }
    // The folder's words from the notes just read when it is the notes folder: they are not read twice.
    const options: LintOptions = { ...base, world: folderWords(notesFolder, resolve(notesFolder) === root ? notes : undefined) };
    for (const { path, text } of notes) results.push({ file: shownPath(path), findings: await lintText(text, shownPath(path), options) });
  } else {
    const options: LintOptions = { ...base, world: folderWords(notesFolder) };
    const read = readNoteSync(target);
    if (read.kind === 'gone') throw new CliError(`${target} does not exist`);
    if (read.kind === 'problem') throw new CliError(`${target}: ${read.message}`);
    results.push({ file: target, findings: await lintText(read.text, target, options) });
  }
  const failing = results.some((r) => r.findings.some((f) => f.severity !== 'info'));
  if (flags.has('json')) {
    // Columns 1-based as in the text output; endColumn is one past the last character. A folder's findings name their file.
    out(JSON.stringify({
      diagnostics: results.flatMap((r) => r.findings.map((f) => ({
        ...(isFolder ? { file: r.file } : {}),
        line: f.line, column: f.column + 1, endLine: f.endLine, endColumn: f.endColumn + 1,
        rule: f.rule, severity: f.severity, message: f.message,
        ...(f.suggestions?.length ? { suggestions: f.suggestions } : {}),
      }))),
    }));
    return failing ? 1 : 0;
  }
  for (const r of results) {
    for (const f of r.findings) out(safeCell(`${r.file}:${f.line}:${f.column + 1}: ${f.severity}: ${f.message} [${f.rule}]`, MAX_LINE));
  }
  const count = results.reduce((n, r) => n + r.findings.length, 0);
  if (count === 0) out(isFolder ? `${escapeControls(target)}: no findings in ${results.length} note${results.length === 1 ? '' : 's'}` : `${escapeControls(target)}: no findings`);
  return failing ? 1 : 0;
}

interface MainOptions {
  out?: Print;
  err?: Print;
  /** Writes text as it is (no line break added): long output goes out in pieces. Default: stdout; when only `out` is given, `out` gets it whole. */
  write?: (text: string) => unknown;
  /** The terminal's width the `due` table fits: default `COLUMNS`, else the terminal's when stdout is one, else none. */
  columns?: number;
}

function terminalColumns(): number | undefined {
  const env = Number(process.env.COLUMNS);
  if (Number.isInteger(env) && env > 0) return env;
  return process.stdout.isTTY ? process.stdout.columns : undefined;
}

export async function main(argv: string[], options: MainOptions = {}): Promise<number> {
  const out = options.out ?? ((s: string) => process.stdout.write(s + '\n'));
  const write = options.write ?? (options.out ? undefined : (s: string) => process.stdout.write(s));
  const err = options.err ?? ((s: string) => process.stderr.write(s + '\n'));
  // --debug anywhere: an unexpected error shows its stack too.
  const debug = argv.includes('--debug');
  const [command, ...rest] = argv.filter((a) => a !== '--debug');
  try {
    switch (command) {
      case 'due':
        return await due(rest, out, write, options.columns ?? (options.out ? undefined : terminalColumns()));
      case 'mark':
        return await mark(rest, out);
      case 'lint':
        return await lint(rest, out, err);
      case 'new':
      case 'ics':
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        return await (require('./calendar') as typeof Calendar).runCalendarCommand(command, rest, out, err);
      case 'stats':
        return await stats(rest, out);
      case 'mail':
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        return await (require('./mail') as typeof Mail).runMailCommand(rest, out, err);
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
    // Every failure is one line: a usage error with its command's usage, exit 2; a refused write,
    // exit 1; anything else, exit 2. Never a stack trace unless asked for.
    if (isCliFailure(error, 'UsageError')) {
      const usage = command && USAGES[command];
      err(`interview-followup: ${oneLine(error.message)}; ${usage ? `usage: ${usage}` : 'see interview-followup --help'}`);
    } else if (isCliFailure(error, 'RefusedError')) {
      err(`interview-followup: ${oneLine(error.message)}`);
      return 1;
    } else {
      err(`interview-followup: ${oneLine(describeError(error))}`);
      if (debug) err(String((error as Error)?.stack ?? error).split('\n').map(escapeControls).join('\n'));
    }
    return 2;
  }
}

/** What went wrong, in words: the system error's code and path are enough ("EACCES: permission denied, open 'x.md'"). */
function describeError(error: unknown): string {
  if (isCliFailure(error, 'CliError')) return error.message;
  const e = error as NodeJS.ErrnoException | undefined;
  if (e && typeof e === 'object' && typeof e.code === 'string' && typeof e.message === 'string') {
    const what: Record<string, string> = {
      EACCES: 'permission denied', EPERM: 'operation not permitted', ENOSPC: 'the disk is full', EROFS: 'the file system is read-only',
      EISDIR: 'is a folder, not a file', ENOENT: 'does not exist', EDQUOT: 'the disk quota is exhausted', EIO: 'input/output error',
    };
    return `${e.path ? `${e.path}: ` : ''}${what[e.code] ?? e.message} (${e.code})`;
  }
  return error instanceof Error ? error.message : String(error);
}

function oneLine(s: string): string {
  return safeCell(s.split(/\r?\n/, 1)[0]!, MAX_LINE);
}

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';
