// The one way a note is written on a local disk, shared by the CLI and the extension host.
// A note is the user's only copy, so a write either lands whole or not at all: the new text
// goes to a temporary file in the same folder, is flushed, and is renamed over the note.
// Right before the rename the note is read again; if it is not byte for byte what the edit
// was computed from, or was written less than a second ago (a save still in progress), the
// edit is computed again from the fresh text, and after a few tries the write is refused.
import { constants } from 'node:fs';
import { chmod, chown, lstat, open, readdir, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { EditResult, TextEdit } from '../core/edits/frontMatterEdit';
import { decodeNote } from '../core/note/decode';
import { describeFsError, fsReason } from './fsErrors';

type EditNoteOutcome =
  | { ok: true; text: string; edit: TextEdit; replaced: string; inPlace: boolean }
  /** ioError: the file system failed (read or write), as opposed to a refusal to write. */
  | { ok: false; message: string; ioError?: true };

interface EditNoteOptions {
  /** A note written more recently than this is taken as a save in progress (default 1000 ms). */
  settleMs?: number;
  /** How many times the edit is computed afresh before the write is refused (default 4). */
  attempts?: number;
  /** Test hook: runs after the temporary file is complete, just before the final comparison. */
  beforeCommit?: (tempPath: string) => Promise<void> | void;
}

const TEMP_MARK = '.ifu-tmp-';
const TEMP_NAME = /^\..+\.ifu-tmp-(\d+)-[0-9a-f]+$/;
// A temporary file older than this is a crash's leftover even if its pid was reused.
const STALE_MS = 10 * 60 * 1000;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** 12 random hex digits. node:crypto is required here, on the first write, not when the CLI starts (loading it cost 11 ms of every `due`). */
function randomSuffix(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { randomBytes } = require('node:crypto') as typeof import('node:crypto');
  return randomBytes(6).toString('hex');
}

function tempNameFor(notePath: string): string {
  return join(dirname(notePath), `.${basename(notePath)}${TEMP_MARK}${process.pid}-${randomSuffix()}`);
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temporary files a crashed write left in `folder`; never touches anything else. */
export async function removeStaleTemps(folder: string, now = Date.now()): Promise<string[]> {
  const removed: string[] = [];
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m) continue;
    const path = join(folder, name);
    try {
      const st = await lstat(path);
      if (!st.isFile()) continue;
      if (processAlive(Number(m[1])) && now - st.mtimeMs < STALE_MS) continue;
      await unlink(path);
      removed.push(path);
    } catch {
      // Gone already or not ours to remove: either way nothing to do.
    }
  }
  return removed;
}

async function writeAll(handle: FileHandle, bytes: Uint8Array, position = 0): Promise<void> {
  for (let done = 0; done < bytes.length; ) {
    const { bytesWritten } = await handle.write(bytes, done, bytes.length - done, position + done);
    done += bytesWritten;
  }
}

async function fsyncFolder(folder: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(folder, constants.O_RDONLY);
    await handle.sync();
  } catch (error) {
    // Some systems cannot open or flush a folder (Windows, some network mounts); the rename stands.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EINVAL' && code !== 'EPERM' && code !== 'EACCES') throw error;
  } finally {
    await handle?.close();
  }
}

type Snapshot = { bytes: Buffer; mtimeMs: number; ino: number; mode: number; uid: number; gid: number; nlink: number };

async function snapshot(path: string): Promise<Snapshot | string> {
  // Checked by path first: opening a FIFO or a device to read it could block or never end.
  if (!(await stat(path)).isFile()) return 'it is not a regular file, so it was not changed';
  const handle = await open(path, 'r');
  try {
    const bytes = await handle.readFile();
    // Stat after reading: a save that began while the bytes were read shows as a recent mtime.
    const st = await handle.stat();
    return { bytes, mtimeMs: st.mtimeMs, ino: st.ino, mode: st.mode, uid: st.uid, gid: st.gid, nlink: st.nlink };
  } finally {
    await handle.close();
  }
}

/** Still exactly what the edit was computed from, and not written in the last `settleMs`. */
async function unchanged(path: string, base: Snapshot, settleMs: number): Promise<boolean> {
  const now = await snapshot(path);
  if (typeof now === 'string' || !now.bytes.equals(base.bytes)) return false;
  return !savedRecently(now.mtimeMs, settleMs);
}

function savedRecently(mtimeMs: number, settleMs: number): boolean {
  const age = Date.now() - mtimeMs;
  // A timestamp far in the future is a skewed clock, not a save in progress.
  return age < settleMs && age > -settleMs;
}

