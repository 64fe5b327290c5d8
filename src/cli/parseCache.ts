// The CLI's parse cache: what each note parsed to, keyed by its path and identity (size, mtime,
// ctime, inode, device: src/node/readNote.ts), so a
// second `due` over an unchanged folder reads the cache instead of every note (measured on
// 10,000 notes in docs/benchmarks.md). It lives outside the notes folder (the folder stays the
// only data store) and is only ever a copy: a missing, stale or unreadable cache is ignored.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { ParseResult } from '../core/note';
import type { RuleSettings } from '../core/types';
import { sameIdentity, type FileIdentity } from '../node/readNote';

declare const __VERSION__: string | undefined;

// ctime and inode matter: an edit that keeps the size and restores the mtime (`cp -p`, `rsync -t`,
// a file system with whole-second mtimes) still changes the ctime, which no user call can set.
type Row = [identity: FileIdentity, result: ParseResult];

interface CacheFile {
  key: string;
  rows: Record<string, Row>;
}

export interface ParseCache {
  /** The cached result for a file whose identity is unchanged. */
  get(file: string, identity: FileIdentity): ParseResult | undefined;
  put(file: string, identity: FileIdentity, result: ParseResult): void;
  /** Writes the cache back when anything changed (files added, changed or gone). */
  save(): void;
}

export function cacheDir(): string {
  return process.env.INTERVIEW_FOLLOWUP_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'interview-followup');
}

/**
 * The cache of one notes folder. Parse results depend on the tool's version, the settings
 * (problem messages quote them) and the local time zone (instants of notes without `timezone`).
 */
export function openParseCache(folder: string, settings: RuleSettings): ParseCache {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const version = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';
  // "2": rows keyed by the whole identity (older caches held size and mtime only).
  const key = JSON.stringify([2, version, zone, settings]);
  const path = join(cacheDir(), `${createHash('sha256').update(folder).digest('hex').slice(0, 24)}.json`);
  let old: Record<string, Row> = {};
  try {
    const file = JSON.parse(readFileSync(path, 'utf8')) as CacheFile;
    if (file.key === key) old = file.rows;
  } catch {
    // no cache yet, or one we cannot read: start empty
  }
  const rows: Record<string, Row> = {};
  let dirty = false;
  return {
    get(file, identity) {
      const row = old[file];
      if (!row || !sameIdentity(row[0], identity)) return undefined;
      const result = row[1];
      if (result.kind === 'note') {
        // JSON has no dates: the two instants come back as strings.
        result.note.start = new Date(result.note.start);
        result.note.end = new Date(result.note.end);
      }
      rows[file] = row;
      return result;
    },
    put(file, identity, result) {
      rows[file] = [identity, result];
      dirty = true;
    },
    save() {
      if (!dirty && Object.keys(rows).length === Object.keys(old).length) return;
      try {
        mkdirSync(cacheDir(), { recursive: true });
        const tmp = `${path}.${process.pid}.tmp`;
        writeFileSync(tmp, JSON.stringify({ key, rows } satisfies CacheFile));
        renameSync(tmp, path);
      } catch {
        // a read-only home or a full disk only costs speed next time
      }
    },
  };
}
