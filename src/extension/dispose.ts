// One way to own what a feature registers: a feature extends Disposable, registers its commands,
// providers and listeners in its constructor, and is itself registered where it is made (in
// extension.ts, with the extension's subscriptions). Disposing it releases everything it owns, once.
import type * as vscode from 'vscode';

export abstract class Disposable implements vscode.Disposable {
  private readonly owned: vscode.Disposable[] = [];
  private disposed = false;

  /** Owns `d`: it is disposed with this (at once, if this is disposed already). */
  protected register<T extends vscode.Disposable>(d: T): T {
    if (this.disposed) d.dispose();
    else this.owned.push(d);
    return d;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    // Last registered first: what was built on something goes before it.
    for (const d of this.owned.splice(0).reverse()) d.dispose();
  }
}

/** A timer as a disposable. */
export function interval(work: () => void, ms: number): vscode.Disposable {
  const t = setInterval(work, ms);
  return { dispose: () => clearInterval(t) };
}
