// Helpers for the integration suites that run inside a real VS Code extension host.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../src/extension/extension';
import { EXTENSION_ID } from '../../src/extension/ids';
import type { Node } from '../../src/extension/tree';
import { PipelinePanel, type CreatePanel } from '../../src/extension/pipelinePanel';
import type { StatusItem } from '../../src/extension/statusBar';
import type { FiguresMessage, FromPage, RenderedReport } from '../../src/webview/protocol';

export { EXTENSION_ID };

export async function api(): Promise<ExtensionApi> {
  const ext = vscode.extensions.getExtension<ExtensionApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed in the host`);
  const exports = await ext.activate();
  await exports.ready;
  return exports;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test host has no workspace folder open');
  return folder.uri;
}

export function notesUri(...parts: string[]): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), 'interviews', ...parts);
}

export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const start = Date.now();
  let last: unknown;
  while (Date.now() - start < timeoutMs) {
    try {
      const value = await probe();
      if (value) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${String(last)})`);
}

/** The tree as the view shows it: each root's label, and its children's label + description. */
export async function treeRows(a: ExtensionApi): Promise<{ label: string; rows: { label: string; description: string; node: Node }[] }[]> {
  const roots = await a.tree.getChildren();
  return Promise.all(roots.map(async (root) => ({
    label: String(a.tree.getTreeItem(root).label),
    rows: (await a.tree.getChildren(root)).map((node) => {
      const item = a.tree.getTreeItem(node);
      return { label: String(item.label), description: String(item.description ?? ''), node };
    }),
  })));
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Local `YYYY-MM-DD HH:mm` for an offset from now in minutes. */
export function localStamp(offsetMinutes: number): string {
  const d = new Date(Date.now() + offsetMinutes * 60_000);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function today(): string {
  return localStamp(0).slice(0, 10);
}

/**
 * Records which files the notes pipeline reads from now on, by wrapping the source's read (a
 * test-side spy; production code keeps no counters). Call stop() to restore it.
 */
export function recordReads(a: ExtensionApi): { files: string[]; stop(): void } {
  const files: string[] = [];
  const notes = a.notes as unknown as { read(file: string): unknown };
  const original = notes.read;
  notes.read = function (this: unknown, file: string) {
    files.push(file);
    return original.call(this, file);
  };
  return { files, stop: () => { notes.read = original; } };
}

export function noteCount(a: ExtensionApi): number {
  return a.notes.snapshot()?.noteCount ?? 0;
}

/**
 * Applies an edit the way typing would, retrying while VS Code refuses it: `TextEditor.edit` resolves false
 * when the document changed under it (for example, reloaded from disk after an earlier test wrote the file),
 * and a test that went on would then assert on text that was never typed.
 */
export async function editNow(editor: vscode.TextEditor, change: (b: vscode.TextEditorEdit) => void): Promise<void> {
  await waitFor('the editor to take the edit', async () => await editor.edit(change));
}

/**
 * A pipeline panel of the test's own over the extension's notes and settings, made through a
 * wrapper of the real panel factory that records what crosses it: the figures posted to the page
 * and the page's report of what it drew.
 */
export function watchedPipeline(a: ExtensionApi): { panel: PipelinePanel; posted(): FiguresMessage | undefined; rendered(): RenderedReport | undefined; dispose(): void } {
  let posted: FiguresMessage | undefined;
  let rendered: RenderedReport | undefined;
  const create: CreatePanel = (viewType, title, options) => {
    const panel = vscode.window.createWebviewPanel(viewType, title, vscode.ViewColumn.Active, options);
    const post = panel.webview.postMessage.bind(panel.webview);
    panel.webview.postMessage = (message: unknown) => {
      posted = message as FiguresMessage;
      return post(message);
    };
    panel.webview.onDidReceiveMessage((m: FromPage) => {
      if (m.type === 'rendered') rendered = m.report;
    });
    return panel;
  };
  const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
  const panel = new PipelinePanel(a.notes, a.settings, ext.extensionUri, {
    openNote: (uri) => Promise.resolve(vscode.commands.executeCommand('interviewFollowUp.openNote', uri)),
    setStatus: (uri, status) => Promise.resolve(vscode.commands.executeCommand('interviewFollowUp.setStatus', uri, status)),
  }, create);
  return { panel, posted: () => posted, rendered: () => rendered, dispose: () => panel.dispose() };
}

/** Fakes of the status bar item and the view's badge, to render the extension's counts into. */
export function fakeStatus(): { item: StatusItem & { text: string; visible: boolean }; view: { badge: vscode.ViewBadge | undefined } } {
  const item = {
    name: '', command: undefined as string | vscode.Command | undefined, text: '', tooltip: undefined as string | vscode.MarkdownString | undefined,
    backgroundColor: undefined as vscode.ThemeColor | undefined, visible: false,
    show() { item.visible = true; }, hide() { item.visible = false; }, dispose() { item.visible = false; },
  };
  return { item, view: { badge: undefined } };
}
