// The view's own commands: group by interview or by due date (kept per workspace), and "Go to
// Action…", a Quick Pick over every row of the snapshot.
import * as vscode from 'vscode';
import { Disposable } from '../dispose';
import { COMMANDS, CONTEXT } from '../ids';
import { core } from '../lazyCore';
import type { ActionsTree, Grouping } from '../tree';
import type { NotesModel } from '../workspaceNotes';
import type { Action } from '../../core/model/types';

const GROUPING_KEY = 'interviewFollowUp.groupBy';

export class ViewCommands extends Disposable {
  constructor(
    private readonly notes: NotesModel,
    private readonly tree: ActionsTree,
    private readonly state: vscode.Memento,
  ) {
    super();
    void this.group(this.state.get<Grouping>(GROUPING_KEY) === 'interview' ? 'interview' : 'due');
    this.register(vscode.commands.registerCommand(COMMANDS.groupByInterview, () => this.group('interview')));
    this.register(vscode.commands.registerCommand(COMMANDS.groupByDueDate, () => this.group('due')));
    this.register(vscode.commands.registerCommand(COMMANDS.goToAction, () => this.goToAction()));
  }

  async group(grouping: Grouping): Promise<void> {
    this.tree.setGrouping(grouping);
    await Promise.all([
      this.state.update(GROUPING_KEY, grouping),
      vscode.commands.executeCommand('setContext', CONTEXT.groupBy, grouping),
    ]);
  }

  async goToAction(): Promise<Action | undefined> {
    const snapshot = this.notes.snapshot();
    const rows = snapshot?.groups.flatMap((g) => g.rows) ?? [];
    if (!snapshot || rows.length === 0) {
      void vscode.window.showInformationMessage('Interview Follow-Up: nothing to do right now.');
      return undefined;
    }
    const c = core();
    const picked = await vscode.window.showQuickPick(
      rows.map((action) => {
        const row = c.actionRow(action, snapshot.now);
        return { label: row.label, description: row.description, detail: action.title, action };
      }),
      { title: 'Go to Action', placeHolder: 'Type a company, a person or an action', matchOnDescription: true, matchOnDetail: true },
    );
    if (!picked) return undefined;
    await vscode.commands.executeCommand(COMMANDS.openNote, vscode.Uri.parse(picked.action.file), picked.action.line);
    return picked.action;
  }
}
