// The CLI's note source: the core pipeline (src/core/pipeline.ts) over a folder on disk, read
// synchronously (one thread: measured on 10,000 notes with 2 cores, worker threads were slower,
// 0.97 s against 0.88 s), with the parse cache (parseCache.ts) answering for unchanged notes.
// Which files are read, and how, is src/node/readNote.ts: a file that cannot be read is a
// problem on that file, never a crash.
import { lstatSync, realpathSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { identityOf, listNoteFilesSync, readNoteSync } from '../node/readNote';
import { BATCH_OPTIONS, NotePipeline, type NoteSource, type ReadResult, type Scheduler } from '../core/indexing/pipeline';
import type { Snapshot } from '../core/indexing/noteIndex';
import type { Action, Note, Problem, RuleSettings } from '../core/model/types';
import { openParseCache, type ParseCache } from './parseCache';

interface FolderResult {
  actions: Action[];
  problems: Problem[];
  noteCount: number;
}

class FolderSource implements NoteSource {
  /** Folders that could not be listed (a problem under their path with a `/`) and files that cannot be read by name. */
  private readonly folderProblems = new Map<string, string>();
  private rootReal: string | undefined;
  /** Files the last listing saw as regular files (read without a separate lstat). */
  private readonly listedAsFiles = new Set<string>();

  constructor(private readonly root: string, private readonly cache?: ParseCache) {}

  list(): string[] {
    const { files, problems } = listNoteFilesSync(this.root);
    const rel = (path: string) => relative(this.root, path).split(sep).join('/');
    this.folderProblems.clear();
    this.listedAsFiles.clear();
    for (const p of problems) this.folderProblems.set(p.file ? rel(p.path) : `${rel(p.path) || '.'}/`, p.message);
    const names: string[] = [];
    for (const f of files) {
      names.push(f.name);
      if (f.regular) this.listedAsFiles.add(f.name);
    }
    for (const p of this.folderProblems.keys()) names.push(p);
    return names;
  }

  read(file: string): ReadResult {
    const folderProblem = this.folderProblems.get(file);
    if (folderProblem) return { kind: 'unreadable', message: folderProblem };
    const path = `${this.root}${sep}${file}`;
    let isFile = this.listedAsFiles.has(file);
    if (this.cache) {
      // lstat before reading: a change made in between shows as a new identity next time. Links
      // are always read, so the rule on their target is checked every time.
      isFile = false;
      try {
        const s = lstatSync(path);
        isFile = s.isFile();
        const cached = isFile ? this.cache.get(file, identityOf(s)) : undefined;
        if (cached) return { kind: 'planned', entry: cached };
      } catch {
        // gone or unreadable: readNoteSync says which
      }
    }
    this.rootReal ??= realpathSync(this.root);
    const read = readNoteSync(path, this.root, this.rootReal, isFile);
    if (read.kind === 'gone') return read;
    if (read.kind === 'problem') return { kind: 'unreadable', message: read.message };
    const cache = this.cache;
    return cache ? { kind: 'text', text: read.text, remember: (entry) => cache.put(file, read.identity, entry) } : { kind: 'text', text: read.text };
  }
}

/** A scheduler for one batch run: nothing waits, nothing is sliced. */
const immediate: Scheduler = {
  setTimeout: (work) => {
    queueMicrotask(work);
    return { dispose: () => undefined };
  },
  nextTurn: () => Promise.resolve(),
  elapsed: () => 0,
};

/** The folder read once through the pipeline, at `now`. */
export async function readFolder(root: string, settings: RuleSettings, now: Date, useCache = false, keepNotes = true): Promise<NotePipeline> {
  const cache = useCache ? openParseCache(root, settings) : undefined;
  const pipeline = new NotePipeline(new FolderSource(root, cache), immediate, settings, { ...BATCH_OPTIONS, readBatch: 256, keepNotes }, () => now);
  let failure: unknown;
  pipeline.onDidFail((error) => (failure = error));
  await pipeline.rebuild();
  if (failure) throw failure;
  cache?.save();
  return pipeline;
}

/** Every pending action at `now` and every problem under root; `file` is relative to root with `/`. */
export async function dueInFolder(root: string, settings: RuleSettings, now: Date, useCache = false): Promise<FolderResult & { snapshot: Snapshot }> {
  // Rows only: `due` never asks for a note, and 100,000 of them would not fit the memory target.
  const pipeline = await readFolder(root, settings, now, useCache, false);
  const { index } = pipeline;
  return { actions: index.actions(), problems: index.problems(), noteCount: index.noteCount, snapshot: index.snapshot(0) };
}

/** Every valid note under root (by file) and every problem, for commands that need the notes (`stats`, `ics`): read without the plans-only cache. */
export async function notesInFolder(root: string, settings: RuleSettings, now: Date): Promise<{ notes: Note[]; problems: Problem[] }> {
  const { index } = await readFolder(root, settings, now);
  const notes = [...index.files()].sort().map((f) => index.getNote(f)).filter((n): n is Note => n !== undefined);
  return { notes, problems: index.problems() };
}
