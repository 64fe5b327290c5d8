// Calendar commands: "New Interview Note from Invitation…" (an .ics file, pasted invitation text,
// or a file dropped on the Actions view), "Export Actions to Calendar…", and the optional
// actions.ics kept up to date in the workspace for a calendar app to subscribe to.
import * as vscode from 'vscode';
import { Disposable } from './dispose';
import { COMMANDS } from './ids';
import { core } from './lazyCore';
import { createNoteFile, notesRoot, pickWorkspaceFolder } from './newNoteFile';
import { writeNoteEdit, writeOwnFile } from './noteWriter';
import type { SettingsStore } from './settings';
import type { WorkspaceNotes } from './workspaceNotes';
import type * as CalendarApi from './calendarApi';
import type { CalendarEntry } from '../core/ics/actionsCalendar';
import type { InvitationEvent } from '../core/ics/invitation';

let calendarApi: typeof CalendarApi | undefined;
/** ical.js and ical-generator load with the first calendar command (esbuild keeps this require lazy). */
function api(): typeof CalendarApi {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  calendarApi ??= require('./calendarApi') as typeof CalendarApi;
  return calendarApi;
}

/** Arguments for the import command (tests, keybindings): given parts skip their dialog. */
interface InvitationImport {
  uri?: vscode.Uri;
  text?: string;
  /** The company, confirmed (skips the input box). */
  company?: string;
  folder?: vscode.Uri;
  /** Read the invitation from the clipboard (skips the choice of file or clipboard). */
  fromClipboard?: boolean;
  /** For a cancelled invitation: close its note without asking. */
  closeCancelled?: boolean;
}

const KEEP_DEBOUNCE_MS = 1000;

const decoder = new TextDecoder();


/** A note's text as the index reads it: the editor's unsaved text, else the disk's by the safe reader; undefined when it cannot be read. */
async function readNote(notes: WorkspaceNotes, uri: vscode.Uri): Promise<string | undefined> {
  const unsaved = notes.unsavedText(uri.toString());
  if (unsaved !== undefined) return unsaved;
  const read = await notes.read(uri.toString());
  return read.kind === 'text' ? read.text : undefined;
}

/** The notes of one notes folder with their pending actions at `now`, for the calendar file. */
function entriesUnder(notes: WorkspaceNotes, root: vscode.Uri, now: Date): CalendarEntry[] {
  const prefix = root.path.replace(/\/$/, '') + '/';
  return notes.notes()
    .map((note) => ({ note, uri: vscode.Uri.parse(note.file) }))
    .filter(({ uri }) => uri.path.startsWith(prefix))
    .map(({ note, uri }) => ({ note, path: uri.path.slice(prefix.length), actions: notes.actionsOf(uri, now) }))
    .filter((e) => e.actions.length > 0);
}

export class CalendarCommands extends Disposable {
  private keepTimer: NodeJS.Timeout | undefined;
  private readonly lastKept = new Map<string, string>();

  constructor(private readonly notes: WorkspaceNotes, private readonly settings: SettingsStore, private readonly log: { error(message: string, error?: unknown): void }) {
    super();
    // A change of the notes, of the setting, or of the clock (the notes' change event comes each
    // minute too): the file is only rewritten when an event in it changed.
    this.register(notes.onDidChange(() => this.scheduleKeep()));
    this.register(settings.onDidChangeCalendar(() => this.scheduleKeep()));
    this.register({ dispose: () => this.keepTimer && clearTimeout(this.keepTimer) });
    this.register(vscode.commands.registerCommand(COMMANDS.newNoteFromInvitation, (arg?: vscode.Uri | InvitationImport) => this.importInvitation(arg instanceof vscode.Uri ? { uri: arg } : arg ?? {})));
    this.register(vscode.commands.registerCommand(COMMANDS.exportCalendar, (target?: vscode.Uri) => this.exportCalendar(target)));
    this.scheduleKeep();
  }

  /** A drop controller for the Actions view: .ics files dropped on it become notes. */
  readonly dropController: vscode.TreeDragAndDropController<unknown> = {
    dropMimeTypes: ['text/uri-list', 'files'],
    dragMimeTypes: [],
    handleDrop: async (_target, data) => {
      const list = await data.get('text/uri-list')?.asString();
      const uris = (list ?? '').split(/\r?\n/).map((s) => s.trim()).filter((s) => s && !s.startsWith('#')).map((s) => vscode.Uri.parse(s));
      for (const uri of uris.filter((u) => u.path.toLowerCase().endsWith('.ics'))) await this.importInvitation({ uri });
    },
  };

