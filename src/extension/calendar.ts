// Calendar commands: "New Interview Note from Invitation…" (an .ics file, pasted invitation text,
// or a file dropped on the Actions view), "Export Actions to Calendar…", and the optional
// actions.ics kept up to date in the workspace for a calendar app to subscribe to.
import * as vscode from 'vscode';
import { CONFIG_SECTION } from './ids';
import { COMMANDS } from './ids';
import { readSettings } from './config';
import { core } from './lazyCore';
import { writeNoteEdit } from './noteWriter';
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
export interface InvitationImport {
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

export const KEEP_FILE_SETTING = 'calendar.keepFile';
export const KEEP_FILE_PATH_SETTING = 'calendar.keepFilePath';
const KEEP_FILE_DEFAULT = '.interview-followup/actions.ics';
const KEEP_DEBOUNCE_MS = 1000;

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/**
 * Everything this file needs from the notes index, in one place (the lead may reshape
 * WorkspaceNotes; only this class follows).
 */
class NotesSource {
  constructor(private readonly index: WorkspaceNotes) {}
  files(): vscode.Uri[] {
    return this.index.notes().map((n) => vscode.Uri.parse(n.file));
  }
  entries(now: Date, root: vscode.Uri): CalendarEntry[] {
    const prefix = root.path.replace(/\/$/, '') + '/';
    return this.index.notes()
      .filter((note) => vscode.Uri.parse(note.file).path.startsWith(prefix))
      .map((note) => ({ note, path: vscode.Uri.parse(note.file).path.slice(prefix.length), actions: this.index.actionsOf(vscode.Uri.parse(note.file), now) }))
      .filter((e) => e.actions.length > 0);
  }
  noteStart(uri: vscode.Uri): Date | undefined {
    return this.index.note(uri)?.start;
  }
  onDidChange(listener: () => void): vscode.Disposable {
    return this.index.onDidChange(listener);
  }
  wrote(uri: vscode.Uri, text: string): void {
    this.index.applyText(uri, text);
  }
  rebuild(): Promise<void> {
    return this.index.rebuild();
  }
}

async function readText(uri: vscode.Uri): Promise<string> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  return open ? open.getText() : decoder.decode(await vscode.workspace.fs.readFile(uri));
}

function notesRoot(folder: vscode.WorkspaceFolder): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, readSettings(folder).notesFolder);
}

export class CalendarCommands implements vscode.Disposable {
  private readonly source: NotesSource;
  private readonly subscriptions: vscode.Disposable[] = [];
  private keepTimer: NodeJS.Timeout | undefined;
  private readonly lastKept = new Map<string, string>();
  /** Resolves when the kept file has been written after the latest change (tests wait on it). */
  keeping: Promise<void> = Promise.resolve();

  constructor(notes: WorkspaceNotes) {
    this.source = new NotesSource(notes);
  }

