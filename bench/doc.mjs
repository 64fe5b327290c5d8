// docs/benchmarks.md holds one section per benchmark script; each script rewrites only its own.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, platform, release, totalmem } from 'node:os';
import { dirname } from 'node:path';

const HEADER = `# Benchmarks

Each section is written by the script it names; rerun that script to refresh it.
`;

/** Replaces (or appends) the section that starts with the line `heading` (a "## " heading). */
export function writeSection(file, heading, text) {
  const old = existsSync(file) ? readFileSync(file, 'utf8') : HEADER;
  let next;
  const start = old.indexOf(`\n${heading}\n`);
  if (start >= 0) {
    const rest = old.slice(start + 1);
    const end = rest.slice(heading.length).search(/\n## /);
    next = old.slice(0, start + 1) + text + (end >= 0 ? rest.slice(heading.length + end) : '');
  } else {
    next = `${old.replace(/\n*$/, '\n')}\n${text}`;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, next.replace(/\n{3,}/g, '\n\n').replace(/\n*$/, '\n'));
}

/** One line about the machine a benchmark ran on. */
export function machine() {
  let cores;
  try {
    cores = execFileSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    cores = String(availableParallelism());
  }
  const model = cpus()[0]?.model?.trim() ?? 'unknown CPU';
  return `${cores} CPUs (\`nproc\`), ${model}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${platform()} ${release()}, Node ${process.version}`;
}
