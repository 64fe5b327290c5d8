// Turning a note's bytes into text: the one rule for the CLI and the extension. Notes are
// UTF-8; anything else is reported ("save as UTF-8") instead of being read with replacement
// characters, which would show garbled names and, worse, be written back garbled by `mark`.

/** Notes larger than this are reported, not parsed: no interview note comes close. */
export const MAX_NOTE_BYTES = 5 * 1024 * 1024;

type DecodeResult = { ok: true; text: string } | { ok: false; message: string };

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The note's text, BOM kept (so an edit re-encodes to the same bytes), or why it cannot be read.
 * UTF-16/UTF-32 are recognised by their byte-order mark or by NUL bytes (which no text note
 * holds); other invalid UTF-8 is most often Latin-1 or Windows-1252.
 */
export function decodeNote(bytes: Uint8Array): DecodeResult {
  const refused = refuseBytes(bytes);
  if (refused) return { ok: false, message: refused };
  try {
    return { ok: true, text: STRICT_UTF8.decode(bytes) };
  } catch {
    return { ok: false, message: NOT_UTF8 };
  }
}

export const NOT_UTF8 = 'the note is not valid UTF-8 (perhaps Latin-1 or Windows-1252); save it as UTF-8 to have it read';

/**
 * Why these bytes are not read, short of UTF-8 validation: too large, or UTF-16/UTF-32. Split
 * out so an adapter with a faster validator (Node's buffer.isUtf8) applies the same rules.
 */
export function refuseBytes(bytes: Uint8Array): string | undefined {
  if (bytes.length > MAX_NOTE_BYTES) return tooLarge(bytes.length);
  const b0 = bytes[0], b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff) || bytes.indexOf(0) >= 0) {
    return 'the note is saved as UTF-16 (or holds NUL bytes), not UTF-8; save it as UTF-8 to have it read';
  }
  return undefined;
}

export function tooLarge(size: number): string {
  return `the note is ${(size / 1048576).toFixed(1)} MB, over the ${MAX_NOTE_BYTES / 1048576} MB limit for a note; it was not read`;
}
