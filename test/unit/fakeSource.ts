// In-memory fakes of the pipeline's ports: a note source that records every read, and a
// scheduler on virtual time. Counters that only tests need live here, not in production code.
import type { Disposable, NoteSource, ReadResult, Scheduler } from '../../src/core/indexing/pipeline';

export class FakeSource implements NoteSource {
  readonly files = new Map<string, string | { unreadable: string }>();
  readonly unsaved = new Map<string, string>();
  /** Every read, in order. */
  readonly reads: string[] = [];
  /** Reads answer after this many microtask turns (0: synchronously). */
  constructor(private readonly async = true) {}

  list(): Promise<string[]> | string[] {
    const files = [...this.files.keys()].filter((f) => this.isNote(f)).sort();
    return this.async ? Promise.resolve(files) : files;
  }

  read(file: string): Promise<ReadResult> | ReadResult {
    this.reads.push(file);
    const content = this.files.get(file);
    const result: ReadResult = content === undefined ? { kind: 'gone' }
      : typeof content === 'string' ? { kind: 'text', text: content }
      : { kind: 'unreadable', message: content.unreadable };
    return this.async ? Promise.resolve(result) : result;
  }

  unsavedText(file: string): string | undefined {
    return this.unsaved.get(file);
  }

  isNote(file: string): boolean {
    return file.endsWith('.md');
  }
}

/** Timers on virtual time: nothing runs until run() or tick() says so. */
export class FakeScheduler implements Scheduler {
  now = 0;
  /** Virtual ms that each elapsed() call adds (simulates parsing work for time slices). */
  costPerCall = 0;
  turns = 0;
  private timers: { at: number; work: () => void; id: number }[] = [];
  private nextId = 0;

  setTimeout(work: () => void, ms: number): Disposable {
    const id = this.nextId++;
    this.timers.push({ at: this.now + ms, work, id });
    return { dispose: () => { this.timers = this.timers.filter((t) => t.id !== id); } };
  }

  /** A turn of the event loop: the timers already due run, as setImmediate would let them. */
  nextTurn(): Promise<void> {
    this.turns++;
    this.timers.sort((a, b) => a.at - b.at || a.id - b.id);
    while (this.timers[0] && this.timers[0].at <= this.now) this.timers.shift()!.work();
    return Promise.resolve();
  }

  elapsed(): number {
    this.now += this.costPerCall;
    return this.now;
  }

  /** Moves virtual time forward by ms, running the timers that fall due (and awaiting their work). */
  async tick(ms: number): Promise<void> {
    const end = this.now + ms;
    for (;;) {
      await settle();
      this.timers.sort((a, b) => a.at - b.at || a.id - b.id);
      const next = this.timers[0];
      if (!next || next.at > end) break;
      this.timers.shift();
      this.now = Math.max(this.now, next.at);
      next.work();
    }
    this.now = end;
    await settle();
  }
}

/** Lets pending promise chains run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise<void>((r) => setImmediate(r));
}
