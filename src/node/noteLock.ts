// Locks that serialise the writers of one note (or of one invitation's note): the CLI's `mark`
// and `new`, the extension's edits and imports, across processes of the same user on one machine.
// A lock is a file created with O_EXCL in a folder of the user's own (never in the notes folder,
// where a sync tool would copy it), named by the note's device and inode, so a symlink and every
// hard link of a note share one lock. It holds the holder's pid and host: a lock whose process is
// gone (a crash, `kill -9`) is broken at once, any other after STALE_MS. Breaking is itself
// exclusive (a `.break` file created with O_EXCL), so two waiters never both take over a lock.
import { mkdirSync } from 'node:fs';
import { open, readFile, stat, unlink } from 'node:fs/promises';
import { hostname, tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/** A lock this old is a hung writer's (a note is written in well under a second). */
const STALE_MS = 2 * 60 * 1000;
/** A `.break` file this old was left by a waiter that died while breaking a lock. */
const BREAK_STALE_MS = 5000;
/** How long a writer waits for a lock before it refuses. */
const WAIT_MS = 30_000;

/** Another writer holds the lock for longer than the wait: nothing was written. */
export class LockBusy extends Error {}

interface Holder {
  pid: number;
  host: string;
  at: number;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

let folder: string | undefined;
/** The user's lock folder: $XDG_RUNTIME_DIR (a tmpfs of the user's own) or the temporary folder. */
function lockFolder(): string {
  if (!folder) {
    const base = process.env.XDG_RUNTIME_DIR || tmpdir();
    let user: string;
    try {
      user = String(process.getuid?.() ?? userInfo().username);
    } catch {
      user = 'user';
    }
    folder = join(base, `interview-followup-${user}`, 'locks');
    mkdirSync(folder, { recursive: true, mode: 0o700 });
  }
  return folder;
}

export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function holderOf(file: string): Promise<{ text: string; holder?: Holder; ageMs: number } | undefined> {
  try {
    const [text, st] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
    let holder: Holder | undefined;
    try {
      const h = JSON.parse(text) as Partial<Holder>;
      if (typeof h.pid === 'number' && typeof h.host === 'string' && typeof h.at === 'number') holder = h as Holder;
    } catch {
      // Being written right now (created, not yet filled): judged by its age alone.
    }
    return { text, ...(holder ? { holder } : {}), ageMs: Date.now() - st.mtimeMs };
  } catch {
    return undefined; // released meanwhile
  }
}

function isStale(seen: { holder?: Holder; ageMs: number }): boolean {
  if (seen.ageMs > STALE_MS) return true;
  const h = seen.holder;
  return !!h && h.host === hostname() && !processAlive(h.pid);
}

/** Removes the lock file if it is still the stale one that was seen; true when it is gone. */
async function breakStale(file: string, seen: { text: string }): Promise<boolean> {
  const breaker = `${file}.break`;
  let handle;
  try {
    handle = await open(breaker, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const st = await stat(breaker).catch(() => undefined);
    if (st && Date.now() - st.mtimeMs > BREAK_STALE_MS) await unlink(breaker).catch(() => undefined);
    return false;
  }
  try {
    const now = await holderOf(file);
    if (now && now.text === seen.text) await unlink(file).catch(() => undefined);
    return true;
  } finally {
    await handle.close();
    await unlink(breaker).catch(() => undefined);
  }
}

/** Takes the lock named `key`, waiting for its holder; resolves to the release. */
async function acquire(key: string, waitMs: number): Promise<() => Promise<void>> {
  const file = join(lockFolder(), `${key}.lock`);
  const deadline = Date.now() + waitMs;
  for (let round = 0; ; round++) {
    try {
      const handle = await open(file, 'wx', 0o600);
      try {
        await handle.writeFile(JSON.stringify({ pid: process.pid, host: hostname(), at: Date.now() } satisfies Holder));
      } finally {
        await handle.close();
      }
      return () => unlink(file).catch(() => undefined);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const seen = await holderOf(file);
    if (seen && isStale(seen) && (await breakStale(file, seen))) continue;
    if (Date.now() > deadline) {
      const who = seen?.holder ? ` (process ${seen.holder.pid}${seen.holder.host === hostname() ? '' : ` on ${seen.holder.host}`})` : '';
      throw new LockBusy(`another writer${who} kept the note locked for ${Math.round(waitMs / 1000)} s; nothing was written, try again`);
    }
    // A short, growing pause with jitter, so waiters do not wake in step.
    await sleep(Math.min(100, 5 + round * 5) + Math.random() * 10);
  }
}

/**
 * Runs `work` holding the lock of the file at `path` (followed through symlinks): every writer of
 * that note, by any of its names, waits for the one before it. The file must exist. If the note
 * was replaced (a rename gave it a new inode) while waiting, the lock of the new one is taken.
 */
export async function withNoteLock<T>(path: string, work: () => Promise<T>, waitMs = WAIT_MS): Promise<T> {
  for (;;) {
    const before = await stat(path);
    const release = await acquire(`note-${before.dev}-${before.ino}`, waitMs);
    try {
      const after = await stat(path).catch(() => undefined);
      if (after && (after.ino !== before.ino || after.dev !== before.dev)) continue;
      return await work();
    } finally {
      await release();
    }
  }
}

/** Runs `work` holding a lock named by `key` (e.g. one invitation's UID in one notes folder). */
export async function withKeyLock<T>(key: string, work: () => Promise<T>, waitMs = WAIT_MS): Promise<T> {
  const release = await acquire(`key-${fnv1a(key)}`, waitMs);
  try {
    return await work();
  } finally {
    await release();
  }
}

/** FNV-1a (32 bit) twice, in hex: a short file name for any key. */
function fnv1a(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    a = Math.imul(a ^ text.charCodeAt(i), 0x01000193) >>> 0;
    b = Math.imul(b ^ text.charCodeAt(i), 0x811c9dc5) >>> 0;
  }
  return `${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}`;
}
