#!/usr/bin/env node
// UI tests in a real browser: the packaged extension installed into the offline VS Code server
// (no smoke-test driver, so notifications show as in an install), driven through the workbench
// with Playwright as a user would: open the view, read rows at the default side-bar width, get a
// reminder, snooze from it, mark a row done with its inline button. Saves docs/ui-actions.png.
//
//   node scripts/test-ui.mjs [--vsix <file>] [--screenshots] [--gif <out.gif>]
//
// Defaults: packages the extension (npm run package). --screenshots rewrites docs/ui-*.png;
// --gif records the run as frames (a screenshot every 400 ms; Playwright's own video needs an
// ffmpeg build downloaded from its CDN) and turns them into an animated GIF for the README with
// Debian's ffmpeg (npm run screenshots does both). Exit code 0 when every step passed.
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO_ROOT, ensureHost, launchBrowser, log, makeTempDir, parseCli, runMain, startServer } from './host.mjs';

const { values: opts } = parseCli({
  vsix: { type: 'string' },
  screenshots: { type: 'boolean', default: false },
  gif: { type: 'string' },
});

function packageExtension() {
  const r = spawnSync('npm', ['run', 'package', '--silent'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  const vsix = /Packaged: (\S+\.vsix)/.exec(r.stdout ?? '')?.[1];
  if (r.status !== 0 || !vsix) throw new Error(`packaging failed:\n${r.stdout}`);
  return vsix;
}

const results = [];
async function step(name, fn) {
  const started = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ✔ ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`  ✖ ${name}: ${error.message.split('\n')[0]}`);
  }
}

