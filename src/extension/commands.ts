// Palette and tree commands. Each resolves its target note (tree row, URI argument, active
// editor, or a quick pick), then goes through writeNoteEdit for any change to a file.
import * as vscode from 'vscode';
import { readSettings } from './config';
import { COMMANDS } from './ids';
import { core } from './lazyCore';
import { writeNoteEdit } from './noteWriter';
import type { NotesIndex } from './notesIndex';
import { actionUri, type Node } from './tree';
import type { MarkableKind } from '../core/markDone';
import type { EditResult } from '../core/frontmatterEdit';
import type { Note } from '../core/types';

const MARK_LABELS: Record<MarkableKind, string> = { 'thank-you': 'Thank-you sent', card: 'Card mailed', 'follow-up': 'Follow-up sent' };

const STATUSES: { label: string; description: string }[] = [
  { label: 'scheduled', description: 'the interview is planned' },
  { label: 'interviewed', description: 'waiting to hear back' },
  { label: 'next round', description: 'invited to another interview' },
  { label: 'offer', description: 'closes the interview' },
  { label: 'rejected', description: 'closes the interview' },
  { label: 'withdrawn', description: 'closes the interview' },
  { label: 'closed', description: 'closes the interview' },
];

/** Values for "New Interview Note" given as a command argument (keybindings, tests); missing ones are asked. */
export interface NewNotePreset {
  company?: string;
  role?: string;
  interview?: string;
  interviewers?: string[];
  folder?: vscode.Uri;
}

function describe(note: Note): string {
  return `${note.company}${note.role ? ` · ${note.role}` : ''}`;
}

export class Commands {
  constructor(private readonly notes: NotesIndex) {}

  register(): vscode.Disposable[] {
    return [
      vscode.commands.registerCommand(COMMANDS.newNote, (preset?: NewNotePreset) => this.newNote(preset)),
      vscode.commands.registerCommand(COMMANDS.markThankYouSent, (arg?: unknown) => this.mark('thank-you', arg)),
      vscode.commands.registerCommand(COMMANDS.markCardMailed, (arg?: unknown) => this.mark('card', arg)),
      vscode.commands.registerCommand(COMMANDS.markFollowUpSent, (arg?: unknown) => this.mark('follow-up', arg)),
      vscode.commands.registerCommand(COMMANDS.markDone, (arg?: Node) => this.markRow(arg)),
      vscode.commands.registerCommand(COMMANDS.setStatus, (arg?: unknown, status?: string) => this.setStatus(arg, status)),
      vscode.commands.registerCommand(COMMANDS.openNote, (uri?: vscode.Uri, line?: number) => this.openNote(uri, line)),
      vscode.commands.registerCommand(COMMANDS.refresh, () => this.notes.rebuild()),
    ];
  }

  /** The note a command is about: a tree row, a URI, the active editor, or the user's pick. */
  async targetNote(arg: unknown, placeHolder: string, filter: (note: Note) => boolean = () => true): Promise<vscode.Uri | undefined> {
    if (arg instanceof vscode.Uri) return arg;
    const node = arg as Node | undefined;
    if (node?.type === 'action') return actionUri(node.action);
    if (node?.type === 'problem') return vscode.Uri.parse(node.file);
    const active = vscode.window.activeTextEditor?.document.uri;
    if (active && this.notes.note(active)) return active;
    const candidates = this.notes.notes().filter(filter).sort((a, b) => b.start.getTime() - a.start.getTime());
    if (candidates.length === 0) {
      void vscode.window.showInformationMessage(active && this.notes.isNoteUri(active)
        ? 'This note has problems to fix first (see the Problems panel).'
        : 'No interview note to apply this to. Open a note, or create one with "New Interview Note".');
      return undefined;
    }
    const pick = await vscode.window.showQuickPick(
      candidates.map((note) => ({ label: describe(note), description: core().formatLocalDateTime(note.start).replace('T', ' '), uri: vscode.Uri.parse(note.file) })),
      { placeHolder, matchOnDescription: true },
    );
    return pick?.uri;
  }

  async markRow(node?: Node): Promise<boolean> {
    if (node?.type === 'action' && node.action.kind === 'task') {
      const { action } = node;
      return this.write(actionUri(action), (text) => core().checkTaskEdit(text, action.line, action.title), `Task done: ${action.title}`);
    }
    if (node?.type !== 'action' || !core().isMarkable(node.action.kind)) {
      void vscode.window.showInformationMessage('Choose a thank-you, card, follow-up or task row to mark done.');
      return false;
    }
    return this.mark(node.action.kind, node);
  }

  async mark(kind: MarkableKind, arg?: unknown): Promise<boolean> {
    const key = core().MARKABLE[kind];
    const uri = await this.targetNote(arg, `Mark "${MARK_LABELS[kind]}" for which interview?`, (n) => n[key] === undefined);
    if (!uri) return false;
    const date = core().formatLocalDate(new Date());
    return this.write(uri, (text) => core().markDoneEdit(text, kind, date), `${MARK_LABELS[kind]}: ${key} set to ${date}`);
  }

  async setStatus(arg?: unknown, status?: string): Promise<boolean> {
    const uri = await this.targetNote(arg, 'Set the status of which interview?');
    if (!uri) return false;
    let value = status;
    if (value === undefined) {
      const current = this.notes.note(uri)?.status;
      const pick = await vscode.window.showQuickPick(
        [...STATUSES.map((s) => ({ ...s, picked: s.label === current })), { label: 'Other…', description: 'type a status' }],
        { placeHolder: `Status${current ? ` (now: ${current})` : ''}` },
      );
      if (!pick) return false;
      value = pick.label === 'Other…' ? await vscode.window.showInputBox({ prompt: 'Status', value: current ?? '' }) : pick.label;
    }
    if (!value?.trim()) return false;
    const trimmed = value.trim();
    return this.write(uri, (text) => core().setFrontMatterValue(text, 'status', trimmed), `Status set to ${trimmed}`);
  }

