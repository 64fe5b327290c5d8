// The notes of the workspace: the core's update pipeline (src/core/indexing/pipeline.ts) fed by
// VS Code. This adapter only translates: workspace folders and settings into a note source, the
// watchers' and editors' events about notes (and only notes) into pipeline calls, and the
// pipeline's events into VS Code events. Views read it through the read-only NotesModel.
import * as vscode from 'vscode';
import { Disposable, interval } from './dispose';
import { VIEW_ACTIONS } from './ids';
import type { SettingsStore } from './settings';
import { core } from './lazyCore';
import type { OutputLog } from './log';
import { listNoteFiles, readNoteFile } from './workspaceFiles';
import { isNoteFileName, isSearchedFolder } from '../core/note/files';
import type { NoteText } from '../core/note/noteText';
import type { Snapshot } from '../core/indexing/noteIndex';
import type { ParseResult } from '../core/note/parse';
import type { NotePipeline, NoteSource, ReadResult, Scheduler } from '../core/indexing/pipeline';
import type { Action, Note, Problem } from '../core/model/types';

/** Rows kept per group in a snapshot; the rest is summarised so a huge folder never floods the view. */
const ROWS_PER_GROUP = 500;

const scheduler: Scheduler = {
  setTimeout: (work, ms) => {
    const t = setTimeout(work, ms);
    return { dispose: () => clearTimeout(t) };
  },
  nextTurn: () => new Promise<void>((resolve) => setImmediate(resolve)),
  elapsed: () => performance.now(),
};

/** A whole pass of the event loop (timers and I/O included), not just a turn after the pending I/O. */
const nextLoopPass = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Relative times ("due in 4 h") and states (due -> overdue) move with the clock. */
const CLOCK_MS = 60_000;

/** What the views and commands read of the notes; nothing here changes them. */
export interface NotesModel {
  /** Fired with the notes (URIs as strings) whose entries changed, or [] when only the clock moved; coalesced. */
  readonly onDidChange: vscode.Event<string[]>;
  readonly onDidChangeScanning: vscode.Event<boolean>;
  readonly isScanning: boolean;
  readonly rootUris: readonly vscode.Uri[];
  /** What the views show, at the time of the last change event; undefined before the first scan has started. */
  snapshot(): Snapshot | undefined;
  note(uri: vscode.Uri): Note | undefined;
  notes(): Note[];
  actionsOf(uri: vscode.Uri, now: Date): Action[];
  problemsOfFile(file: string): Problem[];
  isNoteUri(uri: vscode.Uri): boolean;
  /** The note model of an open document's current text: its front-matter bounds, the rest read on demand. */
  model(doc: vscode.TextDocument): NoteText;
  parsed(doc: vscode.TextDocument): { model: NoteText; result: ParseResult };
}

export class WorkspaceNotes extends Disposable implements NotesModel, NoteSource {
  private pipeline: NotePipeline | undefined;
  private listed: string[] | undefined;
  private roots: vscode.Uri[] = [];
  private watchers: vscode.Disposable[] = [];
  private readonly changeEmitter = this.register(new vscode.EventEmitter<string[]>());
  private readonly scanEmitter = this.register(new vscode.EventEmitter<boolean>());
  readonly onDidChange = this.changeEmitter.event;
  readonly onDidChangeScanning = this.scanEmitter.event;

