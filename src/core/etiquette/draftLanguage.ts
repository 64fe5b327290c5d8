// Spelling and grammar findings for drafts: runs language.ts over each draft's lines and keeps
// what a reader would call a mistake. Words the note knows (company, role, people, their emails,
// the details), the user's word list and signature, URLs, email addresses, domains and template
// slots (reported as placeholders already) and interjections written as sounds (interjections.ts)
// are never misspellings.
import type { DraftSection, ScannedLine } from '../drafts/sections';
import { HONORIFICS } from '../model/names';
import type { Note } from '../model/types';
import type { Finding, FindingFix, LintOptions } from './findings';
import { isSoundWord } from './interjections';
import { checkGrammar, checkSpelling, type Dictionary, type LanguageIssue } from './language';

// A draft this long is no email: the too-long rule says so, and the parser's time is better saved.
const MAX_DRAFT_CHARS = 20_000;
const NOT_WORDS = [
  /\b(?:https?:\/\/|www\.)[^\s<>()[\]]{1,2000}/g,
  /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/g,
  /\b[\w-]{1,63}(?:\.[\w-]{1,63}){0,4}\.(?:com|org|net|io|dev|co|edu|gov|uk|de|fr|ai|app|example|test)\b/g,
];

/** One draft's prose for the language checks: its lines after the heading joined with "\n" (code and overlong lines blank), from firstLine on, and the offsets that are not words (URLs, addresses, template slots). */
export interface DraftProse {
  text: string;
  firstLine: number;
  skip: [number, number][];
}

/** What the spelling and grammar checks need, as plain data (it crosses to a worker thread): the drafts' prose and the words known to be right. */
export interface LanguageRequest {
  drafts: DraftProse[];
  known: string[];
}

function normalise(word: string): string {
  return word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
}

/** Every word the note and the user's settings know, lowercased. */
export function knownWords(note: Note | undefined, details: string[], options: LintOptions): Set<string> {
  const texts: string[] = [...details, ...(options.spelling?.words ?? []), options.signature?.name ?? '', options.signature?.email ?? ''];
  if (note) {
    texts.push(note.company, note.role ?? '');
    for (const p of note.interviewers) texts.push(p.name, p.title ?? '', p.email ?? '');
  }
  const known = new Set(HONORIFICS);
  for (const t of texts) for (const w of t.split(/[^\p{L}\p{N}'’-]+/u)) if (w) known.add(normalise(w));
  for (const w of options.spelling?.words ?? []) known.add(normalise(w));
  return known;
}

/** The prose of a draft, or undefined when it has none worth checking. */
export function draftProse(draft: DraftSection, lines: ScannedLine[], placeholderRanges: { line: number; start: number; end: number }[], maxLine: number): DraftProse | undefined {
  const first = draft.headingLine + 1;
  const texts: string[] = [];
  for (let n = first; n <= draft.endLine; n++) {
    const l = lines[n - 1]!;
    texts.push(l.code || l.text.length > maxLine ? '' : l.text);
  }
  const text = texts.join('\n');
  if (text.trim() === '' || text.length > MAX_DRAFT_CHARS) return undefined;
  const starts = lineStarts(text);
  const skip: [number, number][] = [];
  for (const p of NOT_WORDS) for (const m of text.matchAll(p)) skip.push([m.index, m.index + m[0].length]);
  for (const r of placeholderRanges) {
    const s = starts[r.line - first];
    if (s !== undefined) skip.push([s + r.start, s + r.end]);
  }
  return { text, firstLine: first, skip };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Issues of one draft's prose as findings with ranges in the whole file. */
function toFindings(prose: DraftProse, issues: LanguageIssue[], known: ReadonlySet<string>): Finding[] {
  const { text, firstLine: first, skip } = prose;
  const starts = lineStarts(text);
  const position = (o: number): { line: number; column: number } => {
    let i = starts.length - 1;
    while (i > 0 && starts[i]! > o) i--;
    return { line: first + i, column: o - starts[i]! };
  };
  const overlaps = (a: number, b: number) => skip.some(([s, e]) => a < e && b > s);
  const findings: Finding[] = [];
  for (const issue of issues) {
    if (overlaps(issue.start, issue.end)) continue;
    if (issue.rule === 'spelling' && (known.has(normalise(issue.actual)) || isSoundWord(issue.actual))) continue;
    const from = position(issue.start);
    const to = position(issue.end);
    const range = { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
    const fixes: FindingFix[] = issue.expected.map((e) => ({ ...range, text: e, title: `Change to '${e}'` }));
    let message: string;
    let severity: Finding['severity'] = 'warning';
    if (issue.rule === 'spelling') {
      message = issue.expected.length ? `Unknown word "${issue.actual}": did you mean "${issue.expected[0]}"?` : `Unknown word "${issue.actual}"`;
    } else if (issue.rule === 'repeated-word') {
      message = `Repeated word "${issue.expected[0] ?? issue.actual}"`;
      for (const f of fixes) f.title = `Remove the repeated "${f.text}"`;
    } else {
      const next = /^\s*([\p{L}\p{N}'’-]+)/u.exec(text.slice(issue.end))?.[1] ?? '';
      message = `Write "${issue.expected[0] ?? ''}" before "${next}", not "${issue.actual}"`;
      severity = 'warning';
    }
    const finding: Finding = { rule: issue.rule, ...range, severity, message };
    if (fixes.length) {
      finding.fix = fixes[0]!;
      if (fixes.length > 1) finding.alternatives = fixes.slice(1);
      finding.suggestions = issue.expected;
    }
    if (issue.rule === 'spelling') finding.actions = [{ kind: 'add-word', word: issue.actual, title: `Add "${issue.actual}" to the dictionary` }];
    findings.push(finding);
  }
  return findings;
}

/**
 * Repeated words, a/an and (with a dictionary) misspelled words in the drafts of a request, with
 * suggestions and "Add to dictionary". The first call with a dictionary builds its checker (a
 * fraction of a second to a second): the extension calls this in a worker thread only.
 */
export function languageFindings(request: LanguageRequest, dictionary: Dictionary | undefined): Finding[] {
  const known = new Set(request.known);
  return request.drafts.flatMap((prose) => toFindings(prose, [
    ...(dictionary ? checkSpelling(prose.text, dictionary, known) : []),
    ...checkGrammar(prose.text),
  ].sort((x, y) => x.start - y.start || x.end - y.end), known));
}
