// `interview-followup new --from-ics` and `interview-followup ics`: invitations in, actions out.
// Loaded by main.ts only for these commands (ical.js and ical-generator are not needed by `due`).
import { existsSync, mkdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs as parseOptions, type ParseArgsConfig } from 'node:util';
import { spanningEdit } from '../core/edits/frontMatterEdit';
import { actionsCalendar, type CalendarEntry } from '../core/ics/actionsCalendar';
import { cancelsNote, readInvitation } from '../core/ics/invitation';
import { closeCancelledEdit, invitationNoteInput, invitationUidOf, updateNoteFromInvitation } from '../core/ics/invitationNote';
import { localZone } from '../core/ics/zones';
import { newNoteText, noteFileName } from '../core/edits/newNote';
import { parseNote } from '../core/note/parse';
import { DEFAULT_RULE_SETTINGS } from '../core/model/types';
import { folderOf, nowOf, parseArgs, RULE_FLAGS, ruleSettingsOf, UsageError } from './args';
import { readFolder } from './folder';
import { listNotesSync, readNoteSync } from '../node/readNote';
import { withKeyLock } from '../node/noteLock';
import { createNewNote, editNoteFile, writeFileAtomic } from '../node/safeWrite';

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

/**
 * The note under root that came from the invitation `uid`, if any, read by the same rules as
 * `due` (FIFOs, devices, links out of the folder, unreadable and non-UTF-8 files are skipped);
 * the files skipped are returned with why, so the user hears of them.
 */
function findInvitationNote(root: string, uid: string): { path?: string; text?: string; skipped: string[] } {
  const skipped: string[] = [];
  if (!existsSync(root)) return { skipped };
  const listing = listNotesSync(root);
  for (const p of listing.problems) skipped.push(`${p.path}: ${p.message}`);
  const rootReal = realpathSync(root);
  for (const path of listing.files) {
    const read = readNoteSync(path, root, rootReal);
    if (read.kind === 'problem') skipped.push(`${path}: ${read.message}`);
    if (read.kind === 'text' && invitationUidOf(read.text) === uid) return { path, text: read.text, skipped };
  }
  return { skipped };
}

async function newFromIcs(argv: string[], out: Print, err: Print): Promise<number> {
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
  // One import of an invitation at a time per notes folder: two at once never make two notes.
  return withKeyLock(`invitation:${root}\u0000${inv.uid}`, () => importLocked(root, file, inv, values, userZone, json, out, err));
}

async function importLocked(
  root: string, file: string, inv: Exclude<ReturnType<typeof readInvitation>, { kind: 'error' }>,
  values: Record<string, unknown>, userZone: string, json: boolean, out: Print, err: Print,
): Promise<number> {
  const found = findInvitationNote(root, inv.uid);
  for (const s of found.skipped) err(`interview-followup: skipped ${s}`);
  const existing = found.path;
  if (inv.kind === 'cancel') {
    let closed = false;
    if (existing && found.text !== undefined && inv.occurrence) {
      const parsed = parseNote(found.text, existing, DEFAULT_RULE_SETTINGS);
      if (parsed.kind === 'note' && !cancelsNote(inv, parsed.note.start)) {
        if (json) out(JSON.stringify({ cancelled: inv.uid, file: existing, closed: false, otherOccurrence: true }));
        else out(`One occurrence of "${inv.summary}" was cancelled; ${existing} is for another one, so it stays open.`);
        return 0;
      }
    }
    if (existing && values.close === true) {
      const written = await editNoteFile(existing, closeCancelledEdit);
      if (!written.ok) {
        err(`interview-followup: ${existing}: ${written.message}`);
        return written.ioError ? 2 : 1;
      }
      closed = true;
    }
    if (json) out(JSON.stringify({ cancelled: inv.uid, file: existing ?? null, closed }));
    else if (!existing) out(`The invitation "${inv.summary}" was cancelled; no note came from it, so nothing was written.`);
    else out(closed ? `${existing}: status set to closed (the invitation was cancelled)` : `The invitation "${inv.summary}" was cancelled; ${existing} came from it. Run again with --close to close that note.`);
    return 0;
  }
  if (existing) {
    // The update is computed from the note as it is when its lock is held, and written through the one write path.
    let update = { changes: [] as string[], notes: [] as string[] };
    const written = await editNoteFile(existing, (text) => {
      const u = updateNoteFromInvitation(text, inv, userZone);
      update = u;
      return u.changes.length ? { ok: true, edit: spanningEdit(text, u.text) } : { ok: false, message: 'already up to date' };
    });
    if (!written.ok && update.changes.length) {
      err(`interview-followup: ${existing}: ${written.message}`);
      return written.ioError ? 2 : 1;
    }
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
  const created = await createNewNote(root, (taken) => noteFileName(input, taken), newNoteText(input));
  if (!created.ok) {
    err(`interview-followup: ${root}: ${created.message}`);
    return 2;
  }
  out(json ? JSON.stringify({ file: created.path }) : created.path);
  return 0;
}

async function exportIcs(argv: string[], out: Print, err: Print): Promise<number> {
  // The same folder, --now and rule flags as `due` (so --holidays counts here too).
  const { positional, flags } = parseArgs(argv, ['out', 'now', ...RULE_FLAGS], []);
  const root = folderOf(positional, 'ics');
  const now = nowOf(flags);
  const settings = ruleSettingsOf(flags);
  const { index } = await readFolder(root, settings, now);
  // The calendar goes to stdout (or --out); what could not be read is said on stderr, one line each.
  for (const p of index.problems()) err(`interview-followup: ${p.file}:${p.line}: ${p.message}`);
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
    const written = await writeFileAtomic(target, text);
    if (!written.ok) {
      err(`interview-followup: ${target}: ${written.message}`);
      return 2;
    }
    out(`${target}: ${actions.length} event${actions.length === 1 ? '' : 's'}`);
  } else out(text.trimEnd());
  return 0;
}

/** Runs `new` or `ics`; 2 on a usage error (message and usage on err), like the other commands. */
export async function runCalendarCommand(command: 'new' | 'ics', argv: string[], out: Print, err: Print): Promise<number> {
  try {
    return command === 'new' ? await newFromIcs(argv, out, err) : await exportIcs(argv, out, err);
  } catch (error) {
    if (!(error instanceof CalendarUsageError) && !(error instanceof UsageError)) throw error;
    err(`interview-followup: ${error.message}\n\nUsage:\n${CALENDAR_USAGE}`);
    return 2;
  }
}
