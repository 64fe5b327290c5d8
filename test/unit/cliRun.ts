// Runs the CLI in-process and captures what it prints. Importing this module points the CLI's
// parse cache at a temporary folder, never the user's.
import { tempDir } from '../tempDirs';
import { main } from '../../src/cli/main';

process.env.INTERVIEW_FOLLOWUP_CACHE_DIR = tempDir('ifu-cache-');

export async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** `run` with the table fitted to a terminal `columns` wide; what it prints. */
export async function runWith(args: string[], columns: number): Promise<string> {
  const out: string[] = [];
  await main(args, { out: (s) => out.push(s), err: () => undefined, columns });
  return out.join('\n');
}
