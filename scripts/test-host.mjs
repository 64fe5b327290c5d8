#!/usr/bin/env node
// Runs the integration suite inside a real VS Code extension host, offline:
// VS Code server (from code-server, Node 24) + web workbench in headless Chromium.
//
//   node scripts/test-host.mjs [--workspace <dir>] [--tests <compiled tests index.js>]
//                              [--extension <dir>] [--timeout <seconds>] [--grep <regexp>] [--multi-root] [--custom-folder] [--verbose]
//
// Defaults: workspace = fresh temp copy of test/fixtures/workspace (tests may edit it; its
// path is in IFU_TEST_WORKSPACE inside the extension host), tests = out/test/host/index.js
// (built by scripts/build.mjs), extension = the repo root. Exit code = the extension host's.
// --grep runs only the tests whose title matches (IFU_TEST_GREP in the extension host).
// --multi-root opens a two-folder workspace (see prepareMultiRootWorkspace) and runs the
// tests titled "multi-root" (they skip themselves in the single-folder run).
// --custom-folder opens a copy of test/fixtures/workspace-custom (notes in jobs/, named by its
// settings) and runs the tests titled "custom folder" (start-up activation without interviews/).
// Env: IFU_HOST_TIMEOUT (seconds, default 300), IFU_HOST_VERBOSE=1 (all server and
// workbench output), IFU_HOST_KEEP=1 (keep temp dirs), IFU_HOST_CACHE, IFU_CHROMIUM.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  REPO_ROOT,
  ensureHost,
  hostVersions,
  isOfflineNoise,
  launchBrowser,
  log,
  parseCli,
  prepareMultiRootWorkspace,
  prepareWorkspace,
  runMain,
  startServer,
  workbenchUrl,
} from './host.mjs';

// Must match what test/host/index.ts prefixes to console output while the suite runs.
const TAG = '\u27e6ifu-test\u27e7 ';

const { values: opts } = parseCli({
  workspace: { type: 'string' },
  tests: { type: 'string' },
  extension: { type: 'string' },
  timeout: { type: 'string' },
  grep: { type: 'string' },
  'multi-root': { type: 'boolean', default: false },
  'custom-folder': { type: 'boolean', default: false },
  verbose: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
});
if (opts.help) {
  const lines = readFileSync(new URL(import.meta.url), 'utf8').split('\n').slice(1);
  const header = lines.slice(0, lines.findIndex((l) => !l.startsWith('//')));
  process.stdout.write(`${header.map((l) => l.replace(/^\/\/ ?/, '')).join('\n')}\n`);
  process.exit(0);
}
const verbose = opts.verbose || !!process.env.IFU_HOST_VERBOSE;
const timeoutSec = Number(opts.timeout ?? process.env.IFU_HOST_TIMEOUT ?? 300);
if (!Number.isFinite(timeoutSec) || timeoutSec <= 0) {
  console.error(`invalid timeout: ${opts.timeout ?? process.env.IFU_HOST_TIMEOUT}`);
  process.exit(2);
}