/** Keeps the note's mode and owner on the replacement; false when the owner cannot be kept. */
async function copyOwnership(temp: string, base: Snapshot): Promise<boolean> {
  await chmod(temp, base.mode & 0o7777);
  const uid = process.getuid?.();
  if (uid === undefined) return true;
  const tempStat = await stat(temp);
  if (tempStat.uid === base.uid && tempStat.gid === base.gid) return true;
  try {
    await chown(temp, base.uid, base.gid);
    // chown may clear set-user-id bits: set the mode again.
    await chmod(temp, base.mode & 0o7777);
    return true;
  } catch {
    return false;
  }
}

/**
 * Applies `compute`'s edit to the note at `path` (through any symlink, to its target) so that
 * at every moment the note holds either every old byte or every new one. See docs/reliability.md.
 */
export async function editNoteFile(path: string, compute: (text: string) => EditResult, options: EditNoteOptions = {}): Promise<EditNoteOutcome> {
  const settleMs = options.settleMs ?? 1000;
  const attempts = options.attempts ?? 4;
  let target: string;
  try {
    target = await realpath(path);
  } catch (error) {
    return { ok: false, message: describeFsError(error, 'read'), ioError: true };
  }
  await removeStaleTemps(dirname(target));

  let temp: string | undefined;
  try {
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const base = await snapshot(target);
      if (typeof base === 'string') return { ok: false, message: base, ioError: true };
      if (savedRecently(base.mtimeMs, settleMs)) {
        // Another program may still be writing it: wait until it has been quiet for settleMs.
        await sleep(Math.min(settleMs, Math.max(50, settleMs - (Date.now() - base.mtimeMs))));
        continue;
      }
      const decoded = decodeNote(base.bytes);
      if (!decoded.ok) return decoded;
      const text = decoded.text;
      const result = compute(text);
      if (!result.ok) return result;
      const { offset, length } = result.edit;
      const newText = text.slice(0, offset) + result.edit.text + text.slice(offset + length);
      const replaced = text.slice(offset, offset + length);
      const newBytes = Buffer.from(newText, 'utf8');

      // The complete new note is on disk (and space for it found) before the note is touched.
      temp = tempNameFor(target);
      const handle = await open(temp, 'wx', 0o600);
      try {
        await writeAll(handle, newBytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      const ownerKept = await copyOwnership(temp, base);
      await options.beforeCommit?.(temp);

      if (!(await unchanged(target, base, settleMs))) {
        await unlink(temp);
        temp = undefined;
        continue;
      }
      // A hard-linked note (or one whose owner we cannot give the new file) is rewritten in
      // place so every link keeps seeing it; the verified full copy stays until that is done.
      const inPlace = base.nlink > 1 || !ownerKept;
      if (inPlace) await rewriteInPlace(target, base.bytes, newBytes, temp);
      else await rename(temp, target);
      const committed = temp;
      temp = undefined;
      if (inPlace) await unlink(committed);
      await fsyncFolder(dirname(target));
      return { ok: true, text: newText, edit: result.edit, replaced, inPlace };
    }
    return { ok: false, message: 'another program kept saving the note while it was being changed; nothing was written, try again' };
  } catch (error) {
    const kept = (error as { keptCopy?: string }).keptCopy;
    if (kept) {
      temp = undefined;
      return { ok: false, message: `could not be written: ${fsReason(error)}; the note may be damaged, its new text is kept in ${kept}`, ioError: true };
    }
    return { ok: false, message: describeFsError(error, 'write'), ioError: true };
  } finally {
    if (temp) await unlink(temp).catch(() => undefined);
  }
}

/**
 * Writes only the bytes after the common prefix, then fixes the length. If that fails the old
 * bytes are put back; if even that fails, the full new note is kept as the temporary file.
 */
async function rewriteInPlace(target: string, oldBytes: Buffer, newBytes: Buffer, temp: string): Promise<void> {
  let prefix = 0;
  while (prefix < oldBytes.length && prefix < newBytes.length && oldBytes[prefix] === newBytes[prefix]) prefix++;
  const handle = await open(target, 'r+');
  try {
    try {
      await writeAll(handle, newBytes.subarray(prefix), prefix);
      await handle.truncate(newBytes.length);
      await handle.sync();
    } catch (error) {
      try {
        await writeAll(handle, oldBytes.subarray(prefix), prefix);
        await handle.truncate(oldBytes.length);
        await handle.sync();
      } catch {
        throw Object.assign(error as Error, { keptCopy: temp });
      }
      throw error;
    }
  } finally {
    await handle.close();
  }
}
