// A workspace whose notes folder is not the default (run by `node scripts/test-host.mjs
// --custom-folder`): the extension activates at start-up by itself, and the badge and the status
// bar show without the view being opened. Skipped in the other runs.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { StatusIndicators } from '../../src/extension/statusBar';
import { EXTENSION_ID, fakeStatus, waitFor } from './util';
import type { ExtensionApi } from '../../src/extension/extension';

describe('custom folder', function () {
  this.timeout(30_000);

  before(function () {
    if (vscode.workspace.getConfiguration('interviewFollowUp').get('notesFolder') === 'interviews') this.skip();
  });

  it('custom folder: activates at start-up and shows the badge and the status bar, the view never opened', async () => {
    const ext = vscode.extensions.getExtension<ExtensionApi>(EXTENSION_ID)!;
    // Nothing here activates it: only the manifest's activation events can.
    await waitFor('the extension to activate by itself', () => ext.isActive, 20_000);
    const a = ext.exports;
    await a.ready;
    await waitFor('the badge to count the overdue actions', () => (a.view.badge?.value ?? 0) >= 2);
    assert.equal(a.view.visible, false, 'the Actions view was not opened');
    // What the status bar says, rendered from the same snapshot into a fake item.
    const fake = fakeStatus();
    new StatusIndicators(fake.view, fake.item).render(a.notes.snapshot()!);
    assert.match(fake.item.text, /^\$\(mail\) \d+ overdue/);
  });
});
