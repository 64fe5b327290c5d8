// The benchmark's big-note phase: a note just under the size limit, made of dated task lines
// (the worst case for the body's scan), is written into the notes folder, then typed into.
// What is measured is the extension host's event loop meanwhile (the longest gap between the
// 10 ms probe's ticks), and how long until the views have it.
import { writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../src/extension/extension';

interface Profiler {
  start(): Promise<void>;
  stop(file: string): Promise<void>;
}

interface Probe {
  reset(): void;
  summary(origin: number): { maxGapMs: number; gapsOver50: number; longest: unknown[] };
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const round = (x: number) => Math.round(x * 10) / 10;

async function until(what: string, done: () => boolean, timeoutMs = 120_000): Promise<void> {
  const start = performance.now();
  while (!done()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

/** With `profile` (IFU_BENCH_BIG_PROFILE=<prefix>), each step's CPU profile is written to <prefix>-<step>.cpuprofile. */
export async function bigNotePhase(probe: Probe, api: ExtensionApi, folder: vscode.Uri, profiler?: Profiler, profile?: string): Promise<Record<string, unknown>> {
  const uri = vscode.Uri.joinPath(folder, 'zz-bench-big-note.md');
  const head = '---\ncompany: Big Note Co\ninterview: 2026-11-20 10:00\nthankYou:\n---\n';
  const lines: string[] = [];
  let size = head.length;
  // ASCII task lines up to 4.9 MB: under the 5 MB limit, so the note is read, not refused.
  for (let i = 0; size < 4.9 * 2 ** 20; i++) {
    const line = `- [ ] call ${i} 📅 2026-12-0${(i % 9) + 1}\n`;
    lines.push(line);
    size += line.length + 2;
  }
  const text = head + lines.join('');
  const changed = new Set<string>();
  const sub = api.notes.onDidChange((files) => files.forEach((f) => changed.add(f)));

  /** Types one character into the note opened as `language`; the host's event loop meanwhile. */
  const keystroke = async (language: string): Promise<Record<string, unknown>> => {
    const editor = await vscode.window.showTextDocument(uri);
    if (editor.document.languageId !== language) throw new Error(`opened as ${editor.document.languageId}, not ${language}`);
    await sleep(1000);
    changed.clear();
    if (profile) await profiler?.start();
    probe.reset();
    const t1 = performance.now();
    await editor.edit((b) => b.insert(new vscode.Position(6, 6), 'x'));
    await until('the keystroke parsed', () => changed.has(uri.toString()));
    const out = { untilIndexedMs: round(performance.now() - t1) };
    await sleep(1000); // the etiquette checker and the views follow the change
    Object.assign(out, probe.summary(t1));
    if (profile) await profiler?.stop(`${profile}-keystroke-${language}.cpuprofile`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    return out;
  };

  const out: Record<string, unknown> = { bytes: Buffer.byteLength(text), taskLines: lines.length };
  const files = vscode.workspace.getConfiguration('files');
  try {
    await sleep(300);
    if (profile) await profiler?.start();
    probe.reset();
    const t0 = performance.now();
    // Written off the host's thread, as an editor or a sync tool would write it.
    await writeFile(uri.fsPath, text);
    await until('the big note in the index', () => api.notes.note(uri)?.company === 'Big Note Co');
    out.written = { untilIndexedMs: round(performance.now() - t0), tasksTracked: api.notes.note(uri)?.tasks.length };
    await sleep(500);
    Object.assign(out.written as object, probe.summary(t0));
    if (profile) await profiler?.stop(`${profile}-written.cpuprofile`);

    // A keystroke, first with the note opened as plain text, so that VS Code's own Markdown
    // extension (which tokenizes the whole document in this same host) stays out, then as Markdown.
    await files.update('associations', { [`**/${uri.path.split('/').pop()}`]: 'plaintext' }, vscode.ConfigurationTarget.Workspace);
    out.keystrokePlainText = await keystroke('plaintext');
    await files.update('associations', undefined, vscode.ConfigurationTarget.Workspace);
    out.keystroke = await keystroke('markdown');
  } finally {
    sub.dispose();
    await files.update('associations', undefined, vscode.ConfigurationTarget.Workspace).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  }
  await until('the big note gone', () => api.notes.note(uri) === undefined).catch(() => undefined);
  return out;
}
