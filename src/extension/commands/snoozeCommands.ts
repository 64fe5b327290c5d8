// Snooze: writes snoozeThankYou / snoozeCard / snoozeFollowUp into the note (one value, through
// the one write path), so the snooze survives restarts and the CLI sees it (docs/note-format.md).
import * as vscode from 'vscode';
import { Disposable } from '../dispose';
import { COMMANDS } from '../ids';
import { core } from '../lazyCore';
import { actionUri, type Node } from '../tree';
import type { NoteEdits } from './noteEdits';
import type { SnoozeChoice } from '../../core/actions/snooze';
import type { Action } from '../../core/model/types';

export class SnoozeCommands extends Disposable {
  constructor(private readonly edits: NoteEdits) {
    super();
    this.register(vscode.commands.registerCommand(COMMANDS.snooze, (node?: Node, choice?: SnoozeChoice) =>
      node?.type === 'action' ? this.snooze(node.action, choice) : this.explain()));
  }

  private explain(): false {
    void vscode.window.showInformationMessage('Choose a thank-you, card or follow-up row to snooze.');
    return false;
  }

  /** Asks how long unless `choice` is given; returns whether the note was changed. */
  async snooze(action: Action, choice?: SnoozeChoice): Promise<boolean> {
    // Loaded lazily with the rest of the core: a static import would pull the parsers into activation.
    const { snoozableKind, SNOOZE_KEYS } = core();
    const kind = snoozableKind(action.kind, action.forEmail);
    if (!kind) return this.explain();
    const picked = choice ?? (await this.ask());
    if (!picked) return false;
    const value = core().snoozeValue(picked, new Date());
    if (typeof value !== 'string') {
      void vscode.window.showErrorMessage(`Interview Follow-Up: not snoozed: ${value.error}.`);
      return false;
    }
    const key = SNOOZE_KEYS[kind];
    return this.edits.write(actionUri(action), (text) => core().setFrontMatterValue(text, key, value), `Snoozed until ${value} (${key})`);
  }

  private async ask(): Promise<SnoozeChoice | undefined> {
    const pick = await vscode.window.showQuickPick(
      [
        { label: 'For an hour', choice: { kind: 'hour' } as SnoozeChoice },
        { label: 'Until tomorrow 09:00', choice: { kind: 'tomorrow' } as SnoozeChoice },
        { label: 'Until a date…', choice: undefined },
      ],
      { title: 'Snooze', placeHolder: 'Not due again until…' },
    );
    if (!pick) return undefined;
    if (pick.choice) return pick.choice;
    const text = await vscode.window.showInputBox({
      title: 'Snooze until', prompt: 'A date, or a date and time (24 h, your local time)', placeHolder: '2026-12-01 or 2026-12-01 14:00',
      validateInput: (v) => {
        const r = core().snoozeValue({ kind: 'until', text: v }, new Date());
        return typeof r === 'string' ? undefined : r.error;
      },
    });
    return text ? { kind: 'until', text } : undefined;
  }
}
