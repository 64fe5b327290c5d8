// The one way a new note file is made, for New Interview Note and the invitation import: in the
// notes folder of a workspace folder, under a name not yet taken, and told to the index.
import * as vscode from 'vscode';
import { core } from './lazyCore';
import { writeNewNote } from './noteWriter';
import type { SettingsStore } from './settings';
import type { WorkspaceNotes } from './workspaceNotes';
import type { NewNoteInput } from '../core/edits/newNote';

/** The notes folder of a workspace folder, or why it cannot hold notes. */
export function notesRoot(settings: SettingsStore, folder: vscode.WorkspaceFolder): { root: vscode.Uri } | { error: string } {
  const notesFolder = settings.get(folder).notesFolder;
  const root = vscode.Uri.joinPath(folder.uri, notesFolder);
  // "." (the workspace folder itself) is inside too.
  const base = folder.uri.path.replace(/\/$/, '');
  if (root.path.replace(/\/$/, '') !== base && !root.path.startsWith(base + '/')) {
    return { error: `the notes folder "${notesFolder}" is outside the workspace folder; change the setting interviewFollowUp.notesFolder.` };
  }
  return { root };
}

/** The workspace folder a command works in: the one given, the only one, or the user's pick. */
export async function pickWorkspaceFolder(near: vscode.Uri | undefined, placeHolder: string): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showErrorMessage('Interview Follow-Up: open a folder first; notes are kept in a folder of the workspace.');
    return undefined;
  }
  return (near && vscode.workspace.getWorkspaceFolder(near)) ?? (folders.length === 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder }));
}

/** Writes a new note for `input` into the folder's notes folder; returns its URI and text, or undefined after telling the user why not. */
export async function createNoteFile(
  notes: WorkspaceNotes, settings: SettingsStore, folder: vscode.WorkspaceFolder, input: NewNoteInput,
): Promise<{ uri: vscode.Uri; text: string } | undefined> {
  const found = notesRoot(settings, folder);
  if ('error' in found) {
    void vscode.window.showErrorMessage(`Interview Follow-Up: ${found.error}`);
    return undefined;
  }
  const { root } = found;
  const c = core();
  const rootExisted = await vscode.workspace.fs.stat(root).then(() => true, () => false);
  await vscode.workspace.fs.createDirectory(root);
  const text = c.newNoteText(input);
  const created = await writeNewNote(root, (taken) => c.noteFileName(input, taken), text);
  if ('error' in created) {
    void vscode.window.showErrorMessage(`Interview Follow-Up: the note was not created: ${created.error}`);
    return undefined;
  }
  const { uri } = created;
  // A notes folder that did not exist had no watcher: read it again so later changes are seen.
  if (!rootExisted) await notes.rebuild();
  else notes.applyText(uri, text);
  return { uri, text };
}
