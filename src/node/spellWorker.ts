// Spelling and grammar as a worker thread (the extension's dist/spellWorker.js) and as functions
// the CLI calls in-process. Reading the word lists takes a few hundred ms, Harper's wasm 1.5–6 s and
// ~300 MB, and a draft's check tens of ms: in the extension host that would freeze every extension,
// so the host only posts the drafts' text (plain data) here and receives findings. The checking is
// the core's (languageFindings); this adapter adds the word lists, the grammar engine and the
// message protocol. While the engine loads (once, on the first draft), each check is answered at
// once without it (partial) and again with it; a check still queued when a newer one of the same
// document comes is answered as superseded.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { grammarText, languageFindings, type EngineIssue, type LanguageRequest, type WordSet } from '../core/etiquette/check';
import type { SuggestionBudget } from '../core/etiquette/spelling';
import { dictionaryFor, type DictionaryLists, type Language } from './dictionary';
import { HarperGrammar } from './harper';
import { WORKER_ROLE, type CheckMessage, type SpellMessage, type SpellOutcome, type SpellReply } from './spellProtocol';

export interface CheckOptions {
  /** Every person, company and role of the notes folder, asked last (the CLI reads the folder then). */
  world?: WordSet;
  /** Where the bundle lies (dist/): the lists and the wasm are looked for next to it. */
  from?: string;
  /** false: our grammar rules only, no engine (nothing loaded for it). */
  engine?: boolean;
  budget?: SuggestionBudget;
}

interface Engine {
  ready: boolean;
  grammar: Promise<HarperGrammar>;
  /** The load failure, reported on the first answer after it. */
  error?: string;
  reported?: boolean;
}

/** The grammar engine of this process, per dialect, loaded on first use and kept. */
const engines = new Map<string, Engine>();

function engineFor(language: Language, from: string | undefined): Engine {
  const key = language === 'en-GB' ? 'British' : 'American';
  let engine = engines.get(key);
  if (!engine) {
    const e: Engine = { ready: false, grammar: HarperGrammar.load(language === 'en-GB', from) };
    e.grammar.then(() => (e.ready = true), (error: unknown) => {
      e.ready = true;
      e.error = error instanceof Error ? error.message : String(error);
    });
    engines.set(key, (engine = e));
  }
  return engine;
}

const listsLoadMs = (lists: DictionaryLists) => [...lists.loadMs.values()].reduce((a, b) => a + b, 0);

/** CPU time of this thread in ms, where Node has process.threadCpuUsage (23.9+): the machine is shared, wall time is not enough. */
function threadCpuMs(): number | undefined {
  const usage = (process as { threadCpuUsage?: () => { user: number; system: number } }).threadCpuUsage?.();
  return usage ? (usage.user + usage.system) / 1000 : undefined;
}

function outcome(lists: DictionaryLists, loadedBefore: number, started: number, cpu: number | undefined, findings: SpellOutcome['findings']): SpellOutcome {
  const result: SpellOutcome = { findings, checkMs: performance.now() - started };
  const loaded = listsLoadMs(lists) - loadedBefore;
  if (loaded > 0) result.loadMs = loaded;
  const cpuAfter = threadCpuMs();
  if (cpu !== undefined && cpuAfter !== undefined) result.checkCpuMs = cpuAfter - cpu;
  return result;
}

/** What can be answered without the grammar engine: spelling, our grammar rules, repeated words, a/an. */
export function checkWithoutEngine(language: Language, request: LanguageRequest, options: CheckOptions = {}): SpellOutcome {
  const lists = dictionaryFor(language, options.from ?? __dirname);
  const before = listsLoadMs(lists);
  const started = performance.now();
  const cpu = threadCpuMs();
  return outcome(lists, before, started, cpu, languageFindings(request, lists, { world: options.world, budget: options.budget }));
}

/** Spelling and grammar findings of a request, the engine's included (loaded first if need be). */
export async function checkLanguage(language: Language, request: LanguageRequest, options: CheckOptions = {}): Promise<SpellOutcome> {
  if (options.engine === false) return checkWithoutEngine(language, request, options);
  const from = options.from ?? __dirname;
  const engine = engineFor(language, from);
  const wasReady = engine.ready;
  let grammar: HarperGrammar | undefined;
  try {
    grammar = await engine.grammar;
  } catch {
    grammar = undefined;
  }
  const lists = dictionaryFor(language, from);
  const before = listsLoadMs(lists);
  const started = performance.now();
  const cpu = threadCpuMs();
  const found: (EngineIssue[] | undefined)[] = [];
  for (const draft of request.drafts) found.push(grammar ? await grammar.issues(grammarText(draft)) : undefined);
  const result = outcome(lists, before, started, cpu, languageFindings(request, lists, { engine: found, world: options.world, budget: options.budget }));
  if (!wasReady && grammar) result.grammarLoadMs = grammar.loadMs;
  if (engine.error && !engine.reported) {
    engine.reported = true;
    result.grammarError = engine.error;
  }
  return result;
}

/** Whether the engine for a language is loaded (or failed): a check then needs no wait. */
export function engineReady(language: Language): boolean {
  return engines.get(language === 'en-GB' ? 'British' : 'American')?.ready ?? false;
}

if (!isMainThread && parentPort && (workerData as { role?: unknown } | undefined)?.role === WORKER_ROLE) {
  const port = parentPort;
  let world: WordSet = new Set<string>();
  const queue: CheckMessage[] = [];
  let busy = false;
  const post = (reply: SpellReply) => port.postMessage(reply);
  const failed = (id: number, error: unknown) => post({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  /** The final answer, with the engine (waits for its load). */
  const answer = async (m: CheckMessage) => {
    try {
      post({ id: m.id, ...(await checkLanguage(m.language, m.request, { world })) });
    } catch (error) {
      failed(m.id, error);
    }
  };
  const pump = async () => {
    if (busy) return;
    busy = true;
    try {
      while (queue.length > 0) await answer(queue.shift()!);
    } finally {
      busy = false;
    }
  };
  port.on('message', (m: SpellMessage) => {
    if (m.kind === 'world') {
      world = new Set(m.words);
      return;
    }
    // A newer check of the same document makes a queued one useless: it is answered as superseded.
    if (m.key !== undefined) {
      for (let i = queue.length - 1; i >= 0; i--) {
        if (queue[i]!.key !== m.key) continue;
        port.postMessage({ id: queue[i]!.id, superseded: true } satisfies SpellReply);
        queue.splice(i, 1);
      }
    }
    // While the engine loads (its load is asynchronous: this thread keeps taking messages), every
    // check is answered at once without it; the final answers wait for it, in order.
    if (!engineReady(m.language)) {
      engineFor(m.language, __dirname);
      try {
        post({ id: m.id, partial: true, ...checkWithoutEngine(m.language, m.request, { world }) });
      } catch (error) {
        failed(m.id, error);
        return;
      }
    }
    queue.push(m);
    void pump();
  });
}
