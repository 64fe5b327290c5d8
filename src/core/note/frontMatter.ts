// Where a note's front-matter is: the one splitter shared by the reader (note.ts), the writer
// (frontmatterEdit.ts) and the body scanner (markdown.ts), so they can never disagree about the
// block's bounds. Opener: a first line of exactly `---`. Closer: `---` or `...`, trailing spaces
// and tabs allowed. Nothing else ends the block (`---status: x` is a line of YAML).

export interface FrontMatterBounds {
  /** Offset of the first character after the opening `---` line. */
  contentStart: number;
  /** Offset where the closing `---` (or `...`) line starts. */
  contentEnd: number;
  /** Offset of the body: the first character after the closing line. */
  bodyStart: number;
  /** 1-based file line of the closing fence. */
  closeLine: number;
  /** The opener's line ending, used for inserted lines. */
  eol: '\n' | '\r\n';
}

const CLOSER = /^(?:---|\.\.\.)[ \t]*\r?$/;

/** The front-matter's bounds; undefined when the first line is not exactly `---` or no closing line follows. */
export function locateFrontMatter(text: string): FrontMatterBounds | undefined {
  const start = text.startsWith('\uFEFF') ? 1 : 0;
  const openerEnd = text.indexOf('\n', start);
  if (openerEnd < 0) return undefined;
  const opener = text.slice(start, openerEnd);
  // Exactly `---`: `---js` & co. are other front-matter languages, not ours to read or edit.
  if (opener !== '---' && opener !== '---\r') return undefined;
  const eol = opener === '---\r' ? '\r\n' : '\n';
  const contentStart = openerEnd + 1;
  let line = 2;
  for (let lineStart = contentStart; lineStart < text.length; line++) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    // Only lines starting with - or . can close; test the rest cheaply.
    const first = text.charCodeAt(lineStart);
    if ((first === 45 || first === 46) && CLOSER.test(text.slice(lineStart, lineEnd))) {
      return { contentStart, contentEnd: lineStart, bodyStart: Math.min(lineEnd + 1, text.length), closeLine: line, eol };
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}
