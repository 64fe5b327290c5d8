// Help while writing a note's front-matter: completion of the known keys and of status values,
// and hovers that show what the rules compute (thank-you deadline, follow-up date).
import * as vscode from 'vscode';
import { Disposable } from './dispose';
import { core } from './lazyCore';
import type { SettingsStore } from './settings';
import type { NotesModel } from './workspaceNotes';
import { KEYS } from '../core/model/kinds';
import { STATUSES } from '../core/model/status';

/** The keys completion offers, with what each holds and its snippet. */
const KEY_HELP: [string, string, string][] = [
  [KEYS.company, 'Required: the company\'s name.', '${1}'],
  [KEYS.role, 'The role you interviewed for.', '${1}'],
  [KEYS.interview, 'Required: `YYYY-MM-DD HH:mm` (24 h) or `YYYY-MM-DD` (09:00), your local time.', '${1:${CURRENT_YEAR}-${CURRENT_MONTH}-${CURRENT_DATE} 10:00}'],
  [KEYS.timezone, 'IANA zone of the interview time, e.g. `Europe/Berlin`; default: your local zone.', '${1:Europe/Berlin}'],
  [KEYS.duration, 'Minutes, default 60.', '${1:60}'],
  [KEYS.interviewers, 'Everyone you met: `{name, title, email, phone}` or just a name.', '\n  - name: ${1}\n    email: ${2}'],
  [KEYS.timeline, 'What they said about next steps, e.g. "within two weeks".', '${1:within two weeks}'],
  [KEYS.thankYou, 'When the thank-you email was sent (date, date and time, or `true`).', '${1:${CURRENT_YEAR}-${CURRENT_MONTH}-${CURRENT_DATE}}'],
  [KEYS.cardMailed, 'When the handwritten card was mailed.', '${1:${CURRENT_YEAR}-${CURRENT_MONTH}-${CURRENT_DATE}}'],
  [KEYS.followUp, 'When the follow-up email was sent.', '${1:${CURRENT_YEAR}-${CURRENT_MONTH}-${CURRENT_DATE}}'],
  [KEYS.card, '`true` when a handwritten card should be mailed as well (traditional companies).', '${1|true,false|}'],
  [
    KEYS.status,
    `One of ${STATUSES.map((s) => `\`${s.value}\``).join(', ')}; ${STATUSES.filter((s) => s.closes).map((s) => `\`${s.value}\``).join(', ')} close the interview.`,
    `\${1|${STATUSES.map((s) => s.value).join(',')}|}`,
  ],
];

export class NoteAssist extends Disposable implements vscode.CompletionItemProvider, vscode.HoverProvider {
  constructor(private readonly notes: NotesModel, private readonly settings: SettingsStore) {
    super();
    const selector: vscode.DocumentSelector = { language: 'markdown' };
    this.register(vscode.languages.registerCompletionItemProvider(selector, this, ':', ' '));
    this.register(vscode.languages.registerHoverProvider(selector, this));
  }

  provideCompletionItems(doc: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] | undefined {
    if (!this.notes.isNoteUri(doc.uri)) return undefined;
    // The model alone (its front-matter bounds): no parse while typing, however big the note.
    const model = this.notes.model(doc);
    if (!model.inFrontMatter(position.line + 1)) return undefined;
    const before = doc.lineAt(position.line).text.slice(0, position.character);
    if (/^status:\s*/.test(before)) {
      return STATUSES.map((s) => {
        const item = new vscode.CompletionItem(s.value, vscode.CompletionItemKind.EnumMember);
        item.detail = s.description;
        return item;
      });
    }
    if (/^card:\s*/.test(before)) return ['true', 'false'].map((v) => new vscode.CompletionItem(v, vscode.CompletionItemKind.Value));
    if (!/^[A-Za-z]*$/.test(before)) return undefined;
    const present = new Set<string>();
    const end = model.frontMatter!.closeLine - 1;
    for (let i = 1; i < end; i++) {
      const key = /^([A-Za-z]+)\s*:/.exec(doc.lineAt(i).text);
      if (key && i !== position.line) present.add(key[1]!);
    }
    return KEY_HELP.filter(([key]) => !present.has(key)).map(([key, doc, value], i) => {
      const item = new vscode.CompletionItem(key, vscode.CompletionItemKind.Property);
      item.documentation = new vscode.MarkdownString(doc);
      item.insertText = new vscode.SnippetString(`${key}:${value.startsWith('\n') ? '' : ' '}${value}`);
      item.sortText = String(i).padStart(2, '0');
      return item;
    });
  }

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!this.notes.isNoteUri(doc.uri)) return undefined;
    if (!this.notes.model(doc).inFrontMatter(position.line + 1)) return undefined;
    const lineText = doc.lineAt(position.line).text;
    const done = /^(thankYou|followUp|heardBack|cardMailed)\s*:/.exec(lineText)?.[1];
    if (done) {
      // A value a mailbox check wrote says which message it came from; nothing to parse.
      const evidence = core().mailCommentOf(lineText);
      if (!evidence) return undefined;
      const md = new vscode.MarkdownString();
      md.appendMarkdown(`**Found in your mailbox**\n\n`);
      md.appendText(evidence);
      return new vscode.Hover(md, doc.lineAt(position.line).range);
    }
    const key = /^(timeline|interview)\s*:/.exec(lineText)?.[1];
    if (!key) return undefined;
    const { result } = this.notes.parsed(doc);
    if (result.kind !== 'note') return undefined;
    const c = core();
    const settings = this.settings.get(doc.uri).rules;
    const note = result.note;
    const when = c.formatDue;
    const md = new vscode.MarkdownString();
    if (key === 'timeline') {
      const { due, reading } = c.followUpDate(note, settings);
      md.appendMarkdown(`**Follow-up due ${when(due)}**\n\n`);
      md.appendText(`${reading.explanation}.`);
    } else {
      const plan = c.planNote(note, settings).find((p) => p.kind === 'thank-you');
      md.appendMarkdown(plan ? `**Thank-you email due by ${when(new Date(plan.due))}**\n\n` : `**Thank-you email sent** (${String(note.thankYou)})\n\n`);
      md.appendMarkdown(`The interview runs ${when(note.start)} to ${when(note.end)}${note.timezone ? ` (your local time; written in ${note.timezone})` : ''}.`);
    }
    return new vscode.Hover(md, doc.lineAt(position.line).range);
  }
}
