// Marking an action done = setting one front-matter key; the edit itself is byte-exact.
import { setFrontMatterValue, type EditResult } from './frontMatterEdit';

export const MARKABLE = { 'thank-you': 'thankYou', card: 'cardMailed', 'follow-up': 'followUp' } as const;
export type MarkableKind = keyof typeof MARKABLE;

export function isMarkable(kind: string): kind is MarkableKind {
  return Object.prototype.hasOwnProperty.call(MARKABLE, kind);
}

/** The one edit that records `kind` as done on `date` (YYYY-MM-DD). */
export function markDoneEdit(text: string, kind: MarkableKind, date: string): EditResult {
  return setFrontMatterValue(text, MARKABLE[kind], date);
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes a note for editing. The BOM is kept in the string so that encoding the edited text
 * gives back every original byte; invalid UTF-8 is refused rather than silently replaced.
 */
export function decodeForEdit(bytes: Uint8Array): { ok: true; text: string } | { ok: false; message: string } {
  try {
    return { ok: true, text: STRICT_UTF8.decode(bytes) };
  } catch {
    return { ok: false, message: 'the file is not valid UTF-8, so it was not changed' };
  }
}
