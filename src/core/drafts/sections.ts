// Email drafts written inside a note: sections headed "Thank-you email …" or "Follow-up email …",
// found on the note model's headings (markdown.ts): nothing inside code is a draft.
import { NoteText } from '../note/noteText';

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
  /** Heading level 1-6, when the line starts a heading outside code. */
  level?: number;
  /** The heading's text, without the #s and a closing # sequence. */
  heading?: string;
  /** 1-based last line of the heading (its underline, for a setext heading). */
  headingEndLine?: number;
  /** A fence line or a line inside a fenced code block. */
  code: boolean;
}

// "Thank-you email", "Thank you email", "Thankyou e-mail", "Follow-up email", "Followup emails to Jane".
const DRAFT_HEADING = /^(?:(thank)[- ]?you|follow[- ]?up)\s+e-?mails?(?![\p{L}\p{N}])/iu;
// "Subject: …", also "**Subject:** …" as people often write it in Markdown.
const SUBJECT = /^\s*(?:\*\*|__)?subject\s*:(?:\*\*|__)?(.*)$/i;

/** The lines of a whole note as the note model reads them: headings and code marked, front-matter lines marked as code. */
export function scanLines(source: string | NoteText): ScannedLine[] {
  const note = typeof source === 'string' ? new NoteText(source) : source;
  const { headings, codeLines } = note.structure;
  const lines: ScannedLine[] = note.lines.map((text, i) => ({ text, code: i + 1 < note.bodyFirstLine || codeLines.has(i + 1) }));
  for (const h of headings) {
    const line = lines[h.line - 1]!;
    line.level = h.level;
    line.heading = h.text;
    line.headingEndLine = h.endLine;
  }
  return lines;
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
export function findDrafts(source: string | NoteText): DraftSection[] {
  const lines = scanLines(source);
  const drafts: DraftSection[] = [];
  for (let h = 0; h < lines.length; h++) {
    const kind = lines[h]!.heading !== undefined ? draftKind(lines[h]!.heading!) : undefined;
    if (!kind) continue;
    // A draft also ends at the next draft heading of any level, so drafts never overlap.
    const end = sectionEnd(lines, h, (l) => draftKind(l.heading!) !== undefined);
    const headingEnd = lines[h]!.headingEndLine ?? h + 1; // 1-based: the index of the next line
    let first = headingEnd;
    while (first < end && isBlank(lines[first])) first++;
    const section: DraftSection = { kind, headingLine: h + 1, bodyStartLine: headingEnd + 1, endLine: headingEnd, body: '' };
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
