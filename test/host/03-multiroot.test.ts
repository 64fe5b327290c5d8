// A multi-root workspace (run by `node scripts/test-host.mjs --multi-root`): each folder's own
// notes folder is read, and new notes go to the folder asked for. Skipped in the single-folder run.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, treeRows } from './util';

describe('multi-root workspace', function () {
  this.timeout(30_000);

  before(function () {
    if ((vscode.workspace.workspaceFolders?.length ?? 0) < 2) this.skip();
  });

  it('multi-root: reads each folder\'s own notes folder', async () => {
    const a = await api();
    const rows = (await treeRows(a)).flatMap((g) => g.rows.map((r) => r.row));
    assert.ok(rows.some((d) => d.endsWith(' · Acme Corp')), 'notes of the first folder (interviews/)');
    assert.ok(rows.some((d) => d.endsWith(' · Second Co')), 'notes of the second folder (notes/, from its settings)');
    assert.ok(!rows.some((d) => d.endsWith(' · Ignored Co')), 'the second folder\'s interviews/ is not its notes folder');
  });

  it('multi-root: New Interview Note writes into the chosen folder\'s notes folder', async () => {
    const a = await api();
    const second = vscode.workspace.workspaceFolders![1]!;
    const uri = await vscode.commands.executeCommand<vscode.Uri>('interviewFollowUp.newNote', {
      company: 'Third Co', role: '', interview: '2099-03-04 10:00', interviewers: [], folder: second.uri,
    });
    assert.equal(uri.toString(), vscode.Uri.joinPath(second.uri, 'notes', '2099-03-04-third-co.md').toString());
    assert.equal(a.notes.note(uri)?.company, 'Third Co');
  });
});
