// Issue 7 in the real host: Mark Done finds a task by its text after the note changed under the
// row, a mailto too long for a link is refused (Copy Draft instead), `notesFolder: "."` works.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, localStamp, notesUri, readText, treeRows, waitFor, workspaceRoot, writeText } from './util';

describe('robust: notes that change under a row, long drafts, the workspace as notes folder', function () {
  this.timeout(30_000);

  it('robust: Mark Done on a task row after the task moved ticks that task, not its new neighbour', async () => {
    const a = await api();
    const uri = notesUri('moving-tasks.md');
    const head = ['---', 'company: Moving Co', `interview: ${localStamp(-60 * 24 * 3)}`, 'status: closed', '---'];
    await writeText(uri, [...head, '- [ ] Send portfolio 📅 2020-01-02', '- [ ] Call recruiter 📅 2020-01-03', ''].join('\n'));
    const row = await waitFor('the "Call recruiter" row', async () => (await treeRows(a)).flatMap((g) => g.rows).find((r) => r.row === 'Call recruiter · Moving Co'));
    // The user reorders the tasks; the row (line 7) is clicked before the view catches up.
    // Line 7 now holds the other task: the line alone would tick the wrong one.
    const moved = [...head, 'A note above.', '- [ ] Send portfolio 📅 2020-01-02', '- [ ] Call recruiter 📅 2020-01-03', ''].join('\n');
    await writeText(uri, moved);
    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.markDone', row.node), true);
    assert.equal(await readText(uri), moved.replace('- [ ] Call recruiter', '- [x] Call recruiter'));
    // Once it is checked, the same stale row is refused and nothing changes.
    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.markDone', row.node), false);
    assert.equal(await readText(uri), moved.replace('- [ ] Call recruiter', '- [x] Call recruiter'));
    await vscode.workspace.fs.delete(uri);
  });

  it('robust: Open in Mail Client refuses a draft too long for a mailto link; Copy Draft still copies it', async () => {
    await api();
    const uri = notesUri('long-draft.md');
    const body = Array.from({ length: 180 }, (_, i) => (i % 2 ? 'спасибо' : 'интервью')).join(' ');
    await writeText(uri, ['---', 'company: Long Co', `interview: ${localStamp(-120)}`, 'interviewers:', '  - name: Olga', '    email: olga@long.test', '---', '', '## Thank-you email', '', 'Subject: Спасибо', '', body, ''].join('\n'));
    await waitFor('the note to be indexed', async () => (await api()).notes.note(uri));
    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.openInMailClient', uri), undefined);
    const copied = await vscode.commands.executeCommand<string>('interviewFollowUp.copyDraft', uri, 'all');
    assert.match(copied ?? '', /Subject: Спасибо/);
    assert.ok(copied?.includes(body), 'the whole body is copied');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(uri);
  });

  it('robust: with notesFolder "." New Interview Note creates the note in the workspace folder itself', async () => {
    await api();
    const config = vscode.workspace.getConfiguration('interviewFollowUp');
    await config.update('notesFolder', '.', vscode.ConfigurationTarget.Workspace);
    try {
      const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('interviewFollowUp.newNote', {
        company: 'Dot Folder Co', role: '', interview: '2030-01-02 10:00', interviewers: [],
      });
      assert.ok(created, 'a note was created');
      assert.equal(created.toString(), vscode.Uri.joinPath(workspaceRoot(), '2030-01-02-dot-folder-co.md').toString());
      assert.match(await readText(created), /^---\ncompany: Dot Folder Co\n/);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(created);
    } finally {
      await config.update('notesFolder', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('robust: a 1.3 MB note of 40,000 tasks is read in slices: 1,000 tasks tracked, a warning on the first untracked line, drafts too big to check said so', async () => {
    const a = await api();
    const uri = notesUri('big-tasks.md');
    const tasks = Array.from({ length: 40_000 }, (_, i) => `- [ ] call ${i} 📅 2020-01-0${(i % 9) + 1}`);
    const head = ['---', 'company: Big Tasks Co', `interview: ${localStamp(-60 * 24 * 30)}`, 'status: closed', '---', '## Thank-you email', ''];
    await writeText(uri, [...head, ...tasks, ''].join('\n'));
    const note = await waitFor('the big note in the index', () => a.notes.note(uri));
    assert.equal(note.tasks.length, 1000);
    assert.equal(note.tasks[999]!.text, 'call 999');
    const warning = await waitFor('the warning in Problems', () => vscode.languages.getDiagnostics(uri).find((d) => /Only the first 1,000 dated tasks/.test(d.message)));
    assert.equal(warning.range.start.line + 1, head.length + 1001, 'on the line of the first untracked task');
    assert.match(warning.message, /the 39,000 open tasks from here on are not/);
    // Opened, the note is over the checker's 512 KB: one plain-words note instead of findings.
    await vscode.window.showTextDocument(uri);
    const skipped = await waitFor('the checker to say it skips the note', () => vscode.languages.getDiagnostics(uri).find((d) => /its drafts are not checked/.test(d.message)));
    assert.equal(skipped.severity, vscode.DiagnosticSeverity.Information);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(uri);
    await waitFor('the big note gone', () => !a.notes.note(uri));
  });
});
