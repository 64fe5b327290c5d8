// The update pipeline, shared by the extension and the CLI: a first scan of the notes (in time
// slices, so a host is never blocked for long), then per-file debounced updates from watchers
// and editors, each a single read (editor text preferred over disk) and a single parse, and one
// coalesced change event. The hosts give it their I/O through the ports below; tests give it an
// in-memory fake (test/unit/fakeSource.ts).
import { NoteIndex, type PlannedEntry, type Snapshot } from './noteIndex';
import { parseNote, type ParseResult } from '../note/parse';
import { ParsedNotes } from './parsedNotes';
import type { Problem, RuleSettings } from '../model/types';

/** What reading one file gave. */
export type ReadResult =
  | { kind: 'text'; text: string; /** Called with what the index made of this text (for a source's own cache). */ remember?: (entry: PlannedEntry) => void }
  /** A source with a cache of its own may answer for an unchanged file with what the index made of it. */
  | { kind: 'planned'; entry: PlannedEntry }
  | { kind: 'gone' }
  /** The file exists but cannot be read as a note (permissions, encoding, size, not a regular file). */
  | { kind: 'unreadable'; message: string };

type MaybePromise<T> = T | Promise<T>;

/** The notes as a host stores them. Files are opaque keys (URIs in the extension, relative paths in the CLI). */
export interface NoteSource {
  /** Every note file (the first scan). */
  list(): MaybePromise<string[]>;
  read(file: string): MaybePromise<ReadResult>;
  /** Unsaved text of the file in an editor, which wins over the disk. */
  unsavedText?(file: string): string | undefined;
}

export interface Disposable {
  dispose(): void;
}

/** Time as the pipeline needs it, so tests can drive it. */
export interface Scheduler {
  setTimeout(work: () => void, ms: number): Disposable;
  /** Yields to the host's event loop (setImmediate), between time slices. */
  nextTurn(): Promise<void>;
  /** A monotonic clock in ms, for time slices. */
  elapsed(): number;
}

interface PipelineOptions {
  /** Longest stretch of parsing before yielding (ms); Infinity for a CLI run. */
  sliceMs: number;
  /** How many reads are started together during the first scan. */
  readBatch: number;
  /** Quiet time before a file changed on disk is read again (ms). */
  diskDelay: number;
  /** Quiet time after typing before the editor's text is parsed (ms). */
  typingDelay: number;
  /** Changes within this time are told in one event (ms). */
  coalesceMs: number;
  /** Emit what is known so far during a long first scan, about this often (ms). */
  progressMs: number;
  /** False: the index keeps each note's rows, not the note (NoteIndex.set); getNote answers nothing. */
  keepNotes?: boolean;
}

/** A text longer than this has its body read in slices before it is parsed, when sliceMs is finite. */
const SLICED_TEXT_CHARS = 64 * 1024;
/** One slice of a big note's body: well under a millisecond of reading on a laptop, so a slow machine stays in its time slice. */
const SLICE_LINES = 1024;
const SLICE_CHARS = 64 * 1024;

export const HOST_OPTIONS: PipelineOptions = { sliceMs: 10, readBatch: 128, diskDelay: 100, typingDelay: 300, coalesceMs: 20, progressMs: 1000 };
export const BATCH_OPTIONS: PipelineOptions = { sliceMs: Infinity, readBatch: Infinity, diskDelay: 0, typingDelay: 0, coalesceMs: 0, progressMs: Infinity };

type Listener<T> = (value: T) => void;

function isPromise<T>(v: MaybePromise<T>): v is Promise<T> {
  return typeof (v as Promise<T> | undefined)?.then === 'function';
}

/** One piece of work's time slice: it yields to the host once the slice is used; false once the work is stale. */
class TimeSlice {
  private start: number;

  constructor(private readonly scheduler: Scheduler, private readonly sliceMs: number, private readonly current: () => boolean) {
    this.start = scheduler.elapsed();
  }

  /** A new slice starts now (after an await that yielded anyway). */
  restart(): void {
    this.start = this.scheduler.elapsed();
  }

  async yieldIfLong(): Promise<boolean> {
    if (this.scheduler.elapsed() - this.start > this.sliceMs) {
      await this.scheduler.nextTurn();
      this.start = this.scheduler.elapsed();
    }
    return this.current();
  }
}

export class NotePipeline implements Disposable {
  readonly index: NoteIndex;
  readonly parsed: ParsedNotes;
  private generation = 0;
  private readonly timers = new Map<string, Disposable>();
  private readonly changed = new Set<string>();
  private emitTimer: Disposable | undefined;
  private readonly changeListeners = new Set<Listener<string[]>>();
  private readonly scanListeners = new Set<Listener<boolean>>();
  private readonly errorListeners = new Set<Listener<unknown>>();
  /** Files kept parsed because an editor has them open (their text is in ParsedNotes). */
  private readonly open = new Set<string>();
  private scanning = false;
  /** The latest read started for each file: an older read that finishes later is dropped. */
  private readonly latestRead = new Map<string, number>();
  private reads = 0;
  /** An event is owed even with no file changed: the clock moved (tick). */
  private ticked = false;

