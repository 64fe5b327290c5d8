// Runs the built CLI (dist/cli.js) as its own process, as a user would: a crash, a hang or a
// stack trace shows here as it would in a terminal. As root, chmod does not stop reads, so
// runs that need a file to be unreadable go through `setpriv` as user nobody when possible.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, existsSync } from 'node:fs';
import { tempDir } from '../tempDirs';
import { resolve } from 'node:path';

export const CLI = resolve('dist/cli.js');
if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');

const isRoot = process.getuid?.() === 0;
const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p));

/** How to run as a user chmod applies to, or why not. */
export const unprivileged: { prefix: string[] } | { skip: string } = !isRoot
  ? { prefix: [] }
  : setpriv
    ? { prefix: [setpriv, '--reuid=65534', '--regid=65534', '--clear-groups'] }
    : { skip: 'running as root without setpriv: chmod 000 does not stop root from reading' };

/** A temporary folder every user can enter (mkdtemp makes it 0700). */
export function openTmp(prefix: string): string {
  const dir = tempDir(prefix);
  chmodSync(dir, 0o755);
  return dir;
}

export function runCli(args: string[], options: { prefix?: string[]; timeoutMs?: number } = {}): SpawnSyncReturns<string> & { timedOut: boolean } {
  const cacheDir = openTmp('ifu-fault-cache-');
  chmodSync(cacheDir, 0o777);
  const [cmd, ...rest] = [...(options.prefix ?? []), process.execPath, CLI, ...args];
  const r = spawnSync(cmd!, rest, {
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 20_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, INTERVIEW_FOLLOWUP_CACHE_DIR: cacheDir, TZ: 'UTC' },
  });
  return Object.assign(r, { timedOut: (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT' });
}

export const NOTE = (company: string) => `---\ncompany: ${company}\ninterview: 2026-11-26 10:00\n---\n`;
