// Issue 11 in the real host: a note from an invitation (created, updated by its UID, closed when
// cancelled), the actions exported to an .ics file, and the kept actions.ics following changes.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { GOOGLE, GOOGLE_CANCEL, ME, OUTLOOK, OUTLOOK_UPDATE, TEAMS_PACIFIC, ZOOM } from '../unit/icsFixtures';
import { api, localStamp, notesUri, readText, waitFor, workspaceRoot, writeText } from './util';

const uids = (ics: string) => [...ics.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]!.trim()).sort();

describe('Calendar invitations and the actions calendar in a real extension host', function () {
  this.timeout(30_000);
  const config = () => vscode.workspace.getConfiguration('interviewFollowUp');

  before(async () => {
    await api();
    await config().update('signature.email', ME, vscode.ConfigurationTarget.Workspace);
  });

  after(async () => {
    await config().update('signature.email', undefined, vscode.ConfigurationTarget.Workspace);
    await config().update('calendar.keepFile', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('creates a note from an Outlook invitation, then updates that note from the changed invitation', async () => {
    const a = await api();
    const uri = await vscode.commands.executeCommand<vscode.Uri>('interviewFollowUp.newNoteFromInvitation', { text: OUTLOOK, company: 'Globex' });
    assert.ok(uri, 'the command returns the new note');
    assert.equal(uri.toString(), notesUri('2026-12-03-globex.md').toString());
    const note = await waitFor('the new note in the index', () => a.notes.note(uri));
    assert.equal(note.company, 'Globex');
    // The invitation's zone is written only when it is not the host's own.
    const hostZone = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Berlin' }).resolvedOptions().timeZone === Intl.DateTimeFormat().resolvedOptions().timeZone;
    assert.equal(note.timezone, hostZone ? undefined : 'Europe/Berlin');
    assert.equal(note.start.toISOString(), '2026-12-03T13:00:00.000Z');
    assert.deepEqual(note.interviewers.map((i) => i.email), ['anna.weber@globex.example', 'lukas.braun@globex.example'], 'the user (signature.email) is left out');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString(), 'the note is opened');

    const again = await vscode.commands.executeCommand<vscode.Uri>('interviewFollowUp.newNoteFromInvitation', { text: OUTLOOK_UPDATE });
    assert.equal(again?.toString(), uri.toString(), 'the update finds the note by its invitation UID');
    const updated = await waitFor('the updated note', () => {
      const n = a.notes.note(uri);
      return n && n.interviewers.length === 3 ? n : undefined;
    });
    assert.equal(updated.start.toISOString(), '2026-12-04T09:00:00.000Z');
    assert.equal(updated.durationMinutes, 90);
    const names = (await vscode.workspace.fs.readDirectory(notesUri())).map(([n]) => n).filter((n) => n.includes('globex'));
    assert.deepEqual(names, ['2026-12-03-globex.md'], 'no second note');
  });

  it('closes the note of a cancelled invitation', async () => {
    const a = await api();
    const uri = await vscode.commands.executeCommand<vscode.Uri>('interviewFollowUp.newNoteFromInvitation', { text: GOOGLE, company: 'Acme Corp' });
    assert.ok(uri);
    await waitFor('the Google note', () => a.notes.note(uri));
    const closed = await vscode.commands.executeCommand<vscode.Uri>('interviewFollowUp.newNoteFromInvitation', { text: GOOGLE_CANCEL, closeCancelled: true });
    assert.equal(closed?.toString(), uri.toString());
    await waitFor('the note closed', () => a.notes.note(uri)?.closed);
    assert.match(await readText(uri), /^status: closed$/m);
  });

  it('reads a pasted invitation from the clipboard, and refuses clipboard text that is none', async () => {
    const a = await api();
    await vscode.env.clipboard.writeText('just some text');
    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.newNoteFromInvitation', { fromClipboard: true, company: 'X' }), undefined);
    await vscode.env.clipboard.writeText(TEAMS_PACIFIC);
    const uri = await vscode.commands.executeCommand<vscode.Uri>('interviewFollowUp.newNoteFromInvitation', { fromClipboard: true, company: 'Initech' });
    assert.equal(uri?.toString(), notesUri('2026-12-08-initech.md').toString());
    const note = await waitFor('the Initech note', () => a.notes.note(uri!));
    assert.equal(note.start.toISOString(), '2026-12-08T17:30:00.000Z');
  });

  it('makes a note from an .ics file dropped on the Actions view', async () => {
    const a = await api();
    const file = vscode.Uri.joinPath(workspaceRoot(), 'downloads', 'invite.ics');
    await writeText(file, ZOOM);
    const data = new vscode.DataTransfer();
    data.set('text/uri-list', new vscode.DataTransferItem(`${file.toString()}\r\n`));
    // The company guess (Hooli) is confirmed in an input box; accept it as shown.
    const accepted = waitFor('the company input box', async () => {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return a.notes.note(notesUri('2026-12-02-hooli.md'));
    }, 15_000);
    await a.calendar.dropController.handleDrop!(undefined, data, new vscode.CancellationTokenSource().token);
    const note = await accepted;
    assert.equal(note.company, 'Hooli');
    assert.equal(note.start.toISOString(), '2026-12-02T16:00:00.000Z');
  });

  it('exports the pending actions to an .ics file, with the same UIDs on the next export', async () => {
    const a = await api();
    const target = vscode.Uri.joinPath(workspaceRoot(), 'export', 'actions.ics');
    const written = await vscode.commands.executeCommand<vscode.Uri>('interviewFollowUp.exportCalendar', target);
    assert.equal(written?.toString(), target.toString());
    const ics = await readText(target);
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
    const now = new Date();
    const expected = a.notes.notes().reduce((n, note) => n + a.notes.actionsOf(vscode.Uri.parse(note.file), now).length, 0);
    assert.ok(expected > 0, 'the fixture workspace has pending actions');
    assert.equal(ics.split('BEGIN:VEVENT').length - 1, expected);
    assert.match(ics, /BEGIN:VALARM/);
    assert.match(ics, /Note: 2026-12-03-globex\.md/);
    await vscode.commands.executeCommand('interviewFollowUp.exportCalendar', target);
    assert.deepEqual(uids(await readText(target)), uids(ics));
  });

  it('keeps .interview-followup/actions.ics up to date when the setting is on', async () => {
    const a = await api();
    const kept = vscode.Uri.joinPath(workspaceRoot(), '.interview-followup', 'actions.ics');
    await config().update('calendar.keepFile', true, vscode.ConfigurationTarget.Workspace);
    await waitFor('the kept calendar file', () => readText(kept).then((t) => t.includes('BEGIN:VCALENDAR')));
    const note = notesUri('kept-calendar-co.md');
    await writeText(note, ['---', 'company: Kept Calendar Co', `interview: ${localStamp(-180)}`, 'interviewers: [Dana Kim]', '---', '', '- [ ] Send the case study 📅 2099-01-15', ''].join('\n'));
    await waitFor('the new note indexed', () => a.notes.note(note));
    await waitFor('the task in the kept file', () => readText(kept).then((t) => t.includes('SUMMARY:Send the case study — Kept Calendar Co')), 15_000);
    assert.match(await readText(kept), /SUMMARY:Send thank-you to Dana Kim — Kept Calendar Co/);
  });
});
