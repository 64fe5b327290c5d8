// The etiquette checker in the editor: diagnostics on the exact words of drafts in open notes
// (held back while a snippet is being filled), and quick fixes: the core's edits, "Add to
// dictionary", and opening a setting to fill. It does not debounce typing itself: it checks an
// open note when the notes pipeline has parsed its new text, and reads that parse. Spelling and
// grammar are checked in a worker thread (spellClient.ts): the other findings are published at
// once, those when the worker answers (until then, the previous ones where their words still are;
// while the grammar engine loads, the worker's first answer comes without it). The worker knows
// every person, company and role of the notes folder, sent when they change.
import * as vscode from 'vscode';
import { PerKeyDebouncer } from './debounce';
import { Disposable } from './dispose';
import { COMMANDS, DIAGNOSTIC_SOURCE } from './ids';
import { drafting, draftingLoaded } from './lazyCore';
import { SnippetQuiet } from './snippetQuiet';
import { languageOf } from '../node/dictionary';
import type { Logger } from './log';
import { SpellCheckSuperseded, SpellClient, SpellWorkerStopped } from './spellClient';
import type { SpellOutcome } from '../node/spellProtocol';
import type { SettingsStore } from './settings';
import type { NotesModel } from './workspaceNotes';
import type { Finding, FindingFix } from '../core/etiquette/check';
import type { Note } from '../core/model/types';

const SEVERITY: Record<Finding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** Notes up to this size have their drafts checked (a note is a few KB; drafts are short). */
const MAX_CHECKED_CHARS = 512 * 1024;
/** A small note with a draft that makes every rule run once (see schedule()). */
const WARM_UP_NOTE = [
  '---', 'company: Example Co', 'interview: 2026-01-05 10:00', 'interviewers:', '  - name: Jo Example', '    email: jo@example.com', '---',
  '## Details to mention', '', '- the data platform migration', '',
  '## Thank-you email', '', 'Subject: Thank you', '', 'Dear Jo,', '',
  'Thank you for your time today. I enjoyed hearing about the data platform migration, and I am very interested in the role.', '',
  'Best regards,', 'Sam', 'sam@example.com', '',
].join('\n');

/** A heading that may open a draft: notes without one need no checker at all. */
const DRAFT_HEADING_LINE = /^#{1,6}[ \t]+(thank|follow)/im;

function range(f: { line: number; column: number; endLine: number; endColumn: number }): vscode.Range {
  return new vscode.Range(f.line - 1, f.column, f.endLine - 1, f.endColumn);
}

