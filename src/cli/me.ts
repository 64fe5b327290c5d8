// Who the user is, for the commands that must leave them out of a note's people (`new`, and
// `mail` after it): `--me` when given; else `interviewFollowUp.signature.email` (and `.name`) in
// the nearest `.vscode/settings.json` at or above the notes folder, the file the extension reads;
// else the environment variable INTERVIEW_FOLLOWUP_ME. The one lookup; the commands call `whoAmI`.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface Me {
  /** The user's addresses, lower case. */
  addresses: string[];
  /** The user's name when the settings give one (the signature's). */
  names: string[];
  /** Where the answer came from, for messages: "--me", a settings file's path, or the variable. */
  source?: string;
}

export const ME_VARIABLE = 'INTERVIEW_FOLLOWUP_ME';
/** A settings file larger than this is not a settings file. */
const MAX_SETTINGS_BYTES = 1 << 20;

/**
 * JSON with comments and trailing commas, as VS Code writes settings: comments and the commas
 * before a closing bracket are removed outside strings, then JSON.parse reads the rest.
 * Undefined when the text is not such JSON.
 */
export function parseJsonc(text: string): unknown {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      // A string, escapes and all, copied as it is.
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (c === ',') {
      // A comma followed (after spaces and comments) by a closing bracket is dropped.
      let j = i + 1;
      for (;;) {
        while (j < text.length && /\s/.test(text[j]!)) j++;
        if (text[j] === '/' && text[j + 1] === '/') while (j < text.length && text[j] !== '\n') j++;
        else if (text[j] === '/' && text[j + 1] === '*') {
          const end = text.indexOf('*/', j + 2);
          j = end < 0 ? text.length : end + 2;
        } else break;
      }
      if (text[j] !== '}' && text[j] !== ']') out += c;
      i++;
    } else {
      out += c;
      i++;
    }
  }
  try {
    return JSON.parse(out);
  } catch {
    return undefined;
  }
}

function stringSetting(settings: unknown, key: string): string | undefined {
  if (!settings || typeof settings !== 'object' || Array.isArray(settings)) return undefined;
  // Written flat ("interviewFollowUp.signature.email": …), as the Settings editor does, or nested.
  const flat = (settings as Record<string, unknown>)[key];
  if (typeof flat === 'string') return flat.trim() || undefined;
  let value: unknown = settings;
  for (const part of key.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  return typeof value === 'string' ? value.trim() || undefined : undefined;
}

/** The nearest `.vscode/settings.json` at or above `folder` that gives the signature's email or name, read as the extension would. */
function fromSettings(folder: string): { email?: string; name?: string; path: string } | undefined {
  for (let dir = resolve(folder); ; dir = dirname(dir)) {
    const path = join(dir, '.vscode', 'settings.json');
    let text: string | undefined;
    try {
      const bytes = readFileSync(path);
      if (bytes.length <= MAX_SETTINGS_BYTES) text = bytes.toString('utf8');
    } catch {
      // none here (or unreadable): look further up
    }
    if (text !== undefined) {
      const settings = parseJsonc(text);
      const email = stringSetting(settings, 'interviewFollowUp.signature.email');
      const name = stringSetting(settings, 'interviewFollowUp.signature.name');
      if (email || name) return { ...(email ? { email } : {}), ...(name ? { name } : {}), path };
    }
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
  const variable = env[ME_VARIABLE]?.split(/[,;\s]+/).map((a) => a.trim().toLowerCase()).filter(Boolean) ?? [];
  return variable.length ? { addresses: variable, names, source: ME_VARIABLE } : { addresses: [], names };
}
