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

/** A cell of at most `width` characters (code points), cut with "…". */
function cut(cell: string, width: number): string {
  const chars = Array.from(cell);
  return chars.length <= width ? cell : chars.slice(0, Math.max(0, width - 1)).join('') + '…';
}

interface FitOptions {
  /** The terminal's width in characters (`process.stdout.columns`); undefined: no limit (a pipe). */
  width?: number;
  /** Columns that may be narrowed, in the order they give way. */
  shrink: number[];
  /** A column that may be left out when narrowing is not enough. */
  drop?: number;
  /** Characters before each row (an indent under a heading). */
  indent?: number;
  /** What a narrowed column keeps at least. */
  minWidth?: number;
}

/**
 * Rows laid out as aligned columns that fit `width`: the `shrink` columns give way first (their
 * cells cut with "…"), then the `drop` column goes; the last column is never cut (a path pasted
 * from it must work). Every cell is made safe first. Returns the rows as lines, each without the indent.
 */
export function fitColumns(rows: string[][], options: FitOptions): string[] {
  if (rows.length === 0) return [];
  const safe = rows.map((r) => r.map((cell, c) => safeCell(cell, c === r.length - 1 ? MAX_LINE : MAX_CELL)));
  const length = (s: string) => Array.from(s).length;
  let columns = safe[0]!.map((_, c) => c);
  const widths = new Map(columns.map((c) => [c, safe.reduce((w, r) => Math.max(w, length(r[c]!)), 0)]));
  const total = () => (options.indent ?? 0) + columns.reduce((sum, c) => sum + widths.get(c)!, 0) + 2 * (columns.length - 1);
  if (options.width !== undefined) {
    const min = options.minWidth ?? 10;
    for (const c of options.shrink) {
      const over = total() - options.width;
      if (over <= 0) break;
      widths.set(c, Math.max(Math.min(min, widths.get(c)!), widths.get(c)! - over));
    }
    if (total() > options.width && options.drop !== undefined) columns = columns.filter((c) => c !== options.drop);
  }
  const last = columns[columns.length - 1]!;
  return safe.map((r) => columns.map((c) => {
    const cell = c === last ? r[c]! : cut(r[c]!, widths.get(c)!);
    return c === last ? cell : cell + ' '.repeat(widths.get(c)! - length(cell));
  }).join('  ').trimEnd());
}
