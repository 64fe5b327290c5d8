// "Mark as sent?" after handing a draft to the mail client: not asked at once (nothing could be
// sent yet) but when the user comes back to VS Code, and meanwhile from a status-bar item.
import * as vscode from 'vscode';
import { Disposable } from './dispose';
import { COMMANDS } from './ids';

interface PendingSend {
  uri: vscode.Uri;
  kind: 'thank-you' | 'follow-up';
  to: string[];
}

/** How the question is asked and answered (a port: tests answer it). */
export type Ask = (question: string, ...answers: ('Mark as Sent' | 'Not Sent')[]) => Thenable<string | undefined>;

const information: Ask = (question, ...answers) => vscode.window.showInformationMessage(question, ...answers);

export class SentPrompt extends Disposable {
  private readonly item = this.register(vscode.window.createStatusBarItem('interviewFollowUp.sent', vscode.StatusBarAlignment.Left, 49));
  private waiting: PendingSend | undefined;
  /** Set once the window lost focus after the hand-off (the mail client came up). */
  private left = false;
  private asking = false;

  constructor(private readonly prompt: Ask = information) {
    super();
    this.item.name = 'Interview Follow-Up: mark as sent';
    this.item.command = COMMANDS.confirmSent;
    this.register(vscode.window.onDidChangeWindowState((s) => {
      if (!this.waiting) return;
      if (!s.focused) this.left = true;
      else if (this.left) void this.ask();
    }));
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

  /** Asks whether the draft was sent; returns whether the note was marked. */
  async ask(): Promise<boolean> {
    const send = this.waiting;
    if (!send || this.asking) return false;
    this.asking = true;
    this.left = false;
    try {
      const choice = await this.prompt(`Did you send the ${send.kind} email${send.to.length ? ` to ${send.to.join(', ')}` : ''}?`, 'Mark as Sent', 'Not Sent');
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
}