  constructor(
    private readonly source: NoteSource,
    private readonly scheduler: Scheduler,
    private settings: RuleSettings,
    private readonly options: PipelineOptions = HOST_OPTIONS,
    /** What time it is: the index's clock moves to it with every change event, and only then. */
    private readonly clock: () => Date = () => new Date(),
    parse: typeof parseNote = parseNote,
  ) {
    // A host files each action as it comes, inside the scan's time slices; a batch run sorts once.
    this.index = new NoteIndex(settings, clock(), !Number.isFinite(options.sliceMs));
    this.parsed = new ParsedNotes(settings, parse);
  }

  /** Fired with the files whose entries changed, coalesced. */
  onDidChange(listener: Listener<string[]>): Disposable {
    return this.subscribe(this.changeListeners, listener);
  }

  onDidChangeScanning(listener: Listener<boolean>): Disposable {
    return this.subscribe(this.scanListeners, listener);
  }

  /** Background failures (a listing that failed, a read that threw): for the host's log. */
  onDidFail(listener: Listener<unknown>): Disposable {
    return this.subscribe(this.errorListeners, listener);
  }

  get isScanning(): boolean {
    return this.scanning;
  }

  /** Forgets every note and reads them all again. */
  async rebuild(): Promise<void> {
    const generation = ++this.generation;
    for (const t of this.timers.values()) t.dispose();
    this.timers.clear();
    for (const f of [...this.index.files()]) {
      this.index.remove(f);
      this.changed.add(f);
    }
    this.setScanning(true);
    try {
      await this.scan(generation);
    } catch (error) {
      this.fail(error);
    } finally {
      if (generation === this.generation) this.setScanning(false);
    }
    this.flush();
  }

  /** New rule settings re-plan what is parsed; nothing is read again. */
  setSettings(settings: RuleSettings): void {
    this.settings = settings;
    this.parsed.setSettings(settings);
    this.index.setSettings(settings);
    for (const f of this.index.files()) this.changed.add(f);
    this.flush();
  }

  /** A watcher saw a note created, changed or deleted (hosts pass notes only: they know which files are notes). */
  fileChanged(file: string): void {
    this.schedule(file, this.options.diskDelay);
  }

  /** An editor opened the file: its parses are kept while it is open. */
  textOpened(file: string): void {
    this.open.add(file);
  }

  /** An editor's text of the file changed (typing): parsed after a quiet moment. */
  textChanged(file: string): void {
    this.open.add(file);
    this.schedule(file, this.options.typingDelay);
  }

  /** An editor closed the file: its disk text is what counts again. */
  textClosed(file: string): void {
    this.open.delete(file);
    this.parsed.forget(file);
    this.schedule(file, this.options.diskDelay);
  }

  /** The file's new text is already known (after our own write): no read. */
  applyText(file: string, text: string): void {
    // A small text is put at once, so the views show the write right away; a big one in slices.
    if (text.length <= SLICED_TEXT_CHARS || !Number.isFinite(this.options.sliceMs)) {
      this.startRead(file);
      this.latestRead.delete(file);
      this.put(file, { kind: 'text', text });
      this.flush();
      return;
    }
    this.update(file, { kind: 'text', text }).catch((error) => this.fail(error));
  }

  /** What the views show, at the clock of the last change event; reading it changes nothing. */
  snapshot(rowsPerState: number): Snapshot {
    return this.index.snapshot(rowsPerState);
  }

  /** Time passed (a host's minute timer): a change event follows, with the clock moved, whether or not a note changed. */
  tick(): void {
    this.ticked = true;
    this.flush();
  }

  private subscribe<T>(set: Set<Listener<T>>, listener: Listener<T>): Disposable {
    set.add(listener);
    return { dispose: () => set.delete(listener) };
  }

  private fail(error: unknown): void {
    for (const l of this.errorListeners) l(error);
  }

  private async scan(generation: number): Promise<void> {
    const listed = this.source.list();
    const files = isPromise(listed) ? await listed : listed;
    if (generation !== this.generation) return;
    const { sliceMs, readBatch, progressMs } = this.options;
    let lastEmit = this.scheduler.elapsed();
    const step = Math.min(files.length || 1, readBatch);
    if (Number.isFinite(sliceMs)) {
      // Listing (and, in the extension, loading the parsers just before) was this turn's work.
      await this.scheduler.nextTurn();
      if (generation !== this.generation) return;
    }
    // Parsing and synchronous reads share the time slice; asynchronous reads of a batch are awaited together.
    const slice = new TimeSlice(this.scheduler, sliceMs, () => generation === this.generation);
    for (let i = 0; i < files.length; i += step) {
      const batch = files.slice(i, i + step);
      const waiting: [string, number, Promise<ReadResult>][] = [];
      for (const file of batch) {
        const token = this.startRead(file);
        const read = this.readSafely(file);
        if (isPromise(read)) {
          waiting.push([file, token, read]);
          continue;
        }
        if (!(await this.putInSlices(file, token, read, slice))) return;
        if (!(await slice.yieldIfLong())) return;
      }
      if (waiting.length > 0) {
        const results = await Promise.all(waiting.map(([, , r]) => r));
        if (generation !== this.generation) return;
        slice.restart();
        for (let j = 0; j < waiting.length; j++) {
          if (!(await this.putInSlices(waiting[j]![0], waiting[j]![1], results[j]!, slice))) return;
          if (!(await slice.yieldIfLong())) return;
        }
      }
      if (this.scheduler.elapsed() - lastEmit > progressMs) {
        lastEmit = this.scheduler.elapsed();
        this.flush();
      }
    }
  }

