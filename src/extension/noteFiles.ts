// Listing and reading note files. Local folders go through Node's fs: measured in the extension
// host on 100,000 notes, workspace.fs.readFile was ~5x slower and findFiles blocked the host for
// ~0.5 s (docs/benchmarks.md). Other schemes (remote, virtual) use the workspace API.
import { readdir, readFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import { isNoteFileName, isSearchedFolder } from '../core/noteFiles';

const decoder = new TextDecoder('utf-8');

/** Every note file under root (the same rule as the CLI: no hidden folders, no node_modules). */
export async function listNoteFiles(root: vscode.Uri): Promise<vscode.Uri[]> {
  if (root.scheme !== 'file') {
    const found = await vscode.workspace.findFiles(new vscode.RelativePattern(root, '**/*.md'));
    return found.filter((u) => !u.path.slice(root.path.length).split('/').slice(0, -1).some((d) => d && !isSearchedFolder(d)));
  }
  const out: vscode.Uri[] = [];
  const walk = async (dir: vscode.Uri): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir.fsPath, { withFileTypes: true });
    } catch {
      return; // the folder does not exist (yet), or cannot be read
    }
    for (const entry of entries) {
      if (entry.isDirectory() && isSearchedFolder(entry.name)) await walk(vscode.Uri.joinPath(dir, entry.name));
      else if (entry.isFile() && isNoteFileName(entry.name)) out.push(vscode.Uri.joinPath(dir, entry.name));
    }
  };
  await walk(root);
  return out;
}

/** A note's text, or undefined when it is gone. */
export async function readNoteFile(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return uri.scheme === 'file' ? await readFile(uri.fsPath, 'utf8') : decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}
