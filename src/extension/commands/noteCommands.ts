// Creating and opening notes, and reading them all again.
import * as vscode from 'vscode';
import { Disposable } from '../dispose';
import { COMMANDS } from '../ids';
import { core } from '../lazyCore';
import { createNoteFile, notesRoot, pickWorkspaceFolder } from '../newNoteFile';
import type { SettingsStore } from '../settings';
import type { WorkspaceNotes } from '../workspaceNotes';
import { targetNote } from './targetNote';

/** Values for "New Interview Note" given as a command argument (keybindings, tests); missing ones are asked. */
interface NewNotePreset {
  company?: string;
  role?: string;
  interview?: string;
  interviewers?: string[];
  timeline?: string;
  card?: boolean;
  /** The previous round's note file name (the next round's note links back to it). */
  previous?: string;
  folder?: vscode.Uri;
}

export class NoteCommands extends Disposable {
  constructor(private readonly notes: WorkspaceNotes, private readonly settings: SettingsStore) {
    super();
    this.register(vscode.commands.registerCommand(COMMANDS.newNote, (preset?: NewNotePreset) => this.newNote(preset)));
    this.register(vscode.commands.registerCommand(COMMANDS.openNote, (uri?: vscode.Uri, line?: number) => this.openNote(uri, line)));
    this.register(vscode.commands.registerCommand(COMMANDS.refresh, () => this.notes.rebuild()));
  }

  async openNote(uri?: vscode.Uri, line?: number): Promise<void> {
    const target = uri ?? (await targetNote(this.notes, undefined, 'Open which interview note?'));
    if (!target) return;
    const position = new vscode.Position(Math.max(0, (line ?? 1) - 1), 0);
    await vscode.window.showTextDocument(target, { selection: new vscode.Range(position, position), preview: false });
  }

  async newNote(preset: NewNotePreset = {}): Promise<vscode.Uri | undefined> {
    const folder = await pickWorkspaceFolder(preset.folder, 'Create the note in which workspace folder?');
    if (!folder) return undefined;
    const where = notesRoot(this.settings, folder);
    if ('error' in where) {
      void vscode.window.showErrorMessage(`Interview Follow-Up: ${where.error}`);
      return undefined;
    }

    const c = core();
    const company = preset.company ?? await vscode.window.showInputBox({ title: 'New Interview Note (1/6)', prompt: 'Company', placeHolder: 'Acme Corp', ignoreFocusOut: true, validateInput: (v) => (v.trim() ? undefined : 'The company is required') });
    if (!company?.trim()) return undefined;
    const role = preset.role ?? await vscode.window.showInputBox({ title: 'New Interview Note (2/6)', prompt: 'Role (optional)', placeHolder: 'Backend Engineer', ignoreFocusOut: true });
    if (role === undefined) return undefined;
    const tomorrow = new Date(Date.now() + 86400_000);
    const when = preset.interview ?? await vscode.window.showInputBox({
      title: 'New Interview Note (3/6)', prompt: 'Date and time of the interview (24 h, your local time)', ignoreFocusOut: true,
      value: `${c.formatLocalDate(tomorrow)} 10:00`,
      validateInput: (v) => { const t = c.parseWallTime(v); return 'error' in t ? t.error : undefined; },
    });
    if (when === undefined) return undefined;
    const interview = c.parseWallTime(when);
    if ('error' in interview) {
      void vscode.window.showErrorMessage(`Interview Follow-Up: ${interview.error}`);
      return undefined;
    }
    // A preset with a company is a scripted call: questions it does not answer are not asked.
    const ask = preset.company === undefined;
    const people = preset.interviewers?.join('; ') ?? await vscode.window.showInputBox({
      title: 'New Interview Note (4/6)', prompt: 'Interviewers (optional): names, or Name <email>, or Name, Title <email>, separated by commas',
      placeHolder: 'Jane Doe, CTO <jane@acme.example>, Raj Patel <raj@acme.example>', ignoreFocusOut: true,
    });
    if (people === undefined) return undefined;
    const timeline = preset.timeline ?? (ask ? await vscode.window.showInputBox({
      title: 'New Interview Note (5/6)', prompt: 'What did they say about next steps? (optional; you can fill it in after the interview)',
      placeHolder: 'e.g. within two weeks · by Friday · end of the month · 2026-12-15', ignoreFocusOut: true,
    }) : '');
    if (timeline === undefined) return undefined;
    const card = preset.card ?? (ask ? (await vscode.window.showQuickPick(
      [{ label: 'No', card: false, description: 'an email is enough' }, { label: 'Yes', card: true, description: 'a traditional company: mail a handwritten card the same day too' }],
      { title: 'New Interview Note (6/6)', placeHolder: 'Mail a handwritten thank-you card as well?', ignoreFocusOut: true },
    ))?.card : false);
    if (card === undefined) return undefined;

    const input = { company: company.trim(), role: role.trim() || undefined, interview, interviewers: c.parsePeople(people), timeline, card, ...(preset.previous ? { previous: preset.previous } : {}) };
    const created = await createNoteFile(this.notes, this.settings, folder, input);
    if (!created) return undefined;
    const { uri: target, text } = created;
    const editor = await vscode.window.showTextDocument(target, { preview: false });
    // The blank line under "## Notes", where the user writes.
    const notesLine = text.split('\n').indexOf('## Notes') + 1;
    editor.selection = new vscode.Selection(notesLine, 0, notesLine, 0);
    editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return target;
  }
}