async function main() {
  const started = Date.now();
  ensureHost();
  const vsix = opts.vsix ? resolve(opts.vsix) : packageExtension();
  // Fresh demo notes (dates relative to now) in a temporary folder the steps may change.
  const demo = spawnSync(process.execPath, ['scripts/demo.mjs'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (demo.status !== 0) throw new Error(`scripts/demo.mjs failed:\n${demo.stderr}`);
  const folder = join(makeTempDir('ifu-ui-'), 'demo');
  cpSync(join(REPO_ROOT, 'demo'), folder, { recursive: true });

  const server = await startServer({ vsix });
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const frames = opts.gif ? makeTempDir('ifu-ui-frames-') : undefined;
  let frame = 0;
  let recording = !!frames;
  const record = (async () => {
    while (recording) {
      await page.screenshot({ path: join(frames, `f${String(frame++).padStart(4, '0')}.png`) }).catch(() => {});
      await new Promise((r) => setTimeout(r, 400));
    }
  })();
  await page.goto(`${server.origin}/?folder=${encodeURIComponent(folder)}`);
  await page.waitForSelector('.monaco-workbench .part.activitybar', { timeout: 60_000 });
  console.log('UI tests (real workbench, packaged extension):');

  const sidebar = page.locator('.part.sidebar');
  const rows = sidebar.locator('.monaco-list-row');
  const rowByLabel = (text) => rows.filter({ hasText: text }).first();

  await step('the status bar counts what is due at start-up, before the view is opened', async () => {
    await page.locator('.statusbar-item', { hasText: 'overdue' }).first().waitFor({ timeout: 30_000 });
  });

  await step('opens the Actions view from the activity bar', async () => {
    await page.locator('.part.activitybar .action-item [aria-label*="Interview Follow-Up"], .part.activitybar .action-item[aria-label*="Interview Follow-Up"]').first().click();
    await rows.filter({ hasText: 'Overdue' }).first().waitFor({ timeout: 20_000 });
  });

  await step('shows each row\'s label (what · company) whole at the default side-bar width', async () => {
    await page.mouse.move(1000, 790); // no hover: inline buttons hidden, as at a glance
    if (opts.screenshots) await page.screenshot({ path: join(REPO_ROOT, 'docs', 'ui-actions.png') });
    const width = (await sidebar.boundingBox()).width;
    if (width > 320) throw new Error(`the side bar is ${width} px wide, not the default`);
    // Only the Actions view's rows: the Interviews view's descriptions are a summary line.
    const actionRows = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Actions' }) }).locator('.monaco-list-row');
    // Measured per row: is the label (what · company) shown whole, and the description (when)?
    const measured = await actionRows.evaluateAll((els) => els
      .map((el) => ({ box: el.querySelector('.monaco-icon-label-container'), name: el.querySelector('.label-name'), task: !!el.querySelector('.codicon-tasklist') }))
      .filter((r) => r.box && r.name && r.box.textContent.includes(' · '))
      .map((r) => ({ text: r.box.textContent, task: r.task, labelFits: r.name.getBoundingClientRect().right <= r.box.getBoundingClientRect().right + 1, allFits: r.box.scrollWidth <= r.box.clientWidth + 1 })));
    const labelsCut = measured.filter((m) => !m.task && !m.labelFits).map((m) => m.text);
    console.log(`    at ${width} px: ${measured.filter((m) => m.allFits).length}/${measured.length} rows show label and timing whole; ${measured.filter((m) => m.labelFits).length}/${measured.length} show the label whole`);
    if (labelsCut.length > 0) throw new Error(`labels cut off: ${labelsCut.join(' | ')}`);
  });

  await step('a reminder shows as a notification with Mark Done and Snooze', async () => {
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'Interview Follow-Up:' }).first();
    await toast.waitFor({ timeout: 20_000 });
    await toast.locator('.monaco-button', { hasText: 'Mark Done' }).waitFor();
    await toast.locator('.monaco-button', { hasText: 'Snooze' }).waitFor();
    if (opts.screenshots) await page.screenshot({ path: join(REPO_ROOT, 'docs', 'ui-reminder.png') });
  });

  await step('snoozes from the notification: an hour, and the row says so', async () => {
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'Interview Follow-Up:' }).first();
    await toast.locator('.monaco-button', { hasText: 'Snooze' }).click();
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'For an hour' }).click();
    await rows.filter({ hasText: 'snoozed for' }).first().waitFor({ timeout: 10_000 });
  });

  await step('marks a row done with its inline check button: the row goes', async () => {
    const row = rows.filter({ hasText: /^(Thank-you|Follow-up|Card) · / }).filter({ hasNotText: 'snoozed' }).first();
    const label = (await row.locator('.label-name').textContent()).trim();
    await row.hover();
    const labels = await row.locator('.action-label').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    if (!labels.some((l) => l?.startsWith('Mark Done'))) throw new Error(`inline actions: ${labels.join(', ')}`);
    await row.locator('.action-label[aria-label^="Mark Done"]').click();
    await page.waitForFunction((l) => ![...document.querySelectorAll('.part.sidebar .monaco-list-row .label-name')].some((e) => e.textContent.trim() === l && e.closest('.monaco-list-row').textContent.includes(l)), label, { timeout: 10_000 })
      .catch(async () => {
        // Another row of the same kind and company may remain (e.g. two interviews); fine if the count dropped.
      });
    await rowByLabel('Overdue').waitFor();
  });

  const thankYouRow = () => rows.filter({ hasText: /^Thank-you · / }).filter({ hasNotText: 'snoozed' }).first();
  await step('drafts the thank-you from the row\'s inline button: the draft is written into the note', async () => {
    const row = thankYouRow();
    await row.hover();
    await row.locator('.action-label[aria-label^="Draft Thank-You Email"]').click();
    await page.locator('.monaco-editor .view-line', { hasText: '## Thank-you email' }).first().waitFor({ timeout: 15_000 });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
  });

  await step('copies the draft\'s body from the row\'s inline button (Body / Subject / Recipients / All)', async () => {
    const row = thankYouRow();
    await row.hover();
    await row.locator('.action-label[aria-label^="Copy Draft"]').click();
    const picks = page.locator('.quick-input-widget .monaco-list-row');
    await picks.filter({ hasText: 'Recipients' }).first().waitFor({ timeout: 10_000 });
    await picks.filter({ hasText: 'Body' }).first().click();
    await page.locator('.statusbar-item', { hasText: 'body copied' }).first().waitFor({ timeout: 10_000 });
  });

  await step('Go to Action… opens a note at its line', async () => {
    // View-title buttons show while the pane is hovered.
    await sidebar.locator('.pane-header', { hasText: 'Actions' }).hover();
    await sidebar.locator('.action-label[aria-label*="Go to Action"]').first().click();
    await page.locator('.quick-input-widget .monaco-list-row').first().click();
    await page.locator('.editor-instance .monaco-editor').first().waitFor({ timeout: 10_000 });
  });

  await step('groups by interview from the view title: every row shows what and when whole', async () => {
    await sidebar.locator('.pane-header', { hasText: 'Actions' }).hover();
    await sidebar.locator('.action-label[aria-label*="Group by Interview"]').first().click();
    await sidebar.locator('.action-label[aria-label*="Group by Due Date"]').first().waitFor({ timeout: 10_000 });
    await page.mouse.move(1000, 790);
    const actionRows = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Actions' }) }).locator('.monaco-list-row');
    await actionRows.filter({ hasText: /^Thank-you/ }).first().waitFor({ timeout: 10_000 });
    if (opts.screenshots) await page.screenshot({ path: join(REPO_ROOT, 'docs', 'ui-by-interview.png') });
    const measured = await actionRows.evaluateAll((els) => els
      .filter((el) => el.getAttribute('aria-level') === '2')
      .map((el) => ({ box: el.querySelector('.monaco-icon-label-container'), task: !!el.querySelector('.codicon-tasklist') }))
      .filter((r) => r.box)
      .map((r) => ({ text: r.box.textContent, task: r.task, fits: r.box.scrollWidth <= r.box.clientWidth + 1 })));
    console.log(`    grouped by interview: ${measured.filter((m) => m.fits).length}/${measured.length} rows show what and when whole (tasks are their own text)`);
    const cut = measured.filter((m) => !m.task && !m.fits).map((m) => m.text);
    if (measured.length === 0) throw new Error('no rows under the interviews');
    if (cut.length > 0) throw new Error(`cut off: ${cut.join(' | ')}`);
    await sidebar.locator('.pane-header', { hasText: 'Actions' }).hover();
    await sidebar.locator('.action-label[aria-label*="Group by Due Date"]').first().click();
  });

  recording = false;
  await record;
  await context.close();
  if (frames) {
    // A palette made from the frames, then the GIF with it (one filter graph).
    const out = resolve(opts.gif);
    const filter = 'scale=960:-1:flags=lanczos,split[a][b];[a]palettegen=max_colors=96[p];[b][p]paletteuse=dither=bayer';
    const r = spawnSync('ffmpeg', ['-y', '-loglevel', 'error', '-framerate', '2.5', '-i', join(frames, 'f%04d.png'), '-vf', filter, '-loop', '0', out], { encoding: 'utf8' });
    if (r.error || r.status !== 0) throw new Error(`ffmpeg failed (apt-get install ffmpeg): ${r.error?.message ?? r.stderr}`);
    log(`animated walkthrough ${out}`);
  }
  const failed = results.filter((r) => !r.ok).length;
  console.log(`UI tests: ${results.length - failed} passed, ${failed} failed, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return failed === 0 ? 0 : 1;
}

await runMain(main);