  constructor(private readonly log: OutputLog, private readonly settings: SettingsStore) {
    super();
    const ifNote = (uri: vscode.Uri, f: (p: NotePipeline, file: string) => void) => {
      if (this.pipeline && this.isNoteUri(uri)) f(this.pipeline, uri.toString());
    };
    this.register({ dispose: () => this.watchers.forEach((w) => w.dispose()) });
    this.register({ dispose: () => this.pipeline?.dispose() });
    // The one clock of the views: each minute the pipeline moves its index to now and tells them.
    this.register(interval(() => this.pipeline?.tick(), CLOCK_MS));
    const again = (why: string) => () => log.background(why, this.rebuild());
    this.register(settings.onDidChangeFolder(again('Reading the notes again')));
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(again('Reading the notes again')));
    this.register(settings.onDidChangeRules(() => this.pipeline?.setSettings(settings.get().rules)));
    [
      // The one listener for typing in a note: the pipeline parses once, everything else reads that parse.
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) ifNote(e.document.uri, (p, f) => p.textChanged(f));
      }),
      vscode.workspace.onDidOpenTextDocument((doc) => ifNote(doc.uri, (p, f) => p.textOpened(f))),
      // Closing an editor without saving reverts to the disk version.
      vscode.workspace.onDidCloseTextDocument((doc) => ifNote(doc.uri, (p, f) => p.textClosed(f))),
    ].forEach((d) => this.register(d));
  }

  /** Forgets everything and reads every notes folder again (activation, folder or setting changes, Refresh). */
  async rebuild(): Promise<void> {
    for (const w of this.watchers) w.dispose();
    this.roots = (vscode.workspace.workspaceFolders ?? []).map((f) => vscode.Uri.joinPath(f.uri, this.settings.get(f).notesFolder));
    this.watchers = this.roots.map((root) => {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(root, '**/*.md'));
      // The pattern also matches files in hidden folders and node_modules: only notes go on.
      const onDisk = (uri: vscode.Uri) => {
        if (this.isNoteUri(uri)) this.ensurePipeline().fileChanged(uri.toString());
      };
      watcher.onDidCreate(onDisk);
      watcher.onDidChange(onDisk);
      watcher.onDidDelete(onDisk);
      return watcher;
    });
    if (!this.pipeline) {
      // Activated at start-up in every workspace: where there is no note yet, the parsers stay
      // unloaded until one appears (the watchers and New Interview Note create the pipeline).
      const files = await this.list();
      if (files.length === 0) return;
      this.listed = files;
      // The listing's last folder was this task; loading the parsers is the next one.
      await nextLoopPass();
    }
    const created = !this.pipeline;
    const pipeline = this.ensurePipeline();
    // Loading the parsers (~30 ms, once) is this turn's work: the scan's first slice waits for the
    // next pass of the event loop, timers included, so the two never add up to one long task.
    if (created) await nextLoopPass();
    await vscode.window.withProgress({ location: { viewId: VIEW_ACTIONS }, title: 'Reading interview notes' }, () => pipeline.rebuild());
  }

  private ensurePipeline(): NotePipeline {
    if (!this.pipeline) {
      const c = core();
      const pipeline = new c.NotePipeline(this, scheduler, this.settings.get().rules, c.HOST_OPTIONS);
      pipeline.onDidChange((files) => this.changeEmitter.fire(files));
      pipeline.onDidChangeScanning((scanning) => this.scanEmitter.fire(scanning));
      pipeline.onDidFail((error) => this.log.error('Updating the notes failed', error));
      for (const doc of vscode.workspace.textDocuments) if (this.isNoteUri(doc.uri)) pipeline.textOpened(doc.uri.toString());
      this.pipeline = pipeline;
    }
    return this.pipeline;
  }

  // NoteSource, for the pipeline.
  async list(): Promise<string[]> {
    // The listing rebuild() already made to decide whether to load the parsers: not read twice.
    if (this.listed) {
      const files = this.listed;
      this.listed = undefined;
      return files;
    }
    const lists = await Promise.all(this.roots.map((root) => listNoteFiles(root, (e) => this.log.warn(`Could not list ${root.fsPath}`, e))));
    return lists.flat();
  }

  read(file: string): ReadResult | Promise<ReadResult> {
    const uri = vscode.Uri.parse(file);
    return readNoteFile(uri, this.rootOf(uri));
  }

  /** The notes folder a note lies in. */
  private rootOf(uri: vscode.Uri): vscode.Uri | undefined {
    return this.roots.find((root) => root.scheme === uri.scheme && root.authority === uri.authority && uri.path.startsWith(root.path.replace(/\/$/, '') + '/'));
  }

  unsavedText(file: string): string | undefined {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === file);
    return doc && !doc.isClosed && doc.isDirty ? doc.getText() : undefined;
  }

  isNoteUri(uri: vscode.Uri): boolean {
    const root = this.rootOf(uri);
    if (!root) return false;
    const parts = uri.path.slice(root.path.replace(/\/$/, '').length + 1).split('/');
    return isNoteFileName(parts.pop()!) && parts.every(isSearchedFolder);
  }

  // Reading, for the views and commands.
  get isScanning(): boolean {
    return this.pipeline?.isScanning ?? false;
  }

  get rootUris(): readonly vscode.Uri[] {
    return this.roots;
  }

  snapshot(): Snapshot | undefined {
    return this.pipeline?.snapshot(ROWS_PER_GROUP);
  }

  model(doc: vscode.TextDocument): NoteText {
    return this.ensurePipeline().parsed.model(doc.uri.toString(), doc.getText());
  }

  parsed(doc: vscode.TextDocument): { model: NoteText; result: ParseResult } {
    const pipeline = this.ensurePipeline();
    const file = doc.uri.toString();
    const text = doc.getText();
    return { model: pipeline.parsed.model(file, text), result: pipeline.parsed.result(file, text) };
  }

  note(uri: vscode.Uri): Note | undefined {
    return this.pipeline?.index.getNote(uri.toString());
  }

  notes(): Note[] {
    const index = this.pipeline?.index;
    if (!index) return [];
    return [...index.files()].map((f) => index.getNote(f)).filter((n): n is Note => n !== undefined);
  }

  actionsOf(uri: vscode.Uri, now: Date): Action[] {
    return this.pipeline?.index.actionsOf(uri.toString(), now) ?? [];
  }

  problemsOfFile(file: string): Problem[] {
    return this.pipeline?.index.problemsOf(file) ?? [];
  }

  /** Updates one note from text already in hand (after our own write), without a disk read. */
  applyText(uri: vscode.Uri, text: string): void {
    this.ensurePipeline().applyText(uri.toString(), text);
  }
}