  /** A read that throws is a problem on that file, not a crash and not a deletion. */
  private readSafely(file: string): MaybePromise<ReadResult> {
    const unreadable = (error: unknown): ReadResult => ({ kind: 'unreadable', message: `could not be read: ${(error as Error)?.message ?? String(error)}` });
    try {
      const r = this.source.read(file);
      return isPromise(r) ? r.catch(unreadable) : r;
    } catch (error) {
      return unreadable(error);
    }
  }

  private startRead(file: string): number {
    const token = ++this.reads;
    this.latestRead.set(file, token);
    return token;
  }

  /**
   * Puts what a read gave, unless a later read of the file has started since. A big note's body
   * is read a slice at a time first (yielding in between, through `slice`), so that its parse,
   * which then finds the structure ready, is short. False when the work must stop.
   */
  private async putInSlices(file: string, token: number, read: ReadResult, slice: TimeSlice): Promise<boolean> {
    if (read.kind === 'text' && read.text.length > SLICED_TEXT_CHARS && Number.isFinite(this.options.sliceMs)) {
      const model = this.parsed.model(file, read.text);
      while (!model.scanSome(SLICE_LINES, SLICE_CHARS)) {
        if (!(await slice.yieldIfLong())) return false;
        if (this.latestRead.get(file) !== token) return true;
      }
    }
    if (this.latestRead.get(file) !== token) return true;
    this.latestRead.delete(file);
    this.put(file, read);
    return true;
  }

  private put(file: string, read: ReadResult): void {
    const had = this.index.has(file);
    let result: ParseResult;
    switch (read.kind) {
      case 'gone':
        this.parsed.forget(file);
        if (this.index.remove(file)) this.changed.add(file);
        return;
      case 'unreadable':
        result = { kind: 'broken', problems: [{ file, line: 0, message: read.message, severity: 'error' } satisfies Problem] };
        break;
      case 'planned':
        this.index.setPlanned(file, read.entry);
        this.changed.add(file);
        return;
      case 'text':
        result = this.parsed.result(file, read.text);
        // Only the notes open in an editor keep their text; the rest would cost memory for nothing.
        if (!this.open.has(file)) this.parsed.forget(file);
        break;
    }
    this.index.set(file, result, this.options.keepNotes !== false);
    if (read.kind === 'text' && read.remember) read.remember(this.index.planned(file) ?? { plans: [], problems: [] });
    if (had || result.kind !== 'ignored') this.changed.add(file);
  }

  private schedule(file: string, delay: number): void {
    this.timers.get(file)?.dispose();
    this.timers.set(file, this.scheduler.setTimeout(() => {
      this.timers.delete(file);
      this.refresh(file).catch((error) => this.fail(error));
    }, delay));
  }

  /** Reads one file again: the editor's unsaved text when there is one, else the disk's. */
  private async refresh(file: string): Promise<void> {
    const unsaved = this.source.unsavedText?.(file);
    await this.update(file, unsaved !== undefined ? { kind: 'text', text: unsaved } : undefined);
  }

  /** Puts one file's new state (`known`, or else what a read gives) in its own time slices. */
  private async update(file: string, known: ReadResult | undefined): Promise<void> {
    const generation = this.generation;
    const token = this.startRead(file);
    const pending = known ?? this.readSafely(file);
    const read = isPromise(pending) ? await pending : pending;
    if (generation !== this.generation) return;
    const slice = new TimeSlice(this.scheduler, this.options.sliceMs, () => generation === this.generation);
    if (await this.putInSlices(file, token, read, slice)) this.flush();
  }

  private setScanning(value: boolean): void {
    this.scanning = value;
    for (const l of this.scanListeners) l(value);
  }

  /**
   * Coalesces bursts of changes into one event. The one place the index's clock moves: right
   * before each event, so that what the listeners read is at the time they are told.
   */
  private flush(): void {
    if (this.emitTimer || (this.changed.size === 0 && !this.ticked)) return;
    this.emitTimer = this.scheduler.setTimeout(() => {
      this.emitTimer = undefined;
      this.ticked = false;
      for (const f of this.index.advance(this.clock())) this.changed.add(f);
      const files = [...this.changed];
      this.changed.clear();
      for (const l of this.changeListeners) l(files);
    }, this.options.coalesceMs);
  }

  dispose(): void {
    this.generation++;
    for (const t of this.timers.values()) t.dispose();
    this.timers.clear();
    this.emitTimer?.dispose();
    this.changeListeners.clear();
    this.scanListeners.clear();
    this.errorListeners.clear();
  }
}
