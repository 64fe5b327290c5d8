// Listing and reading note files. Local folders go through Node's fs: measured in the extension
// host on 100,000 notes, workspace.fs.readFile was ~5x slower and findFiles blocked the host for
// ~0.5 s (docs/benchmarks.md). Other schemes (remote, virtual) use the workspace API.
import { readdir, readFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import { isNoteFileName, isSearchedFolder } from '../core/noteFiles';
import type { ReadResult } from '../core/pipeline';

const decoder = new TextDecoder('utf-8');

/** Every note file under root (the same rule as the CLI: no hidden folders, no node_modules). */
export async function listNoteFiles(root: vscode.Uri, onError: (error: unknown) => void): Promise<vscode.Uri[]> {
  if (root.scheme !== 'file') {
    const found = await vscode.workspace.findFiles(new vscode.RelativePattern(root, '**/*.md'));
    return found.filter((u) => !u.path.slice(root.path.length).split('/').slice(0, -1).some((d) => d && !isSearchedFolder(d)));
  }
  const out: vscode.Uri[] = [];
  const walk = async (dir: vscode.Uri): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir.fsPath, { withFileTypes: true });
    } catch (error) {
      // A notes folder that does not exist yet is normal; anything else is worth a line in the log.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') onError(error);
      return;
    }
    for (const entry of entries) {
      if (entry.isDirectory() && isSearchedFolder(entry.name)) await walk(vscode.Uri.joinPath(dir, entry.name));
      else if (entry.isFile() && isNoteFileName(entry.name)) out.push(vscode.Uri.joinPath(dir, entry.name));
    }
  };
  await walk(root);
  return out;
}

/** A note's text; "gone" only when it does not exist: any other failure is a problem on the note. */
export async function readNoteFile(uri: vscode.Uri): Promise<ReadResult> {
  try {
    const text = uri.scheme === 'file' ? await readFile(uri.fsPath, 'utf8') : decoder.decode(await vscode.workspace.fs.readFile(uri));
    return { kind: 'text', text };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'FileNotFound' || (error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) return { kind: 'gone' };
    return { kind: 'unreadable', message: `could not be read (${code ?? (error as Error).message})` };
  }
}
