// Issue 9 in the real host: spelling with "Change to" and "Add to dictionary", a draft marked
// sent loses its findings (issue 10, finding 9), and findings wait while a drafted snippet is filled.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, editNow, localStamp, notesUri, waitFor, writeText } from './util';

const NOTE = notesUri('quiet-spelling.md');
const SENT = notesUri('quiet-sent.md');
const SNIPPET = notesUri('quiet-snippet.md');
const WORKER = notesUri('quiet-worker.md');

const codes = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).map((d) => String(d.code));
const spellingWords = (uri: vscode.Uri, doc: vscode.TextDocument) =>
  vscode.languages.getDiagnostics(uri).filter((d) => d.code === 'spelling').map((d) => doc.getText(d.range));

/** The quick fix with this title on a range; the diagnostics reach the code-action context a moment after they are published. */
async function quickFix(uri: vscode.Uri, range: vscode.Range, title: string): Promise<vscode.CodeAction> {
  let seen: string[] = [];
  return waitFor(`the quick fix "${title}" (seen: ${seen.join(', ')})`, async () => {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value);
    seen = actions.map((a) => a.title);
    return actions.find((a) => a.title === title);
  });
}

function frontMatter(company: string): string[] {
  return ['---', `company: ${company}`, 'role: Designer', `interview: ${localStamp(-120)}`, 'interviewers:', '  - name: Jane Doe', '    email: jane@quiet.test', '---', ''];
}

