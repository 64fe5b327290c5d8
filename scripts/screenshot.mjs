#!/usr/bin/env node
// Takes a PNG of the web workbench with the extension loaded (for the README), offline.
//
//   node scripts/screenshot.mjs [out.png] [--folder <dir>] [--extension <dir>]
//                               [--size 1400x900] [--wait <ms>] [--no-click]
//                               [--open <file in the folder>] [--theme "Default Dark Modern"]
//                               [--sidebar-width <px>] [--problems] [--goto <line>]
//
// Defaults: out = docs/screenshot.png, folder = demo/, extension = the repo root (build it
// first: node scripts/build.mjs). Clicks the activity-bar icon whose aria-label contains
// "Interview Follow-Up" when there is one, waits, and saves the page as a PNG.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { REPO_ROOT, ensureHost, hostVersions, launchBrowser, log, parseCli, runMain, startServer, workbenchUrl } from './host.mjs';

const { values: opts, positionals } = parseCli({
  folder: { type: 'string' },
  extension: { type: 'string' },
  size: { type: 'string', default: '1400x900' },
  wait: { type: 'string', default: '2500' },
  'no-click': { type: 'boolean', default: false },
  label: { type: 'string', default: 'Interview Follow-Up' },
  open: { type: 'string' },
  theme: { type: 'string' },
  'sidebar-width': { type: 'string' },
  problems: { type: 'boolean', default: false },
  goto: { type: 'string' },
}, { allowPositionals: true });

async function main() {
  const out = resolve(positionals[0] ?? join(REPO_ROOT, 'docs', 'screenshot.png'));
  const folder = resolve(opts.folder ?? join(REPO_ROOT, 'demo'));
  const extension = resolve(opts.extension ?? REPO_ROOT);
  const [width, height] = opts.size.split('x').map(Number);
  if (!width || !height) throw new Error(`--size must look like 1400x900, got ${opts.size}`);
  if (!existsSync(folder)) throw new Error(`folder ${folder} does not exist (npm start renders demo/, or pass --folder)`);

  ensureHost();
  log(`VS Code ${hostVersions().vscode}: ${folder}`);
  const server = await startServer({ settings: opts.theme ? { 'workbench.colorTheme': opts.theme } : {} });
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width, height } });
  const openFile = opts.open ? resolve(folder, opts.open) : undefined;
  if (openFile && !existsSync(openFile)) throw new Error(`--open: ${openFile} does not exist`);
  await page.goto(workbenchUrl({ origin: server.origin, folder, extensionDevelopmentPath: extension, openFile }));
  await page.waitForSelector('.monaco-workbench .part.activitybar', { timeout: 60_000 });

  if (!opts['no-click']) {
    // Activity-bar entries are <li class="action-item"> (role tab) with a child <a> carrying the label.
    const icon = page
      .locator(`.part.activitybar .action-item [aria-label*="${opts.label}"], .part.activitybar .action-item[aria-label*="${opts.label}"]`)
      .first();
    try {
      await icon.waitFor({ state: 'visible', timeout: 20_000 });
      await icon.click();
      log(`clicked the "${opts.label}" activity-bar icon`);
      await page.mouse.move(width / 2, height - 2); // no hover tooltip in the picture
    } catch {
      log(`no activity-bar icon labelled "${opts.label}" (is the extension built and activated?); screenshot without it`);
    }
  }
  if (opts['sidebar-width']) {
    // Drag the sash between the side bar and the editor so row descriptions fit.
    const sidebar = await page.locator('.part.sidebar').boundingBox();
    if (sidebar) {
      const x = sidebar.x + sidebar.width;
      const y = sidebar.y + sidebar.height / 2;
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(sidebar.x + Number(opts['sidebar-width']), y, { steps: 8 });
      await page.mouse.up();
    }
  }
  if (opts.goto && openFile) {
    // Go to Line in the opened editor, so the part to show is in view.
    await page.locator('.monaco-editor textarea').first().focus();
    await page.keyboard.press('Control+g');
    await page.keyboard.type(String(opts.goto));
    await page.keyboard.press('Enter');
  }
  if (opts.problems) {
    await page.keyboard.press('Control+Shift+M');
    log('opened the Problems panel');
  }
  await page.mouse.move(width / 2, height - 2);
  await page.waitForTimeout(Number(opts.wait));
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`saved ${out}`);
  return 0;
}

await runMain(main);
