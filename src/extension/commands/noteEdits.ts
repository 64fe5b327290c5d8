// Every command that changes a note goes through here: one write (noteWriter.ts), the index told
// the new text without a re-read, and the user told the outcome (with Undo for closed files).
import * as vscode from 'vscode';
import { core } from '../lazyCore';
import type { OutputLog } from '../log';
import { writeNoteEdit } from '../noteWriter';
import type { WorkspaceNotes } from '../workspaceNotes';
import type { EditResult } from '../../core/edits/frontMatterEdit';

export class NoteEdits {
  constructor(private readonly notes: WorkspaceNotes, private readonly log: OutputLog) {}

  async write(uri: vscode.Uri, compute: (text: string) => EditResult, done: string): Promise<boolean> {
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
        this.log.background('Undo', vscode.window.showInformationMessage(`${done} in ${name}.`, 'Undo').then((choice) =>
          choice === 'Undo' ? this.write(uri, (text) => core().reverseEdit(text, outcome.edit, outcome.replaced), `Undone: ${done}`) : undefined));
      }
      return true;
    } catch (error) {
      this.log.error(`Writing ${name} failed`, error);
      void vscode.window.showErrorMessage(`Interview Follow-Up: could not write ${name}: ${(error as Error).message}`);
      return false;
    }
  }
}
