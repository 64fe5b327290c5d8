// The one scanner of a note's Markdown structure: front-matter bounds (frontMatter.ts) and,
// in the body, the blocks the product reads (headings, code fences, list items and task
// boxes), with their file lines. It follows CommonMark for the blocks that matter here, and a
// differential test (test/unit/markdownDiff.test.ts) holds it to remark's reading on generated
// documents. A line scan, not a parser: remark costs ~2.5 ms a note, this a few microseconds.
import { locateFrontMatter, type FrontMatterBounds } from './frontMatter';

export interface Heading {
  /** 1-based file line of the heading (of its text, for a setext heading). */
  line: number;
  /** 1-based file line where the heading ends (the underline of a setext heading). */
  endLine: number;
  level: number;
  text: string;
}

interface Fence {
  /** 1-based file lines of the opening and closing fence; closeLine undefined when never closed. */
  openLine: number;
  closeLine?: number;
}

interface ListItem {
  /** 1-based file line of the item's marker. */
  line: number;
  /** The first line's text after the marker (and its spacing). */
  text: string;
  /** "[ ]" / "[x]" at the start of the text (GFM task box; remark without GFM keeps it as text). */
  box?: 'open' | 'done';
}

interface BodyStructure {
  headings: Heading[];
  fences: Fence[];
  items: ListItem[];
  /** 1-based file lines that are code (fence lines, lines inside fences, indented code). */
  codeLines: Set<number>;
}

const ATX = /^ {0,3}(#{1,6})(?=[ \t]|$)(.*)$/;
const FENCE_OPEN = /^( {0,3})(`{3,}(?!`)|~{3,}(?!~))(.*)$/;
const THEMATIC = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const BULLET = /^( {0,3})([-*+])([ \t]+(?![ \t])|$)(.*)$/;
const ORDERED = /^( {0,3})(\d{1,9})([.)])([ \t]+(?![ \t])|$)(.*)$/;
const BOX = /^\[([ xX])\](?:[ \t]|$)/;

/** Leading columns of white space (a tab advances to the next multiple of 4), starting at column `from`. */
function indentOf(line: string, from = 0): number {
  let col = from;
  for (const ch of line) {
    if (ch === ' ') col++;
    else if (ch === '\t') col += 4 - (col % 4);
    else break;
  }
  return col - from;
}

const isBlank = (line: string) => /^[ \t]*$/.test(line);

/** ATX heading text: without the #s, the closing # sequence and surrounding spaces. */
function atxText(rest: string): string {
  const text = rest.trim();
  // A closing run of #s counts when it stands alone or after a space (scanned, not matched:
  // a regexp for it backtracks on long runs of spaces).
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end === text.length || (end > 0 && text[end - 1] !== ' ' && text[end - 1] !== '\t')) return text;
  return text.slice(0, end).trim();
}

/** The lines of `text` from offset `from`, without their line breaks (a trailing \r removed). */
export function splitLines(text: string, from = 0): string[] {
  const lines = text.slice(from).split('\n');
  for (let i = 0; i < lines.length; i++) if (lines[i]!.endsWith('\r')) lines[i] = lines[i]!.slice(0, -1);
  return lines;
}

/**
 * The block structure of body lines, read one line at a time so that a big note can be read in
 * slices (the pipeline yields between them); scanBody reads them all at once.
 * Lists are tracked one container deep: an item's content column decides whether a following
 * line continues it; that is enough for the notes' structure (headings, fences, task lists).
 */
class BodyScanner {
  readonly out: BodyStructure = { headings: [], fences: [], items: [], codeLines: new Set() };
  private fence: { char: string; length: number; container: number; fence: Fence } | undefined;
  // The paragraph being read: its first line, its text and the container it started in.
  private paragraph: { line: number; text: string[]; contentColumn: number } | undefined;
  // Content column of the innermost open list item (0 when not in a list).
  private itemColumns: number[] = [];
  private previousBlank = true;
  // micromark applies the paragraph-interruption rules of list items after indented code too,
  // but not when that code began right where a list had just ended (measured against remark).
  private listClosed = false;
  private codeInterrupts = false;
  private inCodeBlock = false;
  // An item whose first line is empty ends at a blank line right after it.
  private emptyItem = false;

