// Quiet while a draft is being filled in: a multi-line insertion that brings a draft heading (the
// draft commands' snippets, or a snippet typed from completion) opens a zone over the inserted
// text. Findings inside the zone are held back while the user fills the tab stops: typing inside
// the zone grows it; an edit outside it, the cursor leaving it, a save, or a pause in typing
// (IDLE_MS: Escape ends snippet mode without any event) closes it, and the draft is checked as
// usual. VS Code does not tell extensions when snippet mode ends, so the zone follows what the
// user does instead.
import * as vscode from 'vscode';

const DRAFT_HEADING = /^#{1,6}[ \t]+(?:thank[- ]?you|follow[- ]?up)\s+e-?mails?/im;

const IDLE_MS = 4000;

interface Zone {
  start: number;
  end: number;
  timer: ReturnType<typeof setTimeout>;
}

export class SnippetQuiet implements vscode.Disposable {
  private readonly zones = new Map<string, Zone>();
  private readonly subscriptions: vscode.Disposable[];

  /** onClose is called when a zone closes, so that the document is checked again. */
  constructor(private readonly onClose: (doc: vscode.TextDocument) => void) {
    this.subscriptions = [
      vscode.workspace.onDidSaveTextDocument((d) => this.close(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.close(d)),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        const zone = this.zones.get(e.textEditor.document.uri.toString());
        if (!zone) return;
        const doc = e.textEditor.document;
        const inside = e.selections.some((s) => doc.offsetAt(s.active) >= zone.start && doc.offsetAt(s.active) <= zone.end);
        if (!inside) this.close(doc);
      }),
    ];
  }

  /** Follows one change of a document: opens, grows or closes its zone. Call before checking it. */
  onChange(e: vscode.TextDocumentChangeEvent): void {
    const key = e.document.uri.toString();
    for (const change of e.contentChanges) {
      const zone = this.zones.get(key);
      const start = change.rangeOffset;
      const end = change.rangeOffset + change.rangeLength;
      if (change.text.includes('\n') && DRAFT_HEADING.test(change.text)) {
        if (zone) clearTimeout(zone.timer);
        this.zones.set(key, { start, end: start + change.text.length, timer: this.idle(e.document) });
      } else if (zone && start >= zone.start && end <= zone.end) {
        zone.end += change.text.length - change.rangeLength;
        clearTimeout(zone.timer);
        zone.timer = this.idle(e.document);
      } else if (zone) {
        clearTimeout(zone.timer);
        this.zones.delete(key);
      }
    }
  }

  /** Whether a finding's range lies in the document's open zone. */
  holds(doc: vscode.TextDocument, range: vscode.Range): boolean {
    const zone = this.zones.get(doc.uri.toString());
    if (!zone) return false;
    return doc.offsetAt(range.end) >= zone.start && doc.offsetAt(range.start) <= zone.end;
  }

  isOpen(doc: vscode.TextDocument): boolean {
    return this.zones.has(doc.uri.toString());
  }

  private idle(doc: vscode.TextDocument): ReturnType<typeof setTimeout> {
    return setTimeout(() => this.close(doc), IDLE_MS);
  }

  private close(doc: vscode.TextDocument): void {
    const zone = this.zones.get(doc.uri.toString());
    if (!zone) return;
    clearTimeout(zone.timer);
    this.zones.delete(doc.uri.toString());
    if (!doc.isClosed) this.onClose(doc);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    for (const zone of this.zones.values()) clearTimeout(zone.timer);
    this.zones.clear();
  }
}
