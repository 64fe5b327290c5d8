// Activation: the composition root. It makes the settings store, the notes of the workspace (the
// core's pipeline behind a VS Code source) and the features; each feature registers its own
// commands, providers and listeners and is disposed with the extension. Nothing here loads a
// parser until the first note is read (see lazyCore.ts).
import * as vscode from 'vscode';
import { CalendarCommands } from './calendar';
import { ContactCommands } from './commands/contactCommands';
import { DraftCommands } from './commands/draftCommands';
import { MarkCommands } from './commands/markCommands';
import { NoteCommands } from './commands/noteCommands';
import { NoteEdits } from './commands/noteEdits';
import { SnoozeCommands } from './commands/snoozeCommands';
import { ViewCommands } from './commands/viewCommands';
import { NoteDiagnostics } from './diagnostics';
import { EtiquetteChecker } from './etiquetteChecker';
import { COMMANDS, CONTEXT, VIEW_ACTIONS, VIEW_INTERVIEWS } from './ids';
import { InterviewsView } from './interviewsView';
import { MailboxCommands } from './mailbox';
import { OutputLog } from './log';
import { NoteAssist } from './noteAssist';
import { PipelinePanel } from './pipelinePanel';
import { Reminders } from './reminders';
import { SentPrompt } from './sentPrompt';
import { SettingsStore } from './settings';
import { StatusIndicators } from './statusBar';
import { ActionsTree, type Node } from './tree';
import { WorkspaceNotes } from './workspaceNotes';

/** What activate() returns: the integration tests and the host benchmark read it; not a public API. */
export interface ExtensionApi {
  notes: WorkspaceNotes;
  settings: SettingsStore;
  tree: ActionsTree;
  interviews: InterviewsView;
  viewCommands: ViewCommands;
  etiquette: EtiquetteChecker;
  sent: SentPrompt;
  view: vscode.TreeView<unknown>;
  log: OutputLog;
  calendar: CalendarCommands;
  pipeline: PipelinePanel;
  ready: Promise<void>;
}

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  const own = <T extends vscode.Disposable>(d: T): T => {
    context.subscriptions.push(d);
    return d;
  };
  const log = own(new OutputLog());
  const settings = own(new SettingsStore());
  const notes = own(new WorkspaceNotes(log, settings));
  const tree = own(new ActionsTree(notes, settings));
  const calendar = own(new CalendarCommands(notes, settings, log));
  // .ics files dropped on the view become notes (calendar.ts).
  const view = own(vscode.window.createTreeView(VIEW_ACTIONS, { treeDataProvider: tree, showCollapseAll: true, dragAndDropController: calendar.dropController }));
  const interviews = own(new InterviewsView(notes));
  const interviewsView = own(vscode.window.createTreeView(VIEW_INTERVIEWS, { treeDataProvider: interviews }));
  const viewCommands = own(new ViewCommands(notes, tree, context.workspaceState, view));
  const status = own(new StatusIndicators(view));
  const reminders = new Reminders(context.workspaceState, log, settings);
  own(new NoteDiagnostics(notes));
  const etiquette = own(new EtiquetteChecker(notes, settings, log));
  const edits = new NoteEdits(notes, log);
  const noteCommands = own(new NoteCommands(notes, settings));
  const markCommands = own(new MarkCommands(notes, edits, () => view.selection[0] as Node | undefined));
  own(new SnoozeCommands(edits));
  own(new ContactCommands(notes, edits));
  const sent = own(new SentPrompt());
  own(new DraftCommands(notes, settings, sent));
  own(new NoteAssist(notes, settings));
  const pipeline = own(new PipelinePanel(notes, settings, context.extensionUri, {
    openNote: (uri) => noteCommands.openNote(uri),
    setStatus: (uri, status) => markCommands.setStatus(uri, status),
  }));
  own(vscode.commands.registerCommand(COMMANDS.openPipeline, () => pipeline.open()));
  own(new MailboxCommands(notes, edits, settings, context.secrets, log));

  // The views render the notes' one change event (a note changed, or the clock moved a minute).
  const render = () => {
    const snapshot = notes.snapshot();
    if (!snapshot) return;
    tree.render(snapshot);
    status.render(snapshot);
    if (interviewsView.visible) interviews.render(snapshot.now);
    if (!notes.isScanning) reminders.check(snapshot);
  };
  own(notes.onDidChange(render));
  own(interviewsView.onDidChangeVisibility((e) => e.visible && interviews.render(notes.snapshot()?.now ?? new Date())));
  own(notes.onDidChangeScanning((scanning) => {
    log.background('Setting the view state', vscode.commands.executeCommand('setContext', CONTEXT.state, scanning ? 'scanning' : 'ready'));
    if (!scanning) render();
  }));

  const ready = notes.rebuild();
  log.background('Reading the notes', ready);
  return { notes, settings, tree, interviews, viewCommands, etiquette, sent, view, log, calendar, pipeline, ready };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
