// Terminal output of note text. A note is untrusted: an escape sequence in a YAML string could
// clear the screen or hide rows, a bidi override could reorder what is shown, and one huge value
// padded into every row once made `due` print 190 MB. Cells are escaped and cut; `--json` keeps
// the full values.

/** Longest cell shown in a table column (the last column is not padded, so only cut). */
export const MAX_CELL = 60;
export const MAX_LINE = 300;

// C0 controls and DEL, C1 controls, the line/paragraph separators, and the bidi controls
// (ALM, LRM, RLM, LRE..RLO embeddings/overrides, LRI..PDI isolates).
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Every unsafe character as a visible escape (`\x1b`, `\u202e`). */
export function escapeControls(s: string): string {
  return s.replace(UNSAFE, (c) => {
    const cp = c.charCodeAt(0);
    return cp <= 0xff ? `\\x${cp.toString(16).padStart(2, '0')}` : `\\u${cp.toString(16).padStart(4, '0')}`;
  });
}

/** s escaped and cut to at most max characters (code points), with "…" when cut. */
export function safeCell(s: string, max = MAX_CELL): string {
  // Cut before escaping too: a 5-million-character value is not escaped in full to show 60.
  const head = s.length > max * 2 + 8 ? s.slice(0, max * 2 + 8) : s;
  const escaped = escapeControls(head);
  const chars = Array.from(escaped);
  return chars.length > max || head.length < s.length ? chars.slice(0, max - 1).join('') + '…' : escaped;
}

/** Rows as aligned columns; every cell is made safe first. */
export function table(rows: string[][]): string {
  const safe = rows.map((r) => r.map((cell, c) => safeCell(cell, c === r.length - 1 ? MAX_LINE : MAX_CELL)));
  const width = (s: string) => Array.from(s).length;
  // A loop, not Math.max(...): spreading 500,000 rows overflows the stack.
  const widths = safe[0]!.map((_, c) => safe.reduce((w, r) => Math.max(w, width(r[c]!)), 0));
  return safe.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell + ' '.repeat(widths[c]! - width(cell)))).join('  ')).join('\n');
}
