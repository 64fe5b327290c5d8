// A workspace whose notes folder is not the default (run by `node scripts/test-host.mjs
// --custom-folder`): the extension activates at start-up by itself, and the badge and the status
// bar show without the view being opened. Skipped in the other runs.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, waitFor } from './util';
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
    await waitFor('the status bar to count the overdue actions', () => a.status.shown?.includes('overdue'));
    assert.equal(a.view.visible, false, 'the Actions view was not opened');
    assert.ok((a.view.badge?.value ?? 0) >= 2, `badge ${a.view.badge?.value}`);
    assert.match(a.status.shown!, /^\$\(mail\) \d+ overdue/);
  });
});
