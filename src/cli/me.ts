// Who the user is, for the commands that must tell their messages and invitations apart from
// everyone else's: `interviewFollowUp.signature.email` in the nearest workspace settings above the
// notes folder (`.vscode/settings.json`, JSON with comments, read with jsonc-parser as VS Code
// reads it), else INTERVIEW_FOLLOWUP_ME.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse as parseJsonc } from 'jsonc-parser';

export const ME_ENV = 'INTERVIEW_FOLLOWUP_ME';
const KEY = 'interviewFollowUp.signature.email';

/** The user's address for the notes folder `root`, or undefined when none is set. */
export function userAddress(root: string): string | undefined {
  for (let dir = resolve(root); ; dir = dirname(dir)) {
    const file = join(dir, '.vscode', 'settings.json');
    if (existsSync(file)) {
      try {
        const settings = parseJsonc(readFileSync(file, 'utf8')) as Record<string, unknown> | undefined;
        const value = settings?.[KEY];
        if (typeof value === 'string' && value.includes('@')) return value.trim();
      } catch {
        // An unreadable settings file says nothing of the user.
      }
    }
    if (dirname(dir) === dir) break;
  }
  const env = process.env[ME_ENV]?.trim();
  return env && env.includes('@') ? env : undefined;
}