  /** Reads the next line, `raw` without its line break, at 1-based file line `lineNo`. */
  line(raw: string, lineNo: number): void {
    const out = this.out;
    if (this.fence) {
      // A fence inside a list item ends with the item: at a line indented less than its content.
      if (this.fence.container > 0 && !isBlank(raw) && indentOf(raw) < this.fence.container) {
        this.fence = undefined;
      } else {
        out.codeLines.add(lineNo);
        const close = /^( {0,3})(`{3,}|~{3,})[ \t]*$/.exec(stripColumns(raw, this.fence.container));
        if (close && close[2]![0] === this.fence.char && close[2]!.length >= this.fence.length) {
          this.fence.fence.closeLine = lineNo;
          this.fence = undefined;
        }
        return;
      }
    }
    const endsEmptyItem = this.emptyItem;
    this.emptyItem = false;
    if (isBlank(raw)) {
      if (endsEmptyItem) {
        this.itemColumns.pop();
        this.listClosed = true;
      }
      this.paragraph = undefined;
      this.previousBlank = true;
      return;
    }
    const indent = indentOf(raw);
    // Leave list items this line is not indented into (a lazy paragraph line keeps them).
    const container = this.itemColumns.length ? this.itemColumns[this.itemColumns.length - 1]! : 0;
    if (indent < container && this.paragraph && !this.previousBlank && isLazy(raw, this.itemColumns.filter((c) => c <= indent).pop() ?? 0)) {
      this.paragraph.text.push(raw.trim());
      this.previousBlank = false;
      this.inCodeBlock = false;
      return;
    }
    if (indent < container) {
      while (this.itemColumns.length && indent < this.itemColumns[this.itemColumns.length - 1]!) {
        this.itemColumns.pop();
        this.listClosed = true;
      }
      // The paragraph belonged to a list item that just ended.
      if (this.paragraph && this.paragraph.contentColumn > (this.itemColumns[this.itemColumns.length - 1] ?? 0)) this.paragraph = undefined;
    }
    const base = this.itemColumns.length ? this.itemColumns[this.itemColumns.length - 1]! : 0;
    const stripped = stripColumns(raw, Math.min(indent, base));
    this.previousBlank = false;

    // The line's blocks, innermost last: "- 1. # Title" is an item holding an item holding a heading.
    let rest = stripped;
    let col = base;
    let fresh = false; // rest is an item's first content: it continues no paragraph
    // Whether an item starting here interrupts something (micromark carries that into nested items).
    let interrupting = this.inCodeBlock && this.codeInterrupts;
    const codeStartsAfterList = this.listClosed;
    this.listClosed = false;
    const codeContinues = this.inCodeBlock;
    this.inCodeBlock = false;
    for (;;) {
      const continuing = this.paragraph !== undefined && !fresh;
      // Indented code: 4+ columns past the container, not continuing a paragraph.
      if (indentOf(rest) >= 4) {
        if (continuing) this.paragraph!.text.push(rest.trim());
        else {
          out.codeLines.add(lineNo);
          this.paragraph = undefined;
          this.codeInterrupts = codeContinues || !codeStartsAfterList;
          this.inCodeBlock = true;
        }
        break;
      }
      // A setext underline turns the paragraph above (in the same container) into a heading.
      const setext = continuing ? SETEXT.exec(rest) : null;
      if (setext && col >= this.paragraph!.contentColumn) {
        out.headings.push({ line: this.paragraph!.line, endLine: lineNo, level: setext[1]![0] === '=' ? 1 : 2, text: this.paragraph!.text.join(' ').trim() });
        this.paragraph = undefined;
        break;
      }
      if (THEMATIC.test(rest)) {
        this.paragraph = undefined;
        if (!fresh) this.itemColumns = this.itemColumns.filter((c) => c <= indent);
        break;
      }
      const atx = ATX.exec(rest);
      if (atx) {
        out.headings.push({ line: lineNo, endLine: lineNo, level: atx[1]!.length, text: atxText(atx[2]!) });
        this.paragraph = undefined;
        break;
      }
      const open = FENCE_OPEN.exec(rest);
      if (open && !(open[2]![0] === '`' && open[3]!.includes('`'))) {
        const f: Fence = { openLine: lineNo };
        out.fences.push(f);
        out.codeLines.add(lineNo);
        this.fence = { char: open[2]![0]!, length: open[2]!.length, container: col, fence: f };
        this.paragraph = undefined;
        break;
      }
      const item = listItem(rest, continuing || interrupting);
      if (item) {
        const contentColumn = col + item.contentColumn;
        while (this.itemColumns.length && this.itemColumns[this.itemColumns.length - 1]! > col + item.markerColumn) this.itemColumns.pop();
        this.itemColumns.push(contentColumn);
        const box = BOX.exec(item.text);
        const entry: ListItem = { line: lineNo, text: item.text };
        if (box) entry.box = box[1] === ' ' ? 'open' : 'done';
        out.items.push(entry);
        this.paragraph = undefined;
        if (!item.text.trim()) {
          this.emptyItem = true;
          break;
        }
        interrupting ||= continuing;
        rest = item.text;
        col = contentColumn;
        fresh = true;
        continue;
      }
      if (continuing) this.paragraph!.text.push(rest.trim());
      else this.paragraph = { line: lineNo, text: [rest.trim()], contentColumn: col };
      break;
    }
  }
}

/** The block structure of body lines. firstLine is the 1-based file line of lines[0]. */
export function scanBody(lines: string[], firstLine: number): BodyStructure {
  const scanner = new BodyScanner();
  for (let i = 0; i < lines.length; i++) scanner.line(lines[i]!, firstLine + i);
  return scanner.out;
}

/** A line that may continue a paragraph lazily: it starts no block in the container around (at column `outer`). */
function isLazy(raw: string, outer: number): boolean {
  if (indentOf(raw) - outer >= 4) return true; // indented code cannot interrupt a paragraph
  const s = raw.trimStart();
  return !(THEMATIC.test(s) || ATX.test(s) || FENCE_OPEN.test(s) || listItem(s, false));
}

/** The line with `columns` leading columns of indentation removed. */
function stripColumns(line: string, columns: number): string {
  let col = 0;
  let i = 0;
  while (i < line.length && col < columns) {
    const ch = line[i]!;
    if (ch === ' ') col++;
    else if (ch === '\t') col += 4 - (col % 4);
    else break;
    i++;
  }
  return ' '.repeat(Math.max(0, col - columns)) + line.slice(i);
}

/** A list item's marker on a line (already relative to its container). */
function listItem(line: string, inParagraph: boolean): { markerColumn: number; contentColumn: number; text: string } | undefined {
  const bullet = BULLET.exec(line);
  const ordered = bullet ? undefined : ORDERED.exec(line);
  const m = bullet ?? ordered;
  if (!m) return undefined;
  const lead = m[1]!.length;
  const marker = bullet ? 1 : m[2]!.length + 1;
  const spacing = bullet ? m[3]! : m[4]!;
  const text = bullet ? m[4]! : m[5]!;
  // An empty item cannot interrupt a paragraph, nor can an ordered list not starting at 1.
  if (inParagraph && (!text.trim() || (ordered && ordered[2] !== '1'))) return undefined;
  const spaces = indentOf(spacing, lead + marker);
  // 5+ spaces after the marker: the content is indented code; the item starts 1 column after.
  const gap = !text.trim() || spaces > 4 ? 1 : spaces;
  return { markerColumn: lead, contentColumn: lead + marker + gap, text: spaces > 4 ? spacing.slice(1) + text : text };
}

/** A note's text with its front-matter located and its body structure read once, on first use. */
export class NoteText {
  readonly frontMatter: FrontMatterBounds | undefined;
  /** 1-based file line of the body's first line. */
  readonly bodyFirstLine: number;
  private lineList: string[] | undefined;
  private bodyStructure: BodyStructure | undefined;
  private scan: { scanner: BodyScanner; at: number; line: number } | undefined;

  constructor(readonly text: string) {
    this.frontMatter = locateFrontMatter(text);
    this.bodyFirstLine = this.frontMatter ? this.frontMatter.closeLine + 1 : 1;
  }

  /** Every line of the file (index 0 = line 1), without line breaks. */
  get lines(): string[] {
    this.lineList ??= splitLines(this.text);
    return this.lineList;
  }

  get body(): string {
    return this.frontMatter ? this.text.slice(this.frontMatter.bodyStart) : this.text;
  }

  get structure(): BodyStructure {
    this.scanSome(Infinity);
    return this.bodyStructure!;
  }

  /**
   * Reads up to `maxLines` more lines of the body's structure (and about `maxChars` characters, at
   * least one line); true once it is complete. A caller
   * with a big note calls it between turns so that no single task reads the whole note.
   */
  scanSome(maxLines: number, maxChars = Infinity): boolean {
    if (this.bodyStructure) return true;
    if (!this.scan) {
      // A front-matter closed on the text's last line, without a line break, leaves no body line.
      const empty = !!this.frontMatter && this.frontMatter.bodyStart === this.text.length && !this.text.endsWith('\n');
      this.scan = { scanner: new BodyScanner(), at: empty ? this.text.length + 1 : this.frontMatter?.bodyStart ?? 0, line: this.bodyFirstLine };
    }
    const { scanner } = this.scan;
    const text = this.text;
    const stop = this.scan.at + maxChars;
    for (let n = 0; n < maxLines && this.scan.at <= text.length && (n === 0 || this.scan.at < stop); n++) {
      const at = this.scan.at;
      const br = text.indexOf('\n', at);
      const end = br < 0 ? text.length : br;
      scanner.line(text.charCodeAt(end - 1) === 13 && end > at ? text.slice(at, end - 1) : text.slice(at, end), this.scan.line++);
      this.scan.at = end + 1;
    }
    if (this.scan.at <= text.length) return false;
    this.bodyStructure = scanner.out;
    this.scan = undefined;
    return true;
  }

  /** True when 1-based `line` lies strictly between the front-matter fences. */
  inFrontMatter(line: number): boolean {
    return !!this.frontMatter && line > 1 && line < this.frontMatter.closeLine;
  }
}