/** Strips the web workbench logger's "%c INFO color: #33f " style prefix. */
function stripLogPrefix(text) {
  return text.replace(/^%c\s*(?:TRACE|DEBUG|INFO|WARN|ERR)\s+color:\s*#[0-9a-fA-F]+\s?/, '');
}

async function main() {
  const started = Date.now();
  const secs = () => ((Date.now() - started) / 1000).toFixed(1);

  const extensionPath = resolve(opts.extension ?? REPO_ROOT);
  const testsPath = resolve(opts.tests ?? join(REPO_ROOT, 'out', 'test', 'host', 'index.js'));
  if (!existsSync(join(extensionPath, 'package.json'))) {
    throw new Error(`no extension at ${extensionPath} (package.json missing)`);
  }
  const manifest = JSON.parse(readFileSync(join(extensionPath, 'package.json'), 'utf8'));
  if (manifest.main && !existsSync(resolve(extensionPath, manifest.main)) && !existsSync(resolve(extensionPath, `${manifest.main}.js`))) {
    throw new Error(`the extension's main ${manifest.main} does not exist in ${extensionPath}: build first (node scripts/build.mjs)`);
  }
  if (!existsSync(testsPath)) {
    throw new Error(`tests module ${testsPath} not found: build first (node scripts/build.mjs), or pass --tests`);
  }

  ensureHost();
  const v = hostVersions();
  console.log(`offline host: VS Code ${v.vscode} (code-server ${v.codeServer}, Node ${v.node}), Chromium headless`);

  const multiRoot = opts['multi-root'];
  const customFolder = opts['custom-folder'];
  const workspace = multiRoot ? prepareMultiRootWorkspace() : prepareWorkspace(opts.workspace, customFolder ? 'workspace-custom' : 'workspace');
  console.log(`${multiRoot ? 'multi-root workspace' : 'workspace'}: ${workspace}`);

  // The server's environment reaches the extension host (measured), so tests read these.
  const env = { IFU_TEST_WORKSPACE: workspace, IFU_HOST_TAG: TAG };
  const grep = opts.grep ?? (multiRoot ? 'multi-root' : customFolder ? 'custom folder' : undefined);
  if (grep) env.IFU_TEST_GREP = grep;
  const server = await startServer({ env });
  if (verbose) log(`server ${server.origin} (pid ${server.pid}) up after ${secs()} s`);
  const browser = await launchBrowser();
  const page = await browser.newPage();

  let finish;
  const finished = new Promise((r) => (finish = r));
  await page.exposeFunction('codeAutomationExit', (code) => finish({ kind: 'exit', code: Number(code) }));

  const recentOther = []; // untagged, non-noise workbench messages, shown when the run fails
  const counts = { passing: 0, failing: 0 }; // from mocha's summary lines
  page.on('console', (msg) => {
    const text = stripLogPrefix(msg.text());
    if (text.startsWith(TAG)) {
      const line = text.slice(TAG.length);
      const summary = /^\s*(\d+) (passing|failing)\b/.exec(line);
      if (summary) counts[summary[2]] = Number(summary[1]);
      process.stdout.write(`${line}\n`);
      return;
    }
    if (verbose) {
      process.stderr.write(`[workbench:${msg.type()}] ${text}\n`);
      return;
    }
    if ((msg.type() === 'error' || msg.type() === 'warning') && !isOfflineNoise(text)) {
      const lines = text.split('\n');
      const entry = lines.length > 8 ? `${lines.slice(0, 8).join('\n')}\n...` : text;
      if (recentOther.at(-1) !== entry) recentOther.push(entry); // the host logs some errors twice
      if (recentOther.length > 20) recentOther.shift();
    }
  });
  page.on('pageerror', (err) => verbose && process.stderr.write(`[workbench:pageerror] ${err.message}\n`));
  page.on('crash', () => finish({ kind: 'fail', why: 'the workbench page crashed' }));
  page.on('close', () => finish({ kind: 'fail', why: 'the workbench page closed before the tests finished' }));
  server.exited.then(({ code, signal }) =>
    finish({ kind: 'fail', why: `the VS Code server exited (code ${code}, signal ${signal}) before the tests finished` }),
  );
  const timer = setTimeout(
    () => finish({ kind: 'fail', why: `timed out after ${timeoutSec} s waiting for the extension host to finish the tests (IFU_HOST_TIMEOUT / --timeout)` }),
    timeoutSec * 1000,
  );

  const url = workbenchUrl({
    origin: server.origin,
    ...(multiRoot ? { workspaceFile: workspace } : { folder: workspace }),
    extensionDevelopmentPath: extensionPath,
    extensionTestsPath: testsPath,
  });
  if (verbose) log(url);
  await page.goto(url);
  const result = await finished;
  clearTimeout(timer);

  const showOther = () => {
    if (recentOther.length > 0) {
      process.stderr.write(`\nlast workbench errors (IFU_HOST_VERBOSE=1 shows everything):\n`);
      for (const line of recentOther) process.stderr.write(`  ${line.replace(/\n/g, '\n  ')}\n`);
    }
  };
  if (result.kind === 'fail') {
    showOther();
    throw new Error(result.why);
  }
  if (result.code !== 0) showOther();
  console.log(`extension host exited with code ${result.code} after ${secs()} s`);
  console.log(`integration tests: ${counts.passing} passed, ${counts.failing} failed`);
  return result.code;
}

await runMain(main);
