// "Add Email…", the inline action of a Find email row: asks for the person's address and writes
// it into their item of the note's `interviewers` list (one edit, through the one write path).
import * as vscode from 'vscode';
import { Disposable } from '../dispose';
import { COMMANDS } from '../ids';
import { core } from '../lazyCore';
import { actionUri, type Node } from '../tree';
import type { NoteEdits } from './noteEdits';
import type { NotesModel } from '../workspaceNotes';

export class ContactCommands extends Disposable {
  constructor(private readonly notes: Pick<NotesModel, 'note'>, private readonly edits: NoteEdits) {
    super();
    this.register(vscode.commands.registerCommand(COMMANDS.addEmail, (node?: Node, email?: string) => this.addEmail(node, email)));
  }

  /** `email` answers the question without asking (tests); returns whether the note was changed. */
  async addEmail(node?: Node, email?: string): Promise<boolean> {
    if (node?.type !== 'action' || node.action.kind !== 'contact') {
      void vscode.window.showInformationMessage('Choose a "Find email" row to add the address to.');
      return false;
    }
    const { action } = node;
    // The person on the row's line of the note, as the rules planned it (not read back from the row's words).
    const person = this.notes.note(actionUri(action))?.interviewers.find((p) => p.line === action.line)?.name ?? 'this person';
    const c = core();
    const address = email ?? await vscode.window.showInputBox({
      title: `Email of ${person}`, prompt: `${person}'s email address (from their card, the invitation or the company's site)`,
      placeHolder: 'name@company.example', ignoreFocusOut: true,
      validateInput: (v) => (!v.trim() || c.isEmailAddress(v) ? undefined : 'Not an email address (name@company.example)'),
    });
    if (!address?.trim()) return false;
    return this.edits.write(actionUri(action), (text) => c.interviewerEmailEdit(text, action.line, address), `${person}: email set to ${address.trim()}`);
  }
}
