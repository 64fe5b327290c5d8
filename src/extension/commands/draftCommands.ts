// Email drafts: generate a draft section into the note (a snippet, so the personal parts are
// tab stops), hand a draft to the mail client, or copy it as plain text.
import * as vscode from 'vscode';
import { Disposable } from '../dispose';
import { COMMANDS } from '../ids';
import { core, drafting } from '../lazyCore';
import type { SentPrompt } from '../sentPrompt';
import type { SettingsStore } from '../settings';
import type { NotesModel } from '../workspaceNotes';
import { targetNote } from './targetNote';
import type { DraftKind, DraftSection } from '../../core/drafts/sections';
import type { CopyPart } from '../../core/drafts/sendFlow';
import type { NoteText } from '../../core/note/noteText';
import type { Note } from '../../core/model/types';

const LABEL: Record<DraftKind, string> = { 'thank-you': 'Thank-you', 'follow-up': 'Follow-up' };

export class DraftCommands extends Disposable {
  constructor(private readonly notes: NotesModel, private readonly settings: SettingsStore, private readonly sent: SentPrompt) {
    super();
    this.register(vscode.commands.registerCommand(COMMANDS.draftThankYou, (arg?: unknown) => this.draft('thank-you', arg)));
    this.register(vscode.commands.registerCommand(COMMANDS.draftFollowUp, (arg?: unknown) => this.draft('follow-up', arg)));
    this.register(vscode.commands.registerCommand(COMMANDS.openInMailClient, (arg?: unknown) => this.openInMailClient(arg)));
    this.register(vscode.commands.registerCommand(COMMANDS.copyDraft, (arg?: unknown, part?: CopyPart) => this.copyDraft(arg, part)));
    this.register(vscode.commands.registerCommand(COMMANDS.confirmSent, () => this.sent.ask()));
  }

  /** Opens the note and inserts the draft section at its end, as a snippet. */
  async draft(kind: DraftKind, arg?: unknown): Promise<boolean> {
    const uri = await targetNote(this.notes, arg, `Draft the ${LABEL[kind].toLowerCase()} email for which interview?`);
    if (!uri) return false;
    const editor = await vscode.window.showTextDocument(uri, { preview: false });
    const doc = editor.document;
    const settings = this.settings.get(uri);
    const parsed = this.noteOf(doc);
    if (!parsed) return false;
    const { note, model } = parsed;
    const existing = drafting().findDrafts(model).find((d) => d.kind === kind);
    if (existing) {
      const choice = await vscode.window.showInformationMessage(`This note already has a ${LABEL[kind].toLowerCase()} email draft.`, 'Show It', 'Add Another');
      if (choice !== 'Add Another') {
        if (choice === 'Show It') revealLine(editor, existing.headingLine);
        return false;
      }
    }
    if (!settings.signature.name || !(settings.signature.email || settings.signature.phone)) {
      void vscode.window.showInformationMessage('Tip: set your name, email and phone in the settings "Interview Follow-Up › Signature" so drafts end with your contact details.', 'Open Settings')
        .then((b) => b && vscode.commands.executeCommand('workbench.action.openSettings', 'interviewFollowUp.signature'));
    }
    this.warnMissingAddresses(uri, note);
    const d = drafting();
    const snippet = d.draftSnippet(kind, { note, details: d.detailsFromBody(model.text), signature: settings.signature });
    const end = doc.lineAt(doc.lineCount - 1);
    // Keep one blank line between the note's last text and the new section.
    const lead = end.isEmptyOrWhitespace ? (doc.lineCount > 1 && doc.lineAt(doc.lineCount - 2).isEmptyOrWhitespace ? '' : '\n') : '\n\n';
    return editor.insertSnippet(new vscode.SnippetString(lead + snippet), end.range.end);
  }

