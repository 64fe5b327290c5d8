// Note problems in the Problems panel, updated only for the files that changed. Each set() is a
// message to the workbench, so changes are sent in batches of about 5 ms of work: a first scan
// of 100,000 notes (thousands with warnings) never blocks the extension host for long.
import * as vscode from 'vscode';
import { Disposable } from './dispose';
import { DIAGNOSTIC_SOURCE } from './ids';
import type { NotesModel } from './workspaceNotes';

// Small: a batch may share a turn of the event loop with one of the pipeline's 10 ms slices.
const SLICE_MS = 5;

export class NoteDiagnostics extends Disposable {
  private readonly collection = this.register(vscode.languages.createDiagnosticCollection('interview-followup'));
  /** Files that have diagnostics now. */
  private readonly shown = new Set<string>();
  private readonly pending = new Set<string>();
  private draining: NodeJS.Immediate | undefined;

  constructor(private readonly notes: NotesModel) {
    super();
    this.register(notes.onDidChange((files) => this.update(files)));
    this.register({ dispose: () => this.draining && clearImmediate(this.draining) });
  }

  private update(files: string[]): void {
    for (const f of files) this.pending.add(f);
    this.draining ??= setImmediate(() => this.drain());
  }

  private drain(): void {
    this.draining = undefined;
    const start = performance.now();
    const changes: [vscode.Uri, vscode.Diagnostic[] | undefined][] = [];
    for (const file of this.pending) {
      this.pending.delete(file);
      // Most changed files have no problems and had none: no Uri, no message for them.
      const problems = this.notes.problemsOfFile(file);
      if (problems.length > 0) {
        this.shown.add(file);
        changes.push([vscode.Uri.parse(file), problems.map(toDiagnostic)]);
      } else if (this.shown.delete(file)) {
        changes.push([vscode.Uri.parse(file), undefined]);
      }
      if (performance.now() - start > SLICE_MS) break;
    }
    // set() with [uri, undefined] entries clears those files; one message for the batch.
    if (changes.length > 0) this.collection.set(changes);
    if (this.pending.size > 0) this.draining = setImmediate(() => this.drain());
  }

}

function toDiagnostic(p: { line: number; message: string; severity: 'error' | 'warning' | 'info' }): vscode.Diagnostic {
  const line = Math.max(0, p.line - 1);
  const d = new vscode.Diagnostic(
    new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER),
    p.message,
    p.severity === 'error' ? vscode.DiagnosticSeverity.Error : p.severity === 'info' ? vscode.DiagnosticSeverity.Information : vscode.DiagnosticSeverity.Warning,
  );
  d.source = DIAGNOSTIC_SOURCE;
  return d;
}
