// Entry point of the integration suite, loaded by the extension host as `extensionTestsPath`
// (offline: scripts/test-host.mjs; desktop VS Code: scripts/test-desktop.mjs).
// Bundled by scripts/build.mjs to out/test/host/index.js with `mocha` and `vscode` external;
// every test/host/*.test.ts becomes a sibling out/test/host/*.test.js picked up here.
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { format, stripVTControlCharacters } from 'node:util';

type ConsoleMethod = 'log' | 'info' | 'warn' | 'error' | 'debug';
const METHODS: ConsoleMethod[] = ['log', 'info', 'warn', 'error', 'debug'];

/**
 * In the offline host the extension host's console reaches the runner mixed with the web
 * workbench's own log lines. scripts/test-host.mjs sets IFU_HOST_TAG; while the suite runs
 * every console message (mocha's report, and console.* of tests and extension) starts with
 * that tag so the runner can forward exactly those. Returns a function that undoes it.
 */
function tagConsole(tag: string | undefined): () => void {
  if (!tag) return () => {};
  // The extension host defines console.* as getter/setter pairs whose setter ignores
  // assignments (so extensions cannot unhook the forwarding): redefine, then restore.
  const saved = METHODS.map((m) => [m, Object.getOwnPropertyDescriptor(console, m)] as const);
  for (const m of METHODS) {
    const original = console[m];
    Object.defineProperty(console, m, {
      configurable: true,
      enumerable: true,
      writable: true,
      value: (...args: unknown[]) => original.call(console, tag + format(...args)),
    });
  }
  // Mocha's reporters captured console.log when mocha was loaded: route them through ours.
  const base = Mocha.reporters.Base as unknown as { consoleLog: (...a: unknown[]) => void };
  const savedConsoleLog = base.consoleLog;
  base.consoleLog = (...args: unknown[]) => console.log(...args);
  return () => {
    for (const [m, desc] of saved) {
      if (desc) Object.defineProperty(console, m, desc);
    }
    base.consoleLog = savedConsoleLog;
  };
}

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 20000 });
  // mocha 12 colours its ✔/✖ symbols with picocolors whatever `color` says (e.g. when CI is set).
  const symbols = Mocha.reporters.Base.symbols as unknown as Record<string, string>;
  for (const k of Object.keys(symbols)) symbols[k] = stripVTControlCharacters(symbols[k]!);
  // Optional filter, e.g. `node scripts/test-host.mjs --grep tree` (passed as IFU_TEST_GREP).
  if (process.env.IFU_TEST_GREP) mocha.grep(process.env.IFU_TEST_GREP);
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  if (files.length === 0) {
    throw new Error(`no *.test.js files next to ${__filename}`);
  }
  for (const f of files) mocha.addFile(join(__dirname, f));

  const untag = tagConsole(process.env.IFU_HOST_TAG);
  try {
    await mocha.loadFilesAsync();
    const failures = await new Promise<number>((resolve) => mocha.run(resolve));
    if (failures > 0) {
      throw new Error(`${failures} integration test${failures === 1 ? '' : 's'} failed`);
    }
  } finally {
    untag();
  }
}
