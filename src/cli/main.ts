// interview-followup: the command-line front end over the same core as the extension.
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { formatLocalDate, formatOffsetDateTime, parseWallTime } from '../core/time/dates';
import { companyRole, formatDue, shortWhen } from '../core/views/rows';
import { markDoneEdit } from '../core/edits/markDone';
import { doneKeyOf, isMarkable, MARKABLE_KINDS } from '../core/model/kinds';
import type { Action, Problem } from '../core/model/types';
import { readNoteSync } from '../node/readNote';
import { folderOf, nowOf, parseArgs, RULE_FLAGS, ruleSettingsOf, UsageError, type Print } from './args';
import { dueInFolder } from './folder';
import { escapeControls, MAX_LINE, safeCell, table } from './table';
import type * as Etiquette from '../core/etiquette/check';
import { parseNote } from '../core/note/parse';
import type * as Calendar from './calendar';
import type * as Mail from './mail';
import { stats } from './stats';
import { folderWords } from './folderWords';
import { languageOf } from '../node/dictionary';
import type * as SpellWorker from '../node/spellWorker';
import type * as SafeWrite from '../node/safeWrite';

const USAGE = `Usage:
  interview-followup due [folder] [--now YYYY-MM-DDTHH:mm] [--json] [--no-cache]
                         [--thank-you-hours N] [--follow-up-days N] [--holidays CC]
  interview-followup mark <file> <${MARKABLE_KINDS.join('|')}> [--date YYYY-MM-DD]
  interview-followup lint <file> [--folder <notes folder>] [--now YYYY-MM-DDTHH:mm]
                          [--language en-US|en-GB] [--json]
  interview-followup new --from-ics <file.ics> [--folder <notes folder>] [--me <email>]
                         [--company <name>] [--close] [--json]
  interview-followup ics [folder] [--out <file.ics>] [--now YYYY-MM-DDTHH:mm]
  interview-followup stats [folder] [--now YYYY-MM-DDTHH:mm] [--json]
                           [--thank-you-hours N] [--follow-up-days N] [--holidays CC]
  interview-followup mail [folder] --imap imaps://USER@HOST[:PORT] [--me <email>] [--since YYYY-MM-DD]
                          [--now YYYY-MM-DDTHH:mm] [--dry-run] [--json] [--ca <file>] [--password-command "<cmd>"]
                          (password: $INTERVIEW_FOLLOWUP_IMAP_PASSWORD or --password-command, never a flag)
  interview-followup --help | --version

--debug (with any command) prints the stack of an unexpected error.
folder defaults to ./interviews when it exists, else the current folder.
due keeps a parse cache in $XDG_CACHE_HOME/interview-followup (or ~/.cache/...;
INTERVIEW_FOLLOWUP_CACHE_DIR overrides); --no-cache reads every note.
--holidays US (or GB, DE-BY, ...) keeps that place's public holidays out of the
follow-up's business days (besides 1 January and 25 December).
lint knows the people, companies and roles of every note in --folder (default: the
note's own folder); without --language it accepts American and British spellings.`;

/** A failure to report in one line (exit 2) without the usage text. */
class CliError extends Error {}

function dueRow(a: Action, now: Date): string[] {
  return [a.state.toUpperCase(), `${formatDue(a.due)} (${shortWhen(a, now)})`, a.kind, a.title, companyRole(a), a.file];
}


