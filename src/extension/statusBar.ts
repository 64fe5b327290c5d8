// The status-bar item and the view badge, renderers of the pipeline's snapshot: how many actions
// are overdue and due now, and how many notes have problems.
import * as vscode from 'vscode';
import { Disposable } from './dispose';
import { VIEW_ACTIONS } from './ids';
import type { Snapshot } from '../core/indexing/noteIndex';

export function countText(overdue: number, due: number, broken = 0): string {
  const parts = [overdue ? `${overdue} overdue` : '', due ? `${due} due` : '', broken ? `${broken} with problems` : ''].filter(Boolean);
  return parts.length ? parts.join(', ') : 'nothing due';
}

/** What the counts are shown on: the view's badge and a status-bar item (tests give fakes of both). */
type BadgeHolder = Pick<vscode.TreeView<unknown>, 'badge'>;
export type StatusItem = Pick<vscode.StatusBarItem, 'name' | 'command' | 'text' | 'tooltip' | 'backgroundColor' | 'show' | 'hide' | 'dispose'>;

export class StatusIndicators extends Disposable {
  constructor(
    private readonly view: BadgeHolder,
    private readonly item: StatusItem = vscode.window.createStatusBarItem('interviewFollowUp.status', vscode.StatusBarAlignment.Left, 50),
  ) {
    super();
    this.register(item);
    this.item.name = 'Interview Follow-Up';
    this.item.command = `${VIEW_ACTIONS}.focus`;
  }

  render(snapshot: Snapshot): void {
    const count = (state: string) => snapshot.groups.find((g) => g.state === state)?.count ?? 0;
    const overdue = count('overdue');
    const due = count('due');
    const broken = snapshot.broken.length;
    const text = countText(overdue, due, broken);
    this.view.badge = overdue + due > 0 ? { value: overdue + due, tooltip: `Interview follow-ups: ${countText(overdue, due)}` } : undefined;
    if (snapshot.noteCount === 0 && broken === 0) {
      this.item.hide();
      return;
    }
    this.item.text = overdue + due + broken > 0 ? `$(mail) ${text}` : '$(pass) Follow-ups done';
    this.item.tooltip = `Interview Follow-Up: ${text}. Click to show the actions.`;
    this.item.backgroundColor = overdue > 0 || broken > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }
}
