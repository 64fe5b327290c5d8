#!/usr/bin/env node
// The pipeline panel in the real web workbench, in real Chromium (offline host, see host.mjs):
// for each of the light, dark and high-contrast themes it opens "Open Interview Pipeline" from
// the command palette, finds the webview's frame, and checks that the page drew the board (one
// card per note `interview-followup stats` counts) and five charts in that theme's colours, that
// a card moved with the keyboard alone (dark) and one dragged with the mouse (light) are written
// on disk and shown in their new column, and that neither the page nor its frame logged a
// console error or a Content Security Policy violation.
//
//   node scripts/test-webview.mjs [--screenshots] [--theme light|dark|hc]
//
// --screenshots saves docs/pipeline-<theme>.png (for the README).
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, ensureHost, hostVersions, isOfflineNoise, launchBrowser, log, makeTempDir, parseCli, runMain, startServer, workbenchUrl } from './host.mjs';

const { values: opts } = parseCli({
  screenshots: { type: 'boolean', default: false },
  theme: { type: 'string' },
  verbose: { type: 'boolean', default: false },
});

const THEMES = [
  { key: 'light', name: 'Default Light Modern', bodyClass: 'vscode-light' },
  { key: 'dark', name: 'Default Dark Modern', bodyClass: 'vscode-dark' },
  { key: 'hc', name: 'Default High Contrast', bodyClass: 'vscode-high-contrast' },
];

/** The demo notes rendered for today, in a temporary folder the test may change. */
function demoWorkspace() {
  const dir = join(makeTempDir('ifu-webview-'), 'demo');
  cpSync(join(REPO_ROOT, 'demo'), dir, { recursive: true, filter: (src) => !src.includes(`${join('demo', 'interviews')}`) });
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'demo.mjs'), '--out', join(dir, 'interviews')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`demo.mjs failed: ${r.stderr}`);
  return dir;
}

function cliStats(folder) {
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'dist', 'cli.js'), 'stats', folder, '--json', '--no-cache'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cli stats failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

// Measured with the panel never opened: the offline workbench logs this once, 15-25 s after load.
const WORKBENCH_NOISE = [/An unknown error occurred\. Please consult the log/];

async function pipelineFrame(page, timeoutMs = 30_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    for (const frame of page.frames()) {
      try {
        if (await frame.$('#app .board')) return frame;
      } catch {
        /* a frame navigating or detached: try the next one */
      }
    }
    await page.waitForTimeout(200);
  }
  throw new Error('no webview frame with the pipeline board appeared');
}

