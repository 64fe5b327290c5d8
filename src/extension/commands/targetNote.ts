// Which note a command is about: a tree row, a URI argument, the active editor, or the user's pick.
import * as vscode from 'vscode';
import { core } from '../lazyCore';
import { actionUri, type Node } from '../tree';
import type { NotesModel } from '../workspaceNotes';
import type { Note } from '../../core/model/types';

export async function targetNote(
  notes: NotesModel,
  arg: unknown,
  placeHolder: string,
  filter: (note: Note) => boolean = () => true,
): Promise<vscode.Uri | undefined> {
  if (arg instanceof vscode.Uri) return arg;
  const node = arg as Node | undefined;
  if (node?.type === 'action') return actionUri(node.action);
  if (node?.type === 'problem' || node?.type === 'interview') return vscode.Uri.parse(node.file);
  // A row of the Interviews view (an InterviewSummary) names its note by file.
  const file = (arg as { file?: unknown } | undefined)?.file;
  if (typeof file === 'string' && file.includes(':')) return vscode.Uri.parse(file);
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active && notes.note(active)) return active;
  const candidates = notes.notes().filter(filter).sort((a, b) => b.start.getTime() - a.start.getTime());
  if (candidates.length === 0) {
    void vscode.window.showInformationMessage(active && notes.isNoteUri(active)
      ? 'This note has problems to fix first (see the Problems panel).'
      : 'No interview note to apply this to. Open a note, or create one with "New Interview Note".');
    return undefined;
  }
  const c = core();
  const pick = await vscode.window.showQuickPick(
    candidates.map((note) => ({ label: c.companyRole(note), description: c.formatDue(note.start), uri: vscode.Uri.parse(note.file) })),
    { placeHolder, matchOnDescription: true },
  );
  return pick?.uri;
}
