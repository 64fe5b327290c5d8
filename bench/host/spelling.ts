// Benchmark module for spelling in the REAL VS Code extension host (bench/host.mjs --spelling runs
// it through scripts/test-host.mjs on bench/out/spelling-ws, whose one note holds a 200-word
// thank-you draft with three misspellings). It measures, with a 10 ms setInterval probe and
// perf_hooks.monitorEventLoopDelay in the extension host:
//   - cold: from showTextDocument of the draft until its spelling diagnostics are published
//     (worker start, dictionary read, checker built, suggestions), and the longest host task then;
//   - suggestions: a made-up word typed into the draft until its finding arrives (the pipeline's
//     typing debounce included), and the longest host task then;
//   - warm: 20 re-checks of the unchanged draft: the worker's time per check, the host thread's
//     synchronous part (all rules but spelling) and the round trip.
// The result is one JSON object written to IFU_BENCH_OUT and printed as `IFU_BENCH {json}`.
import { writeFileSync } from 'node:fs';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../src/extension/extension';

const EXTENSION_ID = 'interview-followup.interview-followup';
const TAG = process.env.IFU_HOST_TAG ?? '';
const log = (msg: string) => console.log(`${TAG}[bench] ${msg}`);
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

/** The longest interval between ticks of a 10 ms timer, and how many exceeded 50 ms. */
class Probe {
  private timer: NodeJS.Timeout | undefined;
  private last = 0;
  maxGapMs = 0;
  over50 = 0;
  /** Gaps over 50 ms: [start, end] in performance.now(), and the host thread's CPU time in them. */
  long: [number, number, number | undefined][] = [];
  private lastCpu: number | undefined;
  private readonly histogram = monitorEventLoopDelay({ resolution: 10 });

  start(): void {
    this.last = performance.now();
    this.lastCpu = threadCpuMs();
    this.histogram.reset();
    this.histogram.enable();
    this.timer = setInterval(() => {
      const now = performance.now();
      const gap = now - this.last;
      const cpu = threadCpuMs();
      if (gap > this.maxGapMs) this.maxGapMs = gap;
      if (gap > 50) {
        this.over50++;
        this.long.push([this.last, now, cpu !== undefined && this.lastCpu !== undefined ? cpu - this.lastCpu : undefined]);
      }
      this.last = now;
      this.lastCpu = cpu;
    }, 10);
  }

  stop() {
    clearInterval(this.timer);
    this.histogram.disable();
    // The gap still open at the end counts too.
    this.maxGapMs = Math.max(this.maxGapMs, performance.now() - this.last);
    return { maxGapMs: round(this.maxGapMs), gapsOver50: this.over50, loopDelayMaxMs: round(this.histogram.max / 1e6) };
  }
}

async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 60_000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(2);
  }
}

