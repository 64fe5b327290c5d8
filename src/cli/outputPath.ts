// Where the CLI may write a file it creates (`ics --out`, a note made by `new`): into a folder
// that exists (a missing one is refused, never created: a typo must not make a tree of folders,
// and a recursive mkdir under /proc spun forever), on an ordinary file system (never /proc, /sys,
// /dev or another kernel file system), and over nothing but a regular file.
import { lstatSync, realpathSync, statfsSync, statSync } from 'node:fs';
import { basename, dirname, resolve, sep } from 'node:path';
import { CliError } from './args';

/** Where kernel file systems are mounted on Linux; refused whatever statfs says. */
const SPECIAL_ROOTS = ['/proc', '/sys', '/dev'];

/** statfs magic numbers of Linux's kernel and pseudo file systems (linux/magic.h). */
const SPECIAL_TYPES = new Map<number, string>([
  [0x9fa0, 'proc'], [0x62656572, 'sysfs'], [0x1cd1, 'devpts'], [0x27e0eb, 'cgroup'], [0x63677270, 'cgroup2'],
  [0x64626720, 'debugfs'], [0x74726163, 'tracefs'], [0x73636673, 'securityfs'], [0xcafe4a11, 'bpf'],
  [0x62656570, 'configfs'], [0x6165676c, 'pstore'], [0xde5e81e4, 'efivarfs'], [0x42494e4d, 'binfmt_misc'],
  [0x19800202, 'mqueue'], [0x958458f6, 'hugetlbfs'], [0x74736e6d, 'nsfs'],
]);

/** Why a folder that exists is no place for a file, or undefined. */
function specialFileSystem(real: string): string | undefined {
  const root = SPECIAL_ROOTS.find((r) => real === r || real.startsWith(r + sep));
  if (root) return `${root} is a kernel file system`;
  if (process.platform !== 'linux') return undefined;
  try {
    const name = SPECIAL_TYPES.get(statfsSync(real).type);
    if (name) return `it is on a kernel file system (${name})`;
  } catch {
    // statfs unavailable: the path check above stands
  }
  return undefined;
}

/** The folder `folder` as a real path, when it exists and can hold files; else one sentence why not (CliError). */
export function existingWritableFolder(folder: string, flag: string): string {
  const path = resolve(folder);
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    throw new CliError(`${flag}: ${path} does not exist (it is not created: make the folder first)`);
  }
  if (!statSync(real).isDirectory()) throw new CliError(`${flag}: ${path} is not a folder`);
  const special = specialFileSystem(real);
  if (special) throw new CliError(`${flag}: ${path} cannot hold files: ${special}`);
  return real;
}

/** The file `file` may be created or replaced: its folder exists and can hold files, and it is not a folder, device or pipe. */
export function writableFilePath(file: string, flag: string): string {
  const folder = existingWritableFolder(dirname(resolve(file)), flag);
  const path = resolve(folder, basename(file));
  let link = false;
  try {
    const s = lstatSync(path);
    link = s.isSymbolicLink();
    if (!link && !s.isFile()) throw new CliError(`${flag}: ${path} exists and is not a regular file`);
  } catch (error) {
    if (error instanceof CliError) throw error;
    return path; // missing: created
  }
  if (link) {
    // A link is written through only to a regular file that exists, on an ordinary file system.
    let target: string;
    try {
      target = realpathSync(path);
    } catch {
      throw new CliError(`${flag}: ${path} is a link to nothing`);
    }
    if (!statSync(target).isFile()) throw new CliError(`${flag}: ${path} is a link to something that is not a regular file`);
    existingWritableFolder(dirname(target), flag);
  }
  return path;
}
