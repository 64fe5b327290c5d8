// Benchmark module loaded by the REAL VS Code extension host as `extensionTestsPath`
// (bench/host.mjs runs it through scripts/test-host.mjs --tests bench/out/host/index.js).
// Not a test suite: it activates the extension on a large notes folder and measures
//   - activation (`await ext.activate()`), time until `ready` (first scan done);
//   - event-loop blocking of the extension host while indexing: a 10 ms setInterval probe
//     (largest gap between ticks, gaps > 50 ms) and perf_hooks.monitorEventLoopDelay;
//   - heap after indexing; one rewritten note on disk until the index reflects it (and
//     how many files that read); the tree's first getChildren() after a refresh.
// Coarse timers are wrapped around a few methods of the extension's own objects (reached
// through the exports, nothing in src/ is changed) so long gaps can be attributed to them.
// With IFU_BENCH_PROFILE=<file.cpuprofile> the V8 CPU profiler of the extension host runs
// during indexing (and the incremental update) and the profile is written there.
// The result is one JSON object: written to IFU_BENCH_OUT, and printed as `IFU_BENCH {json}`
// (with the IFU_HOST_TAG prefix, so scripts/test-host.mjs forwards it).
import { writeFileSync } from 'node:fs';
import * as inspector from 'node:inspector';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../src/extension/extension';
import { bigNotePhase } from './bigNote';

const EXTENSION_ID = 'interview-followup.interview-followup';
const TICK_MS = 10;
const LONG_MS = 50;
const TAG = process.env.IFU_HOST_TAG ?? '';

const log = (msg: string) => console.log(`${TAG}[bench] ${msg}`);
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const mib = (bytes: number) => round(bytes / 2 ** 20, 1);

interface Gap {
  /** performance.now() of the tick before and after the gap. */
  start: number;
  end: number;
  ms: number;
  /** notes.reads when the gap ended (where the scan was). */
  reads: number;
}

/** setInterval(…, 10) probe: every gap between two ticks longer than LONG_MS is kept. */
class GapProbe {
  private timer: NodeJS.Timeout | undefined;
  private last = 0;
  private windowStart = 0;
  gaps: Gap[] = [];
  max = 0;
  ticks = 0;
  readsSeenAt: number | undefined;

  constructor(private readonly reads: () => number) {}

  start(): void {
    this.reset();
    this.timer = setInterval(() => {
      const now = performance.now();
      const gap = now - this.last;
      this.ticks++;
      if (gap > this.max) this.max = gap;
      const reads = this.reads();
      if (gap > LONG_MS) this.gaps.push({ start: this.last, end: now, ms: gap, reads });
      if (this.readsSeenAt === undefined && reads > 0) this.readsSeenAt = now;
      this.last = now;
    }, TICK_MS);
  }

  reset(): void {
    this.last = this.windowStart = performance.now();
    this.gaps = [];
    this.max = 0;
    this.ticks = 0;
  }

  stop(): void {
    clearInterval(this.timer);
  }

  summary(origin: number) {
    const seconds = (performance.now() - this.windowStart) / 1000;
    const sorted = [...this.gaps].sort((a, b) => b.ms - a.ms);
    return {
      windowS: round(seconds, 2),
      ticks: this.ticks,
      maxGapMs: round(this.max),
      gapsOver50: this.gaps.length,
      // Time lost to long gaps: the part of each gap beyond one tick period.
      blockedMsInLongGaps: Math.round(this.gaps.reduce((s, g) => s + g.ms - TICK_MS, 0)),
      longest: sorted.slice(0, 15).map((g) => ({ atMs: round(g.start - origin), ms: round(g.ms), reads: g.reads })),
    };
  }
}

interface CallRecord {
  label: string;
  start: number;
  ms: number;
  detail?: string;
}

/** Wraps obj[name] with a timer; calls over `keepOverMs` are kept for attribution, all are totalled. */
class Timers {
  readonly calls: CallRecord[] = [];
  readonly totals = new Map<string, { count: number; totalMs: number; maxMs: number }>();

  wrap<T extends object>(obj: T, name: string, label: string, keepOverMs = 2, detail?: (args: unknown[]) => string): void {
    const target = obj as Record<string, unknown>;
    const original = target[name];
    if (typeof original !== 'function') {
      log(`cannot time ${label}: ${name} is not a function here`);
      return;
    }
    const record = (start: number, args: unknown[]) => {
      const ms = performance.now() - start;
      const t = this.totals.get(label) ?? { count: 0, totalMs: 0, maxMs: 0 };
      t.count++;
      t.totalMs += ms;
      if (ms > t.maxMs) t.maxMs = ms;
      this.totals.set(label, t);
      if (ms > keepOverMs) this.calls.push({ label, start, ms, ...(detail ? { detail: detail(args) } : {}) });
    };
    target[name] = function (this: unknown, ...args: unknown[]) {
      const start = performance.now();
      try {
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      } finally {
        record(start, args);
      }
    };
  }