  register(): vscode.Disposable[] {
    this.subscriptions.push(
      this.source.onDidChange(() => this.scheduleKeep()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${CONFIG_SECTION}.calendar`)) this.scheduleKeep();
      }),
    );
    // The clock moves actions from one state to the next and adds new ones (a thank-you once the
    // interview ends): check once a minute; the file is only rewritten when an event changed.
    const clock = setInterval(() => this.scheduleKeep(), 60_000);
    this.scheduleKeep();
    return [
      this,
      { dispose: () => clearInterval(clock) },
      vscode.commands.registerCommand(COMMANDS.newNoteFromInvitation, (arg?: vscode.Uri | InvitationImport) => this.importInvitation(arg instanceof vscode.Uri ? { uri: arg } : arg ?? {})),
      vscode.commands.registerCommand(COMMANDS.exportCalendar, (target?: vscode.Uri) => this.exportCalendar(target)),
    ];
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
    for (const uri of this.source.files()) {
      try {
        if (api().invitationUidOf(await readText(uri)) === uid) return uri;
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
    const me = readSettings().signature.email;
    const inv = a.readInvitation(text, { me: me ? [me] : [], userZone, now: new Date() });
    if (inv.kind === 'error') {
      void vscode.window.showErrorMessage(`Interview Follow-Up: ${inv.message}`);
      return undefined;
    }
    const existing = await this.findNote(inv.uid);
    if (inv.kind === 'cancel') {
      if (!existing) {
        void vscode.window.showInformationMessage(`"${inv.summary}" was cancelled; no note came from that invitation.`);
        return undefined;
      }
      const start = this.source.noteStart(existing);
      if (inv.occurrence && start && !a.cancelsNote(inv, start)) {
        void vscode.window.showInformationMessage(`One occurrence of "${inv.summary}" was cancelled; your note is for another one, so it stays open.`);
        return existing;
      }
      const close = arg.closeCancelled || (await vscode.window.showWarningMessage(`"${inv.summary}" was cancelled. Close its note (status: closed)?`, 'Close Note')) === 'Close Note';
      if (!close) return existing;
      const outcome = await writeNoteEdit(existing, (t) => a.closeCancelledEdit(t));
      if (!outcome.ok) void vscode.window.showErrorMessage(`Interview Follow-Up: ${outcome.message}`);
      else this.source.wrote(existing, outcome.text);
      return existing;
    }
    if (existing) return this.updateNote(existing, inv, userZone);
    return this.createNote(inv, arg, folders);
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
    if (outcome.ok) this.source.wrote(uri, outcome.text);
    const said = [...(outcome.ok ? changes : [outcome.message]), ...notes].join('; ');
    void vscode.window.showInformationMessage(`Updated from the invitation: ${said}`, 'Open Note').then((c) => c && vscode.window.showTextDocument(uri));
    return uri;
  }

  private async createNote(inv: InvitationEvent, arg: InvitationImport, folders: readonly vscode.WorkspaceFolder[]): Promise<vscode.Uri | undefined> {
    const folder = (arg.folder && vscode.workspace.getWorkspaceFolder(arg.folder))
      ?? (folders.length === 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Create the note in which workspace folder?' }));
    if (!folder) return undefined;
    const root = notesRoot(folder);
    if (!root.path.startsWith(folder.uri.path.replace(/\/$/, '') + '/')) {
      void vscode.window.showErrorMessage('Interview Follow-Up: the notes folder is outside the workspace folder; change the setting interviewFollowUp.notesFolder.');
      return undefined;
    }
    const company = arg.company ?? await vscode.window.showInputBox({
      title: 'New Interview Note from Invitation', prompt: `Company (guessed from "${inv.summary}")`, value: inv.company ?? '',
      ignoreFocusOut: true, validateInput: (v) => (v.trim() ? undefined : 'The company is required'),
    });
    if (!company?.trim()) return undefined;
    const c = core();
    const input = api().invitationNoteInput(inv, company.trim());
    const rootExisted = await vscode.workspace.fs.stat(root).then(() => true, () => false);
    await vscode.workspace.fs.createDirectory(root);
    const taken = new Set((await vscode.workspace.fs.readDirectory(root)).map(([name]) => name.toLowerCase()));
    const target = vscode.Uri.joinPath(root, c.noteFileName(input, (n) => taken.has(n.toLowerCase())));
    const text = c.newNoteText(input);
    await vscode.workspace.fs.writeFile(target, encoder.encode(text));
    if (!rootExisted) await this.source.rebuild();
    else this.source.wrote(target, text);
    await vscode.window.showTextDocument(target, { preview: false });
    return target;
  }

  private calendarFor(folder: vscode.WorkspaceFolder, now: Date): { text: string; count: number } {
    const entries = this.source.entries(now, notesRoot(folder));
    const text = api().actionsCalendar(entries, { settings: readSettings(folder).rules, userZone: api().localZone(), now });
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
    await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
    void vscode.window.showInformationMessage(`Exported ${count} action${count === 1 ? '' : 's'} to ${vscode.workspace.asRelativePath(uri)}. Import it into your calendar; exporting again updates the same events.`);
    return uri;
  }

  private scheduleKeep(): void {
    if (this.keepTimer) clearTimeout(this.keepTimer);
    this.keepTimer = setTimeout(() => {
      this.keepTimer = undefined;
      this.keeping = this.keep().catch((error: unknown) => console.error('Interview Follow-Up: could not update the kept calendar file', error));
    }, KEEP_DEBOUNCE_MS);
  }

  /** Rewrites each folder's kept actions.ics when its events changed (DTSTAMP aside). */
  private async keep(): Promise<void> {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const config = vscode.workspace.getConfiguration(CONFIG_SECTION, folder);
      if (!config.get<boolean>(KEEP_FILE_SETTING, false)) continue;
      const relative = config.get<string>(KEEP_FILE_PATH_SETTING, KEEP_FILE_DEFAULT).trim() || KEEP_FILE_DEFAULT;
      const uri = vscode.Uri.joinPath(folder.uri, relative);
      if (!uri.path.startsWith(folder.uri.path.replace(/\/$/, '') + '/')) continue; // never outside the folder
      const { text } = this.calendarFor(folder, new Date());
      const comparable = text.replace(/^DTSTAMP:.*\r\n/gm, '');
      if (this.lastKept.get(uri.toString()) === comparable) continue;
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
      await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
      this.lastKept.set(uri.toString(), comparable);
    }
  }

  dispose(): void {
    if (this.keepTimer) clearTimeout(this.keepTimer);
    for (const s of this.subscriptions) s.dispose();
  }
}
