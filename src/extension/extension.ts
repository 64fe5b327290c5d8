// Activation: wires the notes of the workspace (the core's pipeline behind a VS Code source) to
// the views that render its snapshot, and registers the commands. Kept small; nothing here loads
// a parser until the first note is read (see lazyCore.ts).
import * as vscode from 'vscode';
import { CalendarCommands } from './calendar';
import { DraftCommands } from './commands/draftCommands';
import { MarkCommands } from './commands/markCommands';
import { NoteCommands } from './commands/noteCommands';
import { NoteEdits } from './commands/noteEdits';
import { SnoozeCommands } from './commands/snoozeCommands';
import { ViewCommands } from './commands/viewCommands';
import { affectsEtiquette, affectsFolder, affectsRules } from './config';
import { NoteDiagnostics } from './diagnostics';
import { EtiquetteChecker } from './etiquetteChecker';
import { COMMANDS, CONTEXT, VIEW_ACTIONS, VIEW_INTERVIEWS } from './ids';
import { InterviewsView } from './interviewsView';
import { OutputLog } from './log';
import { NoteAssist } from './noteAssist';
import { PipelinePanel } from './pipelinePanel';
import { Reminders } from './reminders';
import { SentPrompt } from './sentPrompt';
import { StatusIndicators } from './statusBar';
import { ActionsTree, type Node } from './tree';
import { WorkspaceNotes } from './workspaceNotes';

/** What activate() returns: used by the integration tests and the host benchmark, not a public API. */
export interface ExtensionApi {
  notes: WorkspaceNotes;
  tree: ActionsTree;
  interviews: InterviewsView;
  viewCommands: ViewCommands;
  reminders: Reminders;
  sent: SentPrompt;
  etiquette: EtiquetteChecker;
  view: vscode.TreeView<unknown>;
  status: StatusIndicators;
  log: OutputLog;
  calendar: CalendarCommands;
  pipeline: PipelinePanel;
  ready: Promise<void>;
}

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  const log = new OutputLog();
  const notes = new WorkspaceNotes(log);
  const tree = new ActionsTree(notes);
  const calendar = new CalendarCommands(notes);
  // .ics files dropped on the view become notes (calendar.ts).
  const view = vscode.window.createTreeView(VIEW_ACTIONS, { treeDataProvider: tree, showCollapseAll: true, dragAndDropController: calendar.dropController });
  const interviews = new InterviewsView(notes);
  const interviewsView = vscode.window.createTreeView(VIEW_INTERVIEWS, { treeDataProvider: interviews });
  const viewCommands = new ViewCommands(notes, tree, context.workspaceState);
  const status = new StatusIndicators(view);
  const reminders = new Reminders(context.workspaceState, log);
  const sent = new SentPrompt();
  const diagnostics = new NoteDiagnostics(notes);
  const etiquette = new EtiquetteChecker(notes, log);
  const edits = new NoteEdits(notes, log);
  const noteCommands = new NoteCommands(notes);
  const markCommands = new MarkCommands(notes, edits, () => view.selection[0] as Node | undefined);
  const pipeline = new PipelinePanel(notes, context.extensionUri, {
    openNote: (uri) => noteCommands.openNote(uri),
    setStatus: (uri, status) => markCommands.setStatus(uri, status),
  });

  const render = () => {
    const snapshot = notes.snapshot();
    if (!snapshot) return;
    tree.render(snapshot);
    status.render(snapshot);
    if (interviewsView.visible) interviews.render(snapshot.now);
    if (!notes.isScanning) reminders.check(snapshot);
  };
  // Relative times ("due in 4 h") and states (due -> overdue) move with the clock.
  const clock = setInterval(render, 60_000);

  const rebuild = () => {
    diagnostics.clear();
    return notes.rebuild();
  };

  context.subscriptions.push(
    log, notes, tree, view, interviews, interviewsView, status,
    interviewsView.onDidChangeVisibility((e) => {
      if (e.visible) interviews.render(new Date());
    }),
    ...viewCommands.register(), diagnostics, etiquette,
    { dispose: () => clearInterval(clock) },
    pipeline,
    vscode.commands.registerCommand(COMMANDS.openPipeline, () => pipeline.open()),
    ...noteCommands.register(),
    ...markCommands.register(),
    ...new SnoozeCommands(edits).register(),
    sent,
    ...new DraftCommands(notes, sent).register(),
    ...new NoteAssist(notes).register(),
    ...calendar.register(),
    notes.onDidChange((files) => {
      diagnostics.update(files);
      render();
    }),
    notes.onDidChangeScanning((scanning) => {
      log.background('Setting the view state', vscode.commands.executeCommand('setContext', CONTEXT.state, scanning ? 'scanning' : 'ready'));
      if (!scanning) {
        render();
        etiquette.checkOpen();
      }
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => log.background('Reading the notes again', rebuild())),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (affectsFolder(e)) log.background('Reading the notes again', rebuild());
      else if (affectsRules(e)) notes.updateRules();
      if (affectsEtiquette(e)) etiquette.checkOpen();
    }),
  );

  const ready = rebuild();
  log.background('Reading the notes', ready);
  return { notes, tree, interviews, viewCommands, reminders, sent, etiquette, view, status, log, calendar, pipeline, ready };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
