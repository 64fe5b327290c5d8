// Recording what was done: mark a thank-you, card or follow-up sent, tick a task, set the status.
import * as vscode from 'vscode';
import { Disposable } from '../dispose';
import { COMMANDS } from '../ids';
import { core } from '../lazyCore';
import { actionUri, type Node } from '../tree';
import type { NotesModel } from '../workspaceNotes';
import type { NoteEdits } from './noteEdits';
import { targetNote } from './targetNote';
import type { MarkableKind } from '../../core/model/kinds';
import { STATUSES } from '../../core/model/status';

export class MarkCommands extends Disposable {
  constructor(
    private readonly notes: NotesModel,
    private readonly edits: NoteEdits,
    /** The row selected in the Actions view: what a keybinding (which passes no row) marks. */
    private readonly selectedRow: () => Node | undefined = () => undefined,
  ) {
    super();
    this.register(vscode.commands.registerCommand(COMMANDS.markThankYouSent, (arg?: unknown) => this.mark('thank-you', arg)));
    this.register(vscode.commands.registerCommand(COMMANDS.markCardMailed, (arg?: unknown) => this.mark('card', arg)));
    this.register(vscode.commands.registerCommand(COMMANDS.markFollowUpSent, (arg?: unknown) => this.mark('follow-up', arg)));
    this.register(vscode.commands.registerCommand(COMMANDS.markDone, (arg?: Node) => this.markRow(arg)));
    // The row's check button on a task: its own title, so it is read as "Check Off Task", not "Mark Done".
    this.register(vscode.commands.registerCommand(COMMANDS.checkTask, (arg?: Node) => this.checkTask(arg)));
    this.register(vscode.commands.registerCommand(COMMANDS.setStatus, (arg?: unknown, status?: string, nextRound?: string) => this.setStatus(arg, status, nextRound)));
  }

  async markRow(arg?: Node): Promise<boolean> {
    const node = arg ?? this.selectedRow();
    if (node?.type === 'action' && node.action.kind === 'task') return this.checkTask(node);
    if (node?.type !== 'action' || !core().isMarkable(node.action.kind)) {
      void vscode.window.showInformationMessage('Choose a thank-you, card, follow-up or task row to mark done.');
      return false;
    }
    return this.mark(node.action.kind, node);
  }

  async checkTask(arg?: Node): Promise<boolean> {
    const node = arg ?? this.selectedRow();
    if (node?.type !== 'action' || node.action.kind !== 'task') {
      void vscode.window.showInformationMessage('Choose a task row to check off.');
      return false;
    }
    const { action } = node;
    return this.edits.write(actionUri(action), (text) => core().checkTaskEdit(text, action.line, action.title), `Task done: ${action.title}`);
  }

  async mark(kind: MarkableKind, arg?: unknown): Promise<boolean> {
    const c = core();
    const key = c.doneKeyOf(kind);
    const done = c.ACTION_KINDS[kind].mark!.done;
    const uri = await targetNote(this.notes, arg, `Mark "${done}" for which interview?`, (n) => n[key] === undefined);
    if (!uri) return false;
    const date = c.formatLocalDate(new Date());
    return this.edits.write(uri, (text) => c.markDoneEdit(text, kind, date), `${done}: ${key} set to ${date}`);
  }

  /** `nextRound` (a date and time) answers the next round's question without asking (tests, keybindings). */
  async setStatus(arg?: unknown, status?: string, nextRound?: string): Promise<boolean> {
    const uri = await targetNote(this.notes, arg, 'Set the status of which interview?');
    if (!uri) return false;
    let value = status;
    if (value === undefined) {
      const current = this.notes.note(uri)?.status;
      const pick = await vscode.window.showQuickPick(
        [...STATUSES.map((s) => ({ label: s.value, description: s.description, picked: s.value === current })), { label: 'Other…', description: 'type a status' }],
        { placeHolder: `Status${current ? ` (now: ${current})` : ''}` },
      );
      if (!pick) return false;
      value = pick.label === 'Other…' ? await vscode.window.showInputBox({ prompt: 'Status', value: current ?? '' }) : pick.label;
    }
    if (!value?.trim()) return false;
    const trimmed = value.trim();
    // An answer (next round, offer, rejected) also records when it came, once (docs/note-format.md).
    const heardBack = core().fillsHeardBack(this.notes.note(uri), trimmed) ? core().formatLocalDate(new Date()) : undefined;
    const written = await this.edits.write(uri, (text) => core().statusEdit(text, trimmed, heardBack), `Status set to ${trimmed}${heardBack ? `, heard back ${heardBack}` : ''}`);
    if (written && trimmed.toLowerCase() === 'next round') await this.nextRound(uri, nextRound);
    return written;
  }

  /** Asks the next round's date and creates its note (company, role, people carried over, linked back). */
  private async nextRound(uri: vscode.Uri, when?: string): Promise<vscode.Uri | undefined> {
    const note = this.notes.note(uri);
    if (!note) return undefined;
    const c = core();
    const date = when ?? await vscode.window.showInputBox({
      title: 'Next round', prompt: 'Date and time of the next round (24 h, your local time); Escape to skip', ignoreFocusOut: true,
      placeHolder: '2026-12-03 14:00', validateInput: (v) => { const t = c.parseWallTime(v); return 'error' in t ? t.error : undefined; },
    });
    if (!date) return undefined;
    const t = c.parseWallTime(date);
    if ('error' in t) return undefined;
    const input = c.nextRoundInput(note, t);
    const people = input.interviewers.map((p) => (typeof p === 'string' ? p : `${p.name}${p.title ? `, ${p.title}` : ''}${p.email ? ` <${p.email}>` : ''}`));
    return vscode.commands.executeCommand<vscode.Uri | undefined>(COMMANDS.newNote, {
      company: input.company, role: input.role ?? '', interview: date, interviewers: people, previous: input.previous, card: note.card, folder: uri,
    });
  }
}
