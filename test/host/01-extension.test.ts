// The extension inside a real VS Code extension host: activation, the tree, the commands,
// edits on disk and into dirty editors. The workspace is a temporary copy of
// test/fixtures/workspace (see scripts/test-host.mjs), so files may be changed freely.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { StatusIndicators } from '../../src/extension/statusBar';
import { DESCRIPTION_PX, LABEL_PX, ROW_BUDGET_PX, textWidth } from '../../src/core/views/rowWidth';
import { api, editNow, EXTENSION_ID, fakeStatus, localStamp, noteCount, notesUri, readText, recordReads, today, treeRows, waitFor, workspaceRoot, writeText } from './util';

/** A row's estimated width in the tree (label, gap, description), as the core sizes it. */
const rowWidth = (label: string, description: string) => textWidth(label, LABEL_PX) + DESCRIPTION_PX / 2 + textWidth(description, DESCRIPTION_PX);

const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as {
  contributes: { commands: { command: string; category: string }[] };
};

describe('Interview Follow-Up in a real extension host', function () {
  this.timeout(30_000);

  it('activates and registers every contributed command with one category', async () => {
    const a = await api();
    assert.ok(noteCount(a) >= 4, `expected the fixture notes to be indexed, got ${noteCount(a)}`);
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const c of manifest.contributes.commands) {
      assert.ok(registered.has(c.command), `${c.command} is not registered`);
      assert.equal(c.category, 'Interview Follow-Up');
    }
  });

  it('shows notes with problems first, then overdue, then upcoming', async () => {
    const a = await api();
    const tree = await treeRows(a);
    assert.deepEqual(tree.map((g) => g.label), ['Notes with problems (1)', 'Overdue (3)', 'Upcoming (2)']);
    assert.deepEqual(tree[1]!.rows.map((r) => r.label), ['Thank-you · Acme Corp', 'Find email · Acme Corp', 'Follow-up · Acme Corp']);
    assert.match(tree[1]!.rows[0]!.description, /^\d+ y late$/);
    // The task is due in 2099: "in 72 y" leaves the task's text less room (full text in the tooltip).
    assert.deepEqual(tree[2]!.rows.map((r) => r.label), ['Ask for… · Closed Co', 'Prepare · Future Labs']);
    assert.match(tree[0]!.rows[0]!.label, /broken-date\.md$/);
    assert.match(tree[0]!.rows[0]!.description, /line 3: "interview": 2026-02-30 is not a date that exists/);
    const item = a.tree.getTreeItem(tree[1]!.rows[0]!.node);
    assert.equal(item.contextValue, 'action.thank-you.markable');
    assert.equal(item.command?.command, 'interviewFollowUp.openNote');
    assert.deepEqual(item.command?.arguments?.[1], 10);
    assert.match(item.accessibilityInformation?.label ?? '', /^Send thank-you to Jane Doe, Raj Patel, Acme Corp · Backend Engineer, overdue by \d+ d$/);
    const tooltip = a.tree.resolveTreeItem(item, tree[1]!.rows[0]!.node).tooltip as vscode.MarkdownString;
    assert.match(tooltip.value, /Jane Doe, Raj Patel/);
  });

  it('fits rows at the default sidebar width: a long company ends in an ellipsis, the full name in the tooltip and for screen readers', async () => {
    const a = await api();
    for (const g of await treeRows(a)) {
      for (const r of g.rows) if (!r.label.endsWith('.md')) assert.ok(rowWidth(r.label, r.description) <= ROW_BUDGET_PX, `${r.label} ${r.description}`);
    }
    const note = notesUri('long-company.md');
    await writeText(note, `---\ncompany: Brightline Logistics International\nrole: Dispatcher\ninterview: ${localStamp(-180)}\nduration: 60\ninterviewers:\n  - name: Samira Haddad\n    email: s@brightline.example\n---\n`);
    try {
      const row = await waitFor('the long company\'s thank-you row', async () => (await treeRows(a)).flatMap((g) => g.rows).find((r) => r.label.startsWith('Thank-you · Brightline')));
      assert.equal(row.label, 'Thank-you · Brightline…');
      assert.match(row.description, /^in \d+ h$/);
      assert.ok(rowWidth(row.label, row.description) <= ROW_BUDGET_PX);
      const item = a.tree.getTreeItem(row.node);
      assert.match(item.accessibilityInformation?.label ?? '', /^Send thank-you to Samira Haddad, Brightline Logistics International · Dispatcher, due in \d+ h$/);
      const tooltip = a.tree.resolveTreeItem(item, row.node).tooltip as vscode.MarkdownString;
      assert.match(tooltip.value, /Brightline Logistics International/);
    } finally {
      await vscode.workspace.fs.delete(note);
    }
    await waitFor('the note to leave the index', () => a.notes.note(note) === undefined);
  });

  it('groups by interview from the view title, and back by due date', async () => {
    const a = await api();
    await vscode.commands.executeCommand('interviewFollowUp.groupByInterview');
    try {
      const tree = await treeRows(a);
      assert.deepEqual(tree.map((g) => g.label), ['Notes with problems (1)', 'Acme Corp · Backend Engineer', 'Closed Co', 'Future Labs · Staff Engineer']);
      assert.deepEqual(tree[1]!.rows.map((r) => r.label), ['Thank-you', 'Find email', 'Follow-up'], 'the group names the company');
      assert.match(tree[1]!.rows[0]!.description, /^\d+ y late$/);
    } finally {
      await vscode.commands.executeCommand('interviewFollowUp.groupByDueDate');
    }
    assert.deepEqual((await treeRows(a)).map((g) => g.label), ['Notes with problems (1)', 'Overdue (3)', 'Upcoming (2)']);
  });

  it('goes to an action from the Quick Pick: the note opens at its line', async () => {
    const a = await api();
    const picked = a.viewCommands.goToAction();
    await new Promise((r) => setTimeout(r, 300));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const action = await picked;
    assert.ok(action, 'an action was picked');
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), action.file);
    assert.equal(editor.selection.active.line, action.line - 1);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('lists every interview in the Interviews view, with nothing due too', async () => {
    const a = await api();
    a.interviews.render(new Date());
    // Each interview: its title and status, and under it the next step and the last contact.
    const text = (n: Parameters<typeof a.interviews.getTreeItem>[0]) => `${a.interviews.getTreeItem(n).label as string} | ${a.interviews.getTreeItem(n).description as string}`;
    const lines = a.interviews.getChildren().map((s) => [text(s), ...a.interviews.getChildren(s).map((d) => `  ${text(d)}`)].join('\n'));
    assert.equal(lines.length, noteCount(a));
    // At 300 px the title gives way to the status (the whole title is in the tooltip).
    assert.ok(lines.some((l) => /^Acme Corp[^|]* \| interviewed\n {2}Next: Thank-you \| \d+ [dy] late\n {2}Last: interview \| \d{4}-\d\d-\d\d$/.test(l)), lines.join('\n'));
    assert.ok(lines.some((l) => /^Future Labs[^|]* \| scheduled\n {2}Next: Prepare \| in \d+ [dy]\n {2}Last \| no contact yet$/.test(l)), lines.join('\n'));
    const acme = a.interviews.getChildren().find((s) => text(s).startsWith('Acme Corp'))!;
    assert.equal(a.interviews.getTreeItem(acme).collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    assert.match(a.interviews.getTreeItem(acme).accessibilityInformation?.label ?? '', /^Acme Corp · Backend Engineer, interviewed · last: interview .* · next: Thank-you overdue \d+ d$/);
  });

  it('counts overdue and due actions on the view badge and in the status bar', async () => {
    const a = await api();
    const tree = await treeRows(a);
    const count = (label: string) => Number(/\((\d+)\)/.exec(tree.find((g) => g.label.startsWith(label))?.label ?? '(0)')![1]);
    const overdue = count('Overdue');
    const due = count('Due now');
    assert.equal(a.view.badge?.value, overdue + due);
    const broken = count('Notes with problems');
    // The status bar's text, rendered from the same snapshot into a fake item (the port the extension's own item fills).
    const fake = fakeStatus();
    new StatusIndicators(fake.view, fake.item).render(a.notes.snapshot()!);
    assert.equal(fake.item.text, `$(mail) ${overdue} overdue${due ? `, ${due} due` : ''}${broken ? `, ${broken} with problems` : ''}`);
    assert.equal(fake.item.visible, true);
    assert.equal(fake.view.badge?.value, a.view.badge?.value);
  });

  it('re-plans every note when a rule setting changes, without reading any file again', async () => {
    const a = await api();
    const reads = recordReads(a);
    const config = vscode.workspace.getConfiguration('interviewFollowUp');
    const acme = notesUri('2020-03-02-acme-corp.md');
    const thankYouDue = () => a.notes.actionsOf(acme, new Date()).find((x) => x.kind === 'thank-you')?.due.getTime();
    const before = thankYouDue()!;
    await config.update('thankYouHours', 48, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor('the thank-you deadline to move by 24 h', () => thankYouDue() === before + 24 * 3600_000);
    } finally {
      await config.update('thankYouHours', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('the deadline to come back', () => thankYouDue() === before);
    reads.stop();
    assert.deepEqual(reads.files, []);
  });

  it('keeps a place\'s public holidays out of the follow-up when interviewFollowUp.holidays is set', async () => {
    const a = await api();
    const note = notesUri('holidays-check.md');
    await writeText(note, '---\ncompany: Holiday Check\ninterview: 2026-11-20 09:00\nthankYou: true\ntimeline: by the middle of next week\n---\n');
    const followUpDue = () => a.notes.actionsOf(note, new Date(2026, 10, 20, 12))?.find((x) => x.kind === 'follow-up')?.due.getTime();
    const config = vscode.workspace.getConfiguration('interviewFollowUp');
    try {
      // Deadline Wed 25 Nov: Thursday 26 without holidays, Friday 27 when US Thanksgiving is kept out.
      await waitFor('the follow-up on Thu 26 Nov', () => followUpDue() === new Date(2026, 10, 26, 9).getTime());
      await config.update('holidays', 'US', vscode.ConfigurationTarget.Workspace);
      await waitFor('the follow-up to move to Fri 27 Nov', () => followUpDue() === new Date(2026, 10, 27, 9).getTime());
    } finally {
      await config.update('holidays', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(note);
    }
    await waitFor('the note to leave the index', () => a.notes.note(note) === undefined);
  });

  it('reports note problems in the Problems panel on the right line', async () => {
    await api();
    const diagnostics = await waitFor('diagnostics of broken-date.md', () => {
      const d = vscode.languages.getDiagnostics(notesUri('broken-date.md'));
      return d.length > 0 ? d : undefined;
    });
    assert.equal(diagnostics[0]!.range.start.line, 2);
    assert.equal(diagnostics[0]!.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(diagnostics[0]!.source, 'Interview Follow-Up');
  });

  it('picks up a new note from disk, reading only that file', async () => {
    const a = await api();
    const reads = recordReads(a);
    const uri = notesUri('new-from-disk.md');
    await writeText(uri, `---\ncompany: Disk Co\nrole: SRE\ninterview: ${localStamp(-180)}\nduration: 60\ninterviewers: [Mo Chen]\n---\n`);
    const row = await waitFor('the new thank-you row', async () => {
      const due = (await treeRows(a)).find((g) => g.label.startsWith('Due now'));
      return due?.rows.find((r) => r.label === 'Thank-you · Disk Co');
    });
    assert.match(row.description, /^in (2[0-3]|1\d) h$/);
    // The watcher may report one write twice; either way only that note is read.
    reads.stop();
    const read = reads.files;
    assert.ok(read.length >= 1 && read.every((f) => f === uri.toString()), `one changed note must not re-read the others (read: ${read.join(', ')})`);
  });

  it('marks the thank-you done from the tree row: one line changes on disk and the row goes', async () => {
    const a = await api();
    const uri = notesUri('2020-03-02-acme-corp.md');
    const before = await readText(uri);
    const overdue = (await treeRows(a)).find((g) => g.label.startsWith('Overdue'))!;
    const row = overdue.rows.find((r) => r.label.startsWith('Thank-you'))!;
    // What the row's check button runs (package.json: view/item/context, inline).
    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.markThankYouSent', row.node), true);
    const after = await readText(uri);
    assert.equal(after, before.replace('thankYou: ~   # not yet', `thankYou: ${today()}   # not yet`));
    await waitFor('the thank-you row to go', async () => !(await treeRows(a)).flatMap((g) => g.rows.map((r) => r.label)).includes('Thank-you · Acme Corp'));
    // Raj Patel has no address and the follow-up is now the pending email: his row stays, for the follow-up.
    const contact = (await treeRows(a)).flatMap((g) => g.rows).find((r) => r.label === 'Find email · Acme Corp');
    assert.ok(contact, 'the find-the-email row stays while the follow-up is pending');
    const item = a.tree.getTreeItem(contact.node);
    assert.equal(item.contextValue, 'action.contact.follow-up');
    assert.match(item.accessibilityInformation?.label ?? '', /^Find the email address of Raj Patel for the follow-up, Acme Corp/);
  });

  it('marks into a dirty editor through an undoable edit, keeping the unsaved typing', async () => {
    const a = await api();
    const uri = notesUri('2020-03-02-acme-corp.md');
    const onDisk = await readText(uri);
    const editor = await vscode.window.showTextDocument(uri);
    // An earlier test wrote this file; the open document may still be reloading it.
    await waitFor('the editor to hold the file on disk', () => editor.document.getText() === onDisk);
    await editNow(editor, (b) => b.insert(new vscode.Position(editor.document.lineCount, 0), 'Unsaved thought.\n'));
    assert.ok(editor.document.isDirty);
    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.markFollowUpSent'), true);
    const text = editor.document.getText();
    assert.match(text, new RegExp(`\\nfollowUp: ${today()}\\n`));
    assert.ok(text.endsWith('Unsaved thought.\n'), 'the unsaved typing is kept');
    assert.ok(editor.document.isDirty, 'the edit goes into the editor, not to disk');
    assert.equal(await readText(uri), onDisk, 'the file on disk is untouched');
    await waitFor('the follow-up row to go', async () => !(await treeRows(a)).some((g) => g.rows.some((r) => r.label === 'Follow-up · Acme Corp')));
    await vscode.commands.executeCommand('undo');
    assert.match(editor.document.getText(), /\nfollowUp:\n/);
    assert.ok(editor.document.getText().endsWith('Unsaved thought.\n'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('checks a task off from its row: one character changes on disk and the row goes', async () => {
    const a = await api();
    const uri = notesUri('2020-02-01-closed-co.md');
    const before = await readText(uri);
    const row = (await treeRows(a)).flatMap((g) => g.rows).find((r) => r.label === 'Ask for… · Closed Co');
    assert.ok(row, 'the task row');
    assert.equal(a.tree.getTreeItem(row.node).contextValue, 'action.task.markable');
    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.checkTask', row.node), true);
    assert.equal(await readText(uri), before.replace('- [ ] Ask for feedback', '- [x] Ask for feedback'));
    await waitFor('the task row to go', async () => !(await treeRows(a)).some((g) => g.rows.some((r) => r.label === 'Ask for… · Closed Co')));
  });

  it('sets a closing status: only tasks remain for that note', async () => {
    const a = await api();
    const uri = notesUri('new-from-disk.md');
    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.setStatus', uri, 'rejected'), true);
    // A rejection is an answer: heardBack records its date (docs/note-format.md).
    assert.match(await readText(uri), new RegExp(`\nstatus: rejected\nheardBack: ${today()}\n---\n$`));
    await waitFor('Disk Co rows to go', async () => !(await treeRows(a)).some((g) => g.rows.some((r) => r.label.endsWith(' · Disk Co'))));
  });

  it('refuses to mark a note it cannot parse safely, and leaves it untouched', async () => {
    await api();
    const uri = notesUri('js-note.md');
    const text = '---js\n{ company: "x", interview: "2026-01-01" }\n---\n';
    await writeText(uri, text);
    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.markThankYouSent', uri), false);
    assert.equal(await readText(uri), text);
  });

  it('sets next round: the next round\'s note is created from the previous one, whose follow-up is no longer due', async () => {
    const a = await api();
    const uri = notesUri('round-co.md');
    await writeText(uri, `---\ncompany: Round Co\nrole: Analyst\ninterview: ${localStamp(-3 * 24 * 60)}\nthankYou: ${today()}\ninterviewers:\n  - name: Ana Li\n    title: CTO\n    email: ana@round.example\n---\n`);
    const followUp = async () => (await treeRows(a)).flatMap((g) => g.rows).some((r) => r.label === 'Follow-up · Round Co');
    await waitFor('the Round Co follow-up row', followUp);
    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.setStatus', uri, 'next round', '2099-05-05 10:00'), true);
    const next = notesUri('2099-05-05-round-co.md');
    const text = await readText(next);
    assert.match(text, /\ncompany: Round Co\nrole: Analyst\ninterview: 2099-05-05 10:00\n/);
    assert.match(text, /\n  - name: Ana Li\n    title: CTO\n    email: ana@round\.example\n/);
    assert.match(text, /\nprevious: round-co\.md\n/);
    await waitFor('the previous round\'s follow-up row to go', async () => !(await followUp()));
    assert.ok((await treeRows(a)).flatMap((g) => g.rows).some((r) => r.label === 'Prepare · Round Co'), 'the next round is prepared for');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('creates a new note from the template inside the notes folder', async () => {
    const a = await api();
    const uri = await vscode.commands.executeCommand<vscode.Uri>('interviewFollowUp.newNote', {
      company: 'Ünicode & Co/../evil', role: 'Designer', interview: '2099-02-03 11:15', interviewers: ['Jane Doe', 'Li Wei, CTO <li@unicode.example>'],
      timeline: 'within two weeks', card: true,
    });
    assert.ok(uri);
    assert.equal(uri.toString(), notesUri('2099-02-03-unicode-co-evil.md').toString());
    assert.ok(uri.path.startsWith(workspaceRoot().path + '/interviews/'));
    const note = a.notes.note(uri);
    assert.equal(note?.company, 'Ünicode & Co/../evil');
    assert.deepEqual(note?.interviewers.map((i) => [i.name, i.title, i.email]), [['Jane Doe', undefined, undefined], ['Li Wei', 'CTO', 'li@unicode.example']]);
    assert.equal(note?.timeline, 'within two weeks');
    assert.equal(note?.card, true);
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), uri.toString());
    assert.equal(editor.document.lineAt(editor.selection.active.line - 1).text, '## Notes', 'the cursor is where the notes are written');
    assert.equal(editor.document.lineAt(editor.selection.active.line).text, '');
    const again = await vscode.commands.executeCommand<vscode.Uri>('interviewFollowUp.newNote', { company: 'Ünicode & Co/../evil', role: '', interview: '2099-02-03', interviewers: [] });
    assert.equal(again.toString(), notesUri('2099-02-03-unicode-co-evil-2.md').toString());
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens a note at the action\'s line', async () => {
    await api();
    const uri = notesUri('2099-06-01-future-labs.md');
    await vscode.commands.executeCommand('interviewFollowUp.openNote', uri, 4);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), uri.toString());
    assert.equal(editor?.selection.active.line, 3);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('updates the tree when a note is deleted, and Refresh rebuilds the same state', async () => {
    const a = await api();
    await vscode.workspace.fs.delete(notesUri('broken-date.md'));
    await waitFor('the broken-date.md row to go', async () => !(await treeRows(a)).some((g) => g.rows.some((r) => r.label.endsWith('broken-date.md'))));
    await waitFor('its diagnostics to go', () => vscode.languages.getDiagnostics(notesUri('broken-date.md')).length === 0);
    const before = (await treeRows(a)).map((g) => [g.label, g.rows.map((r) => r.label)]);
    await vscode.commands.executeCommand('interviewFollowUp.refresh');
    assert.deepEqual((await treeRows(a)).map((g) => [g.label, g.rows.map((r) => r.label)]), before);
  });
});
