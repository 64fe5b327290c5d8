// Creating and opening notes, and reading them all again.
import * as vscode from 'vscode';
import { readSettings } from '../config';
import { COMMANDS } from '../ids';
import { core } from '../lazyCore';
import type { WorkspaceNotes } from '../workspaceNotes';
import { targetNote } from './targetNote';

/** Values for "New Interview Note" given as a command argument (keybindings, tests); missing ones are asked. */
export interface NewNotePreset {
  company?: string;
  role?: string;
  interview?: string;
  interviewers?: string[];
  folder?: vscode.Uri;
}

export class NoteCommands {
  constructor(private readonly notes: WorkspaceNotes) {}

  register(): vscode.Disposable[] {
    return [
      vscode.commands.registerCommand(COMMANDS.newNote, (preset?: NewNotePreset) => this.newNote(preset)),
      vscode.commands.registerCommand(COMMANDS.openNote, (uri?: vscode.Uri, line?: number) => this.openNote(uri, line)),
      vscode.commands.registerCommand(COMMANDS.refresh, () => this.notes.rebuild()),
    ];
  }

  async openNote(uri?: vscode.Uri, line?: number): Promise<void> {
    const target = uri ?? (await targetNote(this.notes, undefined, 'Open which interview note?'));
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
