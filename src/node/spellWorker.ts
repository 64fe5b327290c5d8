// Spelling and grammar as a worker thread (the extension's dist/spellWorker.js) and as a function
// the CLI calls in-process. Reading a Hunspell dictionary takes 0.2-0.9 s and suggestions for an
// unknown word 1-2 s, and remark with retext takes tens of milliseconds per draft: in the
// extension host that would freeze every extension, so the host only posts the drafts' text
// (plain data) here and receives findings. The checking itself is the core's (languageFindings);
// this adapter adds the dictionary files and the message protocol.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { languageFindings, type LanguageRequest } from '../core/etiquette/draftLanguage';
import { loadDictionary, type Language } from './dictionary';
import { WORKER_ROLE, type SpellMessage, type SpellOutcome, type SpellReply } from './spellProtocol';

const loaded = new Set<Language>();

/** Spelling and grammar findings of a request, synchronously (the CLI, and the worker's handler). No dictionary files: grammar only. */
export function checkLanguage(language: Language, request: LanguageRequest, from?: string): SpellOutcome {
  let loadMs: number | undefined;
  const started = performance.now();
  const dictionary = loadDictionary(language, from);
  if (dictionary && !loaded.has(language)) {
    // nspell builds its checker on the first check: one word, so that loading is timed apart.
    languageFindings({ drafts: [{ text: 'word', firstLine: 1, skip: [] }], known: [] }, dictionary);
    loaded.add(language);
    loadMs = performance.now() - started;
  }
  const checking = performance.now();
  const cpu = threadCpuMs();
  const findings = languageFindings(request, dictionary);
  const checkMs = performance.now() - checking;
  const cpuAfter = threadCpuMs();
  const outcome: SpellOutcome = { findings, checkMs };
  if (loadMs !== undefined) outcome.loadMs = loadMs;
  if (cpu !== undefined && cpuAfter !== undefined) outcome.checkCpuMs = cpuAfter - cpu;
  return outcome;
}

/** CPU time of this thread in ms, where Node has process.threadCpuUsage (23.9+): the machine is shared, wall time is not enough. */
function threadCpuMs(): number | undefined {
  const usage = (process as { threadCpuUsage?: () => { user: number; system: number } }).threadCpuUsage?.();
  return usage ? (usage.user + usage.system) / 1000 : undefined;
}

if (!isMainThread && parentPort && (workerData as { role?: unknown } | undefined)?.role === WORKER_ROLE) {
  const port = parentPort;
  port.on('message', (m: SpellMessage) => {
    let reply: SpellReply;
    try {
      reply = { id: m.id, ...checkLanguage(m.language, m.request, __dirname) };
    } catch (error) {
      reply = { id: m.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply);
  });
}
