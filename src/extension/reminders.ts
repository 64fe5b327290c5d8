// Reminders that reach a user who is not looking at the sidebar: one notification at a time for
// what became urgent (src/core/reminders.ts decides what), with Draft, Mark Done and Snooze. What
// was shown is remembered per workspace so a restart does not repeat it.
import * as vscode from 'vscode';
import { COMMANDS, VIEW_ACTIONS } from './ids';
import { core } from './lazyCore';
import type { OutputLog } from './log';
import type { SettingsStore } from './settings';
import type { Snapshot } from '../core/indexing/noteIndex';
import type { Reminder } from '../core/actions/reminders';

const SHOWN_KEY = 'interviewFollowUp.remindersShown';

/** How a notification is shown and answered (a port: tests press a button). */
export type Notify = (message: string, ...buttons: string[]) => Thenable<string | undefined>;

const warning: Notify = (message, ...buttons) => vscode.window.showWarningMessage(message, ...buttons);

export class Reminders {
  private open = false;

  constructor(
    private readonly state: vscode.Memento,
    private readonly log: OutputLog,
    private readonly settings: SettingsStore,
    private readonly notify: Notify = warning,
  ) {}

  /** Shows the next batch if there is one and none is open; returns the batch shown. */
  check(snapshot: Snapshot): Reminder[] {
    if (this.open || !this.settings.get().remindersEnabled) return [];
    const c = core();
    const actions = snapshot.groups.filter((g) => g.state !== 'upcoming').flatMap((g) => g.rows);
    const shown = new Set(this.state.get<string[]>(SHOWN_KEY, []));
    const batch = c.pendingReminders(actions, snapshot.now, shown);
    if (batch.length === 0) return [];
    const remembered = c.stillRelevant([...shown, ...batch.map((r) => r.id)], actions, snapshot.now);
    this.log.background('Remembering the reminders shown', Promise.resolve(this.state.update(SHOWN_KEY, [...remembered])));
    this.open = true;
    this.log.background('Showing a reminder', this.show(batch, snapshot.now).finally(() => (this.open = false)));
    return batch;
  }

  private async show(batch: Reminder[], now: Date): Promise<void> {
    const first = batch[0]!;
    const { action } = first;
    const draft = action.kind === 'thank-you' ? COMMANDS.draftThankYou : action.kind === 'follow-up' ? COMMANDS.draftFollowUp : undefined;
    const buttons = [...(draft ? ['Draft'] : []), 'Mark Done', 'Snooze', ...(batch.length > 1 ? ['Show All'] : [])];
    const answer = await this.notify(`Interview Follow-Up: ${core().reminderMessage(batch, now)}`, ...buttons);
    const node = { type: 'action', action };
    if (answer === 'Draft' && draft) await vscode.commands.executeCommand(draft, vscode.Uri.parse(action.file));
    else if (answer === 'Mark Done') await vscode.commands.executeCommand(COMMANDS.markDone, node);
    else if (answer === 'Snooze') await vscode.commands.executeCommand(COMMANDS.snooze, node);
    else if (answer === 'Show All') await vscode.commands.executeCommand(`${VIEW_ACTIONS}.focus`);
  }
}
