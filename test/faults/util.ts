// Shared by the fault tests: a scratch folder, the built CLI as a child process, and notes
// whose modification time is in the past (so `mark` does not wait for a save to settle).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// IFU_FAULT_CLI runs the suite against another build (e.g. an older release, to see it fail).
export const CLI = resolve(process.env.IFU_FAULT_CLI ?? 'dist/cli.js');
if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');

const scratches: string[] = [];
// Notes of tens of MB: never leave them behind in the temporary folder.
process.on('exit', () => {
  for (const dir of scratches) rmSync(dir, { recursive: true, force: true });
});

export function scratch(name: string, parent = tmpdir()): string {
  const dir = mkdtempSync(join(parent, `ifu-fault-${name}-`));
  scratches.push(dir);
  return dir;
}

export function settle(path: string): void {
  const hourAgo = new Date(Date.now() - 3600_000);
  utimesSync(path, hourAgo, hourAgo);
}

export function writeSettled(path: string, data: string | Uint8Array): void {
  writeFileSync(path, data);
  settle(path);
}

export const sha = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');
export const fileSha = (path: string) => sha(readFileSync(path));

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function cliSync(args: string[], timeoutMs = 20_000): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

export function cli(args: string[]): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr }));
  });
}

/** Temporary files a write may leave behind (`.<name>.ifu-tmp-…`). */
export const temps = (folder: string) => readdirSync(folder).filter((f) => f.includes('.ifu-tmp-'));

/** A stack trace or a bare Node error in the output: the user must never see one. */
export const looksLikeCrash = (s: string) => /^\s+at |\bnode:internal\b|Error: E[A-Z]+:|Uncaught|RangeError|TypeError/m.test(s);

export const NOTE_HEAD = '---\ncompany: Acme\nrole: Engineer\ninterview: 2026-11-20 10:00\nthankYou: ~\n---\n';
export const markedOf = (text: string) => text.replace('thankYou: ~', 'thankYou: 2026-11-21');

/** Mounts a tmpfs of `size` on dir (root on Linux only); the reason when it cannot. */
export function mountTmpfs(dir: string, size: string): string | undefined {
  if (process.platform !== 'linux') return `tmpfs needs Linux (this is ${process.platform})`;
  if (process.getuid?.() !== 0) return 'mounting a small tmpfs needs root (CI runs as root)';
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { encoding: 'utf8' });
  if (r.status !== 0) return `mount -t tmpfs failed: ${(r.stderr || r.error?.message || '').trim()}`;
  return undefined;
}
