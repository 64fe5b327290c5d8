// The update pipeline: a first scan of each notes folder (in time slices, so the extension
// host never blocks for long), then a file watcher and open-document changes feed per-file
// debounced updates into one NoteIndex, and one coalesced change event tells the views.
import * as vscode from 'vscode';
import { readSettings } from './config';
import { PerKeyDebouncer } from './debounce';
import { VIEW_ACTIONS } from './ids';
import { core } from './lazyCore';
import { listNoteFiles, readNoteFile } from './noteFiles';
import { isNoteFileName, isSearchedFolder } from '../core/noteFiles';
import type { NoteIndex } from '../core/noteIndex';
import type { Action, ActionState, Note, Problem, RuleSettings } from '../core/types';

const TYPING_DEBOUNCE_MS = 300;
const DISK_DEBOUNCE_MS = 100;
const SLICE_MS = 15;
const READ_BATCH = 128;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class NotesIndex implements vscode.Disposable {
  private index: NoteIndex | undefined;
  private rules: RuleSettings = readSettings().rules;
  private roots: vscode.Uri[] = [];
  private watchers: vscode.Disposable[] = [];
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly debouncer = new PerKeyDebouncer();
  private readonly changed = new Set<string>();
  private emitTimer: NodeJS.Timeout | undefined;
  private generation = 0;
  private readonly emitter = new vscode.EventEmitter<string[]>();
  private readonly scanEmitter = new vscode.EventEmitter<boolean>();
  /** Fired with the URIs (as strings) whose entries changed; coalesced. */
  readonly onDidChange = this.emitter.event;
  readonly onDidChangeScanning = this.scanEmitter.event;
  scanning = false;
  /** Files read from disk since activation, and the last few of them (the tests check that one
   * changed note reads only that note). */
  reads = 0;
  readonly recentReads: string[] = [];

  constructor() {
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && this.isNoteUri(e.document.uri)) this.schedule(e.document.uri, TYPING_DEBOUNCE_MS);
      }),
      // Closing an editor without saving reverts to the disk version.
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (this.isNoteUri(doc.uri)) this.schedule(doc.uri, DISK_DEBOUNCE_MS);
      }),
    );
  }

  /** Forgets everything and reads every notes folder again (activation, folder or setting changes, Refresh). */
  async rebuild(): Promise<void> {
    const generation = ++this.generation;
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    const stale = this.index ? [...this.index.files()] : [];
    this.index = undefined;
    this.rules = readSettings().rules;
    this.roots = (vscode.workspace.workspaceFolders ?? []).map((f) => vscode.Uri.joinPath(f.uri, readSettings(f).notesFolder));
    for (const root of this.roots) this.watch(root);
    stale.forEach((f) => this.changed.add(f));
    this.setScanning(true);
    try {
      await vscode.window.withProgress(
        { location: { viewId: VIEW_ACTIONS }, title: 'Reading interview notes' },
        async () => {
          for (const root of this.roots) await this.scan(root, generation);
        },
      );
    } finally {
      if (generation === this.generation) this.setScanning(false);
    }
    this.flush();
  }

  /** New rule settings re-plan the notes already parsed; nothing is read again. */
  updateRules(): void {
    this.rules = readSettings().rules;
    if (!this.index) return;
    this.index.setSettings(this.rules);
    for (const f of this.index.files()) this.changed.add(f);
    this.flush();
  }

  get hasIndex(): boolean {
    return this.index !== undefined;
  }

  get noteCount(): number {
    return this.index?.noteCount ?? 0;
  }

  get rootUris(): readonly vscode.Uri[] {
    return this.roots;
  }

  /** Moves the index's clock to now; true when some note's actions changed with it. */
  advance(now: Date): boolean {
    return (this.index?.advance(now).length ?? 0) > 0;
  }

  count(state: ActionState): number {
    return this.index?.count(state) ?? 0;
  }

  firstOf(state: ActionState, limit: number): Action[] {
    return this.index?.firstOf(state, limit) ?? [];
  }

  actionsOf(uri: vscode.Uri, now: Date): Action[] {
    return this.index?.actionsOf(uri.toString(), now) ?? [];
  }

  note(uri: vscode.Uri): Note | undefined {
    return this.index?.getNote(uri.toString());
  }

  notes(): Note[] {
    if (!this.index) return [];
    const index = this.index;
    return [...index.files()].map((f) => index.getNote(f)).filter((n): n is Note => n !== undefined);
  }

  problemsOf(uri: vscode.Uri): Problem[] {
    return this.problemsOfFile(uri.toString());
  }

  /** Problems by the index's key (the URI as a string), without building a Uri. */
  problemsOfFile(file: string): Problem[] {
    return this.index?.problemsOf(file) ?? [];
  }

  brokenFiles(): { file: string; problems: Problem[] }[] {
    return this.index?.brokenFiles() ?? [];
  }

  isNoteUri(uri: vscode.Uri): boolean {
    return this.roots.some((root) => {
      if (root.scheme !== uri.scheme || root.authority !== uri.authority || !uri.path.startsWith(root.path + '/')) return false;
      const parts = uri.path.slice(root.path.length + 1).split('/');
      return isNoteFileName(parts.pop()!) && parts.every(isSearchedFolder);
    });
  }

  /** Updates one note from text already in hand (after our own write), without a disk read. */
  applyText(uri: vscode.Uri, text: string): void {
    this.ensureIndex().update(uri.toString(), text);
    this.changed.add(uri.toString());
    this.flush();
  }

  private ensureIndex(): NoteIndex {
    this.index ??= new (core().NoteIndex)(this.rules, new Date());
    return this.index;
  }

  private watch(root: vscode.Uri): void {
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(root, '**/*.md'));
    const onDisk = (uri: vscode.Uri) => this.schedule(uri, DISK_DEBOUNCE_MS);
    watcher.onDidCreate(onDisk);
    watcher.onDidChange(onDisk);
    watcher.onDidDelete(onDisk);
    this.watchers.push(watcher);
  }

  private async scan(root: vscode.Uri, generation: number): Promise<void> {
    const uris = await listNoteFiles(root);
    let lastEmit = performance.now();
    for (let i = 0; i < uris.length; i += READ_BATCH) {
      const batch = uris.slice(i, i + READ_BATCH);
      const texts = await Promise.all(batch.map((u) => this.readFromDisk(u)));
      if (generation !== this.generation) return;
      let sliceStart = performance.now();
      for (let j = 0; j < batch.length; j++) {
        const text = texts[j];
        if (text !== undefined) this.put(batch[j]!, text);
        if (performance.now() - sliceStart > SLICE_MS) {
          await nextTurn();
          if (generation !== this.generation) return;
          sliceStart = performance.now();
        }
      }
      // Show what is known so far on large folders, about once a second.
      if (performance.now() - lastEmit > 1000) {
        lastEmit = performance.now();
        this.flush();
      }
    }
  }

  private put(uri: vscode.Uri, text: string): void {
    const key = uri.toString();
    const index = this.ensureIndex();
    const had = index.getNote(key) !== undefined || index.problemsOf(key).length > 0;
    const result = index.update(key, text);
    if (had || result.kind !== 'ignored') this.changed.add(key);
  }

  private readFromDisk(uri: vscode.Uri): Promise<string | undefined> {
    this.reads++;
    this.recentReads.push(uri.toString());
    if (this.recentReads.length > 50) this.recentReads.shift();
    return readNoteFile(uri);
  }

  private schedule(uri: vscode.Uri, delay: number): void {
    this.debouncer.schedule(uri.toString(), delay, () => void this.refreshOne(uri));
  }

  /** The one note's current text: the open editor's when it has unsaved changes, else the disk's. */
  private async refreshOne(uri: vscode.Uri): Promise<void> {
    if (!this.isNoteUri(uri)) return;
    const generation = this.generation;
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const text = doc && !doc.isClosed && doc.isDirty ? doc.getText() : await this.readFromDisk(uri);
    if (generation !== this.generation) return;
    if (text === undefined) {
      if (this.index?.remove(uri.toString())) this.changed.add(uri.toString());
    } else {
      this.put(uri, text);
    }
    this.flush();
  }

  private setScanning(value: boolean): void {
    this.scanning = value;
    this.scanEmitter.fire(value);
  }

  /** Coalesces bursts of changes into one event. */
  private flush(): void {
    if (this.emitTimer || this.changed.size === 0) return;
    this.emitTimer = setTimeout(() => {
      this.emitTimer = undefined;
      const files = [...this.changed];
      this.changed.clear();
      this.emitter.fire(files);
    }, 20);
  }

  dispose(): void {
    this.generation++;
    this.debouncer.dispose();
    clearTimeout(this.emitTimer);
    for (const d of [...this.watchers, ...this.subscriptions, this.emitter, this.scanEmitter]) d.dispose();
  }
}
