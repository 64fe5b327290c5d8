// Who the user is, for the commands that must tell the user apart from everyone else (`new` leaves
// them out of a note's people and never takes their name or domain for the company; `mail` tells
// their messages from the company's): `--me` when given; else `interviewFollowUp.signature.email`
// (and `.name`) in the nearest `.vscode/settings.json` at or above the notes folder, the file the
// extension reads (JSON with comments, read with jsonc-parser as VS Code reads it); else the
// environment variable INTERVIEW_FOLLOWUP_ME. The one lookup; the commands call it here.
import { dirname, join, resolve } from 'node:path';
import { parse as parseJsonc } from 'jsonc-parser';
import { readNoteSync } from '../node/readNote';

export interface Me {
  /** The user's addresses, lower case. */
  addresses: string[];
  /** The user's name when the settings give one (the signature's). */
  names: string[];
  /** Where the addresses came from, for messages: "--me", a settings file's path, or the variable. */
  source?: string;
}

export const ME_ENV = 'INTERVIEW_FOLLOWUP_ME';
/** A settings file larger than this is not a settings file. */
const MAX_SETTINGS_BYTES = 1 << 20;

function stringSetting(settings: unknown, key: string): string | undefined {
  if (!settings || typeof settings !== 'object' || Array.isArray(settings)) return undefined;
  // Written flat ("interviewFollowUp.signature.email": …), as the Settings editor does, or nested.
  const flat = (settings as Record<string, unknown>)[key];
  if (typeof flat === 'string') return flat.trim() || undefined;
  let value: unknown = settings;
  for (const part of key.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  return typeof value === 'string' ? value.trim() || undefined : undefined;
}

/** The nearest `.vscode/settings.json` at or above `folder` that gives the signature's email or name. */
function fromSettings(folder: string): { email?: string; name?: string; path: string } | undefined {
  for (let dir = resolve(folder); ; dir = dirname(dir)) {
    const path = join(dir, '.vscode', 'settings.json');
    // Read like a note: a FIFO or a device by that name never blocks, a huge file is not read. An
    // unreadable, oversized or broken settings file says nothing of the user: look further up.
    const read = readNoteSync(path);
    const settings: unknown = read.kind === 'text' && read.text.length <= MAX_SETTINGS_BYTES ? parseJsonc(read.text) : undefined;
    const email = stringSetting(settings, 'interviewFollowUp.signature.email');
    const name = stringSetting(settings, 'interviewFollowUp.signature.name');
    if ((email && email.includes('@')) || name) return { ...(email?.includes('@') ? { email } : {}), ...(name ? { name } : {}), path };
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * The user, for a command working on the notes under `notesFolder`; `given` are the `--me` values.
 * The addresses: `--me`, else the settings' signature email, else the variable. The name: the
 * settings' signature name, whichever gave the address.
 */
export function whoAmI(notesFolder: string, given: readonly string[] = [], env: NodeJS.ProcessEnv = process.env): Me {
  const settings = fromSettings(notesFolder);
  const names = settings?.name ? [settings.name] : [];
  const addresses = given.map((a) => a.trim().toLowerCase()).filter(Boolean);
  if (addresses.length) return { addresses, names, source: '--me' };
  if (settings?.email) return { addresses: [settings.email.toLowerCase()], names, source: settings.path };
  const variable = env[ME_ENV]?.split(/[,;\s]+/).map((a) => a.trim().toLowerCase()).filter((a) => a.includes('@')) ?? [];
  return variable.length ? { addresses: variable, names, source: ME_ENV } : { addresses: [], names };
}