/** Each long gap, from the start of the window, with the extension's calls that ran inside it and their share. */
function attribute(gaps: [number, number, number | undefined][], ours: { what: string; start: number; end: number }[], origin: number) {
  return gaps.map(([s, e, cpu]) => {
    const inside = ours.filter((o) => o.start < e && o.end > s);
    const mine = inside.reduce((sum, o) => sum + Math.min(o.end, e) - Math.max(o.start, s), 0);
    return { atMs: round(s - origin), ms: round(e - s), hostCpuMs: cpu === undefined ? undefined : round(cpu), extensionMs: round(mine), calls: inside.map((o) => `${o.what} ${round(o.end - o.start)} ms`) };
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** CPU time of this thread (process.threadCpuUsage, Node 23.9+; the extension host runs Node 24). */
function threadCpuMs(): number | undefined {
  const usage = (process as { threadCpuUsage?: () => { user: number; system: number } }).threadCpuUsage?.();
  return usage ? (usage.user + usage.system) / 1000 : undefined;
}

const spellingWords = (doc: vscode.TextDocument) =>
  vscode.languages.getDiagnostics(doc.uri).filter((d) => d.code === 'spelling').map((d) => doc.getText(d.range));

export async function run(): Promise<void> {
  const ext = vscode.extensions.getExtension<ExtensionApi>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not in the host`);
  const api = await ext.activate();
  await api.ready;
  const root = vscode.workspace.workspaceFolders![0]!.uri;
  const uri = vscode.Uri.joinPath(root, 'interviews', 'spelling.md');
  const result: Record<string, unknown> = { hostNode: process.version, workerAtActivation: api.etiquette.spelling.running ? 1 : 0 };
  // VS Code's own Markdown extension activates with the first Markdown editor, in this host: a
  // Markdown file outside the notes opened first keeps its start-up out of the measurement.
  const other = vscode.Uri.joinPath(root, 'README.md');
  await vscode.window.showTextDocument(other);
  await sleep(3000);

  // The host thread's own part of each check (every rule but spelling), timed by wrapping the method;
  // its intervals and those of starting the worker tell which long gaps the extension caused.
  const checks: number[] = [];
  const checksCpu: number[] = [];
  const ours: { what: string; start: number; end: number }[] = [];
  const client = api.etiquette.spelling as unknown as { start: () => unknown };
  const startWorker = client.start.bind(client);
  client.start = () => {
    const t = performance.now();
    try {
      return startWorker();
    } finally {
      ours.push({ what: 'new Worker()', start: t, end: performance.now() });
    }
  };
  // The worker's answers, as they reach the checker (the client's public check, wrapped here).
  let lastAnswer: { loadMs?: number; checkMs: number; checkCpuMs?: number } | undefined;
  let dictionaryLoadMs: number | undefined;
  const spellCheck = api.etiquette.spelling.check.bind(api.etiquette.spelling);
  // While Harper loads, the worker answers twice (the first without it, onPartial): both are noted.
  const note = (answer: { loadMs?: number; checkMs: number; checkCpuMs?: number }) => {
    lastAnswer = { loadMs: answer.loadMs, checkMs: answer.checkMs, checkCpuMs: answer.checkCpuMs };
    if (answer.loadMs !== undefined) dictionaryLoadMs = answer.loadMs;
  };
  api.etiquette.spelling.check = (language: Parameters<typeof spellCheck>[0], request: Parameters<typeof spellCheck>[1], options: Parameters<typeof spellCheck>[2] = {}) =>
    spellCheck(language, request, { ...options, onPartial: (r) => { note(r); options.onPartial?.(r); } }).then((answer) => {
      note(answer);
      return answer;
    });
  const checker = api.etiquette as unknown as { check: (doc: vscode.TextDocument) => unknown };
  const original = checker.check.bind(checker);
  checker.check = (d: vscode.TextDocument) => {
    const t = performance.now();
    const cpu = threadCpuMs();
    try {
      return original(d);
    } finally {
      checks.push(performance.now() - t);
      const cpuAfter = threadCpuMs();
      if (cpu !== undefined && cpuAfter !== undefined) checksCpu.push(cpuAfter - cpu);
      ours.push({ what: 'check()', start: t, end: performance.now() });
    }
  };

  // 1. Cold: the first draft opened starts the worker and reads the dictionary.
  let probe = new Probe();
  probe.start();
  let start = performance.now();
  const editor = await vscode.window.showTextDocument(uri);
  const doc = editor.document;
  const cold = await waitFor('the first spelling findings', () => (spellingWords(doc).length >= 3 ? spellingWords(doc) : undefined));
  const coldProbe = probe.stop();
  result.cold = { openToFindingsMs: round(performance.now() - start), words: cold, dictionaryLoadMs: round(dictionaryLoadMs ?? NaN),
    hostChecks: checks.map((x) => round(x)), hostChecksCpu: checksCpu.map((x) => round(x)), ...coldProbe, longGaps: attribute(probe.long, ours, start) };
  checks.length = 0;
  checksCpu.length = 0;
  log(`cold: ${JSON.stringify(result.cold)}`);
  await sleep(500);

  // 2. Suggestions for a word the checker has not seen (a search of the word list), typed at the end of a line.
  probe = new Probe();
  probe.start();
  const line = doc.lineAt(doc.lineCount - 8);
  start = performance.now();
  if (!(await editor.edit((b) => b.insert(line.range.end, ' Frobulatory')))) throw new Error('the edit was not applied');
  await waitFor(`the new word's finding (line ${line.lineNumber + 1}: "${doc.lineAt(line.lineNumber).text}")`, () => (spellingWords(doc).includes('Frobulatory') ? true : undefined), 15_000)
    .catch((e: Error) => { throw new Error(`${e.message}; spelling now: ${spellingWords(doc).join(', ')}; last answer ${JSON.stringify(lastAnswer)}`); });
  result.suggestions = { editToFindingMs: round(performance.now() - start), workerCheckMs: round(lastAnswer?.checkMs ?? NaN),
    hostChecks: checks.map((x) => round(x)), hostChecksCpu: checksCpu.map((x) => round(x)), ...probe.stop(), longGaps: attribute(probe.long, ours, start) };
  log(`suggestions: ${JSON.stringify(result.suggestions)}`);
  await sleep(500);

  // 3. Warm: the unchanged 200-word draft re-checked, one at a time.
  const worker: number[] = [];
  const workerCpu: number[] = [];
  const hostCpu: number[] = [];
  const host: number[] = [];
  const roundTrip: number[] = [];
  for (let i = 0; i < 20; i++) {
    const before = lastAnswer;
    start = performance.now();
    const cpu = threadCpuMs();
    api.etiquette.check(doc);
    host.push(performance.now() - start);
    const cpuAfter = threadCpuMs();
    if (cpu !== undefined && cpuAfter !== undefined) hostCpu.push(cpuAfter - cpu);
    const answer = await waitFor('a re-check', () => (lastAnswer !== before ? lastAnswer : undefined), 10_000);
    roundTrip.push(performance.now() - start);
    worker.push(answer!.checkMs);
    if (answer!.checkCpuMs !== undefined) workerCpu.push(answer!.checkCpuMs);
  }
  const words = doc.getText().split('## Thank-you email')[1]!.split(/\s+/).filter(Boolean).length;
  const stats = (xs: number[]) => ({ medianMs: round(median(xs), 2), maxMs: round(Math.max(...xs), 2) });
  result.warm = { draftWords: words, worker: stats(worker), hostThread: stats(host), roundTrip: stats(roundTrip),
    workerCpu: workerCpu.length ? stats(workerCpu) : undefined, hostThreadCpu: hostCpu.length ? stats(hostCpu) : undefined };
  log(`warm: ${JSON.stringify(result.warm)}`);

  result.workerStartMs = ours.filter((o) => o.what === 'new Worker()').map((o) => round(o.end - o.start));
  const json = JSON.stringify(result);
  if (process.env.IFU_BENCH_OUT) writeFileSync(process.env.IFU_BENCH_OUT, json + '\n');
  console.log(`${TAG}IFU_BENCH ${json}`);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
