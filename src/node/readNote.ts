// Reading note files from a local disk: the one set of rules for the CLI and the extension.
// A notes folder may hold anything a user, a sync tool or an attacker put there, so:
// - only regular files are read: a FIFO would block the reader forever and a device (a link to
//   /dev/zero) never ends; the file is opened non-blocking and checked with fstat on the open
//   descriptor, so a file swapped for a FIFO between listing and opening is still refused;
// - a symbolic link is followed only when its target is a regular file inside the notes folder;
// - a note over MAX_NOTE_BYTES is reported, not read; bytes that are not UTF-8 are reported;
// - a file that vanishes between listing and reading is 'gone', never an exception.
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, type Stats } from 'node:fs';
import { relative, isAbsolute, sep } from 'node:path';
import { isUtf8 } from 'node:buffer';
import { MAX_NOTE_BYTES, NOT_UTF8, refuseBytes, tooLarge } from '../core/note/decode';
import { isNoteFileName, isSearchedFolder } from '../core/note/files';

/** What identifies one version of a file: any edit changes ctime, even one that restores mtime. */
export interface FileIdentity {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  dev: number;
}

export type ReadOutcome =
  | { kind: 'text'; text: string; identity: FileIdentity }
  | { kind: 'problem'; message: string; identity?: FileIdentity }
  | { kind: 'gone' };

// O_NONBLOCK: opening a FIFO must not wait for a writer. Both are 0 where the platform lacks them.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

export function identityOf(s: Stats): FileIdentity {
  return { size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, ino: s.ino, dev: s.dev };
}

function kindOf(s: Stats): string {
  if (s.isDirectory()) return 'a folder';
  if (s.isFIFO()) return 'a named pipe (FIFO)';
  if (s.isSocket()) return 'a socket';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel);
}

function errorOutcome(error: unknown): ReadOutcome {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'gone' };
  if (code === 'EACCES' || code === 'EPERM') return { kind: 'problem', message: 'the note cannot be read (permission denied)' };
  if (code === 'ELOOP') return { kind: 'problem', message: 'the note is a symbolic link that loops or changed while being read; it was not followed' };
  if (code === 'EISDIR') return { kind: 'problem', message: 'this is a folder, not a note' };
  return { kind: 'problem', message: `the note cannot be read (${code ?? (error as Error).message})` };
}

/** Where to open `path`: itself, or a symlink's target when that is allowed; else why not. */
function resolveTarget(path: string, link: Stats, root: string | undefined, real: () => string, rootReal: () => string): string | ReadOutcome {
  if (!link.isSymbolicLink()) return link.isFile() ? path : { kind: 'problem', message: `this is ${kindOf(link)}, not a note; it was not read` };
  const target = real();
  // A file named on the command line: its link is followed, to a regular file only (checked once opened).
  if (root === undefined) return target;
  if (!isInside(rootReal(), target)) return { kind: 'problem', message: 'the note is a symbolic link to a file outside the notes folder; it was not followed' };
  return target;
}

function checkOpened(s: Stats): ReadOutcome | undefined {
  if (!s.isFile()) return { kind: 'problem', message: `this is ${kindOf(s)}, not a note; it was not read` };
  if (s.size > MAX_NOTE_BYTES) return { kind: 'problem', message: tooLarge(s.size), identity: identityOf(s) };
  return undefined;
}

/**
 * The first read asks for the size fstat gave plus one byte (a short read is the end); if the
 * file grew, 64 KB at a time. Never past the limit + 1. A fixed 64 KB buffer per 2 KB note cost
 * 15% more CPU over 10,000 notes (allocation and GC).
 */
function chunkSize(size: number, total: number): number {
  return Math.min(total === 0 ? size + 1 : 65536, MAX_NOTE_BYTES + 1 - total);
}

/**
 * decodeNote's rules (src/core/decode.ts) with Node's own validator and decoder (buffer.isUtf8,
 * toString), the cheapest way to check and decode in Node. A BOM stays in the text, as there.
 */
function decoded(bytes: Buffer, identity: FileIdentity): ReadOutcome {
  // A file growing while read shows up here (the size check), not as a huge allocation.
  const refused = refuseBytes(bytes);
  if (refused) return { kind: 'problem', message: refused, identity };
  if (!isUtf8(bytes)) return { kind: 'problem', message: NOT_UTF8, identity };
  return { kind: 'text', text: bytes.toString('utf8'), identity };
}

