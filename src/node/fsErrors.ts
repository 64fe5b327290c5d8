// File-system failures in plain words: the user is told what happened to their note, never
// shown a stack trace.

const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  EROFS: 'the file system is read-only',
  ENOENT: 'the file does not exist (it may have been moved or deleted)',
  ENOTDIR: 'a folder in its path is a file',
  EISDIR: 'it is a folder, not a note',
  ELOOP: 'it is a symbolic link that points to itself',
  EIO: 'the disk reported an input/output error',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
  EBUSY: 'the file is in use',
  ETXTBSY: 'the file is in use',
  EFBIG: 'the file is too large',
  ENAMETOOLONG: 'its name is too long',
  EXDEV: 'the temporary file landed on another disk',
};

export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return (code && REASONS[code]) ?? `an unexpected error (${code ?? (error as Error | undefined)?.message ?? String(error)})`;
}

/** One sentence for a failed read or write; the note's bytes are unchanged whenever this is shown for a write. */
export function describeFsError(error: unknown, during: 'read' | 'write'): string {
  const reason = fsReason(error);
  return during === 'write' ? `could not be written: ${reason}; nothing was changed` : `could not be read: ${reason}`;
}