  summary() {
    return Object.fromEntries(
      [...this.totals].map(([label, t]) => [label, { count: t.count, totalMs: Math.round(t.totalMs), maxMs: round(t.maxMs) }]),
    );
  }

  /** The timed calls that overlap [start, end], longest first. */
  within(start: number, end: number): { label: string; ms: number; detail?: string }[] {
    return this.calls
      .filter((c) => c.start < end && c.start + c.ms > start)
      .sort((a, b) => b.ms - a.ms)
      .map((c) => ({ label: c.label, ms: round(c.ms), ...(c.detail ? { detail: c.detail } : {}) }));
  }
}

class Profiler {
  private session: inspector.Session | undefined;

  private post(method: string, params?: object): Promise<unknown> {
    return new Promise((resolve, reject) =>
      this.session!.post(method, params ?? {}, (err, result) => (err ? reject(err) : resolve(result))),
    );
  }

  async start(): Promise<void> {
    this.session = new inspector.Session();
    this.session.connect();
    await this.post('Profiler.enable');
    await this.post('Profiler.setSamplingInterval', { interval: 500 }); // µs
    await this.post('Profiler.start');
  }

  async stop(file: string): Promise<void> {
    if (!this.session) return;
    const { profile } = (await this.post('Profiler.stop')) as { profile: unknown };
    writeFileSync(file, JSON.stringify(profile));
    this.session.disconnect();
    this.session = undefined;
  }
}

function memory() {
  const m = process.memoryUsage();
  return { heapUsedMiB: mib(m.heapUsed), heapTotalMiB: mib(m.heapTotal), rssMiB: mib(m.rss), externalMiB: mib(m.external) };
}

