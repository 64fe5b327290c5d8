// "Mark as sent?" after handing a draft to the mail client: not asked at once (nothing could be
// sent yet) but when the user comes back to VS Code, and meanwhile from a status-bar item.
import * as vscode from 'vscode';
import { COMMANDS } from './ids';

export interface PendingSend {
  uri: vscode.Uri;
  kind: 'thank-you' | 'follow-up';
  to: string[];
}

export class SentPrompt implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('interviewFollowUp.sent', vscode.StatusBarAlignment.Left, 49);
  private readonly subscriptions: vscode.Disposable[];
  private waiting: PendingSend | undefined;
  /** Set once the window lost focus after the hand-off (the mail client came up). */
  private left = false;
  private asking = false;

  constructor() {
    this.item.name = 'Interview Follow-Up: mark as sent';
    this.item.command = COMMANDS.confirmSent;
    this.subscriptions = [
      vscode.window.onDidChangeWindowState((s) => {
        if (!this.waiting) return;
        if (!s.focused) this.left = true;
        else if (this.left) void this.ask();
      }),
    ];
  }

  get pending(): PendingSend | undefined {
    return this.waiting;
  }

  /** Remembers a hand-off to the mail client. */
  arm(send: PendingSend): void {
    this.waiting = send;
    this.left = !vscode.window.state.focused;
    this.item.text = `$(mail) Mark ${send.kind} sent?`;
    this.item.tooltip = `Did you send the ${send.kind} email${send.to.length ? ` to ${send.to.join(', ')}` : ''}? Click to mark it sent in the note.`;
    this.item.show();
  }

  /** Asks (or applies `answer`, for tests); returns whether the note was marked. */
  async ask(answer?: 'Mark as Sent' | 'Not Sent'): Promise<boolean> {
    const send = this.waiting;
    if (!send || this.asking) return false;
    this.asking = true;
    this.left = false;
    try {
      const choice = answer ?? await vscode.window.showInformationMessage(
        `Did you send the ${send.kind} email${send.to.length ? ` to ${send.to.join(', ')}` : ''}?`, 'Mark as Sent', 'Not Sent');
      if (choice === 'Not Sent') this.clear();
      if (choice !== 'Mark as Sent') return false;
      this.clear();
      const command = send.kind === 'thank-you' ? COMMANDS.markThankYouSent : COMMANDS.markFollowUpSent;
      return (await vscode.commands.executeCommand<boolean>(command, send.uri)) === true;
    } finally {
      this.asking = false;
    }
  }

  private clear(): void {
    this.waiting = undefined;
    this.item.hide();
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
