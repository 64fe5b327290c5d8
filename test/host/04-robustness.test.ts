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
    const row = await waitFor('the "Call recruiter" row', async () => (await treeRows(a)).flatMap((g) => g.rows).find((r) => r.label === 'Call recruiter · Moving Co'));
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
});
