// The messages between the extension host and its spelling worker (spellWorker.ts): plain data,
// in a module of its own so that the host's bundle does not pull in the checker with them.
import type { Finding, LanguageRequest } from '../core/etiquette/check';
import type { Language } from './dictionary';

/** workerData of a spelling worker: the thread answers messages only when started as one. */
export const WORKER_ROLE = 'interview-followup-spelling';

export interface SpellMessage {
  id: number;
  language: Language;
  request: LanguageRequest;
}

export interface SpellOutcome {
  findings: Finding[];
  /** Reading the dictionary and building its checker, when this call did it. */
  loadMs?: number;
  /** Checking the request (wall time). */
  checkMs: number;
  /** The same in CPU time of the checking thread, where Node tells it (process.threadCpuUsage, Node 23.9+). */
  checkCpuMs?: number;
}

export type SpellReply = ({ id: number } & SpellOutcome) | { id: number; error: string };
