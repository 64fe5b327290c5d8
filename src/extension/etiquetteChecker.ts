// The etiquette checker in the editor: diagnostics on the exact words of drafts in open notes
// (held back while a snippet is being filled), and quick fixes: the core's edits, "Add to
// dictionary", and opening a setting to fill. It does not debounce typing itself: it checks an
// open note when the notes pipeline has parsed its new text, and reads that parse.
import * as vscode from 'vscode';
import { readSettings } from './config';
import { PerKeyDebouncer } from './debounce';
import { COMMANDS, CONFIG_SECTION, DIAGNOSTIC_SOURCE } from './ids';
import { drafting } from './lazyCore';
import { SnippetQuiet } from './snippetQuiet';
import { languageOf, loadDictionary } from '../node/dictionary';
import type { WorkspaceNotes } from './workspaceNotes';
import type { Finding, FindingFix } from '../core/etiquette';

const SEVERITY: Record<Finding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** Notes up to this size have their drafts checked (a note is a few KB; drafts are short). */
const MAX_CHECKED_CHARS = 512 * 1024;

function range(f: { line: number; column: number; endLine: number; endColumn: number }): vscode.Range {
  return new vscode.Range(f.line - 1, f.column, f.endLine - 1, f.endColumn);
}

export class EtiquetteChecker implements vscode.CodeActionProvider, vscode.Disposable {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];
  private readonly collection = vscode.languages.createDiagnosticCollection('interview-followup-etiquette');
  /** The last findings per document, to answer code-action requests. */
  private readonly findings = new Map<string, Finding[]>();
  private readonly debouncer = new PerKeyDebouncer();
  private readonly quiet = new SnippetQuiet((doc) => this.schedule(doc, 0));
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly notes: WorkspaceNotes) {
    this.subscriptions = [
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      // Typing only moves the snippet's quiet zone; the check follows the pipeline's parse.
      vscode.workspace.onDidChangeTextDocument((e) => this.quiet.onChange(e)),
      notes.onDidChange((files) => {
        const changed = new Set(files);
        for (const doc of vscode.workspace.textDocuments) if (changed.has(doc.uri.toString())) this.schedule(doc, 0);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.collection.delete(d.uri);
        this.findings.delete(d.uri.toString());
      }),
      vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, this, { providedCodeActionKinds: EtiquetteChecker.kinds }),
      vscode.commands.registerCommand(COMMANDS.addToDictionary, (word: unknown) => this.addWord(word)),
      vscode.commands.registerCommand(COMMANDS.selectRange, (uri: unknown, r: unknown) => this.select(uri, r)),
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
    if (text.length > MAX_CHECKED_CHARS) {
      // Checking reads the whole note at once; a note this big would hold the extension host.
      const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 3), `This note is over ${MAX_CHECKED_CHARS / 1024} KB: its drafts are not checked. Keep drafts in a smaller note.`, vscode.DiagnosticSeverity.Information);
      d.source = DIAGNOSTIC_SOURCE;
      this.collection.set(doc.uri, [d]);
      this.findings.delete(doc.uri.toString());
      return [];
    }
    if (!/^#{1,6}[ \t]+(thank|follow)/im.test(text)) {
      this.collection.delete(doc.uri);
      this.findings.delete(doc.uri.toString());
      return [];
    }
    const settings = readSettings(doc.uri);
    const config = vscode.workspace.getConfiguration(CONFIG_SECTION, doc.uri);
    const words = config.get<unknown>('spelling.words');
    const { model, result: parsed } = this.notes.parsed(doc);
    const d = drafting();
    // The dictionary is read on the first check of a note with a draft, never at activation.
    const dictionary = d.findDrafts(model).length > 0 ? loadDictionary(languageOf(config.get('language')), __dirname) : undefined;
    const all = d.lintNote(text, parsed.kind === 'note' ? parsed.note : undefined, {
      ...d.DEFAULT_LINT_OPTIONS,
      ...settings.limits,
      settings: settings.rules,
      now: new Date(),
      spelling: { dictionary, words: Array.isArray(words) ? words.filter((w): w is string => typeof w === 'string') : [] },
      signature: settings.signature,
    });
    const findings = all.filter((f) => !this.quiet.holds(doc, range(f)));
    this.findings.set(doc.uri.toString(), findings);
    this.collection.set(doc.uri, findings.map((f) => {
      const diagnostic = new vscode.Diagnostic(range(f), f.message, SEVERITY[f.severity]);
      diagnostic.source = DIAGNOSTIC_SOURCE;
      diagnostic.code = f.rule;
      return diagnostic;
    }));
    return findings;
  }

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const findings = this.findings.get(doc.uri.toString()) ?? [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      // Diagnostics come back as copies: match the finding by rule and range.
      const finding = findings.find((f) => f.rule === diagnostic.code && range(f).isEqual(diagnostic.range));
      if (!finding) continue;
      const edits: FindingFix[] = [...(finding.fix ? [finding.fix] : []), ...(finding.alternatives ?? [])];
      edits.forEach((fix, i) => {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(doc.uri, range(fix), fix.text);
        action.diagnostics = [diagnostic];
        action.isPreferred = i === 0;
        actions.push(action);
      });
      for (const a of finding.actions ?? []) {
        const action = new vscode.CodeAction(a.title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.command = a.kind === 'add-word'
          ? { title: a.title, command: COMMANDS.addToDictionary, arguments: [a.word] }
          : a.kind === 'select'
            ? { title: a.title, command: COMMANDS.selectRange, arguments: [doc.uri, range(finding)] }
            : { title: a.title, command: 'workbench.action.openSettings', arguments: [a.setting] };
        actions.push(action);
      }
    }
    return actions;
  }

  /** Selects a range of a document in its editor: a template slot, ready to type over. */
  private async select(uri: unknown, r: unknown): Promise<void> {
    if (!(uri instanceof vscode.Uri) || !(r instanceof vscode.Range)) return;
    const editor = await vscode.window.showTextDocument(uri);
    editor.selection = new vscode.Selection(r.start, r.end);
    editor.revealRange(r);
  }

  /** "Add to dictionary": the word joins interviewFollowUp.spelling.words (user settings). */
  private async addWord(word: unknown): Promise<void> {
    if (typeof word !== 'string' || word.trim() === '') return;
    const config = vscode.workspace.getConfiguration(CONFIG_SECTION);
    const current = config.get<unknown>('spelling.words');
    const words = Array.isArray(current) ? current.filter((w): w is string => typeof w === 'string') : [];
    if (!words.includes(word)) await config.update('spelling.words', [...words, word], vscode.ConfigurationTarget.Global);
    this.checkOpen();
  }

  dispose(): void {
    this.debouncer.dispose();
    this.quiet.dispose();
    for (const s of this.subscriptions) s.dispose();
    this.collection.dispose();
  }
}
