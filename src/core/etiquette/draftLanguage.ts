// Spelling and grammar findings for one draft: runs language.ts over the draft's lines and keeps
// what a reader would call a mistake. Words the note knows (company, role, people, their emails,
// the details), the user's word list and signature, URLs, email addresses, domains and template
// slots (reported as placeholders already) are never misspellings.
import type { DraftSection, ScannedLine } from '../drafts';
import type { Note } from '../types';
import type { Finding, FindingFix, LintOptions } from '../etiquette';
import { checkLanguage } from './language';

// A draft this long is no email: the too-long rule says so, and the parser's time is better saved.
const MAX_DRAFT_CHARS = 20_000;
const HONORIFICS = ['mr', 'mrs', 'ms', 'mx', 'dr', 'prof'];
const NOT_WORDS = [
  /\b(?:https?:\/\/|www\.)[^\s<>()[\]]{1,2000}/g,
  /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/g,
  /\b[\w-]{1,63}(?:\.[\w-]{1,63}){0,4}\.(?:com|org|net|io|dev|co|edu|gov|uk|de|fr|ai|app|example|test)\b/g,
];

interface Input {
  draft: DraftSection;
  lines: ScannedLine[];
  note: Note | undefined;
  details: string[];
  options: LintOptions;
  placeholderRanges: { line: number; start: number; end: number }[];
  maxLine: number;
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

export function checkSpellingAndGrammar(input: Input): Finding[] {
  const { draft, lines, note, details, options, placeholderRanges, maxLine } = input;
  const first = draft.headingLine + 1;
  const texts: string[] = [];
  for (let n = first; n <= draft.endLine; n++) {
    const l = lines[n - 1]!;
    texts.push(l.code || l.text.length > maxLine ? '' : l.text);
  }
  const text = texts.join('\n');
  if (text.trim() === '' || text.length > MAX_DRAFT_CHARS) return [];
  const starts: number[] = [];
  let offset = 0;
  for (const t of texts) {
    starts.push(offset);
    offset += t.length + 1;
  }
  const position = (o: number): { line: number; column: number } => {
    let i = starts.length - 1;
    while (i > 0 && starts[i]! > o) i--;
    return { line: first + i, column: o - starts[i]! };
  };
  const skip: [number, number][] = [];
  for (const p of NOT_WORDS) for (const m of text.matchAll(p)) skip.push([m.index, m.index + m[0].length]);
  for (const r of placeholderRanges) {
    const s = starts[r.line - first];
    if (s !== undefined) skip.push([s + r.start, s + r.end]);
  }
  const overlaps = (a: number, b: number) => skip.some(([s, e]) => a < e && b > s);
  const known = knownWords(note, details, options);

  const findings: Finding[] = [];
  for (const issue of checkLanguage(text, options.spelling?.dictionary, known)) {
    if (overlaps(issue.start, issue.end)) continue;
    if (issue.rule === 'spelling' && known.has(normalise(issue.actual))) continue;
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
