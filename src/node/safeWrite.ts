// The one way files are written on a local disk, shared by the CLI and the extension host: a
// note edited (editNoteFile), a new note (createNewFile), a file the product owns replaced whole
// (writeFileAtomic, e.g. the actions calendar). A note is the user's only copy, so a write either
// lands whole or not at all: the new text goes to a temporary file in the same folder, is
// flushed, and is renamed over the note (or linked into place, for a new one). Every writer of a
// note holds its lock (noteLock.ts) from the read to the rename, so two writers at once take
// turns and the second computes its edit from the first one's result. Right before the rename
// the note is read again; if it is not byte for byte what the edit was computed from (another
// program, which takes no lock, saved it), or was written less than a second ago (a save still in
// progress), the edit is computed again from the fresh text, and after a few tries refused.
import { constants } from 'node:fs';
import { chmod, chown, link, lstat, open, readdir, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { EditResult, TextEdit } from '../core/edits/frontMatterEdit';
import { decodeNote } from '../core/note/decode';
import { describeFsError, fsReason } from './fsErrors';
import { LockBusy, processAlive, withKeyLock, withNoteLock } from './noteLock';

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

/** A new file (O_EXCL: never anyone else's) holding `bytes`, flushed to disk before it is closed. */
async function writeFlushed(path: string, bytes: Uint8Array, mode: number): Promise<void> {
  const handle = await open(path, 'wx', mode);
  try {
    await writeAll(handle, bytes);
    await handle.sync();
  } finally {
    await handle.close();
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
  try {
    return await withNoteLock(target, () => editLocked(target, compute, settleMs, attempts, options));
  } catch (error) {
    if (error instanceof LockBusy) return { ok: false, message: error.message };
    return { ok: false, message: describeFsError(error, 'read'), ioError: true };
  }
}

/** editNoteFile's work, the note's lock held. */
async function editLocked(target: string, compute: (text: string) => EditResult, settleMs: number, attempts: number, options: EditNoteOptions): Promise<EditNoteOutcome> {
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
      await writeFlushed(temp, newBytes, 0o600);
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

export type CreateOutcome =
  | { ok: true; path: string }
  /** exists: a file of that name is there already (nothing was written). */
  | { ok: false; message: string; exists?: true; ioError?: true };

// Where a file system has no hard links, a new file is created with O_EXCL and filled in place.
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EMLINK']);

/**
 * Creates the file at `path` holding `text`, only if no file of that name exists: the complete
 * text is written and flushed to a temporary file first, then linked into place (which fails if
 * the name is taken), so a new note is there whole or not at all, never empty or cut.
 */
export async function createNewFile(path: string, text: string): Promise<CreateOutcome> {
  const bytes = Buffer.from(text, 'utf8');
  const temp = tempNameFor(path);
  try {
    await writeFlushed(temp, bytes, 0o666);
    try {
      await link(temp, path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (code === 'EEXIST') return { ok: false, exists: true, message: `${basename(path)} exists already` };
      if (!NO_LINKS.has(code)) throw error;
      await createInPlace(path, bytes);
    }
    await fsyncFolder(dirname(path));
    return { ok: true, path };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { ok: false, exists: true, message: `${basename(path)} exists already` };
    return { ok: false, message: describeFsError(error, 'write'), ioError: true };
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/** O_EXCL and written in place; a failed write removes the file it made, never anyone else's. */
async function createInPlace(path: string, bytes: Buffer): Promise<void> {
  const handle = await open(path, 'wx', 0o666);
  try {
    await writeAll(handle, bytes);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(path).catch(() => undefined);
    throw error;
  }
  await handle.close();
}

/**
 * Creates a new note in `folder` under the first free name `nameFor` gives (it is asked again,
 * with the names found taken, until one is free); returns its path.
 */
export async function createNewNote(folder: string, nameFor: (taken: (name: string) => boolean) => string, text: string): Promise<CreateOutcome> {
  const tried = new Set<string>();
  for (let attempt = 0; attempt < 100; attempt++) {
    let existing: Set<string>;
    try {
      existing = new Set((await readdir(folder)).map((n) => n.toLowerCase()));
    } catch (error) {
      return { ok: false, message: describeFsError(error, 'write'), ioError: true };
    }
    const name = nameFor((n) => existing.has(n.toLowerCase()) || tried.has(n.toLowerCase()));
    tried.add(name.toLowerCase());
    const outcome = await createNewFile(join(folder, name), text);
    if (outcome.ok || !outcome.exists) return outcome;
  }
  return { ok: false, message: 'no free file name was found for the note; nothing was written', ioError: true };
}

/**
 * Replaces the whole file at `path` with `text` (a file the product owns, such as the actions
 * calendar): atomically, under a lock of that path, through a symlink to its target. Its folder
 * must exist, and a file already there must be a regular file.
 */
export async function writeFileAtomic(path: string, text: string): Promise<CreateOutcome> {
  let target = resolve(path);
  try {
    const st = await stat(target).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? undefined : Promise.reject(error)));
    if (st && !st.isFile()) return { ok: false, message: `${path} is not a regular file, so it was not replaced`, ioError: true };
    if (st) target = await realpath(target);
    const folderStat = await stat(dirname(target));
    if (!folderStat.isDirectory()) return { ok: false, message: `${dirname(path)} is not a folder`, ioError: true };
  } catch (error) {
    return { ok: false, message: describeFsError(error, 'write'), ioError: true };
  }
  try {
    return await withKeyLock(`file:${target}`, async () => {
      const temp = tempNameFor(target);
      try {
        await writeFlushed(temp, Buffer.from(text, 'utf8'), 0o666);
        await rename(temp, target);
        await fsyncFolder(dirname(target));
        return { ok: true, path: target } as const;
      } catch (error) {
        await unlink(temp).catch(() => undefined);
        return { ok: false, message: describeFsError(error, 'write'), ioError: true } as const;
      }
    });
  } catch (error) {
    return { ok: false, message: error instanceof LockBusy ? error.message : describeFsError(error, 'write'), ioError: true };
  }
}
