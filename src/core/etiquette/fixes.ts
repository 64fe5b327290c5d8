// Quick fixes that need the draft's shape: the greeting line, the end of the signature, the
// sentence around a phrase. Each returns an edit in file coordinates (lines 1-based, columns 0-based).
import type { DraftSection, ScannedLine } from '../drafts/sections';
import { joinNames, SALUTATION_SOURCE } from '../model/names';

export interface Edit {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
}

// "Dear Jane," / "Hi Sarah, thank you…" / "Good morning [name],": the salutation and the names after it.
const GREETING = new RegExp(`^(\\s*${SALUTATION_SOURCE}\\b)([^,:;!.\\n]{0,80})`, 'i');

/** The greeting line of a draft: the first non-blank body line, when it opens with a salutation. */
export function greeting(draft: DraftSection, lines: ScannedLine[]): { line: number; salutationEnd: number; namesEnd: number } | undefined {
  for (let n = draft.bodyStartLine; n <= draft.endLine; n++) {
    const text = lines[n - 1]!.text;
    if (text.trim() === '') continue;
    const m = GREETING.exec(text);
    return m ? { line: n, salutationEnd: m[1]!.length, namesEnd: m[1]!.length + m[2]!.length } : undefined;
  }
  return undefined;
}

/** Replaces the names of the greeting (or writes a greeting) so that it addresses everyone. */
export function addressEveryone(draft: DraftSection, lines: ScannedLine[], names: string[], eol: string): Edit {
  const g = greeting(draft, lines);
  if (g) return { line: g.line, column: g.salutationEnd, endLine: g.line, endColumn: g.namesEnd, text: ` ${joinNames(names)}` };
  return insertBeforeBody(draft, lines, `Dear ${joinNames(names)},${eol}${eol}`);
}

/** An insertion at the start of the first body line (or after the heading/subject of an empty draft). */
function insertBeforeBody(draft: DraftSection, lines: ScannedLine[], text: string): Edit {
  for (let n = draft.bodyStartLine; n <= draft.endLine; n++) {
    if (lines[n - 1]!.text.trim() !== '') return { line: n, column: 0, endLine: n, endColumn: 0, text };
  }
  const last = draft.endLine;
  const len = lines[last - 1]!.text.length;
  return { line: last, column: len, endLine: last, endColumn: len, text: `\n\n${text}`.trimEnd() };
}

/** An insertion at the start of the first paragraph after the greeting (or the body's first line). */
export function insertAfterGreeting(draft: DraftSection, lines: ScannedLine[], text: string, eol: string): Edit {
  const g = greeting(draft, lines);
  if (!g) return insertBeforeBody(draft, lines, `${text}${eol}${eol}`);
  for (let n = g.line + 1; n <= draft.endLine; n++) {
    if (lines[n - 1]!.text.trim() !== '') return { line: n, column: 0, endLine: n, endColumn: 0, text: `${text} ` };
  }
  const len = lines[g.line - 1]!.text.length;
  return { line: g.line, column: len, endLine: g.line, endColumn: len, text: `${eol}${eol}${text}` };
}

/** An insertion after the draft's last line: the signature's contact line. */
export function appendToDraft(draft: DraftSection, lines: ScannedLine[], text: string, eol: string): Edit {
  const len = lines[draft.endLine - 1]!.text.length;
  return { line: draft.endLine, column: len, endLine: draft.endLine, endColumn: len, text: `${eol}${text}` };
}

/** The sentence around [start, end) on one line: from the previous sentence end to the next. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && !/[.!?]/.test(text[s - 1]!)) s--;
  while (s < start && /\s/.test(text[s]!)) s++;
  let e = end;
  while (e < text.length && !/[.!?]/.test(text[e]!)) e++;
  while (e < text.length && /[.!?]/.test(text[e]!)) e++;
  // Take the space after the sentence too, so that removing it leaves one space.
  while (e < text.length && text[e] === ' ') e++;
  return { start: s, end: e };
}