describe('Etiquette: spelling, sent drafts and snippets in a real extension host', function () {
  this.timeout(40_000);

  before(async () => {
    const a = await api();
    await writeText(NOTE, [...frontMatter('Quiet Studio'),
      '## Thank-you email', 'Subject: Thank you — Designer interview', '',
      'Dear Jane,', '', 'Thank you for your time. I am glad to recieve the brief from Zorblax, and excited about the role: my experience fits.', '',
      'Best regards,', 'Alex Kim', 'alex@example.com', ''].join('\n'));
    await writeText(SENT, [...frontMatter('Sent Studio'),
      '## Thank-you email', '', 'Dear Jane,', '', 'I really need this job. TODO', ''].join('\n'));
    await writeText(SNIPPET, [...frontMatter('Snippet Studio'), '## Details to mention', '', '- their design system', ''].join('\n'));
    await writeText(WORKER, [...frontMatter('Worker Studio'),
      '## Thank-you email', 'Subject: Thank you — Designer interview', '',
      'Dear Jane,', '', 'Thank you for your time. The Qwzrtplkv demo was was a highlight, and my experience fits the role. TODO', '',
      'Best regards,', 'Alex Kim', 'alex@example.com', ''].join('\n'));
    await waitFor('the notes in the index', () => a.notes.note(NOTE) && a.notes.note(SENT) && a.notes.note(SNIPPET) && a.notes.note(WORKER));
  });

  after(async () => {
    await vscode.workspace.getConfiguration('interviewFollowUp').update('spelling.words', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('marks a misspelled word and offers the correction and "Add to dictionary"', async () => {
    const editor = await vscode.window.showTextDocument(NOTE);
    // The first check of a draft reads the dictionary and looks up suggestions (slow for a made-up word).
    const spelling = await waitFor('two spelling diagnostics', () => {
      const found = vscode.languages.getDiagnostics(NOTE).filter((d) => d.code === 'spelling');
      return found.length === 2 ? found : undefined;
    }, 25_000);
    assert.deepEqual(spelling.map((d) => editor.document.getText(d.range)), ['recieve', 'Zorblax']);
    const change = await quickFix(NOTE, spelling[0]!.range, "Change to 'receive'");
    assert.ok(change.edit);
    assert.ok(await vscode.workspace.applyEdit(change.edit));
    assert.match(editor.document.getText(), /glad to receive the brief/);
    const zorblax = await waitFor('the Zorblax finding after the edit', () =>
      vscode.languages.getDiagnostics(NOTE).find((d) => d.code === 'spelling' && editor.document.getText(d.range) === 'Zorblax'));
    const add = await quickFix(NOTE, zorblax.range, 'Add "Zorblax" to the dictionary');
    assert.ok(add.command);
    await vscode.commands.executeCommand(add.command.command, ...(add.command.arguments ?? []));
    await waitFor('no spelling finding left', () => !codes(NOTE).includes('spelling'));
    assert.deepEqual(vscode.workspace.getConfiguration('interviewFollowUp').get('spelling.words'), ['Zorblax']);
  });

  it('checks spelling and grammar off the host thread: the other findings come at once, a timer fires, then the misspelling arrives', async () => {
    const a = await api();
    const doc = await vscode.workspace.openTextDocument(WORKER);
    const made = (f: { rule: string; line: number; column: number; endColumn: number }) =>
      f.rule === 'spelling' && doc.lineAt(f.line - 1).text.slice(f.column, f.endColumn) === 'Qwzrtplkv';
    // Published now: everything but spelling and grammar, which the worker computes (nspell's
    // suggestions for a made-up word take a second or more there; on the host thread they would block this call).
    const now = a.etiquette.check(doc);
    assert.ok(now.some((f) => f.rule === 'placeholder'), 'the other rules are checked on the host at once');
    assert.ok(!now.some(made), 'the new misspelling is not computed on the host thread');
    assert.ok(!now.some((f) => f.rule === 'repeated-word'), 'nor is grammar');
    // The host's own timers run while the worker works.
    const atTimer = await new Promise<boolean>((resolve) => setTimeout(() => resolve(spellingWords(WORKER, doc).includes('Qwzrtplkv')), 0));
    assert.equal(atTimer, false, 'a timer fired before the spelling findings came');
    await waitFor('the misspelling from the worker', () => spellingWords(WORKER, doc).includes('Qwzrtplkv'), 25_000);
    assert.ok(codes(WORKER).includes('repeated-word'), 'grammar arrives with it');
    assert.ok(a.etiquette.spelling.running);
  });

  it('clears the findings of a draft once its email is marked sent', async () => {
    await vscode.window.showTextDocument(SENT);
    await waitFor('findings on the unsent draft', () => codes(SENT).includes('desperate') && codes(SENT).includes('placeholder'));
    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.markThankYouSent', SENT), true);
    await waitFor('no findings once it is sent', () => codes(SENT).length === 0);
  });

  it('holds findings back while a drafted snippet is filled in, and shows them when the cursor leaves it', async () => {
    const editor = await vscode.window.showTextDocument(SNIPPET);
    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.draftThankYou', SNIPPET), true);
    assert.match(editor.document.getText(), /## Thank-you email/);
    // Longer than the checker's debounce: the draft has slots left, yet nothing is reported.
    await new Promise((r) => setTimeout(r, 1200));
    assert.deepEqual(codes(SNIPPET).filter((c) => c === 'placeholder'), []);
    // Typing into a tab stop keeps it quiet.
    await editNow(editor, (b) => b.insert(editor.selection.active, 'x'));
    await new Promise((r) => setTimeout(r, 600));
    assert.deepEqual(codes(SNIPPET).filter((c) => c === 'placeholder'), []);
    // Leaving the draft: the findings come.
    await vscode.commands.executeCommand('leaveSnippet');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await waitFor('a placeholder finding once the cursor left the draft', () => codes(SNIPPET).includes('placeholder'), 3000);
    // A slot the note cannot fill: the quick fix selects it, ready to type over.
    const slot = vscode.languages.getDiagnostics(SNIPPET).find((d) => d.code === 'placeholder' && editor.document.getText(d.range) === '[a relevant skill or project]');
    assert.ok(slot, 'the unfilled skill slot is reported');
    const select = await quickFix(SNIPPET, slot.range, 'Select "[a relevant skill or project]" to fill it in');
    assert.ok(select.command);
    await vscode.commands.executeCommand(select.command.command, ...(select.command.arguments ?? []));
    assert.equal(vscode.window.activeTextEditor!.document.getText(vscode.window.activeTextEditor!.selection), '[a relevant skill or project]');
  });
});
