// `interview-followup new --from-ics` and `interview-followup ics`: invitations in, actions out.
// Loaded by main.ts only for these commands (ical.js and ical-generator are not needed by `due`).
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdit } from '../core/edits/frontMatterEdit';
import { actionsCalendar, type CalendarEntry } from '../core/ics/actionsCalendar';
import { cancelsNote, readInvitation } from '../core/ics/invitation';
import { closeCancelledEdit, invitationNoteInput, invitationUidOf, updateNoteFromInvitation } from '../core/ics/invitationNote';
import { localZone } from '../core/ics/zones';
import { newNoteText, noteFileName } from '../core/edits/newNote';
import { parseNote } from '../core/note/parse';
import { DEFAULT_RULE_SETTINGS } from '../core/model/types';
import { CliError, existingFolder, folderOf, nowOf, parseArgs, RefusedError, RULE_FLAGS, ruleSettingsOf, UsageError, type Print } from './args';
import { listNotes, readFolder } from './folder';
import { whoAmI } from './me';
import { existingWritableFolder, writableFilePath } from './outputPath';

/** The note under root that came from the invitation `uid`, if any. */
function findInvitationNote(root: string, uid: string): string | undefined {
  if (!existsSync(root)) return undefined;
  return listNotes(root).map((file) => join(root, file)).find((path) => invitationUidOf(readFileSync(path, 'utf8')) === uid);
}

function newFromIcs(argv: string[], out: Print): number {
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
  const inv = readInvitation(readFileSync(file, 'utf8'), { me: me.addresses, myNames: me.names, userZone, now: new Date() });
  // Not an invitation (or not one that can be read) is a failure like any other: one line, exit 2.
  if (inv.kind === 'error') throw new CliError(`${file}: ${inv.message}`);
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
    if (existing && flags.has('close')) {
      const text = readFileSync(existing, 'utf8');
      const edit = closeCancelledEdit(text);
      if (!edit.ok) throw new RefusedError(`${existing}: ${edit.message}`);
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
  const company = (flags.get('company') as string | undefined)?.trim() || inv.company;
  if (!company) throw new UsageError(`${file}: the company is not in the invitation's title or addresses; pass --company <name>`);
  // A past interview is written `interviewed`, without the before-the-interview list.
  const input = { ...invitationNoteInput(inv, company), now: new Date() };
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
  const given = flags.get('out') as string | undefined;
  if (given) {
    // Into a folder that exists, on an ordinary file system, over nothing but a regular file.
    const target = writableFilePath(given, '--out');
    writeFileSync(target, text, 'utf8');
    out(`${given}: ${actions.length} event${actions.length === 1 ? '' : 's'}`);
  } else out(text.trimEnd());
  return 0;
}

/** Runs `new` or `ics`; failures are thrown to main.ts, which reports each in one line (a usage error with the command's usage). */
export async function runCalendarCommand(command: 'new' | 'ics', argv: string[], out: Print): Promise<number> {
  return command === 'new' ? newFromIcs(argv, out) : await exportIcs(argv, out);
}
