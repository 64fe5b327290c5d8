// Where a note's front-matter is: the one splitter shared by the reader (note.ts) and the
// writer (frontmatterEdit.ts), so they can never disagree about the block's bounds.

export interface FrontMatterBounds {
  /** Offset of the first character after the opening `---` line. */
  contentStart: number;
  /** Offset where the closing `---` (or `...`) line starts. */
  contentEnd: number;
  /** Offset of the body: the first character after the closing line. */
  bodyStart: number;
  /** The opener's line ending, used for inserted lines. */
  eol: '\n' | '\r\n';
}

/** The front-matter's bounds; undefined when the first line is not exactly `---` or no closing line follows. */
export function locateFrontMatter(text: string): FrontMatterBounds | undefined {
  const start = text.startsWith('\uFEFF') ? 1 : 0;
  const openerEnd = text.indexOf('\n', start);
  if (openerEnd < 0) return undefined;
  const opener = text.slice(start, openerEnd);
  // Exactly `---`: `---js` & co. are other front-matter languages, not ours to edit.
  if (opener !== '---' && opener !== '---\r') return undefined;
  const eol = opener === '---\r' ? '\r\n' : '\n';
  const contentStart = openerEnd + 1;
  for (let lineStart = contentStart; lineStart < text.length; ) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (line === '---' || line === '...') return { contentStart, contentEnd: lineStart, bodyStart: Math.min(lineEnd + 1, text.length), eol };
    lineStart = lineEnd + 1;
  }
  return undefined;
}
