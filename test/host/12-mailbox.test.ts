// Issue 19 in the real host, against a real Dovecot started by the test: Connect Mailbox keeps
// the server as a machine setting and the password in SecretStorage; Check Mailbox finds the
// thank-you sent and the reply, writes nothing before the user accepts, then writes each value
// with the message it came from (the hover says which); a second check finds nothing new; a wrong
// password is one plain error.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { mailServerUnavailable, startMailServer, type MailServer } from '../support/mailServer';
import type { CheckResult } from '../../src/extension/mailbox';
import { api, notesUri, readText, waitFor, writeText } from './util';

const PASSWORD = 'host-Mail-7q';
const ME = 'sam@home.example';
const NOTE = ['---', 'company: Mailbox Co', 'interview: 2026-11-02 10:00', 'interviewers:', '  - name: Jane Doe', '    email: jane@mailbox-co.example', '---', '', 'Notes.', ''].join('\n');

function message(from: string, to: string, subject: string, date: string, id: string): string {
  return [`From: ${from}`, `To: ${to}`, `Subject: ${subject}`, `Date: ${date}`, `Message-ID: <${id}@test>`, 'Content-Type: text/plain', '', 'Hello.', ''].join('\r\n');
}

describe('the mailbox in a real extension host, against a real IMAP server', function () {
  this.timeout(60_000);
  const uri = () => notesUri('mailbox-co.md');
  const config = () => vscode.workspace.getConfiguration('interviewFollowUp');
  let server: MailServer | undefined;

  before(async function () {
    const why = mailServerUnavailable();
    if (why) {
      console.log(`skipped: ${why}`);
      this.skip();
    }
    server = await startMailServer({ users: [{ user: 'sam', password: PASSWORD }] });
    server.addMessage('sam', 'Sent', message(ME, 'Jane Doe <jane@mailbox-co.example>', 'Thank you for Monday', 'Tue, 03 Nov 2026 11:30:00 +0000', 'a'));
    server.addMessage('sam', 'INBOX', message('Jane Doe <jane@mailbox-co.example>', ME, 'Re: Next steps', 'Thu, 03 Dec 2026 11:02:00 +0000', 'b'));
    const a = await api();
    await config().update('signature.email', ME, vscode.ConfigurationTarget.Workspace);
    await writeText(uri(), NOTE);
    await waitFor('the note in the index', () => a.notes.note(uri()));
  });

  after(async () => {
    await vscode.commands.executeCommand('interviewFollowUp.disconnectMailbox');
    await config().update('signature.email', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(uri()).then(undefined, () => undefined);
    await server?.stop();
  });

  it('connects, previews without writing, then writes the thank-you and the reply with where they came from', async () => {
    const url = await vscode.commands.executeCommand<string>('interviewFollowUp.connectMailbox', { url: server!.url('sam'), password: PASSWORD });
    assert.equal(url, server!.url('sam'));
    assert.equal(config().get('mail.server'), url, 'a machine setting holds the server; the password is not in any setting');
    assert.ok(!JSON.stringify(config().inspect('mail.server')).includes(PASSWORD));

    const preview = await vscode.commands.executeCommand<CheckResult>('interviewFollowUp.checkMailbox', { accept: 'none' });
    assert.equal(preview.error, undefined);
    const mine = (r: CheckResult) => r.found.filter((c) => c.file === uri().toString()).map((c) => `${c.key} ${c.value}`).sort();
    assert.deepEqual(mine(preview), ['heardBack 2026-12-03', 'thankYou 2026-11-03']);
    assert.equal(await readText(uri()), NOTE, 'nothing written before the user accepts');
    const flags = server!.files('sam', 'INBOX').map((f) => f.flags).join();

    const written = await vscode.commands.executeCommand<CheckResult>('interviewFollowUp.checkMailbox', { accept: 'sure' });
    assert.deepEqual(written.written.filter((c) => c.file === uri().toString()).map((c) => c.key).sort(), ['heardBack', 'thankYou']);
    const text = await readText(uri());
    assert.match(text, /^thankYou: 2026-11-03 # mail: 2026-11-03 \d\d:30, sam@home\.example, "Thank you for Monday"$/m);
    assert.match(text, /^heardBack: 2026-12-03 # mail: 2026-12-03 \d\d:02, Jane Doe <jane@mailbox-co\.example>, "Re: Next steps"$/m);
    assert.equal(server!.files('sam', 'INBOX').map((f) => f.flags).join(), flags, 'nothing marked read on the server');

    // The hover on a value found this way says which message it came from.
    const doc = await vscode.workspace.openTextDocument(uri());
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('heardBack:'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri(), new vscode.Position(line, 2));
    // As rendered: MarkdownString.appendText writes spaces as &nbsp; and escapes markup.
    const said = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n').replace(/&nbsp;/g, ' ').replace(/\\/g, '');
    assert.match(said, /Found in your mailbox/);
    assert.match(said, /Re: Next steps/, said);

    // Answered: no follow-up is owed any more.
    const a = await api();
    await waitFor('the note re-read', () => a.notes.note(uri())?.heardBack === '2026-12-03');
    assert.ok(!a.notes.actionsOf(uri(), new Date()).some((x) => x.kind === 'follow-up'));

    // The Interviews view says they replied, when and in which message.
    a.interviews.render(new Date());
    const item = (n: Parameters<typeof a.interviews.getTreeItem>[0]) => `${a.interviews.getTreeItem(n).label as string} | ${a.interviews.getTreeItem(n).description as string}`;
    const row = a.interviews.getChildren().find((s) => item(s).startsWith('Mailbox Co'));
    assert.ok(row, 'Mailbox Co in the Interviews view');
    // (With the year once the test runs in another year than the reply's.)
    assert.ok(a.interviews.getChildren(row).map(item).some((l) => /^Replied \| 3 Dec( 2026)? · Re: Next steps$/.test(l)), a.interviews.getChildren(row).map(item).join('\n'));

    const again = await vscode.commands.executeCommand<CheckResult>('interviewFollowUp.checkMailbox', { accept: 'sure' });
    assert.deepEqual(mine(again), [], 'a second check finds nothing new');
  });

  it('a wrong password is one plain error, the password never in it', async () => {
    await vscode.commands.executeCommand('interviewFollowUp.connectMailbox', { url: server!.url('sam'), password: 'wrong-Zz9' });
    const r = await vscode.commands.executeCommand<CheckResult>('interviewFollowUp.checkMailbox', { accept: 'none' });
    assert.match(r.error ?? '', /^Login failed for sam at 127\.0\.0\.1:\d+/);
    assert.ok(!r.error!.includes('wrong-Zz9'));
  });
});
