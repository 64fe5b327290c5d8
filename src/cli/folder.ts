// Reads a notes folder from disk and computes its actions (the CLI's only I/O besides `mark`
// and `lint`). One thread: measured on 10,000 notes with 2 cores, splitting the folder across
// worker threads was slower (0.97 s against 0.88 s), each worker paying its own start-up and JIT;
// the parse cache (parseCache.ts) is what makes repeated runs fast. Which files are read, and
// how, is src/node/readNote.ts: a file that cannot be read is a problem on that file, never a crash.
import { lstatSync, realpathSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { NoteIndex } from '../core/noteIndex';
import type { Action, Problem, RuleSettings } from '../core/types';
import { identityOf, listNotesSync, readNoteSync } from '../node/readNote';
import { openParseCache } from './parseCache';

export interface FolderResult {
  actions: Action[];
  problems: Problem[];
  noteCount: number;
}

export function listNotes(root: string): string[] {
  return listNotesSync(root).files;
}

/**
 * Every pending action at `now` and every problem under root; `file` is relative to root with
 * `/`. With useCache, notes unchanged since the last run come from the parse cache.
 */
export function dueInFolder(root: string, settings: RuleSettings, now: Date, useCache = false): FolderResult {
  // Created at `now`, so every note is evaluated once, as it is added.
  const index = new NoteIndex(settings, now);
  const cache = useCache ? openParseCache(root, settings) : undefined;
  const rel = (path: string) => relative(root, path).split(sep).join('/') || '.';
  const fileProblem = (file: string, message: string, severity: Problem['severity'] = 'error') =>
    index.set(file, { kind: 'broken', problems: [{ file, line: 0, message, severity }] });
  const { files, problems } = listNotesSync(root);
  for (const p of problems) fileProblem(rel(p.path) + '/', p.message);
  const rootReal = realpathSync(root);
  for (const path of files) {
    const file = rel(path);
    if (cache) {
      // lstat before reading: a change made in between shows as a new identity next time. Links
      // are always read, so the rule on their target is checked every time.
      let cached;
      try {
        const s = lstatSync(path);
        if (s.isFile()) cached = cache.get(file, identityOf(s));
      } catch {
        // gone or unreadable: readNoteSync below says which
      }
      if (cached) {
        index.set(file, cached);
        continue;
      }
    }
    const read = readNoteSync(path, root, rootReal);
    if (read.kind === 'gone') {
      fileProblem(file, 'the note was deleted or moved while the folder was being read; run again to see it', 'warning');
      continue;
    }
    if (read.kind === 'problem') {
      fileProblem(file, read.message);
      continue;
    }
    const result = index.update(file, read.text);
    cache?.put(file, read.identity, result);
  }
  cache?.save();
  return { actions: index.actions(now), problems: index.problems(), noteCount: index.noteCount };
}
