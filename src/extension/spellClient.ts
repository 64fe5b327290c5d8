// The extension's side of the spelling and grammar worker (src/node/spellWorker.ts, built as
// dist/spellWorker.js): started on the first draft that needs checking, never at activation; the
// host thread only posts a request and receives findings, so reading the word lists, loading the
// grammar engine and computing suggestions never block it. While the engine loads, a check is
// answered twice: at once without it (onPartial), then with it. The words of the whole notes folder
// go to the worker when they change (setWorld), not with every check. A worker that fails or exits
// is logged and replaced on the next check (and told the words again); dispose() (deactivation)
// terminates it.
import { join } from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { Logger } from './log';
import type { Language } from '../node/dictionary';
import { WORKER_ROLE, type SpellMessage, type SpellOutcome, type SpellReply } from '../node/spellProtocol';
import type { LanguageRequest } from '../core/etiquette/check';

type SpellResult = SpellOutcome;

/** The worker stopped before answering (already logged by the client). */
export class SpellWorkerStopped extends Error {}

/** A newer check of the same document came before this one was started: it was dropped. */
export class SpellCheckSuperseded extends Error {}

export interface CheckOptions {
  /** The document checked: a queued check of the same key is dropped when a newer one comes. */
  key?: string;
  /** The answer without the grammar engine, while it loads (the final one follows). */
  onPartial?(result: SpellResult): void;
}

interface Pending {
  resolve(result: SpellResult): void;
  reject(error: Error): void;
  onPartial?(result: SpellResult): void;
}

export class SpellClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private disposed = false;
  private world: string[] | undefined;

  /** `spawn` starts a worker thread (a seam: the tests keep the worker they get, to stop it as a crash would). */
  constructor(
    private readonly log: Logger,
    private readonly script = join(__dirname, 'spellWorker.js'),
    private readonly spawn: (script: string, options: WorkerOptions) => Worker = (file, options) => new Worker(file, options),
  ) {}

  /**
   * Spelling and grammar findings of the request; rejects when the worker fails meanwhile (the next
   * call starts a new one) or when a newer check of the same key replaced it (SpellCheckSuperseded).
   */
  check(language: Language, request: LanguageRequest, options: CheckOptions = {}): Promise<SpellResult> {
    if (this.disposed) return Promise.reject(new SpellWorkerStopped('the spell checker is disposed'));
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise<SpellResult>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onPartial: options.onPartial });
      worker.postMessage({ kind: 'check', id, key: options.key, language, request } satisfies SpellMessage);
    });
  }

  /** Every person, company and role of the notes folder (lower-case words): the worker keeps them for every check. */
  setWorld(words: string[]): void {
    this.world = words;
    this.worker?.postMessage({ kind: 'world', words } satisfies SpellMessage);
  }

  /** Whether a worker is running now. */
  get running(): boolean {
    return this.worker !== undefined;
  }

  private start(): Worker {
    const worker = this.spawn(this.script, { workerData: { role: WORKER_ROLE } });
    let failure: unknown;
    if (this.world) worker.postMessage({ kind: 'world', words: this.world } satisfies SpellMessage);
    worker.on('message', (reply: SpellReply) => {
      const p = this.pending.get(reply.id);
      if (!p) return;
      if ('findings' in reply && reply.partial) {
        p.onPartial?.(reply);
        return;
      }
      this.pending.delete(reply.id);
      if ('error' in reply) p.reject(new Error(reply.error));
      else if ('superseded' in reply) p.reject(new SpellCheckSuperseded('a newer check of the same document replaced this one'));
      else p.resolve(reply);
    });
    worker.on('error', (error) => {
      failure = error;
    });
    worker.on('exit', (code) => {
      if (this.worker === worker) this.worker = undefined;
      const stopped = new SpellWorkerStopped(`the spelling worker stopped (exit code ${code})`);
      for (const p of this.pending.values()) p.reject(stopped);
      this.pending.clear();
      if (this.disposed) return;
      const why = failure === undefined ? `exit code ${code}` : `${failure instanceof Error ? (failure.stack ?? failure.message) : String(failure)}`;
      this.log.error(`Spelling: the worker thread stopped (${why}); a new one starts with the next draft checked`);
    });
    this.worker = worker;
    return worker;
  }

  /** Terminates the worker (its pending checks are rejected). */
  dispose(): void {
    this.disposed = true;
    const worker = this.worker;
    this.worker = undefined;
    for (const p of this.pending.values()) p.reject(new SpellWorkerStopped('the spell checker is disposed'));
    this.pending.clear();
    if (worker) void worker.terminate();
  }
}
