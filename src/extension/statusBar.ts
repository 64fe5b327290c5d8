// The status-bar item and the view badge: how many actions are overdue and due now.
import * as vscode from 'vscode';
import { VIEW_ACTIONS } from './ids';
import type { ActionState } from '../core/types';

export function countText(overdue: number, due: number): string {
  const parts = [overdue ? `${overdue} overdue` : '', due ? `${due} due` : ''].filter(Boolean);
  return parts.length ? parts.join(', ') : 'nothing due';
}

export class StatusIndicators implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('interviewFollowUp.status', vscode.StatusBarAlignment.Left, 50);
  private visible = false;

  constructor(private readonly view: vscode.TreeView<unknown>) {
    this.item.name = 'Interview Follow-Up';
    this.item.command = `${VIEW_ACTIONS}.focus`;
  }

  update(groups: Map<ActionState, { count: number }>, hasNotes: boolean): void {
    const overdue = groups.get('overdue')?.count ?? 0;
    const due = groups.get('due')?.count ?? 0;
    const text = countText(overdue, due);
    this.view.badge = overdue + due > 0 ? { value: overdue + due, tooltip: `Interview follow-ups: ${text}` } : undefined;
    this.visible = hasNotes;
    if (!hasNotes) {
      this.item.hide();
      return;
    }
    this.item.text = overdue + due > 0 ? `$(mail) ${text}` : '$(pass) Follow-ups done';
    this.item.tooltip = `Interview Follow-Up: ${text}. Click to show the actions.`;
    this.item.backgroundColor = overdue > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  /** What the status-bar item shows now (undefined when hidden). */
  get shown(): string | undefined {
    return this.visible ? this.item.text : undefined;
  }

  dispose(): void {
    this.item.dispose();
  }
}