  /** The draft a command is about: the one under the cursor, the only one, or the user's pick. */
  private async pickDraft(arg: unknown): Promise<{ uri: vscode.Uri; text: string; note: Note; draft: DraftSection } | undefined> {
    const uri = await targetNote(this.notes, arg, 'Which interview\'s draft?');
    if (!uri) return undefined;
    const doc = await vscode.workspace.openTextDocument(uri);
    const parsed = this.noteOf(doc);
    if (!parsed) return undefined;
    const { note, model } = parsed;
    const text = model.text;
    const drafts = drafting().findDrafts(model);
    if (drafts.length === 0) {
      void vscode.window.showInformationMessage('This note has no email draft yet: use "Draft Thank-You Email" or "Draft Follow-Up Email".');
      return undefined;
    }
    const editor = vscode.window.activeTextEditor;
    const cursor = editor?.document.uri.toString() === uri.toString() ? editor.selection.active.line + 1 : undefined;
    let draft = drafts.find((d) => cursor !== undefined && cursor >= d.headingLine && cursor <= Math.max(d.endLine, d.headingLine));
    if (!draft && drafts.length === 1) draft = drafts[0];
    if (!draft) {
      const pick = await vscode.window.showQuickPick(drafts.map((d) => ({ label: `${LABEL[d.kind]} email`, description: d.subject ?? '(no subject)', detail: `line ${d.headingLine}`, d })), { placeHolder: 'Which draft?' });
      draft = pick?.d;
    }
    return draft && { uri, text, note, draft };
  }

  /** Hands the draft to the mail client; returns the mailto URI opened. */
  async openInMailClient(arg?: unknown): Promise<string | undefined> {
    const picked = await this.pickDraft(arg);
    if (!picked) return undefined;
    const { uri, note, draft } = picked;
    this.warnMissingAddresses(uri, note);
    const to = note.interviewers.map((i) => i.email).filter((e): e is string => !!e);
    const result = drafting().buildMailto({ to, subject: draft.subject ?? '', body: draft.body });
    if (!result.ok) {
      if (result.tooLong) {
        void vscode.window.showWarningMessage(`Interview Follow-Up: ${result.message}`, 'Copy Draft')
          .then((b) => b && vscode.commands.executeCommand(COMMANDS.copyDraft, uri));
      } else {
        void vscode.window.showErrorMessage(`Interview Follow-Up: ${result.message}`);
      }
      return undefined;
    }
    // A string, not vscode.Uri: a Uri would decode and re-encode the query (microsoft/vscode#135949).
    await vscode.env.openExternal(result.uri as unknown as vscode.Uri);
    // Asked when the user comes back from the mail client, not now (see sentPrompt.ts).
    this.sent.arm({ uri, kind: draft.kind, to });
    return result.uri;
  }

  /** The note in an open document as it is now (unsaved typing included), or undefined after saying why. */
  private noteOf(doc: vscode.TextDocument): { note: Note; model: NoteText } | undefined {
    const { model, result } = this.notes.parsed(doc);
    if (result.kind === 'note') return { note: result.note, model };
    void vscode.window.showErrorMessage('Interview Follow-Up: fix the problems in this note\'s front-matter first (see the Problems panel).');
    return undefined;
  }

  /** Copies the body (without the Subject line), the subject, the recipients or all; returns what was copied. */
  async copyDraft(arg?: unknown, part?: CopyPart): Promise<string | undefined> {
    const picked = await this.pickDraft(arg);
    if (!picked) return undefined;
    const { draft, note, uri } = picked;
    const c = core();
    const chosen = part ?? (await vscode.window.showQuickPick(c.COPY_PARTS.map((p) => ({ ...p })), { title: 'Copy Draft', placeHolder: 'Copy what?' }))?.part;
    if (!chosen) return undefined;
    if (chosen !== 'body' && chosen !== 'subject') this.warnMissingAddresses(uri, note);
    const text = c.copyText(draft, note, chosen);
    await vscode.env.clipboard.writeText(text);
    vscode.window.setStatusBarMessage(`$(copy) ${LABEL[draft.kind]} email: ${chosen} copied`, 3000);
    return text;
  }

  /** Someone the email is for has no address: say so, with the way to fix it (their line in the note). */
  private warnMissingAddresses(uri: vscode.Uri, note: Note): void {
    const warning = core().missingAddressWarning(note);
    if (!warning) return;
    const first = core().recipientsOf(note).missing[0]!;
    void vscode.window.showWarningMessage(`Interview Follow-Up: ${warning}`, 'Add Email Address')
      .then((b) => b && vscode.commands.executeCommand(COMMANDS.openNote, uri, first.line));
  }
}


function revealLine(editor: vscode.TextEditor, line: number): void {
  const pos = new vscode.Position(line - 1, 0);
  editor.selection = new vscode.Selection(pos, pos);
  editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