  private async write(uri: vscode.Uri, compute: (text: string) => EditResult, done: string): Promise<boolean> {
    const name = vscode.workspace.asRelativePath(uri, false);
    try {
      const outcome = await writeNoteEdit(uri, compute);
      if (!outcome.ok) {
        void vscode.window.showErrorMessage(`Interview Follow-Up: ${name} was not changed: ${outcome.message}`);
        return false;
      }
      this.notes.applyText(uri, outcome.text);
      if (outcome.via === 'editor') {
        // In the editor: the user's own Undo takes it back.
        vscode.window.setStatusBarMessage(`$(check) ${done} (${name})`, 4000);
      } else {
        // On disk there is no editor history: offer the way back here.
        void vscode.window.showInformationMessage(`${done} in ${name}.`, 'Undo').then((choice) => {
          if (choice === 'Undo') void this.write(uri, (text) => core().reverseEdit(text, outcome.edit, outcome.replaced), `Undone: ${done}`);
        });
      }
      return true;
    } catch (error) {
      void vscode.window.showErrorMessage(`Interview Follow-Up: could not write ${name}: ${(error as Error).message}`);
      return false;
    }
  }

  async openNote(uri?: vscode.Uri, line?: number): Promise<void> {
    const target = uri ?? (await this.targetNote(undefined, 'Open which interview note?'));
    if (!target) return;
    const position = new vscode.Position(Math.max(0, (line ?? 1) - 1), 0);
    await vscode.window.showTextDocument(target, { selection: new vscode.Range(position, position), preview: false });
  }

  async newNote(preset: NewNotePreset = {}): Promise<vscode.Uri | undefined> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 0) {
      void vscode.window.showErrorMessage('Interview Follow-Up: open a folder first; notes are kept in a folder of the workspace.');
      return undefined;
    }
    const folder = (preset.folder && vscode.workspace.getWorkspaceFolder(preset.folder))
      ?? (folders.length === 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Create the note in which workspace folder?' }));
    if (!folder) return undefined;
    const notesFolder = readSettings(folder).notesFolder;
    const root = vscode.Uri.joinPath(folder.uri, notesFolder);
    // "." (the workspace folder itself) is inside too.
    const base = folder.uri.path.replace(/\/$/, '');
    if (root.path.replace(/\/$/, '') !== base && !root.path.startsWith(base + '/')) {
      void vscode.window.showErrorMessage(`Interview Follow-Up: the notes folder "${notesFolder}" is outside the workspace folder; change the setting interviewFollowUp.notesFolder.`);
      return undefined;
    }

    const c = core();
    const company = preset.company ?? await vscode.window.showInputBox({ title: 'New Interview Note (1/4)', prompt: 'Company', placeHolder: 'Acme Corp', ignoreFocusOut: true, validateInput: (v) => (v.trim() ? undefined : 'The company is required') });
    if (!company?.trim()) return undefined;
    const role = preset.role ?? await vscode.window.showInputBox({ title: 'New Interview Note (2/4)', prompt: 'Role (optional)', placeHolder: 'Backend Engineer', ignoreFocusOut: true });
    if (role === undefined) return undefined;
    const tomorrow = new Date(Date.now() + 86400_000);
    const when = preset.interview ?? await vscode.window.showInputBox({
      title: 'New Interview Note (3/4)', prompt: 'Date and time of the interview (24 h, your local time)', ignoreFocusOut: true,
      value: `${c.formatLocalDate(tomorrow)} 10:00`,
      validateInput: (v) => { const t = c.parseWallTime(v); return 'error' in t ? t.error : undefined; },
    });
    if (when === undefined) return undefined;
    const interview = c.parseWallTime(when);
    if ('error' in interview) {
      void vscode.window.showErrorMessage(`Interview Follow-Up: ${interview.error}`);
      return undefined;
    }
    const people = preset.interviewers?.join(', ') ?? await vscode.window.showInputBox({ title: 'New Interview Note (4/4)', prompt: 'Interviewers, comma-separated (optional)', placeHolder: 'Jane Doe, Raj Patel', ignoreFocusOut: true });
    if (people === undefined) return undefined;

    const input = { company: company.trim(), role: role.trim() || undefined, interview, interviewers: people.split(',').map((p) => p.trim()).filter(Boolean) };
    const rootExisted = await vscode.workspace.fs.stat(root).then(() => true, () => false);
    await vscode.workspace.fs.createDirectory(root);
    const existing = new Set((await vscode.workspace.fs.readDirectory(root)).map(([name]) => name.toLowerCase()));
    const target = vscode.Uri.joinPath(root, c.noteFileName(input, (n) => existing.has(n.toLowerCase())));
    const text = c.newNoteText(input);
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    // A notes folder that did not exist had no watcher: read it again so later changes are seen.
    if (!rootExisted) await this.notes.rebuild();
    else this.notes.applyText(target, text);
    const editor = await vscode.window.showTextDocument(target, { preview: false });
    const notesLine = text.split('\n').indexOf('## Notes') + 2;
    editor.selection = new vscode.Selection(notesLine, 0, notesLine, 0);
    return target;
  }
}