export class EtiquetteChecker extends Disposable implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];
  private readonly collection = this.register(vscode.languages.createDiagnosticCollection('interview-followup-etiquette'));
  /** The last findings per document, to answer code-action requests. */
  private readonly findings = new Map<string, Finding[]>();
  private readonly debouncer = this.register(new PerKeyDebouncer());
  private readonly quiet = this.register(new SnippetQuiet((doc) => this.schedule(doc, 0)));
  /** The last spelling and grammar findings per document with the words they cover, and the number of its latest check (older answers are dropped). */
  private readonly languageFound = new Map<string, { finding: Finding; words: string }[]>();
  private readonly generation = new Map<string, number>();
  /** Each note's words for the worker (company, role, people), and the notes changed since they were read ('all': read every note). */
  private readonly worldOf = new Map<string, string[]>();
  private worldDirty: Set<string> | 'all' = 'all';
  private worldSent = '';

  /** `spelling`: the worker's client (started by the first draft checked), a port the host benchmark wraps. */
  constructor(
    private readonly notes: NotesModel,
    private readonly settings: SettingsStore,
    private readonly log: Logger,
    readonly spelling: SpellClient = new SpellClient(log),
  ) {
    super();
    this.register(spelling);
    // After a scan, and when what the checker uses changed: every open note again.
    this.register(notes.onDidChangeScanning((scanning) => {
      if (scanning) return;
      this.worldDirty = 'all';
      this.checkOpen();
    }));
    this.register(settings.onDidChangeEtiquette(() => this.checkOpen()));
    [
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      // Typing only moves the snippet's quiet zone; the check follows the pipeline's parse.
      vscode.workspace.onDidChangeTextDocument((e) => this.quiet.onChange(e)),
      notes.onDidChange((files) => {
        const changed = new Set(files);
        if (this.worldDirty !== 'all') for (const f of files) this.worldDirty.add(f);
        for (const doc of vscode.workspace.textDocuments) if (changed.has(doc.uri.toString())) this.schedule(doc, 0);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.collection.delete(d.uri);
        this.findings.delete(d.uri.toString());
        this.languageFound.delete(d.uri.toString());
        this.generation.delete(d.uri.toString());
      }),
      vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, this, { providedCodeActionKinds: EtiquetteChecker.kinds }),
      vscode.commands.registerCommand(COMMANDS.addToDictionary, (word: unknown) => this.addWord(word)),
      vscode.commands.registerCommand(COMMANDS.selectRange, (uri: unknown, r: unknown) => this.select(uri, r)),
    ].forEach((d) => this.register(d));
  }

  /** Re-checks every open note (after a scan or a settings change). */
  checkOpen(): void {
    for (const doc of vscode.workspace.textDocuments) this.schedule(doc, 0);
  }

  private schedule(doc: vscode.TextDocument, delay: number): void {
    if (doc.languageId !== 'markdown' || !this.notes.isNoteUri(doc.uri)) return;
    this.debouncer.schedule(doc.uri.toString(), delay, () => {
      if (doc.isClosed) return;
      if (!draftingLoaded() && this.hasDraftToCheck(doc)) {
        // The first draft: loading the checker (remark, the rules) is one task, the rules' first
        // run (compiling their patterns and tables) on a small sample the next, the check a third,
        // so that none of them holds the host for long.
        const d = drafting();
        setTimeout(() => {
          d.lintWithLanguageRequest(WARM_UP_NOTE, undefined, { ...d.DEFAULT_LINT_OPTIONS, now: new Date() });
          setTimeout(() => {
            if (!doc.isClosed) this.check(doc);
          }, 0);
        }, 0);
        return;
      }
      this.check(doc);
    });
  }

  /** A draft heading in a note small enough to check (the same test check() makes first). */
  private hasDraftToCheck(doc: vscode.TextDocument): boolean {
    return this.sizeOf(doc) <= MAX_CHECKED_CHARS && DRAFT_HEADING_LINE.test(doc.getText());
  }

  /** The size without building the text: a big note's 5 MB string on every keystroke costs garbage collections. */
  private sizeOf(doc: vscode.TextDocument): number {
    return doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
  }

  /** Lints one document now and publishes its diagnostics; spelling and grammar follow from the worker. Returns the findings published now. */
  check(doc: vscode.TextDocument): Finding[] {
    const key = doc.uri.toString();
    const generation = (this.generation.get(key) ?? 0) + 1;
    this.generation.set(key, generation);
    if (this.sizeOf(doc) > MAX_CHECKED_CHARS) {
      // Checking reads the whole note at once; a note this big would hold the extension host.
      const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 3), `This note is over ${MAX_CHECKED_CHARS / 1024} KB: its drafts are not checked. Keep drafts in a smaller note.`, vscode.DiagnosticSeverity.Information);
      d.source = DIAGNOSTIC_SOURCE;
      this.collection.set(doc.uri, [d]);
      this.findings.delete(key);
      this.languageFound.delete(key);
      return [];
    }
    const text = doc.getText();
    if (!DRAFT_HEADING_LINE.test(text)) {
      this.collection.delete(doc.uri);
      this.findings.delete(key);
      this.languageFound.delete(key);
      return [];
    }
    const settings = this.settings.get(doc.uri);
    const { result: parsed } = this.notes.parsed(doc);
    const d = drafting();
    const { findings: others, language } = d.lintWithLanguageRequest(text, parsed.kind === 'note' ? parsed.note : undefined, {
      ...d.DEFAULT_LINT_OPTIONS,
      ...settings.limits,
      settings: settings.rules,
      now: new Date(),
      spelling: { words: settings.spellingWords },
      signature: settings.signature,
    });
    if (!language) {
      this.languageFound.delete(key);
      return this.publish(doc, others, []);
    }
    // The worker (and its word lists and grammar engine) start with the first draft that has prose, never at activation.
    this.sendWorld(d.noteWorldWords);
    const version = doc.version;
    const answer = (result: SpellOutcome) => {
      if (result.grammarError) this.log.warn(`Grammar: the grammar engine could not be loaded (${result.grammarError}); grammar is checked by the extension's own rules only`);
      // An answer for older text is dropped: the change that made it older brings its own check.
      if (doc.isClosed || this.generation.get(key) !== generation || doc.version !== version) return;
      this.languageFound.set(key, result.findings.map((finding) => ({ finding, words: doc.getText(range(finding)) })));
      this.publish(doc, others, result.findings);
    };
    this.spelling.check(languageOf(settings.language, vscode.env.language), language, { key, onPartial: answer }).then(answer, (error: unknown) => {
      // A stopped worker is logged once by the client; a check replaced by a newer one is no failure.
      if (!(error instanceof SpellWorkerStopped) && !(error instanceof SpellCheckSuperseded)) this.log.error(`Spelling: checking ${doc.uri.fsPath} failed`, error);
    });
    // Until the worker answers, the previous spelling and grammar findings stay where their words still are.
    const carried = (this.languageFound.get(key) ?? []).filter((c) => c.words === doc.getText(range(c.finding))).map((c) => c.finding);
    return this.publish(doc, others, carried);
  }

  /**
   * Tells the worker the words of every note (company, role, people) when they changed: each
   * note's words are read again only when the note changed; all of them after a scan.
   */
  private sendWorld(noteWorldWords: (note: Note) => string[]): void {
    const dirty = this.worldDirty;
    if (dirty !== 'all' && dirty.size === 0) return;
    this.worldDirty = new Set();
    const notes = this.notes.notes();
    let changed = false;
    if (dirty === 'all') {
      this.worldOf.clear();
      for (const n of notes) this.worldOf.set(n.file, noteWorldWords(n));
      changed = true;
    } else {
      const byFile = new Map(notes.filter((n) => dirty.has(n.file)).map((n) => [n.file, n]));
      for (const file of dirty) {
        const n = byFile.get(file);
        const before = this.worldOf.get(file)?.join('\n');
        if (n) this.worldOf.set(file, noteWorldWords(n));
        else this.worldOf.delete(file);
        if (before !== this.worldOf.get(file)?.join('\n')) changed = true;
      }
    }
    if (!changed) return;
    const words = [...new Set([...this.worldOf.values()].flat())].sort();
    const joined = words.join('\n');
    if (joined === this.worldSent) return;
    this.worldSent = joined;
    this.spelling.setWorld(words);
  }

  private publish(doc: vscode.TextDocument, others: Finding[], language: Finding[]): Finding[] {
    const findings = [...others, ...language].filter((f) => !this.quiet.holds(doc, range(f)));
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
    await this.settings.addSpellingWord(word);
    // The word list travels with every request to the worker: the re-check below tells it.
    for (const [key, found] of this.languageFound) this.languageFound.set(key, found.filter((c) => !c.finding.actions?.some((a) => a.kind === 'add-word' && a.word === word)));
    this.checkOpen();
  }
}
