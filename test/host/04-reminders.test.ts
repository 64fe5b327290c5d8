// Reminders (one notification at a time, each once, off by a setting) and Snooze (written into
// the note). The fixture workspace turns reminders off so other tests see no toast; these tests
// turn them on, and answer the notification through the notifier port of reminders of their own
// (the extension's settings, log and commands; a memento of their own).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Reminders, type Notify } from '../../src/extension/reminders';
import { api, localStamp, notesUri, readText, treeRows, waitFor, writeText } from './util';

/** A memento in memory, as workspaceState is. */
function memento(): vscode.Memento {
  const values = new Map<string, unknown>();
  return {
    keys: () => [...values.keys()],
    get: <T>(key: string, fallback?: T) => (values.has(key) ? values.get(key) as T : fallback) as T,
    update: (key: string, value: unknown) => Promise.resolve(void values.set(key, value)),
  };
}

describe('reminders and snooze', function () {
  this.timeout(30_000);
  const uri = () => notesUri('remind-co.md');
  const row = async () => (await treeRows((await api()))).flatMap((g) => g.rows).find((r) => r.label === 'Thank-you · Remind Co');

  before(async () => {
    // Ended 21 h ago: the thank-you is due in about 3 h, close enough for a reminder.
    await writeText(uri(), `---\ncompany: Remind Co\ninterview: ${localStamp(-22 * 60)}\ninterviewers: [Ann Lee]\n---\n`);
    await waitFor('the Remind Co row', row);
  });

  it('reminds once about a thank-you a few hours away, one notification at a time, with Draft, Mark Done and Snooze', async () => {
    const a = await api();
    const config = vscode.workspace.getConfiguration('interviewFollowUp');
    const shown: { message: string; buttons: string[] }[] = [];
    let answer: (value: string | undefined) => void = () => {};
    const notify: Notify = (message, ...buttons) => {
      shown.push({ message, buttons });
      return new Promise((r) => (answer = r));
    };
    const reminders = new Reminders(memento(), a.log, a.settings, notify);
    assert.deepEqual(reminders.check(a.notes.snapshot()!), [], 'off by the setting');
    await config.update('reminders.enabled', true, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor('the setting to reach the extension', () => a.settings.get().remindersEnabled);
      const batch = reminders.check(a.notes.snapshot()!);
      const mine = batch.find((r) => r.action.company === 'Remind Co');
      assert.equal(mine?.reason, 'soon');
      assert.equal(shown.length, 1);
      const draftable = ['thank-you', 'follow-up'].includes(batch[0]!.action.kind);
      assert.deepEqual(shown[0]!.buttons, [...(draftable ? ['Draft'] : []), 'Mark Done', 'Snooze', ...(batch.length > 1 ? ['Show All'] : [])]);
      assert.match(shown[0]!.message, /^Interview Follow-Up: /);
      assert.deepEqual(reminders.check(a.notes.snapshot()!), [], 'nothing more while one is open');
      answer(undefined);
      await new Promise((r) => setTimeout(r, 50));
      assert.ok(!reminders.check(a.notes.snapshot()!).some((r) => r.id === mine!.id), 'not shown twice');
    } finally {
      await config.update('reminders.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('snoozes from the row: the note holds snoozeThankYou and the row says so', async () => {
    const found = (await row())!;
    const tomorrow = localStamp(24 * 60).slice(0, 10);
    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.snooze', found.node, { kind: 'until', text: `${tomorrow} 09:00` }), true);
    assert.match(await readText(uri()), new RegExp(`\\nsnoozeThankYou: ${tomorrow} 09:00\\n---\\n$`));
    await waitFor('the row to say snoozed', async () => (await row())?.description === 'snoozed');
    const item = (await api()).tree.getTreeItem((await row())!.node);
    assert.equal((item.iconPath as vscode.ThemeIcon).id, 'bell-slash');
    assert.match(item.accessibilityInformation?.label ?? '', new RegExp(`, snoozed until ${tomorrow} 09:00$`));
    const upcoming = (await treeRows(await api())).find((g) => g.label.startsWith('Upcoming'))!;
    assert.ok(upcoming.rows.some((r) => r.label === 'Thank-you · Remind Co'), 'a snoozed thank-you is not due');
  });

  it('marks the selected row done with no argument, as the Ctrl+Enter keybinding does', async () => {
    const a = await api();
    const found = (await row())!;
    await a.view.reveal(found.node, { select: true, focus: true });
    await waitFor('the row to be selected', () => a.view.selection.length === 1);
    assert.equal(await vscode.commands.executeCommand('interviewFollowUp.markDone'), true);
    assert.match(await readText(uri()), /\nthankYou: \d{4}-\d{2}-\d{2}\n/);
    await waitFor('the row to go', async () => !(await row()));
  });
});
