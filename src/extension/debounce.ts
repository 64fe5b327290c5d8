// Per-file debouncing: a burst of events about one file runs its work once, after `delay` of
// quiet; other files are not held up. Used for watcher events, typing and etiquette checks.
import type * as vscode from 'vscode';

export class PerKeyDebouncer implements vscode.Disposable {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  /** Runs `work` after `delay` ms, unless `key` is scheduled again before then. */
  schedule(key: string, delay: number, work: () => void): void {
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      work();
    }, delay));
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
