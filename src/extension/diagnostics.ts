// Note problems in the Problems panel, updated only for the files that changed.
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from './ids';
import type { NotesIndex } from './notesIndex';

export class NoteDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('interview-followup');

  constructor(private readonly notes: NotesIndex) {}

  update(files: string[]): void {
    for (const file of files) {
      const uri = vscode.Uri.parse(file);
      const problems = this.notes.problemsOf(uri);
      if (problems.length === 0) {
        this.collection.delete(uri);
        continue;
      }
      this.collection.set(uri, problems.map((p) => {
        const line = Math.max(0, p.line - 1);
        const d = new vscode.Diagnostic(
          new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER),
          p.message,
          p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
        );
        d.source = DIAGNOSTIC_SOURCE;
        return d;
      }));
    }
  }

  clear(): void {
    this.collection.clear();
  }

  dispose(): void {
    this.collection.dispose();
  }
}