/** Waits until the note of `company` says `status: <status>` on disk. */
async function statusWritten(folder, company, status, timeoutMs = 10_000) {
  const dir = join(folder, 'interviews');
  const path = readdirSync(dir).map((f) => join(dir, f)).find((p) => readFileSync(p, 'utf8').includes(`company: ${company}\n`));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (new RegExp(`^status: ${status}$`, 'm').test(readFileSync(path, 'utf8'))) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

/** Waits until the board shows `company` in the column of `stage`. */
function inColumn(frame, company, stage) {
  return frame.waitForFunction(([c, s]) => [...document.querySelectorAll(`.column[data-stage="${s}"] .company`)].some((e) => e.textContent === c), [company, stage], { timeout: 10_000 })
    .then(() => true, () => false);
}

async function runTheme(theme, folder, expected) {
  const failures = [];
  const server = await startServer({ settings: { 'workbench.colorTheme': theme.name } });
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors = [];
  const webviewErrors = [];
  page.on('console', (msg) => {
    if (opts.verbose) log(`console.${msg.type()}: ${msg.text()} (${msg.location()?.url ?? ''})`);
    if (msg.type() !== 'error' && !/Content Security Policy/i.test(msg.text())) return;
    const where = msg.location()?.url ?? '';
    const entry = `${msg.text()} (${where || 'no location'})`;
    // Frames of webviews are served from the workbench's webview origin (…/webview/… or vscode-webview://).
    if (/webview|pipeline\.js/i.test(where) || /Content Security Policy/i.test(msg.text())) webviewErrors.push(entry);
    else if (!isOfflineNoise(msg.text()) && !WORKBENCH_NOISE.some((re) => re.test(msg.text()))) errors.push(entry);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  await page.goto(workbenchUrl({ origin: server.origin, folder, extensionDevelopmentPath: REPO_ROOT }));
  await page.waitForSelector('.monaco-workbench .part.activitybar', { timeout: 60_000 });
  // The extension activates on the notes folder; then run the command from the palette as a user would.
  await page.locator('.part.activitybar [aria-label*="Interview Follow-Up"]').first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('F1');
  await page.keyboard.type('Interview Follow-Up: Open Interview Pipeline');
  await page.waitForTimeout(300);
  await page.keyboard.press('Enter');
  const frame = await pipelineFrame(page);
  await frame.waitForSelector('figure.chart canvas', { timeout: 15_000 });
  await page.waitForTimeout(500);

  const seen = await frame.evaluate(() => {
    const painted = [...document.querySelectorAll('figure.chart canvas')].map((c) => {
      const ctx = c.getContext('2d');
      if (!ctx || !c.width || !c.height) return 0;
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
      return n;
    });
    const style = getComputedStyle(document.body);
    return {
      bodyClass: document.body.className,
      background: style.backgroundColor,
      color: style.color,
      columns: document.querySelectorAll('.column').length,
      cards: document.querySelectorAll('.card').length,
      companies: [...document.querySelectorAll('.card .company')].map((e) => e.textContent),
      painted,
      tables: [...document.querySelectorAll('figure.chart table')].length,
      labelled: [...document.querySelectorAll('figure.chart canvas')].every((c) => c.getAttribute('role') === 'img' && c.getAttribute('aria-label')),
      // VS Code's own inline script (defining acquireVsCodeApi) is not the page's.
      inlineScripts: [...document.querySelectorAll('script')].filter((s) => !s.src && !s.textContent.includes('acquireVsCodeApi')).length,
    };
  });
  const check = (ok, what) => {
    if (!ok) failures.push(what);
  };
  check(seen.bodyClass.split(/\s+/).includes(theme.bodyClass), `body class "${seen.bodyClass}" lacks ${theme.bodyClass}`);
  check(seen.cards === expected.interviews, `${seen.cards} cards on the board, the CLI counts ${expected.interviews} interviews`);
  // Every stage (seven), empty ones as small drop targets, and "Other status" when a note has another word.
  check(seen.columns >= 7, `${seen.columns} columns`);
  check(seen.painted.length === 5 && seen.painted.every((n) => n > 0), `charts painted: ${JSON.stringify(seen.painted)}`);
  check(seen.tables === 5 && seen.labelled, 'every chart has a table and an accessible name');
  check(seen.inlineScripts === 0, `${seen.inlineScripts} inline scripts`);

  if (opts.screenshots) {
    await page.mouse.move(700, 890);
    await page.keyboard.press('Control+b'); // hide the side bar: the panel gets the width
    await page.waitForTimeout(800);
    const out = join(REPO_ROOT, 'docs', `pipeline-${theme.key}.png`);
    await page.screenshot({ path: out });
    log(`saved ${out}`);
    if (theme.key === 'dark') {
      await frame.evaluate(() => document.getElementById('charts-h')?.scrollIntoView());
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(REPO_ROOT, 'docs', 'pipeline-charts-dark.png') });
      await frame.evaluate(() => window.scrollTo(0, 0));
    }
  }

  if (theme.key === 'dark') {
    // Keyboard only: focus a card's "Move to" list, pick the next status, and the note changes on disk.
    const select = frame.locator('.card select.move').first();
    const company = await frame.locator('.card .company').first().textContent();
    await select.focus();
    await page.keyboard.press('ArrowDown');
    const picked = await select.inputValue();
    check(picked !== '' && (await statusWritten(folder, company, picked)), `keyboard move of ${company} to "${picked}" was not written`);
    check(await inColumn(frame, company, picked), `${company} is not in the "${picked}" column after the keyboard move`);
  }
  if (theme.key === 'light') {
    // The mouse: drag a card whose status is read from its date (none written) onto the Offer column.
    const card = frame.locator('.card', { has: frame.locator('.derived') }).first();
    const company = await card.locator('.company').textContent();
    await card.dragTo(frame.locator('.column[data-stage="offer"]'));
    check(await statusWritten(folder, company, 'offer'), `dragging ${company} to Offer did not write its status`);
    check(await inColumn(frame, company, 'offer'), `${company} is not in the Offer column after the drop`);
  }

  check(webviewErrors.length === 0, `webview console errors / CSP violations:\n    ${webviewErrors.join('\n    ')}`);
  check(errors.length === 0, `workbench console errors:\n    ${errors.join('\n    ')}`);
  await browser.close();
  await server.stop();
  return { theme: theme.key, failures, background: seen.background, color: seen.color };
}

async function main() {
  ensureHost();
  log(`VS Code ${hostVersions().vscode}, webview test`);
  const themes = opts.theme ? THEMES.filter((t) => t.key === opts.theme) : THEMES;
  if (themes.length === 0) throw new Error(`--theme must be one of ${THEMES.map((t) => t.key).join(', ')}`);
  let failed = 0;
  const results = [];
  for (const theme of themes) {
    // A fresh copy per theme: the dark run moves a card.
    const folder = demoWorkspace();
    const expected = cliStats(join(folder, 'interviews'));
    const r = await runTheme(theme, folder, expected);
    results.push(r);
    console.log(`webview, ${theme.key} theme: ${r.failures.length ? 'FAILED' : 'ok'} (body ${r.background}, text ${r.color})`);
    for (const f of r.failures) console.log(`  - ${f}`);
    failed += r.failures.length ? 1 : 0;
  }
  const backgrounds = new Set(results.map((r) => r.background));
  if (results.length > 1 && backgrounds.size !== results.length) {
    console.log(`  - the themes did not change the page's background: ${[...backgrounds].join(', ')}`);
    failed++;
  }
  console.log(`webview tests: ${results.length - failed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

await runMain(main);
