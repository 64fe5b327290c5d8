// The extension's log: an output channel ("Interview Follow-Up") where background failures are
// recorded instead of vanishing in a dropped promise.
import * as vscode from 'vscode';

export interface Logger {
  info(message: string): void;
  warn(message: string, error?: unknown): void;
  error(message: string, error?: unknown): void;
}

export class OutputLog implements Logger, vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel('Interview Follow-Up', { log: true });

  info(message: string): void {
    this.channel.info(message);
  }

  warn(message: string, error?: unknown): void {
    this.channel.warn(error === undefined ? message : `${message}: ${describe(error)}`);
  }

  error(message: string, error?: unknown): void {
    this.channel.error(error === undefined ? message : `${message}: ${describe(error)}`);
  }

  /** Runs a promise in the background; a failure is logged, never dropped. */
  background(what: string, work: Thenable<unknown>): void {
    work.then(undefined, (error) => this.error(what, error));
  }

  dispose(): void {
    this.channel.dispose();
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
