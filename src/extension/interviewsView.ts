// The "Interviews" view: every interview with its status, last contact and next step, including
// those with nothing due. A renderer of the same index as the actions tree; the list is built
// only when the view asks for it (it is collapsed or hidden most of the time). Each interview is
// one short row (title and status, fitted to a 300 px side bar) with a row per fact under it.
import * as vscode from 'vscode';
import { Disposable } from './dispose';
import { COMMANDS } from './ids';
import { core } from './lazyCore';
import type { NotesModel } from './workspaceNotes';
import type { InterviewRow, InterviewSummary } from '../core/views/interviews';

/** A fact under an interview: the next step, the last contact. */
interface InterviewDetail {
  parent: InterviewSummary;
  index: number;
  row: InterviewRow;
}

export type InterviewNode = InterviewSummary | InterviewDetail;

const isDetail = (n: InterviewNode): n is InterviewDetail => 'parent' in n;

export class InterviewsView extends Disposable implements vscode.TreeDataProvider<InterviewNode> {
  private readonly emitter = this.register(new vscode.EventEmitter<undefined>());
  readonly onDidChangeTreeData = this.emitter.event;
  private now = new Date();

  constructor(private readonly notes: NotesModel) {
    super();
  }

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

  getChildren(element?: InterviewNode): InterviewNode[] {
    if (!element) return this.summaries();
    if (isDetail(element)) return [];
    return core().interviewDetails(element, this.now).map((row, index) => ({ parent: element, index, row }));
  }

  getParent(element: InterviewNode): InterviewNode | undefined {
    return isDetail(element) ? element.parent : undefined;
  }

  getTreeItem(node: InterviewNode): vscode.TreeItem {
    const s = isDetail(node) ? node.parent : node;
    const uri = vscode.Uri.parse(s.file);
    const line = core().interviewLine(s, this.now);
    if (isDetail(node)) {
      const item = new vscode.TreeItem(node.row.label);
      item.id = `interview:${s.file}:${node.index}`;
      item.description = node.row.description;
      item.tooltip = `${s.title}\n${line}`;
      item.accessibilityInformation = { label: `${s.title}: ${node.row.label}, ${node.row.description}` };
      item.command = { command: COMMANDS.openNote, title: 'Open Note', arguments: [uri, node.index === 0 ? s.next?.line ?? 1 : 1] };
      return item;
    }
    const row = core().interviewRow(s);
    const item = new vscode.TreeItem(row.label, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `interview:${s.file}`;
    item.description = row.description;
    const state = s.next?.state;
    const color = state === 'overdue' ? 'list.errorForeground' : state === 'due' ? 'list.warningForeground' : undefined;
    item.iconPath = new vscode.ThemeIcon(s.pending > 0 ? 'briefcase' : 'pass', color ? new vscode.ThemeColor(color) : undefined);
    item.tooltip = `${s.title}\n${line}\n${vscode.workspace.asRelativePath(uri, false)}`;
    item.accessibilityInformation = { label: `${s.title}, ${line}` };
    item.contextValue = 'interview';
    item.command = { command: COMMANDS.openNote, title: 'Open Note', arguments: [uri, s.next?.line ?? 1] };
    return item;
  }
}