/**
 * `due --json`: the text JSON.stringify gives for {actions: [{file, kind, due, state, company,
 * role, title, timeline?}], problems: [{file, line, message}]}, written field by field (no object
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
  parts.push('],"problems":[', problems.map((p) => `{"file":${q(p.file)},"line":${q(p.line)},"message":${q(p.message)}}`).join(','), ']}');
  yield parts.join('');
}

export function dueJson(actions: Action[], problems: Problem[]): string {
  return [...dueJsonPieces(actions, problems)].join('');
}

async function due(argv: string[], out: Print, write?: (text: string) => unknown): Promise<number> {
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
  else out(table([['STATE', 'DUE', 'KIND', 'WHAT', 'FOR', 'FILE'], ...actions.map((a) => dueRow(a, now))]));
  if (problems.length > 0) {
    out(`\n${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
    for (const p of problems) out(`  ${safeCell(`${p.file}:${p.line}: ${p.severity}: ${p.message}`, MAX_LINE)}`);
  }
  return 0;
}

async function mark(argv: string[], out: Print, err: Print): Promise<number> {
  const { positional, flags } = parseArgs(argv, ['date'], []);
  const [file, kind] = positional;
  if (!file || !kind || positional.length > 2) throw new UsageError('mark needs <file> and one of ' + MARKABLE_KINDS.join(', '));
  if (!isMarkable(kind)) throw new UsageError(`"${kind}" cannot be marked done; use one of ${MARKABLE_KINDS.join(', ')}`);
  const dateFlag = flags.get('date');
  let date = formatLocalDate(new Date());
  if (dateFlag !== undefined) {
    if (typeof dateFlag !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(dateFlag) || 'error' in parseWallTime(dateFlag)) {
      throw new UsageError('--date must be an existing date YYYY-MM-DD');
    }
    date = dateFlag;
  }
  if (!existsSync(file)) throw new UsageError(`${file} does not exist`);
  if (!statSync(file).isFile()) throw new CliError(`${file} is not a regular file, not a note`);
  // Atomic and verified against concurrent saves. Required here: its fs/promises is not needed by `due`.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { editNoteFile } = require('../node/safeWrite') as typeof SafeWrite;
  const result = await editNoteFile(file, (text) => markDoneEdit(text, kind, date));
  // A refusal (the note changed, or cannot be edited safely) is 1; a file system failure is 2.
  if (!result.ok && result.ioError) throw new CliError(`${file}: ${result.message}`);
  if (!result.ok) return fail(err, file, result.message);
  out(`${file}: ${doneKeyOf(kind)} set to ${date}`);
  return 0;
}

async function lint(argv: string[], out: Print): Promise<number> {
  const { positional, flags } = parseArgs(argv, ['now', 'language', 'folder', ...RULE_FLAGS], ['json']);
  const [file] = positional;
  if (!file || positional.length > 1) throw new UsageError('lint needs exactly one <file>');
  const language = flags.get('language');
  if (language !== undefined && language !== 'en-US' && language !== 'en-GB') throw new UsageError('--language is en-US or en-GB');
  const folder = flags.get('folder');
  if (folder !== undefined && (typeof folder !== 'string' || !existsSync(folder) || !statSync(folder).isDirectory())) throw new UsageError('--folder must be a folder');
  const now = nowOf(flags);
  const settings = ruleSettingsOf(flags);
  const read = readNoteSync(file);
  if (read.kind === 'gone') throw new UsageError(`${file} does not exist`);
  if (read.kind === 'problem') throw new CliError(`${file}: ${read.message}`);
  const { text } = read;
  const parsed = parseNote(text, file, settings);
  // Loaded here, not at start: the checker brings remark and retext, which `due` never needs.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { lintWithLanguageRequest, DEFAULT_LINT_OPTIONS } = require('../core/etiquette/check') as typeof Etiquette;
  const linted = lintWithLanguageRequest(text, parsed.kind === 'note' ? parsed.note : undefined, { ...DEFAULT_LINT_OPTIONS, settings, now });
  // Spelling and grammar through the extension's worker module, called in-process: a one-shot
  // command has no thread to keep responsive, and a worker would only add its start-up. The word
  // lists and the grammar engine are read only when a draft has prose to check; the notes folder
  // only when a word is unknown to the lists and the note.
  let spelled: Etiquette.Finding[] = [];
  if (linted.language) {
    const world = folderWords(typeof folder === 'string' ? folder : dirname(resolve(file)));
    // A one-shot command waits a little longer for suggestions than the editor does (one check, no next one).
    const budget = { searches: 40, ms: 1000, searchMs: 250, clock: () => performance.now() };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    spelled = (await (require('../node/spellWorker') as typeof SpellWorker).checkLanguage(languageOf(language), linted.language, { world, budget })).findings;
  }
  const findings = [...linted.findings, ...spelled].sort((a, b) => a.line - b.line || a.column - b.column);
  if (flags.has('json')) {
    // Columns 1-based as in the text output; endColumn is one past the last character.
    out(JSON.stringify({
      diagnostics: findings.map((f) => ({
        line: f.line, column: f.column + 1, endLine: f.endLine, endColumn: f.endColumn + 1,
        rule: f.rule, severity: f.severity, message: f.message,
        ...(f.suggestions?.length ? { suggestions: f.suggestions } : {}),
      })),
    }));
    return 0;
  }
  if (findings.length === 0) out(`${file}: no findings`);
  for (const f of findings) out(safeCell(`${file}:${f.line}:${f.column + 1}: ${f.severity}: ${f.message} [${f.rule}]`, MAX_LINE));
  return 0;
}

function fail(err: Print, file: string, message: string): number {
  err(`interview-followup: ${file}: ${message}`);
  return 1;
}

interface MainOptions {
  out?: Print;
  err?: Print;
  /** Writes text as it is (no line break added): long output goes out in pieces. Default: stdout; when only `out` is given, `out` gets it whole. */
  write?: (text: string) => unknown;
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
        return await due(rest, out, write);
      case 'mark':
        return await mark(rest, out, err);
      case 'lint':
        return await lint(rest, out);
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
    // Every failure is one line and exit status 2: never a stack trace unless asked for.
    if (error instanceof UsageError) {
      err(`interview-followup: ${oneLine(error.message)} (see interview-followup --help)`);
    } else {
      err(`interview-followup: ${oneLine(describeError(error))}`);
      if (debug) err(String((error as Error)?.stack ?? error).split('\n').map(escapeControls).join('\n'));
    }
    return 2;
  }
}

/** What went wrong, in words: the system error's code and path are enough ("EACCES: permission denied, open 'x.md'"). */
function describeError(error: unknown): string {
  if (error instanceof CliError) return error.message;
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
