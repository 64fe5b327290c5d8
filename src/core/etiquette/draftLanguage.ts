// Spelling and grammar findings for drafts: the words no list knows (spelling.ts), slips our own
// rules find (grammarRules.ts), repeated words and a/an (language.ts), and what a grammar engine
// found (Harper, run by the worker: src/node/harper.ts), merged into one finding per slip with its
// fixes. Words the note knows (company, role, people, their emails, the details), every person,
// company and role of the notes folder, the user's word list and signature, the lines after the
// sign-off, URLs, email addresses, domains and template slots (reported as placeholders already)
// and interjections written as sounds (interjections.ts) are never misspellings.
import type { DraftSection, ScannedLine } from '../drafts/sections';
import { HONORIFICS, SALUTATION_SOURCE } from '../model/names';
import type { Note } from '../model/types';
import type { Finding, FindingFix, LintOptions } from './findings';
import { isSoundWord } from './interjections';
import { checkGrammar, type LanguageIssue } from './language';
import { grammarIssues, type GrammarKind } from './grammarRules';
import { spellingIssues, type SpellingLists, type SuggestionBudget } from './spelling';
import { noteWorldTexts, normaliseWord, wordsOf } from './worldWords';

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

/** A slip a grammar engine found in grammarText(draft): offsets into it, replacements best first ('' removes), and the engine's words. */
export interface EngineIssue {
  start: number;
  end: number;
  expected: string[];
  message: string;
  /** The engine's name for the rule (kept for the accuracy report). */
  source?: string;
}

export interface LanguageOptions {
  /** What the grammar engine found, per draft of the request (same order); absent while it loads, or without one. */
  engine?: (EngineIssue[] | undefined)[];
  /** Every person, company and role of the notes folder (lower case), known beyond the note itself; asked last. */
  world?: WordSet;
  budget?: SuggestionBudget;
}

/** A set of words, perhaps read only when first asked (the CLI reads the notes folder then). */
export interface WordSet {
  has(word: string): boolean;
}

/** Which slip a finding is: the grammar kind of our rules, 'engine' for the engine's, or the language rule. */
export type LanguageSource = GrammarKind | 'engine' | 'spelling' | 'repeated-word' | 'indefinite-article';

const normalise = normaliseWord;

