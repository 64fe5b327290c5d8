// `interview-followup new --from-ics` and `interview-followup ics`: invitations in, actions out.
// Loaded by main.ts only for these commands (ical.js and ical-generator are not needed by `due`).
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs as parseOptions, type ParseArgsConfig } from 'node:util';
import { applyEdit } from '../core/edits/frontMatterEdit';
import { actionsCalendar, type CalendarEntry } from '../core/ics/actionsCalendar';
import { cancelsNote, readInvitation } from '../core/ics/invitation';
import { closeCancelledEdit, invitationNoteInput, invitationUidOf, updateNoteFromInvitation } from '../core/ics/invitationNote';
import { localZone } from '../core/ics/zones';
import { newNoteText, noteFileName } from '../core/edits/newNote';
import { parseNote } from '../core/note/parse';
import { DEFAULT_RULE_SETTINGS } from '../core/model/types';
import { folderOf, nowOf, parseArgs, RULE_FLAGS, ruleSettingsOf, UsageError } from './args';
import { listNotes, readFolder } from './folder';

type Print = (s: string) => unknown;

const CALENDAR_USAGE = `  interview-followup new --from-ics <file.ics> [--folder <notes folder>] [--me <email>]
                         [--company <name>] [--close] [--json]
  interview-followup ics [folder] [--out <file.ics>] [--now YYYY-MM-DDTHH:mm]
                         [--thank-you-hours N] [--follow-up-days N] [--holidays CC]`;

class CalendarUsageError extends Error {}

function args(argv: string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseOptions({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CalendarUsageError((error as Error).message);
  }
}

function defaultFolder(given: string | undefined): string {
  return resolve(given ?? (existsSync('interviews') ? 'interviews' : '.'));
}

/** The note under root that came from the invitation `uid`, if any. */
function findInvitationNote(root: string, uid: string): string | undefined {
  if (!existsSync(root)) return undefined;
  return listNotes(root).map((file) => join(root, file)).find((path) => invitationUidOf(readFileSync(path, 'utf8')) === uid);
}

function newFromIcs(argv: string[], out: Print, err: Print): number {
  const { values, positionals } = args(argv, {
    'from-ics': { type: 'string' }, folder: { type: 'string' }, me: { type: 'string', multiple: true },
    company: { type: 'string' }, close: { type: 'boolean' }, json: { type: 'boolean' },
  });
  const file = values['from-ics'] as string | undefined;
  if (!file || positionals.length) throw new CalendarUsageError('new needs --from-ics <file.ics>');
  if (!existsSync(file) || !statSync(file).isFile()) throw new CalendarUsageError(`${file} is not a file`);
  const root = defaultFolder(values.folder as string | undefined);
  const json = values.json === true;
  const userZone = localZone();
  const inv = readInvitation(readFileSync(file, 'utf8'), { me: (values.me as string[] | undefined) ?? [], userZone, now: new Date() });
  if (inv.kind === 'error') {
    err(`interview-followup: ${file}: ${inv.message}`);
    return 1;
  }
  const existing = findInvitationNote(root, inv.uid);
  if (inv.kind === 'cancel') {
    let closed = false;
    if (existing && inv.occurrence) {
      const parsed = parseNote(readFileSync(existing, 'utf8'), existing, DEFAULT_RULE_SETTINGS);
      if (parsed.kind === 'note' && !cancelsNote(inv, parsed.note.start)) {
        if (json) out(JSON.stringify({ cancelled: inv.uid, file: existing, closed: false, otherOccurrence: true }));
        else out(`One occurrence of "${inv.summary}" was cancelled; ${existing} is for another one, so it stays open.`);
        return 0;
      }
    }
    if (existing && values.close === true) {
      const text = readFileSync(existing, 'utf8');
      const edit = closeCancelledEdit(text);
      if (!edit.ok) {
        err(`interview-followup: ${existing}: ${edit.message}`);
        return 1;
      }
      writeFileSync(existing, applyEdit(text, edit.edit), 'utf8');
      closed = true;
    }
    if (json) out(JSON.stringify({ cancelled: inv.uid, file: existing ?? null, closed }));
    else if (!existing) out(`The invitation "${inv.summary}" was cancelled; no note came from it, so nothing was written.`);
    else out(closed ? `${existing}: status set to closed (the invitation was cancelled)` : `The invitation "${inv.summary}" was cancelled; ${existing} came from it. Run again with --close to close that note.`);
    return 0;
  }
  if (existing) {
    const update = updateNoteFromInvitation(readFileSync(existing, 'utf8'), inv, userZone);
    if (update.changes.length) writeFileSync(existing, update.text, 'utf8');
    if (json) out(JSON.stringify({ file: existing, updated: update.changes.length > 0, changes: update.changes, notes: update.notes }));
    else {
      out(existing);
      for (const c of update.changes) out(`  updated ${c}`);
      for (const n of update.notes) out(`  note: ${n}`);
      if (!update.changes.length) out('  already up to date');
    }
    return 0;
  }
  const company = (values.company as string | undefined)?.trim() || inv.company;
  if (!company) {
    err(`interview-followup: ${file}: the company is not in the invitation's title or addresses; pass --company <name>`);
    return 1;
  }
  mkdirSync(root, { recursive: true });
  const input = invitationNoteInput(inv, company);
  const path = join(root, noteFileName(input, (name) => existsSync(join(root, name))));
  writeFileSync(path, newNoteText(input), { encoding: 'utf8', flag: 'wx' });
  out(json ? JSON.stringify({ file: path }) : path);
  return 0;
}

async function exportIcs(argv: string[], out: Print): Promise<number> {
  // The same folder, --now and rule flags as `due` (so --holidays counts here too).
  const { positional, flags } = parseArgs(argv, ['out', 'now', ...RULE_FLAGS], []);
  const root = folderOf(positional, 'ics');
  const now = nowOf(flags);
  const settings = ruleSettingsOf(flags);
  const { index } = await readFolder(root, settings, now);
  const actions = index.actions();
  // The advice needs the note: the index has it (read without the plans-only cache).
  const byFile = new Map<string, CalendarEntry>();
  for (const action of actions) {
    let entry = byFile.get(action.file);
    if (!entry) {
      const note = index.getNote(action.file);
      if (!note) continue;
      entry = { note, path: action.file, actions: [] };
      byFile.set(action.file, entry);
    }
    entry.actions.push(action);
  }
  const text = actionsCalendar([...byFile.values()], { settings, userZone: localZone(), now });
  const target = flags.get('out') as string | undefined;
  if (target) {
    mkdirSync(dirname(resolve(target)), { recursive: true });
    writeFileSync(target, text, 'utf8');
    out(`${target}: ${actions.length} event${actions.length === 1 ? '' : 's'}`);
  } else out(text.trimEnd());
  return 0;
}

/** Runs `new` or `ics`; 2 on a usage error (message and usage on err), like the other commands. */
export async function runCalendarCommand(command: 'new' | 'ics', argv: string[], out: Print, err: Print): Promise<number> {
  try {
    return command === 'new' ? newFromIcs(argv, out, err) : await exportIcs(argv, out);
  } catch (error) {
    if (!(error instanceof CalendarUsageError) && !(error instanceof UsageError)) throw error;
    err(`interview-followup: ${error.message}\n\nUsage:\n${CALENDAR_USAGE}`);
    return 2;
  }
}
