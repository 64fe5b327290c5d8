// The messages between the extension host and its spelling and grammar worker (spellWorker.ts):
// plain data, in a module of its own so that the host's bundle does not pull in the checker with them.
import type { Finding, LanguageRequest } from '../core/etiquette/check';
import type { Language } from './dictionary';

/** workerData of a spelling worker: the thread answers messages only when started as one. */
export const WORKER_ROLE = 'interview-followup-spelling';

/** Every person, company and role of the notes folder (lower-case words): sent when it changes, kept by the worker. */
export interface WorldMessage {
  kind: 'world';
  words: string[];
}

export interface CheckMessage {
  kind: 'check';
  id: number;
  /** The document checked: a check still queued for the same key is dropped when a newer one comes. */
  key?: string;
  language: Language;
  request: LanguageRequest;
}

export type SpellMessage = WorldMessage | CheckMessage;

export interface SpellOutcome {
  findings: Finding[];
  /** Spelling and our grammar rules only: the grammar engine is still loading; the final answer for the same id follows. */
  partial?: boolean;
  /** Reading word lists during this check, in ms, when it did. */
  loadMs?: number;
  /** Loading the grammar engine (Harper), in ms, on the answer that first used it. */
  grammarLoadMs?: number;
  /** The grammar engine could not be loaded (why), on the answer that first tried: grammar is then our rules only. */
  grammarError?: string;
  /** Checking the request (wall time). */
  checkMs: number;
  /** The same in CPU time of the checking thread, where Node tells it (process.threadCpuUsage, Node 23.9+). */
  checkCpuMs?: number;
}

export type SpellReply = ({ id: number } & SpellOutcome) | { id: number; error: string } | { id: number; superseded: true };
