// Zone names as calendar producers write them, resolved to IANA names the notes understand.
import { isValidTimeZone } from '../time/dates';
import { WINDOWS_ZONES } from './windowsZones';

/**
 * The IANA zone a TZID stands for, or undefined when it names none we know:
 * an IANA name (Google, Apple, Zoom), a Windows name (Outlook, Exchange, Teams) through CLDR's
 * mapping, or a path-like TZID such as `/freeassociation.sourceforge.net/Europe/Berlin`
 * (older Evolution and Lightning exports) whose tail is an IANA name.
 */
export function ianaZoneOf(tzid: string): string | undefined {
  const name = tzid.trim().replace(/^"|"$/g, '');
  const windows = WINDOWS_ZONES.get(name);
  if (windows) return windows;
  if (name.includes('/') && isValidTimeZone(name) && !name.startsWith('/')) return name;
  const parts = name.split('/').filter(Boolean);
  for (let i = Math.max(0, parts.length - 3); i < parts.length - 1; i++) {
    const tail = parts.slice(i).join('/');
    if (isValidTimeZone(tail) && tail.includes('/')) return tail;
  }
  if (/^(UTC|GMT|Etc\/UTC|Z)$/i.test(name)) return 'UTC';
  return undefined;
}

/** The zone's name as this runtime's ICU calls it, so aliases (Asia/Calcutta, Asia/Kolkata) compare equal. */
export function canonicalZone(zone: string): string {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return zone;
  }
}

export function sameZone(a: string, b: string): boolean {
  return canonicalZone(a) === canonicalZone(b);
}

/** The user's zone (the process's local zone). */
export function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
