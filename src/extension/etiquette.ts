// The etiquette checker in the editor: diagnostics on the exact words of drafts in open notes,
// and quick fixes where the core offers one. It has no typing listener of its own: it checks an
// open note when the pipeline has parsed its new text, and reads that parse.
import * as vscode from 'vscode';
import { readSettings } from './config';
import { PerKeyDebouncer } from './debounce';
import { DIAGNOSTIC_SOURCE } from './ids';
import { drafting } from './lazyCore';
import type { WorkspaceNotes } from './workspaceNotes';
import type { Finding } from '../core/etiquette';

const SEVERITY: Record<Finding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

function range(f: { line: number; column: number; endLine: number; endColumn: number }): vscode.Range {
  return new vscode.Range(f.line - 1, f.column, f.endLine - 1, f.endColumn);
}

export class EtiquetteChecker implements vscode.CodeActionProvider, vscode.Disposable {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];
  private readonly collection = vscode.languages.createDiagnosticCollection('interview-followup-etiquette');
  /** The last findings per document, to answer code-action requests. */
  private readonly findings = new Map<string, Finding[]>();
  private readonly debouncer = new PerKeyDebouncer();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly notes: WorkspaceNotes) {
    this.subscriptions = [
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      notes.onDidChange((files) => {
        const changed = new Set(files);
        for (const doc of vscode.workspace.textDocuments) if (changed.has(doc.uri.toString())) this.schedule(doc, 0);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.collection.delete(d.uri);
        this.findings.delete(d.uri.toString());
      }),
      vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, this, { providedCodeActionKinds: EtiquetteChecker.kinds }),
    ];
  }

  /** Re-checks every open note (after a scan or a settings change). */
  checkOpen(): void {
    for (const doc of vscode.workspace.textDocuments) this.schedule(doc, 0);
  }

  private schedule(doc: vscode.TextDocument, delay: number): void {
    if (doc.languageId !== 'markdown' || !this.notes.isNoteUri(doc.uri)) return;
    this.debouncer.schedule(doc.uri.toString(), delay, () => {
      if (!doc.isClosed) this.check(doc);
    });
  }

  /** Lints one document now and publishes its diagnostics; returns the findings. */
  check(doc: vscode.TextDocument): Finding[] {
    const text = doc.getText();
    if (!/^#{1,6}[ \t]+(thank|follow)/im.test(text)) {
      this.collection.delete(doc.uri);
      this.findings.delete(doc.uri.toString());
      return [];
    }
    const settings = readSettings(doc.uri);
    const parsed = this.notes.parsed(doc).result;
    const d = drafting();
    const findings = d.lintNote(text, parsed.kind === 'note' ? parsed.note : undefined, {
      ...d.DEFAULT_LINT_OPTIONS,
      ...settings.limits,
      settings: settings.rules,
      now: new Date(),
    });
    this.findings.set(doc.uri.toString(), findings);
    this.collection.set(doc.uri, findings.map((f) => {
      const d = new vscode.Diagnostic(range(f), f.message, SEVERITY[f.severity]);
      d.source = DIAGNOSTIC_SOURCE;
      d.code = f.rule;
      return d;
    }));
    return findings;
  }

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const findings = this.findings.get(doc.uri.toString()) ?? [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      // Diagnostics come back as copies: match the finding by rule and range.
      const fix = findings.find((f) => f.rule === diagnostic.code && range(f).isEqual(diagnostic.range))?.fix;
      if (!fix) continue;
      const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
      action.edit = new vscode.WorkspaceEdit();
      action.edit.replace(doc.uri, range(fix), fix.text);
      action.diagnostics = [diagnostic];
      action.isPreferred = true;
      actions.push(action);
    }
    return actions;
  }

  dispose(): void {
    this.debouncer.dispose();
    for (const s of this.subscriptions) s.dispose();
    this.collection.dispose();
  }
}
