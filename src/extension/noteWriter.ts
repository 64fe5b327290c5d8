// Every file the extension writes goes through here. A change to a note: an open editor with
// unsaved changes gets a WorkspaceEdit (undoable; the user's typing is kept); a local file is
// written by the one write path (src/node/safeWrite.ts: atomic, verified, under the note's lock);
// other file systems go through workspace.fs, and only if the file did not change between
// reading and writing (docs/reliability.md says what that guarantees). A new note is created only
// if its name is free, whole or not at all; a file the product owns (the actions calendar) is
// replaced whole.
import * as vscode from 'vscode';
import { core } from './lazyCore';
import type { EditResult, TextEdit } from '../core/edits/frontMatterEdit';

type WriteOutcome =
  | { ok: true; text: string; via: 'editor' | 'disk'; edit: TextEdit; replaced: string }
  | { ok: false; message: string };

export async function writeNoteEdit(uri: vscode.Uri, compute: (text: string) => EditResult): Promise<WriteOutcome> {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (doc && !doc.isClosed && doc.isDirty) {
    const version = doc.version;
    const before = doc.getText();
    const result = compute(before);
    if (!result.ok) return result;
    const { offset, length, text } = result.edit;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(doc.positionAt(offset), doc.positionAt(offset + length)), text);
    if (doc.version !== version) return { ok: false, message: 'the note changed while the edit was prepared; try again' };
    if (!(await vscode.workspace.applyEdit(edit))) return { ok: false, message: 'VS Code refused the edit' };
    return { ok: true, text: doc.getText(), via: 'editor', edit: result.edit, replaced: before.slice(offset, offset + length) };
  }

  const c = core();
  if (uri.scheme === 'file') {
    const outcome = await c.editNoteFile(uri.fsPath, compute);
    return outcome.ok ? { ok: true, text: outcome.text, via: 'disk', edit: outcome.edit, replaced: outcome.replaced } : outcome;
  }
  const before = await vscode.workspace.fs.stat(uri);
  const decoded = c.decodeNote(await vscode.workspace.fs.readFile(uri));
  if (!decoded.ok) return decoded;
  const result = compute(decoded.text);
  if (!result.ok) return result;
  const after = await vscode.workspace.fs.stat(uri);
  if (after.mtime !== before.mtime || after.size !== before.size) {
    return { ok: false, message: 'the file changed on disk while the edit was prepared; nothing was written, try again' };
  }
  const text = c.applyEdit(decoded.text, result.edit);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const { offset, length } = result.edit;
  return { ok: true, text, via: 'disk', edit: result.edit, replaced: decoded.text.slice(offset, offset + length) };
}

/** Creates a new note in `folder` under the first free name `nameFor` gives; undefined with why when it could not. */
export async function writeNewNote(folder: vscode.Uri, nameFor: (taken: (name: string) => boolean) => string, text: string): Promise<{ uri: vscode.Uri } | { error: string }> {
  const bytes = new TextEncoder().encode(text);
  if (folder.scheme === 'file') {
    const created = await core().createNewNote(folder.fsPath, nameFor, text);
    return created.ok ? { uri: vscode.Uri.file(created.path) } : { error: created.message };
  }
  const taken = new Set((await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name.toLowerCase()));
  const uri = vscode.Uri.joinPath(folder, nameFor((n) => taken.has(n.toLowerCase())));
  // A WorkspaceEdit's createFile without overwrite fails on a name taken meanwhile.
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { overwrite: false, contents: bytes });
  return (await vscode.workspace.applyEdit(edit)) ? { uri } : { error: `${uri.path} could not be created (the name may be taken)` };
}

/** Replaces a whole file the product owns (the actions calendar); its folder must exist. */
export async function writeOwnFile(uri: vscode.Uri, text: string): Promise<{ ok: true } | { ok: false; message: string }> {
  if (uri.scheme === 'file') {
    const written = await core().writeFileAtomic(uri.fsPath, text);
    return written.ok ? { ok: true } : written;
  }
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return { ok: true };
}