/** Every word the note and the user's settings know, lowercased. */
export function knownWords(note: Note | undefined, details: string[], options: LintOptions): Set<string> {
  const texts: string[] = [...details, ...(options.spelling?.words ?? []), options.signature?.name ?? '', options.signature?.email ?? ''];
  if (note) texts.push(...noteWorldTexts(note), ...note.interviewers.map((p) => p.email ?? ''));
  const known = new Set(HONORIFICS);
  for (const t of texts) for (const w of wordsOf(t)) known.add(w);
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

// "Best regards,", "Kind regards", "Sincerely,", "Yours truly,", "Thanks!", "Thank you again,", "Cheers", "Best".
const SIGN_OFF = /^(?:(?:best|kind|warm|warmest|many|with|all the)\s+(?:regards|wishes|thanks|best)|regards|sincerely|yours?\s+(?:sincerely|truly|faithfully)|respectfully(?: yours)?|cheers|best|thanks(?: again| so much)?|thank you(?: again| so much)?|take care|talk soon|with gratitude|gratefully)\s*[,.!]?$/i;
const GREETING = new RegExp(`^${SALUTATION_SOURCE}\\b`, 'i');
/** Lines after a sign-off that are still the signature (name, title, company, contact). */
const MAX_SIGNATURE_LINES = 8;

/**
 * Where the signature starts: the offset after the last sign-off line near the end of the draft
 * (the text's length when there is none). What follows is names, titles and contact lines: their
 * words are known, and grammar does not read them.
 */
function signatureStart(text: string): number {
  const lines = text.split('\n');
  let offset = text.length;
  // A line that ends a sentence is body text, not a signature line.
  let sentenceAfter = false;
  // Walk back over the last lines; a long line means the body, not a signature.
  for (let i = lines.length - 1, seen = 0; i >= 0 && seen <= MAX_SIGNATURE_LINES; i--) {
    const line = lines[i]!.trim();
    offset -= lines[i]!.length + (i < lines.length - 1 ? 1 : 0);
    if (line === '') continue;
    // A sign-off as listed, or (after signature-like lines only) a short line ending in a comma
    // ("Warmly,", "Sincerly,") that is no greeting.
    if (SIGN_OFF.test(line) || (!sentenceAfter && /^[\p{L}’' ]{2,30},$/u.test(line) && !GREETING.test(line))) {
      if (i === lines.length - 1) return text.length;
      return offset + lines[i]!.length + 1;
    }
    if (line.length > 80) break;
    if (/[.!?]$/.test(line)) sentenceAfter = true;
    seen++;
  }
  return text.length;
}

/** The text grammar reads: the prose with the signature's lines blanked (same length, offsets unchanged). */
export function grammarText(prose: DraftProse, cut = signatureStart(prose.text)): string {
  return prose.text.slice(0, cut) + prose.text.slice(cut).replace(/[^\n]/g, ' ');
}

interface Issue {
  source: LanguageSource;
  start: number;
  end: number;
  actual: string;
  expected: string[];
  message?: string;
}

/** Which finding wins where two cover the same words: our rules (they name the slip), then a/an and repeated words, then spelling (its suggestions come from the word lists), then the engine. */
const PREFERENCE: Record<'rules' | 'retext' | 'engine' | 'spelling', number> = { rules: 0, retext: 1, spelling: 2, engine: 3 };
const group = (s: LanguageSource) => (s === 'spelling' ? 'spelling' : s === 'engine' ? 'engine' : s === 'repeated-word' || s === 'indefinite-article' ? 'retext' : 'rules');

function merged(issues: Issue[]): Issue[] {
  const ranked = [...issues].sort((a, b) => PREFERENCE[group(a.source)] - PREFERENCE[group(b.source)] || a.start - b.start);
  const kept: Issue[] = [];
  for (const i of ranked) if (!kept.some((k) => i.start < k.end && i.end > k.start)) kept.push(i);
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Issues of one draft's prose as findings with ranges in the whole file. */
function toFindings(prose: DraftProse, issues: Issue[]): Finding[] {
  const { text, firstLine: first, skip } = prose;
  const starts = lineStarts(text);
  const position = (o: number): { line: number; column: number } => {
    let i = starts.length - 1;
    while (i > 0 && starts[i]! > o) i--;
    return { line: first + i, column: o - starts[i]! };
  };
  const overlaps = (a: number, b: number) => skip.some(([s, e]) => a < e && b > s);
  const findings: Finding[] = [];
  for (const issue of merged(issues)) {
    if (overlaps(issue.start, issue.end)) continue;
    const from = position(issue.start);
    const to = position(issue.end);
    const range = { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
    const expected = issue.expected.filter((e) => e !== issue.actual);
    const fixes: FindingFix[] = expected.map((e) => ({ ...range, text: e, title: e === '' ? `Remove "${issue.actual.trim()}"` : `Change to '${e}'` }));
    let message: string;
    let rule: Finding['rule'];
    if (issue.source === 'spelling') {
      rule = 'spelling';
      message = expected.length ? `Unknown word "${issue.actual}": did you mean "${expected[0]}"?` : `Unknown word "${issue.actual}"`;
    } else if (issue.source === 'repeated-word') {
      rule = 'repeated-word';
      message = `Repeated word "${expected[0] ?? issue.actual}"`;
      for (const f of fixes) f.title = `Remove the repeated "${f.text}"`;
    } else if (issue.source === 'indefinite-article') {
      rule = 'indefinite-article';
      const next = /^\s*([\p{L}\p{N}'’-]+)/u.exec(text.slice(issue.end))?.[1] ?? '';
      message = `Write "${expected[0] ?? ''}" before "${next}", not "${issue.actual}"`;
    } else {
      rule = 'grammar';
      message = issue.message ?? 'Grammar';
    }
    const finding: Finding = { rule, ...range, severity: 'warning', message };
    if (fixes.length) {
      finding.fix = fixes[0]!;
      if (fixes.length > 1) finding.alternatives = fixes.slice(1);
      finding.suggestions = expected;
    }
    if (issue.source === 'spelling') finding.actions = [{ kind: 'add-word', word: issue.actual, title: `Add "${issue.actual}" to the dictionary` }];
    finding.source = issue.source;
    findings.push(finding);
  }
  return findings;
}

/** The issues of one draft from every checker, as offsets into its prose. */
function draftIssues(prose: DraftProse, lists: SpellingLists | undefined, known: ReadonlySet<string>, options: LanguageOptions, engine: EngineIssue[] | undefined): Issue[] {
  const cut = signatureStart(prose.text);
  const grammarSource = grammarText(prose, cut);
  const signature = new Set(wordsOf(prose.text.slice(cut)));
  const isKnown = (word: string) => {
    const w = normalise(word);
    return known.has(w) || signature.has(w) || (options.world?.has(w) ?? false) || isSoundWord(word);
  };
  const issues: Issue[] = [];
  if (lists) {
    for (const s of spellingIssues(prose.text, lists, isKnown, prose.skip, options.budget)) {
      issues.push({ source: 'spelling', start: s.start, end: s.end, actual: s.word, expected: s.expected });
    }
  }
  for (const g of checkGrammar(grammarSource) as LanguageIssue[]) issues.push({ source: g.rule as LanguageSource, start: g.start, end: g.end, actual: g.actual, expected: g.expected });
  for (const g of grammarIssues(grammarSource)) issues.push({ source: g.kind, start: g.start, end: g.end, actual: g.actual, expected: g.expected, message: g.message });
  for (const e of engine ?? []) {
    // A fix that would rewrite a name the note knows ("Zyntrix" → "Zynthia") is no fix.
    const actual = grammarSource.slice(e.start, e.end);
    if (e.expected.length === 0 || wordsOf(actual).some((w) => known.has(w) && !/^(?:i|im)$/.test(w))) continue;
    issues.push({ source: 'engine', start: e.start, end: e.end, actual, expected: e.expected, message: e.message });
  }
  return issues;
}

/**
 * Spelling (with lists), grammar (our rules, repeated words, a/an, and the engine's issues when
 * given) of the drafts of a request, with fixes and "Add to dictionary". Suggestions for unknown
 * words are bounded per call (options.budget) and cached per list.
 */
export function languageFindings(request: LanguageRequest, lists: SpellingLists | undefined, options: LanguageOptions = {}): Finding[] {
  const known = new Set(request.known);
  return request.drafts.flatMap((prose, i) => toFindings(prose, draftIssues(prose, lists, known, options, options.engine?.[i])));
}
