// Issue 3 in the real host: draft commands, etiquette diagnostics on the right words, a quick
// fix, front-matter completion and hover, copy / mail client, and the contributed snippets and grammar.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SentPrompt } from '../../src/extension/sentPrompt';
import { api, editNow, EXTENSION_ID, localStamp, notesUri, waitFor, writeText } from './util';

const NOTE = notesUri('drafts-studio.md');

async function etiquette(uri: vscode.Uri, rule: string): Promise<vscode.Diagnostic[]> {
  return waitFor(`a ${rule} diagnostic`, () => {
    const found = vscode.languages.getDiagnostics(uri).filter((d) => d.code === rule);
    return found.length > 0 ? found : undefined;
  });
}

describe('Email drafts and the etiquette checker in a real extension host', function () {
  this.timeout(30_000);

  before(async () => {
    const a = await api();
    const config = vscode.workspace.getConfiguration('interviewFollowUp');
    await config.update('signature.name', 'Alex Kim', vscode.ConfigurationTarget.Workspace);
    await config.update('signature.email', 'alex@example.com', vscode.ConfigurationTarget.Workspace);
    await writeText(NOTE, [
      '---',
      'company: Drafts Studio',
      'role: Designer',
      `interview: ${localStamp(-120)}`,
      'interviewers:',
      '  - name: Jane Doe',
      '    email: jane@drafts.test',
      '  - name: Raj Patel',
      '    email: raj@drafts.test',
      'timeline: within two weeks',
      '',
      '---',
      '',
      '## Details to mention',
      '',
      '- the *redesign* of their onboarding flow',
      '- accessibility audits',
      '',
    ].join('\n'));
    await waitFor('the draft note in the index', () => a.notes.note(NOTE));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('drafts a thank-you addressed to everyone by name, with details as choices and the signature', async () => {
    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.draftThankYou', NOTE), true);
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), NOTE.toString());
    await vscode.commands.executeCommand('leaveSnippet');
    const text = editor.document.getText();
    assert.match(text, /\n## Thank-you email\n\nSubject: Thank you — Designer interview\n/);
    assert.match(text, /\nDear Jane and Raj,\n/);
    assert.match(text, /the redesign of their onboarding flow/);
    assert.match(text, /\nAlex Kim\nalex@example\.com\n/);
    assert.ok(text.startsWith('---\ncompany: Drafts Studio\n'), 'the front-matter is untouched');
  });

  it('marks template leftovers on the exact words', async () => {
    const doc = vscode.window.activeTextEditor!.document;
    const [placeholder] = await etiquette(NOTE, 'placeholder');
    assert.equal(placeholder!.source, 'Interview Follow-Up');
    assert.equal(doc.getText(placeholder!.range), '[a relevant skill or project]');
  });

  it('offers a quick fix that applies', async () => {
    const editor = vscode.window.activeTextEditor!;
    const signOff = editor.document.getText().indexOf('Best regards,');
    assert.ok(signOff > 0);
    await editNow(editor, (b) => b.insert(editor.document.positionAt(signOff), 'Any update???\n\n'));
    const [desperate] = await etiquette(NOTE, 'desperate');
    assert.equal(editor.document.getText(desperate!.range), 'Any update???');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', NOTE, desperate!.range, vscode.CodeActionKind.QuickFix.value);
    // Actions come back through the command without their diagnostics: find ours by title.
    const fix = actions.find((a) => a.title === 'Use a single question mark');
    assert.ok(fix?.edit, `a quick fix for the desperate finding; got ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(editor.document.getText(), /\nAny update\?\n/);
    await waitFor('the desperate finding to go', () => !vscode.languages.getDiagnostics(NOTE).some((d) => d.code === 'desperate'));
  });

  it('copies the draft as plain text', async () => {
    const editor = vscode.window.activeTextEditor!;
    const line = editor.document.getText().split('\n').indexOf('## Thank-you email');
    editor.selection = new vscode.Selection(line + 3, 0, line + 3, 0);
    const body = await vscode.commands.executeCommand<string>('interviewFollowUp.copyDraft', NOTE, 'body');
    assert.match(body, /^Dear Jane and Raj,\n/, 'the body comes without the Subject line');
    assert.equal(await vscode.env.clipboard.readText(), body);
    const recipients = await vscode.commands.executeCommand<string>('interviewFollowUp.copyDraft', NOTE, 'recipients');
    assert.match(recipients, /^Jane \S+ <jane@drafts\.test>, Raj \S+ <raj@drafts\.test>$/);
    const all = await vscode.commands.executeCommand<string>('interviewFollowUp.copyDraft', NOTE, 'all');
    assert.match(all, /^To: Jane .*\nSubject: Thank you — Designer interview\n\nDear Jane and Raj,\n/);
  });

  it('builds a mailto for the mail client with every address and no injected header', async () => {
    const uri = await vscode.commands.executeCommand<string>('interviewFollowUp.openInMailClient', NOTE);
    assert.ok(uri, 'a mailto URI was opened');
    const url = new URL(uri);
    assert.equal(url.protocol, 'mailto:');
    assert.equal(url.pathname, 'jane@drafts.test,raj@drafts.test');
    assert.deepEqual([...url.searchParams.keys()], ['subject', 'body']);
    assert.equal(url.searchParams.get('subject'), 'Thank you — Designer interview');
    assert.match(url.searchParams.get('body')!, /^Dear Jane and Raj,\r\n/);
    // "Mark as sent?" waits for the user to come back from the mail client (or the status-bar item).
    const a = await api();
    assert.equal(a.sent.pending?.kind, 'thank-you');
    assert.deepEqual(a.sent.pending?.to, ['jane@drafts.test', 'raj@drafts.test']);
    // The question itself, answered through the prompt port of a prompt of the test's own.
    const asked: string[] = [];
    const prompt = new SentPrompt((question, ...answers) => {
      asked.push(`${question} [${answers.join('|')}]`);
      return Promise.resolve('Not Sent');
    });
    try {
      prompt.arm(a.sent.pending!);
      assert.equal(await prompt.ask(), false, 'Not Sent marks nothing');
      assert.deepEqual(asked, ['Did you send the thank-you email to jane@drafts.test, raj@drafts.test? [Mark as Sent|Not Sent]']);
      assert.equal(prompt.pending, undefined, 'answered: nothing waits any more');
    } finally {
      prompt.dispose();
    }
  });

  it('drafts a follow-up, flagged too early while the timeframe has not passed', async () => {
    await vscode.workspace.save(NOTE);
    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.draftFollowUp', NOTE), true);
    await vscode.commands.executeCommand('leaveSnippet');
    const doc = vscode.window.activeTextEditor!.document;
    assert.match(doc.getText(), /\n## Follow-up email\n\nSubject: /);
    const [early] = await etiquette(NOTE, 'too-early');
    assert.equal(doc.lineAt(early!.range.start.line).text, '## Follow-up email');
    assert.match(early!.message, /\d{4}-\d{2}-\d{2} 09:00/);
  });

  it('completes front-matter keys and status values, and explains dates on hover', async () => {
    const editor = await vscode.window.showTextDocument(NOTE);
    const blank = editor.document.getText().split('\n').indexOf('');
    assert.ok(blank > 0 && blank < 12, 'the note has a blank line inside its front-matter');
    const keys = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', NOTE, new vscode.Position(blank, 0));
    const labels = keys.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const key of ['status', 'card', 'thankYou', 'followUp']) assert.ok(labels.includes(key), `completion offers ${key}`);
    assert.ok(!labels.includes('company'), 'keys already present are not offered again');
    await editNow(editor, (b) => b.insert(new vscode.Position(blank, 0), 'status: '));
    const values = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', NOTE, new vscode.Position(blank, 8));
    assert.ok(values.items.some((i) => i.label === 'rejected'));
    const timelineLine = editor.document.getText().split('\n').findIndex((l) => l.startsWith('timeline:'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', NOTE, new vscode.Position(timelineLine, 2));
    const hoverText = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(hoverText, /Follow-up due \d{4}-\d{2}-\d{2} 09:00/);
    // The hover says what was read from the timeline, as the tooltip and due --json do (as text: spaces come as &nbsp;).
    assert.match(hoverText.replace(/&nbsp;/g, ' '), /within two weeks → \w{3} \d{1,2} \w{3}( \d{4})?; follow up from \w{3} \d{1,2} \w{3}( \d{4})? 09:00/);
  });

  it('contributes the snippets and the Markdown injection grammar', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    const editor = await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'Task with a due date' });
    assert.match(editor.document.getText(), /^- \[ \] Task 📅 \d{4}-\d{2}-\d{2}/);
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { grammars: { path: string; scopeName: string; injectTo: string[] }[] } };
    const grammar = pkg.contributes.grammars[0]!;
    assert.deepEqual(grammar.injectTo, ['text.html.markdown']);
    const file = vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, grammar.path);
    const json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
    assert.equal(json.scopeName, grammar.scopeName);
  });

  it('lists each snippet once in the suggestions (Ctrl+Space)', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    await vscode.window.showTextDocument(doc);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(0, 0));
    const snippets = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const name of ['ifu-note', 'ifu-thanks', 'ifu-followup', 'ifu-card', 'ifu-task']) {
      assert.equal(snippets.filter((l) => l === name).length, 1, `${name} once in ${snippets.join(', ')}`);
    }
    // A snippet with two prefixes is offered twice (once per prefix): ours have one each.
    const ours = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet && /^Interview Follow-Up: /.test(String(i.detail ?? '')));
    assert.equal(ours.length, 5, `each snippet once: ${ours.map((i) => (typeof i.label === 'string' ? i.label : i.label.label)).join(', ')}`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
