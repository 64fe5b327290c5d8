// `interview-followup new --from-ics` and `interview-followup ics`: invitations in, actions out.
// Loaded by main.ts only for these commands (ical.js and ical-generator are not needed by `due`).
import { existsSync, realpathSync, statSync } from 'node:fs';
import { spanningEdit } from '../core/edits/frontMatterEdit';
import { actionsCalendar, type CalendarEntry } from '../core/ics/actionsCalendar';
import { cancelsNote, readInvitation } from '../core/ics/invitation';
import { closeCancelledEdit, invitationNoteInput, invitationUidOf, updateNoteFromInvitation } from '../core/ics/invitationNote';
import { localZone } from '../core/ics/zones';
import { newNoteText, noteFileName } from '../core/edits/newNote';
import { parseNote } from '../core/note/parse';
import { DEFAULT_RULE_SETTINGS } from '../core/model/types';
import { CliError, existingFolder, folderOf, nowOf, parseArgs, RefusedError, RULE_FLAGS, ruleSettingsOf, UsageError, type Print } from './args';
import { readFolder } from './folder';
import { whoAmI } from './me';
import { existingWritableFolder, writableFilePath } from './outputPath';
import { listNotesSync, readNoteSync } from '../node/readNote';
import { withKeyLock } from '../node/noteLock';
import { createNewNote, editNoteFile, writeFileAtomic } from '../node/safeWrite';

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
  const { positional, flags, all } = parseArgs(argv, ['from-ics', 'folder', 'me', 'company'], ['close', 'json']);
  const file = flags.get('from-ics') as string | undefined;
  if (!file) throw new UsageError('new needs --from-ics <file.ics>');
  if (positional.length) throw new UsageError(`new takes no other arguments (got "${positional[0]}")`);
  let isFile = false;
  try {
    isFile = statSync(file).isFile();
  } catch {
    throw new CliError(`${file} does not exist`);
  }
  if (!isFile) throw new CliError(`${file} is not a file`);
  // The notes folder must exist (like `due`'s); a missing one, or one on a kernel file system, is refused.
  const given = flags.get('folder') as string | undefined;
  const root = given === undefined ? existingFolder(undefined) : existingWritableFolder(given, '--folder');
  const json = flags.has('json');
  const userZone = localZone();
  const me = whoAmI(root, all.get('me') ?? []);
  // Read like a note (no blocking open, a size limit, UTF-8 checked): the file may have changed since the check above.
  const read = readNoteSync(file);
  if (read.kind !== 'text') throw new CliError(read.kind === 'gone' ? `${file} does not exist` : `${file}: ${read.message}`);
  const inv = readInvitation(read.text, { me: me.addresses, myNames: me.names, userZone, now: new Date() });
  // Not an invitation (or not one that can be read) is a failure like any other: one line, exit 2.
  if (inv.kind === 'error') throw new CliError(`${file}: ${inv.message}`);
  const options = { close: flags.has('close'), company: flags.get('company') as string | undefined };
  // One import of an invitation at a time per notes folder: two at once never make two notes.
  return withKeyLock(`invitation:${root}\u0000${inv.uid}`, () => importLocked(root, file, inv, options, userZone, json, out, err));
}

async function importLocked(
  root: string, file: string, inv: Exclude<ReturnType<typeof readInvitation>, { kind: 'error' }>,
  options: { close: boolean; company: string | undefined }, userZone: string, json: boolean, out: Print, err: Print,
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
    if (existing && options.close) {
      const written = await editNoteFile(existing, closeCancelledEdit);
      // A refusal (the note changed, or cannot be edited safely) is 1; a file system failure is 2.
      if (!written.ok) throw written.ioError ? new CliError(`${existing}: ${written.message}`) : new RefusedError(`${existing}: ${written.message}`);
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
    if (!written.ok && update.changes.length) throw written.ioError ? new CliError(`${existing}: ${written.message}`) : new RefusedError(`${existing}: ${written.message}`);
    if (json) out(JSON.stringify({ file: existing, updated: update.changes.length > 0, changes: update.changes, notes: update.notes }));
    else {
      out(existing);
      for (const c of update.changes) out(`  updated ${c}`);
      for (const n of update.notes) out(`  note: ${n}`);
      if (!update.changes.length) out('  already up to date');
    }
    return 0;
  }
  const company = options.company?.trim() || inv.company;
  if (!company) throw new UsageError(`${file}: the company is not in the invitation's title or addresses; pass --company <name>`);
  // A past interview is written `interviewed`, without the before-the-interview list.
  const input = { ...invitationNoteInput(inv, company), now: new Date() };
  const created = await createNewNote(root, (taken) => noteFileName(input, taken), newNoteText(input));
  if (!created.ok) throw new CliError(`${root}: ${created.message}`);
  out(json ? JSON.stringify({ file: created.path }) : created.path);
  return 0;
}

async function exportIcs(argv: string[], out: Print, err: Print): Promise<number> {
  // The same folder, --now and rule flags as `due` (so --holidays counts here too).
  const { positional, flags } = parseArgs(argv, ['out', 'now', ...RULE_FLAGS], []);
  const root = folderOf(positional, 'ics');
  const now = nowOf(flags);
  const settings = ruleSettingsOf(flags);
  // Where --out goes is checked before anything is read: into a folder that exists, on an ordinary
  // file system, over nothing but a regular file.
  const given = flags.get('out') as string | undefined;
  const target = given === undefined ? undefined : writableFilePath(given, '--out');
  const { index } = await readFolder(root, settings, now);
  // The calendar goes to stdout (or --out); what could not be read is said on stderr, one line each.
  for (const p of index.problems()) if (p.severity !== 'info') err(`interview-followup: ${p.file}:${p.line}: ${p.message}`);
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
  if (given && target) {
    const written = await writeFileAtomic(target, text);
    if (!written.ok) throw new CliError(`${given}: ${written.message}`);
    out(`${given}: ${actions.length} event${actions.length === 1 ? '' : 's'}`);
  } else out(text.trimEnd());
  return 0;
}

/** Runs `new` or `ics`; failures are thrown to main.ts, which reports each in one line (a usage error with the command's usage). */
export async function runCalendarCommand(command: 'new' | 'ics', argv: string[], out: Print, err: Print): Promise<number> {
  return command === 'new' ? await newFromIcs(argv, out, err) : await exportIcs(argv, out, err);
}
