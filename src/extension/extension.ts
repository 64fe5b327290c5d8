// Activation: wires the update pipeline (NotesIndex) to its views. Kept small; nothing here
// loads a parser until the first note is read (see lazyCore.ts).
import * as vscode from 'vscode';
import { Commands } from './commands';
import { affectsEtiquette, affectsFolder, affectsRules } from './config';
import { NoteDiagnostics } from './diagnostics';
import { DraftCommands } from './draftCommands';
import { EtiquetteChecker } from './etiquette';
import { COMMANDS, CONTEXT, VIEW_ACTIONS } from './ids';
import { NoteAssist } from './noteAssist';
import { NotesIndex } from './notesIndex';
import { PipelinePanel } from './pipelinePanel';
import { StatusIndicators } from './statusBar';
import { ActionsTree } from './tree';

/** What activate() returns: used by the integration tests, not a public API. */
export interface ExtensionApi {
  notes: NotesIndex;
  tree: ActionsTree;
  commands: Commands;
  etiquette: EtiquetteChecker;
  view: vscode.TreeView<unknown>;
  status: StatusIndicators;
  pipeline: PipelinePanel;
  ready: Promise<void>;
}

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  const notes = new NotesIndex();
  const tree = new ActionsTree(notes);
  const view = vscode.window.createTreeView(VIEW_ACTIONS, { treeDataProvider: tree, showCollapseAll: true });
  const status = new StatusIndicators(view);
  const diagnostics = new NoteDiagnostics(notes);
  const commands = new Commands(notes);
  const etiquette = new EtiquetteChecker(notes);
  const pipeline = new PipelinePanel(notes, context.extensionUri, commands);

  const render = () => {
    tree.refresh();
    status.update(notes.hasIndex ? tree.current().groups : new Map(), notes.noteCount > 0);
  };
  // States move with the clock (due -> overdue), so the views are re-rendered every minute.
  const clock = setInterval(render, 60_000);

  const rebuild = () => {
    diagnostics.clear();
    return notes.rebuild();
  };

  context.subscriptions.push(
    notes, tree, view, status, diagnostics,
    { dispose: () => clearInterval(clock) },
    etiquette,
    pipeline,
    vscode.commands.registerCommand(COMMANDS.openPipeline, () => void pipeline.open()),
    ...commands.register(),
    ...new DraftCommands(notes, commands).register(),
    ...new NoteAssist(notes).register(),
    notes.onDidChange((files) => {
      diagnostics.update(files);
      render();
    }),
    notes.onDidChangeScanning((scanning) => {
      void vscode.commands.executeCommand('setContext', CONTEXT.state, scanning ? 'scanning' : 'ready');
      if (!scanning) {
        render();
        etiquette.checkOpen();
      }
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void rebuild()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (affectsFolder(e)) void rebuild();
      else if (affectsRules(e)) notes.updateRules();
      if (affectsEtiquette(e)) etiquette.checkOpen();
    }),
  );

  const ready = rebuild();
  return { notes, tree, commands, etiquette, view, status, pipeline, ready };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
