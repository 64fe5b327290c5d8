// The "Interviews" view: every interview with its status, last contact and next step, including
// those with nothing due. A renderer of the same index as the actions tree; the list is built
// only when the view asks for it (it is collapsed or hidden most of the time).
import * as vscode from 'vscode';
import { COMMANDS } from './ids';
import { core } from './lazyCore';
import type { WorkspaceNotes } from './workspaceNotes';
import type { InterviewSummary } from '../core/interviews';

export class InterviewsView implements vscode.TreeDataProvider<InterviewSummary>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private now = new Date();

  constructor(private readonly notes: WorkspaceNotes) {}

  /** The notes changed or the clock moved: the view reads the index again when it is shown. */
  render(now: Date): void {
    this.now = now;
    this.emitter.fire(undefined);
  }

  /** Every interview at the last render's instant (tests and the view). */
  summaries(): InterviewSummary[] {
    const now = this.now;
    return core().summarizeInterviews(this.notes.notes(), (file) => this.notes.actionsOf(vscode.Uri.parse(file), now), now);
  }

  getChildren(element?: InterviewSummary): InterviewSummary[] {
    return element ? [] : this.summaries();
  }

  getTreeItem(s: InterviewSummary): vscode.TreeItem {
    const c = core();
    const uri = vscode.Uri.parse(s.file);
    const item = new vscode.TreeItem(s.title);
    item.id = `interview:${s.file}`;
    item.description = c.interviewLine(s, this.now);
    const state = s.next?.state;
    const color = state === 'overdue' ? 'list.errorForeground' : state === 'due' ? 'list.warningForeground' : undefined;
    item.iconPath = new vscode.ThemeIcon(s.pending > 0 ? 'briefcase' : 'pass', color ? new vscode.ThemeColor(color) : undefined);
    item.tooltip = `${s.title}\n${item.description}\n${vscode.workspace.asRelativePath(uri, false)}`;
    item.accessibilityInformation = { label: `${s.title}, ${item.description}` };
    item.contextValue = 'interview';
    item.command = { command: COMMANDS.openNote, title: 'Open Note', arguments: [uri, s.next?.line ?? 1] };
    return item;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
