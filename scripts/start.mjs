#!/usr/bin/env node
// `npm start`: build, render the demo notes, and open them in VS Code with the extension loaded.
//
//   node scripts/start.mjs [--no-build] [--no-demo] [--web] [--dev] [--port <n>] [--host <addr>]
//                          [--folder <dir>] [--extension <dir>]
//
// With a desktop `code` command on PATH (and no --web): runs
//   code --extensionDevelopmentPath=<repo> <repo>/demo
// Otherwise serves the offline VS Code (installed by scripts/install-host.sh when missing) on
// port $PORT or 3000, bound to 127.0.0.1 (--host 0.0.0.0 to reach it from elsewhere), with
// demo/ open; prints the URL to open and runs until Ctrl-C. The extension is packaged
// (npm run package) and installed into the server, which runs without the smoke-test driver,
// so it behaves like an install: notifications (reminders, Undo, "Mark as sent?") show.
// --dev loads it from the development path instead (reload the page after a rebuild; that
// mode needs the smoke-test driver, which hides notification toasts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { HOST_CACHE, REPO_ROOT, ensureHost, hostVersions, log, onPath, parseCli, runMain, startServer, stopping, workbenchUrl } from './host.mjs';

const { values: opts } = parseCli({
  'no-build': { type: 'boolean', default: false },
  'no-demo': { type: 'boolean', default: false },
  web: { type: 'boolean', default: false },
  port: { type: 'string' },
  host: { type: 'string', default: '127.0.0.1' },
  folder: { type: 'string' },
  extension: { type: 'string' },
  dev: { type: 'boolean', default: false },
});

/** Builds the .vsix as `npm run package` does; returns its path. */
function packageExtension(extension) {
  const started = Date.now();
  const r = spawnSync('npm', ['run', 'package', '--silent'], { cwd: extension, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  const vsix = /Packaged: (\S+\.vsix)/.exec(r.stdout ?? '')?.[1];
  if (r.status !== 0 || !vsix) throw new Error(`packaging the extension failed (exit ${r.status ?? r.signal}):\n${r.stdout}`);
  log(`packaged ${vsix} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return vsix;
}

function runNode(script) {
  const started = Date.now();
  const r = spawnSync(process.execPath, [script], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${script} failed (exit ${r.status ?? r.signal})`);
  log(`${script} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function portFree(port, host) {
  return new Promise((res) => {
    const srv = createServer();
    srv.once('error', () => res(false));
    srv.listen(port, host, () => srv.close(() => res(true)));
  });
}

async function main() {
  const extension = resolve(opts.extension ?? REPO_ROOT);
  const folder = resolve(opts.folder ?? join(REPO_ROOT, 'demo'));

  if (!opts['no-build']) runNode('scripts/build.mjs');
  if (!opts['no-demo'] && existsSync(join(REPO_ROOT, 'scripts', 'demo.mjs'))) runNode('scripts/demo.mjs');
  mkdirSync(folder, { recursive: true });

  const code = opts.web || process.env.IFU_START_WEB ? null : onPath('code');
  if (code) {
    log(`${code} --extensionDevelopmentPath=${extension} ${folder}`);
    const r = spawnSync(code, [`--extensionDevelopmentPath=${extension}`, folder], { stdio: 'inherit' });
    return r.status ?? 1;
  }

  const port = Number(opts.port ?? process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`invalid port ${opts.port ?? process.env.PORT}`);
  if (!(await portFree(port, opts.host))) {
    throw new Error(`port ${port} is in use on ${opts.host}; choose another one: PORT=3001 npm start`);
  }
  ensureHost();
  const vsix = opts.dev ? undefined : packageExtension(extension);
  // One profile for the demo server, kept between starts: the settings a user changes (signature, theme) stay.
  const profile = join(HOST_CACHE, '..', 'demo-profile');
  mkdirSync(profile, { recursive: true });
  const server = await startServer({ port, host: opts.host, vsix, profile });
  const url = vsix ? `${server.origin}/?folder=${encodeURIComponent(folder)}` : workbenchUrl({ origin: server.origin, folder, extensionDevelopmentPath: extension });
  console.log(`\nVS Code ${hostVersions().vscode} (offline, no desktop \`code\` on PATH) is serving ${folder}`);
  console.log(`with the extension ${vsix ? `installed from ${vsix}` : `loaded from ${extension}`}. Open in a browser:\n\n  ${url}\n`);
  if (opts.host === '0.0.0.0') console.log(`(bound to all interfaces: replace 127.0.0.1 by this machine's address)\n`);
  console.log(vsix ? 'Run npm start again after a change. Ctrl-C stops the server.' : 'Reload the page after rebuilding (node scripts/build.mjs). Ctrl-C stops the server.');
  console.log(`The demo notes are in ${join(folder, 'interviews')}; notes you add or change there are kept when npm start runs again. Settings are kept in ${resolve(profile)}.`);

  const { code: exitCode, signal } = await server.exited;
  if (stopping()) return 0;
  throw new Error(`the VS Code server stopped (code ${exitCode}, signal ${signal}):\n${server.output()}`);
}

await runMain(main, { signalExitCode: 0 });
