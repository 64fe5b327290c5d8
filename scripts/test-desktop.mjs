#!/usr/bin/env node
// Runs the same integration suite in desktop VS Code through @vscode/test-electron.
// Needs network: VS Code is downloaded from update.code.visualstudio.com into .vscode-test/
// the first time. Without network use the offline host: node scripts/test-host.mjs.
//
//   node scripts/test-desktop.mjs [--workspace <dir>] [--tests <compiled tests index.js>]
//                                 [--extension <dir>] [--vscode <stable|insiders|1.x.y>]
//
// Defaults as in test-host.mjs; VS Code version from --vscode, $IFU_VSCODE_VERSION or 'stable'.
// On Linux without a display it re-runs itself under `xvfb-run -a` when that is installed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT, log, makeTempDir, onPath, parseCli, prepareWorkspace, runMain } from './host.mjs';

const { values: opts } = parseCli({
  workspace: { type: 'string' },
  tests: { type: 'string' },
  extension: { type: 'string' },
  vscode: { type: 'string' },
});

async function main() {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && !process.env.IFU_UNDER_XVFB) {
    if (!onPath('xvfb-run')) {
      throw new Error(
        'desktop VS Code needs a display: none is set and xvfb-run is missing (apt-get install xvfb), ' +
          'or use the headless offline host: node scripts/test-host.mjs',
      );
    }
    log('no display: re-running under xvfb-run -a');
    const r = spawnSync('xvfb-run', ['-a', process.execPath, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...process.env, IFU_UNDER_XVFB: '1' },
    });
    return r.status ?? 1;
  }

  const extensionDevelopmentPath = resolve(opts.extension ?? REPO_ROOT);
  const extensionTestsPath = resolve(opts.tests ?? join(REPO_ROOT, 'out', 'test', 'host', 'index.js'));
  if (!existsSync(extensionTestsPath)) {
    throw new Error(`tests module ${extensionTestsPath} not found: build first (node scripts/build.mjs), or pass --tests`);
  }
  const version = opts.vscode ?? process.env.IFU_VSCODE_VERSION ?? 'stable';
  const { downloadAndUnzipVSCode, runTests, TestRunFailedError } = await import('@vscode/test-electron');

  let vscodeExecutablePath;
  try {
    vscodeExecutablePath = await downloadAndUnzipVSCode({
      version,
      cachePath: join(REPO_ROOT, '.vscode-test'),
      timeout: 30_000,
    });
  } catch (err) {
    throw new Error(
      `could not download VS Code ${version} from Microsoft's update service (${err?.message ?? err}).\n` +
        'The desktop path needs network access. Offline, run the same suite in the VS Code server + ' +
        'headless Chromium host instead: node scripts/test-host.mjs (npm test).',
    );
  }

  const workspace = prepareWorkspace(opts.workspace);
  const profile = makeTempDir('ifu-vscode-desktop-');
  console.log(`desktop VS Code ${version}: ${vscodeExecutablePath}\nworkspace: ${workspace}`);
  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath,
      extensionTestsPath,
      launchArgs: [workspace, `--user-data-dir=${join(profile, 'user-data')}`, `--extensions-dir=${join(profile, 'extensions')}`],
      extensionTestsEnv: { IFU_TEST_WORKSPACE: workspace },
    });
    return 0;
  } catch (err) {
    if (err instanceof TestRunFailedError) return typeof err.code === 'number' ? err.code : 1;
    throw err;
  }
}

// @vscode/test-electron handles Ctrl-C itself (closes VS Code gracefully, then forcefully).
await runMain(main, { signals: false });