function exposeGc(): (() => void) | undefined {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

function histogramSummary(h: ReturnType<typeof monitorEventLoopDelay>) {
  const ms = (ns: number) => round(ns / 1e6);
  return { maxMs: ms(h.max), meanMs: ms(h.mean), p50Ms: ms(h.percentile(50)), p99Ms: ms(h.percentile(99)), count: h.count };
}

async function waitFor(what: string, probe: () => boolean, timeoutMs: number, everyMs = 2): Promise<void> {
  const start = performance.now();
  while (!probe()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * What the first scan's building blocks cost in this host, outside the extension: finding the
 * files (vscode.workspace.findFiles vs a recursive Node readdir) and reading them (the
 * vscode.workspace.fs API vs node:fs/promises), in batches of 128 like the pipeline's first scan.
 */
async function experiments(probe: GapProbe, api: ExtensionApi) {
  const root = api.notes.rootUris[0];
  if (!root) return null;
  const out: Record<string, unknown> = {};
  const measure = async <T>(label: string, fn: () => Thenable<T>): Promise<T> => {
    await sleep(300);
    probe.reset();
    const start = performance.now();
    const value = await fn();
    out[label] = { ms: round(performance.now() - start), maxGapMs: probe.summary(start).maxGapMs, gapsOver50: probe.gaps.length };
    log(`experiment ${label}: ${JSON.stringify(out[label])}`);
    return value;
  };
  const uris = await measure('findFiles', () => vscode.workspace.findFiles(new vscode.RelativePattern(root, '**/*.md')));
  await measure('node readdir recursive', async () => {
    const { readdir } = await import('node:fs/promises');
    return (await readdir(root.fsPath, { recursive: true })).filter((f) => f.endsWith('.md')).length;
  });
  const sample = uris.slice(0, 20_000);
  out.readSample = sample.length;
  const batched = async (read: (u: vscode.Uri) => Thenable<unknown>) => {
    for (let i = 0; i < sample.length; i += 128) await Promise.all(sample.slice(i, i + 128).map(read));
  };
  await measure('read sample: vscode.workspace.fs.readFile', () => batched((u) => vscode.workspace.fs.readFile(u)));
  const { readFile } = await import('node:fs/promises');
  await measure('read sample: node fs/promises readFile', () => batched((u) => readFile(u.fsPath)));
  await measure('read sample: vscode.workspace.fs.readFile (again)', () => batched((u) => vscode.workspace.fs.readFile(u)));
  return out;
}


export async function run(): Promise<void> {
  const out = process.env.IFU_BENCH_OUT;
  const profileFile = process.env.IFU_BENCH_PROFILE;
  const result: Record<string, unknown> = {
    label: process.env.IFU_BENCH_LABEL ?? '',
    workspace: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath,
    hostNode: process.version,
    pid: process.pid,
  };
  const ext = vscode.extensions.getExtension<ExtensionApi>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not in the host`);
  result.activeBeforeBench = ext.isActive;
  if (ext.isActive) log('warning: the extension was already active; activation and indexing were not observed from the start');

  // Let the freshly started host settle a little, so its own start-up work is not counted.
  await sleep(2000);
  exposeGc()?.();
  result.memoryBefore = memory(); // after a full GC when one can be forced

  // Files read by the pipeline: counted by wrapping the note source's public read().
  let reads = 0;
  const probe = new GapProbe(() => reads);
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  const timers = new Timers();
  const profiler = profileFile ? new Profiler() : undefined;
  if (profiler) await profiler.start();

  histogram.enable();
  probe.start();
  const t0 = performance.now();
  result.clock = { t0PerfMs: t0, t0HrUs: Number(process.hrtime.bigint() / 1000n), timeOrigin: performance.timeOrigin };
  const api = await ext.activate();
  const activated = performance.now();
  result.activateMs = round(activated - t0);
  log(`activated in ${result.activateMs} ms`);

  // Coarse timers on the extension's public methods, right after activate() returned (the scan is
  // still listing files then): the views' work on each change event, and every read.
  const source = api.notes as unknown as { read(file: string): unknown };
  const read = source.read;
  source.read = function (this: unknown, file: string) {
    reads++;
    return read.call(this, file);
  };
  const rowsDetail = (args: unknown[]) => `${(args[0] as { noteCount?: number } | undefined)?.noteCount ?? '?'} notes`;
  timers.wrap(api.notes, 'snapshot', 'notes.snapshot (clock advance, counts, first rows)', 2);
  timers.wrap(api.tree, 'render', 'tree.render (which groups changed)', 2, rowsDetail);

  const changeEvents: { at: number; files: number }[] = [];
  const sub = api.notes.onDidChange((files) => changeEvents.push({ at: performance.now(), files: files.length }));

  await api.ready;
  const ready = performance.now();
  result.readyMs = round(ready - t0);
  result.firstReadAtMs = probe.readsSeenAt !== undefined ? round(probe.readsSeenAt - t0) : null;
  log(`ready after ${result.readyMs} ms: ${api.notes.snapshot()?.noteCount} notes, ${reads} files read`);

  // The last flush fires 20 ms after ready; wait for it and its listeners, then close the window.
  const eventsAtReady = changeEvents.length;
  await waitFor('the change event after ready', () => changeEvents.length > eventsAtReady, 5000, 5).catch(() => {});
  await sleep(500);
  const indexed = performance.now();
  histogram.disable();
  result.indexing = {
    windowMs: round(indexed - t0),
    probe: probe.summary(t0),
    histogram: histogramSummary(histogram),
    changeEvents: changeEvents.length,
    changeEventFiles: changeEvents.map((e) => e.files),
    timedCalls: timers.summary(),
  };
  // Attribute the long gaps to the timed calls that overlap them.
  result.longGapAttribution = [...probe.gaps]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 10)
    .map((g) => ({ atMs: round(g.start - t0), ms: round(g.ms), reads: g.reads, timedCalls: timers.within(g.start, g.end) }));
  result.gapsRaw = probe.gaps.map((g) => [round(g.start, 3), round(g.end, 3)]);
  result.noteCount = api.notes.snapshot()?.noteCount;
  result.reads = reads;
  result.memoryAfterIndexing = memory();
  // global.gc is not exposed in the extension host; V8 hands a gc() to a new context once the
  // flag is set at run time (the heap after a full GC = what the index really retains).
  const gc = exposeGc();
  result.gcVia = gc ? 'v8.setFlagsFromString("--expose-gc") + vm.runInNewContext("gc")' : null;
  if (gc) {
    const before = performance.now();
    gc();
    result.gcMs = round(performance.now() - before);
    result.memoryAfterGc = memory();

  } else {
    result.memoryAfterGc = null;
  }

  // Incremental update: one note's thankYou: line rewritten on disk.
  const callsBefore = timers.calls.length;
  const notes = api.notes.notes().sort((a, b) => (a.file < b.file ? -1 : 1));
  const target = notes.find((n) => n.thankYou === undefined && !n.closed);
  if (!target) throw new Error('no note without a thank-you in the corpus');
  const uri = vscode.Uri.parse(target.file);
  const original = await vscode.workspace.fs.readFile(uri);
  const text = new TextDecoder().decode(original);
  if (!/^thankYou:.*$/m.test(text)) throw new Error(`${uri.fsPath} has no thankYou: line`);
  const stamp = '2026-11-27 10:15';
  const readsBefore = reads;
  const changesBefore = changeEvents.length;
  await sleep(200);
  probe.reset(); // from the write on: the preparation above is the benchmark's own work
  const tWrite = performance.now();
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text.replace(/^thankYou:.*$/m, `thankYou: ${stamp}`)));
  const written = performance.now();
  await waitFor('the index to show the new thankYou', () => api!.notes.note(uri)?.thankYou === stamp, 30_000);
  const seen = performance.now();
  const readsAtSeen = reads - readsBefore;
  await waitFor('the change event of the update', () => changeEvents.length > changesBefore, 5000, 5).catch(() => {});
  await sleep(1000); // late duplicate watcher events would read the file again
  const incrementalWindowEnd = performance.now();
  result.incremental = {
    file: vscode.workspace.asRelativePath(uri, false),
    writeMs: round(written - tWrite),
    untilIndexedMs: round(seen - tWrite),
    readsUntilIndexed: readsAtSeen,
    readsAfter1s: reads - readsBefore,
    changeEvents: changeEvents.length - changesBefore,
    probe: probe.summary(tWrite),
    timedCalls: timers.calls.slice(callsBefore).filter((c) => c.start >= tWrite && c.start < incrementalWindowEnd).map((c) => ({ label: c.label, ms: round(c.ms), ...(c.detail ? { detail: c.detail } : {}) })),
  };
  log(`incremental: ${JSON.stringify(result.incremental)}`);
  if (profiler && profileFile) await profiler.stop(profileFile);

  // Put the corpus back as it was.
  await vscode.workspace.fs.writeFile(uri, original);
  await waitFor('the index to show the original note', () => api!.notes.note(uri)?.thankYou === undefined, 30_000).catch((e) => log(String(e)));
  await sleep(500);

  // The tree: a render of a new snapshot, then what the view asks for (roots, rows, items).
  const treeRuns: { rootsMs: number; childrenMs: number; itemsMs: number; totalMs: number }[] = [];
  let shape: { group: string; children: number }[] = [];
  for (let i = 0; i < 5; i++) {
    const a = performance.now();
    api.tree.render(api.notes.snapshot()!);
    const roots = api.tree.getChildren();
    const b = performance.now();
    const children = roots.map((r) => api!.tree.getChildren(r));
    const c = performance.now();
    // What the view asks for next: one TreeItem per root and per visible row.
    for (const r of roots) api.tree.getTreeItem(r);
    for (const list of children) for (const n of list) api.tree.getTreeItem(n);
    const d = performance.now();
    treeRuns.push({ rootsMs: round(b - a), childrenMs: round(c - b), itemsMs: round(d - c), totalMs: round(d - a) });
    shape = roots.map((r, j) => ({ group: String(api!.tree.getTreeItem(r).label), children: children[j]!.length }));
    await sleep(50);
  }
  result.tree = {
    first: treeRuns[0],
    medianGetChildrenMs: round(median(treeRuns.map((r) => r.rootsMs + r.childrenMs))),
    medianWithItemsMs: round(median(treeRuns.map((r) => r.totalMs))),
    runs: treeRuns,
    groups: shape,
  };
  // The actions count, without timers in the way.
  const snapshot = api.notes.snapshot()!;
  result.actions = snapshot.groups.reduce((n, g) => n + g.count, 0);
  result.brokenFiles = snapshot.broken.length;

  // One note just under the size limit, written and then typed into.
  const notesFolder = vscode.Uri.joinPath(vscode.Uri.parse(notes[0]!.file), '..');
  const bigProfile = process.env.IFU_BENCH_BIG_PROFILE;
  result.bigNote = await bigNotePhase(probe, api, notesFolder, bigProfile ? new Profiler() : undefined, bigProfile);
  log(`big note: ${JSON.stringify(result.bigNote)}`);

  if (process.env.IFU_BENCH_EXPERIMENTS) {
    probe.reset();
    result.experiments = await experiments(probe, api);
  }

  sub.dispose();
  probe.stop();
  const json = JSON.stringify(result);
  if (out) writeFileSync(out, json + '\n');
  console.log(`${TAG}IFU_BENCH ${json}`);
}