  private async invitationText(arg: InvitationImport): Promise<string | undefined> {
    if (arg.text !== undefined) return arg.text;
    if (arg.uri) return decoder.decode(await vscode.workspace.fs.readFile(arg.uri));
    const pick = arg.fromClipboard ? { id: 'clipboard' } : await vscode.window.showQuickPick(
      [
        { label: '$(file) Open an .ics File…', id: 'file' },
        { label: '$(clippy) Paste the Invitation from the Clipboard', id: 'clipboard', description: 'the text of an .ics file' },
      ],
      { title: 'New Interview Note from Invitation', placeHolder: 'Where is the calendar invitation?' },
    );
    if (!pick) return undefined;
    if (pick.id === 'clipboard') {
      const text = await vscode.env.clipboard.readText();
      if (!/BEGIN:VCALENDAR/i.test(text)) {
        void vscode.window.showErrorMessage('Interview Follow-Up: the clipboard holds no calendar invitation (BEGIN:VCALENDAR …). Copy the text of the .ics file, or open the file instead.');
        return undefined;
      }
      return text;
    }
    const files = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'Calendar invitation': ['ics', 'ical', 'ifb', 'icalendar'] }, openLabel: 'Create Note' });
    return files?.[0] ? decoder.decode(await vscode.workspace.fs.readFile(files[0])) : undefined;
  }

  private async findNote(uid: string): Promise<vscode.Uri | undefined> {
    for (const uri of this.notes.notes().map((n) => vscode.Uri.parse(n.file))) {
      try {
        const text = await readNote(this.notes, uri);
        if (text !== undefined && api().invitationUidOf(text) === uid) return uri;
      } catch {
        // A note that cannot be read now is not the one.
      }
    }
    return undefined;
  }

  /** Creates (or updates, or closes) the note of an invitation; returns the note's URI. */
  async importInvitation(arg: InvitationImport): Promise<vscode.Uri | undefined> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 0) {
      void vscode.window.showErrorMessage('Interview Follow-Up: open a folder first; notes are kept in a folder of the workspace.');
      return undefined;
    }
    const text = await this.invitationText(arg);
    if (text === undefined) return undefined;
    const a = api();
    const userZone = a.localZone();
    // The user (the signature's address and name) is never an interviewer nor the company.
    const { email: me, name: myName } = this.settings.get().signature;
    const inv = a.readInvitation(text, { me: me ? [me] : [], myNames: myName ? [myName] : [], userZone, now: new Date() });
    if (inv.kind === 'error') {
      void vscode.window.showErrorMessage(`Interview Follow-Up: ${inv.message}`);
      return undefined;
    }
    // One import of an invitation at a time (this window, another, or the CLI): two never make two notes.
    return core().withKeyLock(`invitation:${inv.uid}`, () => this.importLocked(inv, arg, userZone));
  }

  private async importLocked(inv: Exclude<ReturnType<typeof CalendarApi.readInvitation>, { kind: 'error' }>, arg: InvitationImport, userZone: string): Promise<vscode.Uri | undefined> {
    const a = api();
    const existing = await this.findNote(inv.uid);
    if (inv.kind === 'cancel') {
      if (!existing) {
        void vscode.window.showInformationMessage(`"${inv.summary}" was cancelled; no note came from that invitation.`);
        return undefined;
      }
      const start = this.notes.note(existing)?.start;
      if (inv.occurrence && start && !a.cancelsNote(inv, start)) {
        void vscode.window.showInformationMessage(`One occurrence of "${inv.summary}" was cancelled; your note is for another one, so it stays open.`);
        return existing;
      }
      const close = arg.closeCancelled || (await vscode.window.showWarningMessage(`"${inv.summary}" was cancelled. Close its note (status: closed)?`, 'Close Note')) === 'Close Note';
      if (!close) return existing;
      const outcome = await writeNoteEdit(existing, (t) => a.closeCancelledEdit(t));
      if (!outcome.ok) void vscode.window.showErrorMessage(`Interview Follow-Up: ${outcome.message}`);
      else this.notes.applyText(existing, outcome.text);
      return existing;
    }
    if (existing) return this.updateNote(existing, inv, userZone);
    return this.createNote(inv, arg);
  }

  private async updateNote(uri: vscode.Uri, inv: InvitationEvent, userZone: string): Promise<vscode.Uri> {
    const a = api();
    let changes: string[] = [];
    let notes: string[] = [];
    const outcome = await writeNoteEdit(uri, (text) => {
      const update = a.updateNoteFromInvitation(text, inv, userZone);
      ({ changes, notes } = update);
      return update.changes.length ? { ok: true, edit: a.spanningEdit(text, update.text) } : { ok: false, message: 'already up to date' };
    });
    if (outcome.ok) this.notes.applyText(uri, outcome.text);
    const said = [...(outcome.ok ? changes : [outcome.message]), ...notes].join('; ');
    void vscode.window.showInformationMessage(`Updated from the invitation: ${said}`, 'Open Note').then((c) => c && vscode.window.showTextDocument(uri));
    return uri;
  }

  private async createNote(inv: InvitationEvent, arg: InvitationImport): Promise<vscode.Uri | undefined> {
    const folder = await pickWorkspaceFolder(arg.folder, 'Create the note in which workspace folder?');
    if (!folder) return undefined;
    const company = arg.company ?? await vscode.window.showInputBox({
      title: 'New Interview Note from Invitation', prompt: `Company (guessed from "${inv.summary}")`, value: inv.company ?? '',
      ignoreFocusOut: true, validateInput: (v) => (v.trim() ? undefined : 'The company is required'),
    });
    if (!company?.trim()) return undefined;
    // A past interview's note is written interviewed, without the before-the-interview list.
    const created = await createNoteFile(this.notes, this.settings, folder, { ...api().invitationNoteInput(inv, company.trim()), now: new Date() });
    if (!created) return undefined;
    await vscode.window.showTextDocument(created.uri, { preview: false });
    return created.uri;
  }

  private calendarFor(folder: vscode.WorkspaceFolder, now: Date): { text: string; count: number } {
    const where = notesRoot(this.settings, folder);
    const entries = 'root' in where ? entriesUnder(this.notes, where.root, now) : [];
    const text = api().actionsCalendar(entries, { settings: this.settings.get(folder).rules, userZone: api().localZone(), now });
    return { text, count: entries.reduce((n, e) => n + e.actions.length, 0) };
  }

  /** Writes the pending actions of the workspace folder to an .ics file; returns where. */
  async exportCalendar(target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const folder = (target && vscode.workspace.getWorkspaceFolder(target)) ?? (folders.length <= 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Export the actions of which workspace folder?' }));
    if (!folder) return undefined;
    const uri = target ?? await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(folder.uri, 'interview-actions.ics'), filters: { 'iCalendar': ['ics'] }, saveLabel: 'Export' });
    if (!uri) return undefined;
    const { text, count } = this.calendarFor(folder, new Date());
    // A folder named with the file is made, as VS Code's own file writes make it.
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    const written = await writeOwnFile(uri, text);
    if (!written.ok) {
      void vscode.window.showErrorMessage(`Interview Follow-Up: ${vscode.workspace.asRelativePath(uri)} was not written: ${written.message}`);
      return undefined;
    }
    void vscode.window.showInformationMessage(`Exported ${count} action${count === 1 ? '' : 's'} to ${vscode.workspace.asRelativePath(uri)}. Import it into your calendar; exporting again updates the same events.`);
    return uri;
  }

  private scheduleKeep(): void {
    if (this.keepTimer) clearTimeout(this.keepTimer);
    this.keepTimer = setTimeout(() => {
      this.keepTimer = undefined;
      this.keep().catch((error: unknown) => this.log.error('Could not update the kept calendar file', error));
    }, KEEP_DEBOUNCE_MS);
  }

  /** Rewrites each folder's kept actions.ics when its events changed (DTSTAMP aside). */
  private async keep(): Promise<void> {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const relative = this.settings.get(folder).keptCalendar;
      if (relative === undefined) continue;
      const uri = vscode.Uri.joinPath(folder.uri, relative);
      if (!uri.path.startsWith(folder.uri.path.replace(/\/$/, '') + '/')) continue; // never outside the folder
      const { text } = this.calendarFor(folder, new Date());
      const comparable = text.replace(/^DTSTAMP:.*\r\n/gm, '');
      if (this.lastKept.get(uri.toString()) === comparable) continue;
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
      const written = await writeOwnFile(uri, text);
      if (!written.ok) throw new Error(written.message);
      this.lastKept.set(uri.toString(), comparable);
    }
  }
}
