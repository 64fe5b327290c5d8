// Email drafts written inside a note: sections headed "Thank-you email …" or "Follow-up email …".
// A cheap line scan, no Markdown parser: ATX headings only (setext headings are not seen),
// and lines inside fenced code blocks never count as headings, subjects or list items.

export type DraftKind = 'thank-you' | 'follow-up';

export interface DraftSection {
  kind: DraftKind;
  /** 1-based file line of the heading. */
  headingLine: number;
  /** Text after "Subject:", trimmed. */
  subject?: string;
  /** 1-based file line of the subject. */
  subjectLine?: number;
  /** 1-based first line after the subject line (or after the heading when there is no subject). */
  bodyStartLine: number;
  /**
   * 1-based last line of the section (inclusive): the last non-blank line before the next heading
   * of the same or a higher level, the next draft heading, or the end of the file. Trailing blank
   * lines are left out; an empty draft ends on its heading (or subject) line.
   */
  endLine: number;
  /** The body text: its lines joined with \n, without leading or trailing blank lines. */
  body: string;
}

/** One line of a Markdown file, as the scanners see it. */
export interface ScannedLine {
  /** The line without its line break (a trailing \r is removed). */
  text: string;
  /** Heading level 1-6, when the line is an ATX heading outside code. */
  level?: number;
  /** The heading's text, without the #s and a closing # sequence. */
  heading?: string;
  /** A fence line or a line inside a fenced code block. */
  code: boolean;
}

// "## Text", up to 3 spaces of indentation; the optional closing "###" is cut in headingText
// (a pattern doing both backtracks quadratically on a long line of spaces).
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t](.*))?$/;
// An opening code fence: 3+ backticks or tildes, up to 3 spaces of indentation.
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// "Thank-you email", "Thank you email", "Thankyou e-mail", "Follow-up email", "Followup emails to Jane".
const DRAFT_HEADING = /^(?:(thank)[- ]?you|follow[- ]?up)\s+e-?mails?(?![\p{L}\p{N}])/iu;
// "Subject: …", also "**Subject:** …" as people often write it in Markdown.
const SUBJECT = /^\s*(?:\*\*|__)?subject\s*:(?:\*\*|__)?(.*)$/i;

/** The lines of a whole note, with headings and code marked. Front-matter lines are marked as code. */
export function scanLines(text: string): ScannedLine[] {
  const raw = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  const lines: ScannedLine[] = raw.map((t) => ({ text: t, code: false }));
  let start = 0;
  // Front-matter: only a first line of exactly "---" opens it (as in note.ts); YAML comments are no headings.
  if (raw[0]?.replace(/^\uFEFF/, '') === '---') {
    const close = raw.findIndex((l, i) => i > 0 && l.trimEnd() === '---');
    if (close > 0) {
      for (let i = 0; i <= close; i++) lines[i]!.code = true;
      start = close + 1;
    }
  }
  let fence: { char: string; length: number } | undefined;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence) {
      line.code = true;
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line.text);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length) fence = undefined;
      continue;
    }
    const open = FENCE.exec(line.text);
    if (open) {
      line.code = true;
      fence = { char: open[1]![0]!, length: open[1]!.length };
      continue;
    }
    const heading = ATX_HEADING.exec(line.text);
    if (heading) {
      line.level = heading[1]!.length;
      line.heading = headingText(heading[2] ?? '');
    }
  }
  return lines;
}

/** A heading's text without its closing "#" sequence (which needs a blank before it, or nothing). */
function headingText(rest: string): string {
  const text = rest.trim();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end === 0) return '';
  return end < text.length && (text[end - 1] === ' ' || text[end - 1] === '\t') ? text.slice(0, end).trim() : text;
}

function draftKind(heading: string): DraftKind | undefined {
  const m = DRAFT_HEADING.exec(heading);
  if (!m) return undefined;
  return m[1] ? 'thank-you' : 'follow-up';
}

/** Index one past the last line of the section opened by the heading at index h. */
function sectionEnd(lines: ScannedLine[], h: number, alsoAt?: (line: ScannedLine) => boolean): number {
  const level = lines[h]!.level!;
  for (let i = h + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.level === undefined) continue;
    if (line.level <= level || alsoAt?.(line)) return i;
  }
  return lines.length;
}

const isBlank = (line: ScannedLine | undefined) => !line || line.text.trim() === '';

/** Draft sections of a whole note text (front-matter included; lines counted in the whole file). */
export function findDrafts(text: string): DraftSection[] {
  const lines = scanLines(text);
  const drafts: DraftSection[] = [];
  for (let h = 0; h < lines.length; h++) {
    const kind = lines[h]!.heading !== undefined ? draftKind(lines[h]!.heading!) : undefined;
    if (!kind) continue;
    // A draft also ends at the next draft heading of any level, so drafts never overlap.
    const end = sectionEnd(lines, h, (l) => draftKind(l.heading!) !== undefined);
    let first = h + 1;
    while (first < end && isBlank(lines[first])) first++;
    const section: DraftSection = { kind, headingLine: h + 1, bodyStartLine: h + 2, endLine: h + 1, body: '' };
    const subject = first < end && !lines[first]!.code ? SUBJECT.exec(lines[first]!.text) : null;
    if (subject) {
      section.subject = subject[1]!.trim();
      section.subjectLine = first + 1;
      section.bodyStartLine = first + 2;
      section.endLine = first + 1;
    }
    let bodyFrom = section.bodyStartLine - 1;
    let bodyTo = end;
    while (bodyFrom < bodyTo && isBlank(lines[bodyFrom])) bodyFrom++;
    while (bodyTo > bodyFrom && isBlank(lines[bodyTo - 1])) bodyTo--;
    if (bodyTo > bodyFrom) {
      section.endLine = bodyTo;
      section.body = lines.slice(bodyFrom, bodyTo).map((l) => l.text).join('\n');
    }
    drafts.push(section);
  }
  return drafts;
}
