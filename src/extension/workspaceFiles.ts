// Listing and reading note files. Local folders go through Node's fs: measured in the extension
// host on 100,000 notes, workspace.fs.readFile was ~5x slower and findFiles blocked the host for
// ~0.5 s (docs/benchmarks.md). Other schemes (remote, virtual) use the workspace API.
import { readdir } from 'node:fs/promises';
import * as vscode from 'vscode';
import { isNoteFileName, isSearchedFolder } from '../core/note/files';
import { decodeNote } from '../core/note/decode';
import type { ReadResult } from '../core/indexing/pipeline';
import { realpathSync } from 'node:fs';
import { readNoteSync } from '../node/readNote';

/**
 * Every note file under root, as URI strings (the index's keys), by the same rule as the CLI: no
 * hidden folders, no node_modules. Each folder's names become URIs right after its readdir, so
 * 100,000 of them are never made in one task.
 */
export async function listNoteFiles(root: vscode.Uri, onError: (error: unknown) => void): Promise<string[]> {
  if (root.scheme !== 'file') {
    const found = await vscode.workspace.findFiles(new vscode.RelativePattern(root, '**/*.md'));
    return found.filter((u) => !u.path.slice(root.path.length).split('/').slice(0, -1).some((d) => d && !isSearchedFolder(d))).map((u) => u.toString());
  }
  const out: string[] = [];
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
      else if (entry.isFile() && isNoteFileName(entry.name)) out.push(vscode.Uri.joinPath(dir, entry.name).toString());
    }
  };
  await walk(root);
  return out;
}

/**
 * A note's text; "gone" only when it does not exist: any other failure is a problem on the note.
 * Local files follow the CLI's rules (src/node/readNote.ts): regular files only, links only to
 * regular files inside the notes folder, a size limit, UTF-8 only.
 */
export function readNoteFile(uri: vscode.Uri, root: vscode.Uri | undefined): ReadResult | Promise<ReadResult> {
  if (uri.scheme === 'file') {
    // Synchronously: a checked read is five async file-system calls (lstat, open, fstat, read,
    // close) through libuv's four threads; read in place it cost the first scan of 10,000 notes
    // about twice the time (docs/benchmarks.md). A note is at most 5 MB, and the pipeline reads in
    // batches of 128 between time slices.
    const rootPath = root?.scheme === 'file' ? root.fsPath : undefined;
    const read = readNoteSync(uri.fsPath, rootPath, rootPath && realRoot(rootPath));
    if (read.kind === 'problem') return { kind: 'unreadable', message: read.message };
    return read.kind === 'gone' ? read : { kind: 'text', text: read.text };
  }
  return readRemote(uri);
}

const realRoots = new Map<string, string | undefined>();

/** The notes folder's real path, looked up once (links are followed only to files inside it). */
function realRoot(root: string): string | undefined {
  if (!realRoots.has(root)) {
    let real: string | undefined;
    try {
      real = realpathSync(root);
    } catch {
      real = undefined;
    }
    realRoots.set(root, real);
  }
  return realRoots.get(root);
}

async function readRemote(uri: vscode.Uri): Promise<ReadResult> {
  try {
    const decoded = decodeNote(await vscode.workspace.fs.readFile(uri));
    return decoded.ok ? { kind: 'text', text: decoded.text } : { kind: 'unreadable', message: decoded.message };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'FileNotFound' || (error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) return { kind: 'gone' };
    return { kind: 'unreadable', message: `could not be read (${code ?? (error as Error).message})` };
  }
}