/** Reads the open file descriptor to its end under the limits above. */
function readOpened(fd: number): ReadOutcome {
  const s = fstatSync(fd);
  const refused = checkOpened(s);
  if (refused) return refused;
  const chunks: Buffer[] = [];
  let total = 0;
  // Read to the end (the size may have changed since fstat), never past the limit + 1 byte.
  for (;;) {
    const chunk = Buffer.allocUnsafe(chunkSize(s.size, total));
    const n = readSync(fd, chunk, 0, chunk.length, null);
    chunks.push(chunk.subarray(0, n));
    total += n;
    // A short read of a regular file is its end: no second call just to see 0 bytes.
    if (n < chunk.length || total > MAX_NOTE_BYTES) break;
  }
  return decoded(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total), identityOf(s));
}

/**
 * Reads one note under the rules above. root is the notes folder: symlinks are followed only
 * to regular files inside it. Without root (a file the user named) a link to a regular file is followed.
 *
 * listedAsFile: the folder listing (or an lstat) just saw a regular file here. Then the lstat is
 * skipped and the file opened with O_NOFOLLOW: if it became a link meanwhile the open fails
 * (ELOOP) and, like any other failure but "not found", the file is read again the careful way;
 * anything else it became is caught by the fstat on the open descriptor, as always.
 */
export function readNoteSync(path: string, root?: string, rootRealPath?: string, listedAsFile = false): ReadOutcome {
  if (listedAsFile && constants.O_NOFOLLOW) {
    let fd: number | undefined;
    try {
      fd = openSync(path, OPEN_FLAGS);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'gone' };
    }
    if (fd !== undefined) {
      try {
        return readOpened(fd);
      } catch (error) {
        return errorOutcome(error);
      } finally {
        closeSync(fd);
      }
    }
  }
  try {
    const target = resolveTarget(path, lstatSync(path), root, () => realpathSync(path), () => rootRealPath ?? realpathSync(root!));
    if (typeof target !== 'string') return target;
    const fd = openSync(target, OPEN_FLAGS);
    try {
      return readOpened(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return errorOutcome(error);
  }
}

export interface Listing {
  /** Candidate note paths: `.md` entries that are not folders (regular files, links, and odd files reported when read). */
  files: string[];
  /** Folders that could not be listed, with why. */
  /** Folders that could not be listed, and files that cannot be read by their listed name (`file`). */
  problems: { path: string; message: string; file?: true }[];
}

/**
 * Every candidate note under root. Folders named `x.md` are searched like any folder; links to
 * folders are not followed (no cycles, nothing outside the notes folder).
 */
export function listNotesSync(root: string): Listing {
  const { files, problems } = listNoteFilesSync(root);
  const base = root.endsWith(sep) ? root : root + sep;
  return { files: files.map((f) => base + (sep === '/' ? f.name : f.name.split('/').join(sep))), problems };
}

/** One listed note: its path relative to the root with `/`, and whether the listing saw a regular file. */
interface ListedNote {
  name: string;
  regular: boolean;
}

/**
 * listNotesSync's walk, with paths relative to root (`/`-separated) built by concatenation:
 * path.join and path.relative per file were a quarter of a cached `due` over 10,000 notes.
 * root is an absolute, normalised path (the callers resolve it).
 */
export function listNoteFilesSync(root: string): { files: ListedNote[]; problems: Listing['problems'] } {
  const files: ListedNote[] = [];
  const problems: Listing['problems'] = [];
  const base = root.endsWith(sep) ? root : root + sep;
  const walk = (rel: string) => {
    const dir = rel === '' ? root : base + (sep === '/' ? rel : rel.split('/').join(sep));
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      const outcome = errorOutcome(error);
      // A folder removed while listing is simply not there any more.
      if (outcome.kind === 'problem') problems.push({ path: dir, message: outcome.message.replace('the note', 'the folder') });
      return;
    }
    const prefix = rel === '' ? '' : rel + '/';
    for (const entry of entries) {
      // A name that is not valid UTF-8 comes back with U+FFFD in it and cannot be opened by it:
      // said, never skipped in silence (a real U+FFFD in a name is not worth telling apart).
      if (entry.name.includes('\uFFFD') && (entry.isDirectory() || isNoteFileName(entry.name))) {
        problems.push({ path: dir + sep + entry.name, message: `the ${entry.isDirectory() ? 'folder' : 'note'}'s name is not valid UTF-8, so it cannot be read; rename it`, ...(entry.isDirectory() ? {} : { file: true as const }) });
        continue;
      }
      if (entry.isDirectory()) {
        if (isSearchedFolder(entry.name)) walk(prefix + entry.name);
      } else if (isNoteFileName(entry.name)) {
        files.push({ name: prefix + entry.name, regular: entry.isFile() });
      }
    }
  };
  walk('');
  return { files, problems };
}
