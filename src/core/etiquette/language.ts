// Spelling and grammar of a draft on the unified stack: remark parses the Markdown, remark-retext
// turns it into natural-language nodes (parse-english, the parser retext-english wraps), and
// retext-spell (Hunspell dictionaries through nspell), retext-repeated-words and
// retext-indefinite-article report. Code spans are source, not words; the caller filters URLs,
// addresses and the note's own words. Pure: the dictionary's bytes are handed in.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRetext from 'remark-retext';
import { ParseEnglish } from 'parse-english';
import retextSpell from 'retext-spell';
import retextRepeatedWords from 'retext-repeated-words';
import retextIndefiniteArticle from 'retext-indefinite-article';
import { VFile } from 'vfile';

/** A Hunspell dictionary: the bytes of its .aff and .dic files. */
export interface Dictionary {
  aff: Uint8Array;
  dic: Uint8Array;
}

type LanguageRule = 'spelling' | 'repeated-word' | 'indefinite-article';

export interface LanguageIssue {
  rule: LanguageRule;
  /** 0-based offsets in the text checked, end exclusive. */
  start: number;
  end: number;
  actual: string;
  /** Replacements, best first. */
  expected: string[];
}

const SOURCES: Record<string, LanguageRule> = {
  'retext-spell': 'spelling',
  'retext-repeated-words': 'repeated-word',
  'retext-indefinite-article': 'indefinite-article',
};

// How far a word may lie after where remark-retext placed it (the indentation of one line).
const MAX_SHIFT = 200;

// Spelling suggestions offered as quick fixes.
const MAX_SUGGESTIONS = 3;

interface Pipeline {
  processor: ReturnType<typeof spellingProcessor>;
  /**
   * retext-spell keeps the `ignore` array it is given and reads it on every run: refilled before each
   * check with the note's own words, they are skipped before nspell looks for suggestions (which takes
   * a second or two for a name with no near word), without building a new checker per note.
   */
  ignore: string[];
}

const base = () => unified().use(remarkParse).use(remarkRetext, new ParseEnglish() as never);

function spellingProcessor(dictionary: Dictionary, ignore: string[]) {
  // Literal words ("quoted", (parenthesised)) are checked too: emails misspell them as often.
  // Suggestions are cached per word by retext-spell; max caps how many words ever get them.
  return base().use(retextSpell, { dictionary, ignore, ignoreLiteral: false, max: 500 }).freeze();
}

// Spelling and grammar run as two processors: without a dictionary there is grammar alone. The
// extension runs both in a worker thread (src/node/spellWorker.ts), never on the host's.
let grammar: ReturnType<typeof grammarProcessor> | undefined;
function grammarProcessor() {
  return base().use(retextRepeatedWords).use(retextIndefiniteArticle).freeze();
}

// Building the spell checker reads the whole dictionary (~150 ms or more): once per dictionary.
const pipelines = new WeakMap<Dictionary, Pipeline>();

function pipelineFor(dictionary: Dictionary): Pipeline {
  let p = pipelines.get(dictionary);
  if (!p) {
    const ignore: string[] = [];
    p = { processor: spellingProcessor(dictionary, ignore), ignore };
    pipelines.set(dictionary, p);
  }
  return p;
}

/** The spellings of a known word that retext-spell may meet: as written, lower, Capitalised, UPPER. */
function forms(words: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const w of words) {
    if (!w) continue;
    out.add(w).add(w.toLowerCase()).add(w.toUpperCase()).add(w[0]!.toUpperCase() + w.slice(1).toLowerCase());
  }
  return [...out];
}

/** Damerau-Levenshtein distance, capped: suggestions are short words. */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * nspell orders suggestions by its affix rules; typical misspellings are one swap, one missing or
 * one extra letter with the word's ending kept ("particulary" is "particularly", not "particulars").
 */
function rankSuggestions(actual: string, suggestions: string[]): string[] {
  const word = actual.toLowerCase();
  const score = (s: string) => distance(word, s.toLowerCase()) * 2 + (s.toLowerCase().at(-1) === word.at(-1) ? 0 : 1);
  return suggestions
    .map((s, i) => ({ s, i, score: score(s) }))
    .sort((x, y) => x.score - y.score || x.i - y.i)
    .map((x) => x.s);
}

/** Keeps the writer's capitalisation: "Sincerly" → "Sincerely". */
function matchCase(actual: string, suggestion: string): string {
  if (actual.length > 1 && actual === actual.toUpperCase()) return suggestion.toUpperCase();
  if (/^\p{Lu}/u.test(actual) && /^\p{Ll}/u.test(suggestion)) return suggestion[0]!.toUpperCase() + suggestion.slice(1);
  return suggestion;
}

/** The issues the processor left on the file, as offsets into the text. */
function issuesOf(file: VFile, text: string): LanguageIssue[] {
  const issues: LanguageIssue[] = [];
  for (const m of file.messages) {
    const rule = m.ruleId === 'overflow' ? undefined : SOURCES[m.source ?? ''];
    let start = m.place && 'start' in m.place ? m.place.start.offset : undefined;
    let end = m.place && 'end' in m.place ? m.place.end.offset : undefined;
    if (!rule || start === undefined || end === undefined) continue;
    // remark-retext places words of an indented continuation line too early by the indentation
    // it strips: the words the plugin saw are searched for a little further on.
    if (typeof m.actual === 'string' && m.actual && text.slice(start, end) !== m.actual) {
      const found = text.indexOf(m.actual, start);
      if (found >= 0 && found - start <= MAX_SHIFT) [start, end] = [found, found + m.actual.length];
    }
    const actual = text.slice(start, end);
    let expected = (m.expected ?? []).filter((e): e is string => typeof e === 'string');
    if (rule === 'spelling') expected = rankSuggestions(actual, expected).slice(0, MAX_SUGGESTIONS).map((s) => matchCase(actual, s));
    if (rule === 'indefinite-article') expected = expected.map((s) => matchCase(actual, s));
    issues.push({ rule, start, end, actual, expected });
  }
  return issues;
}

/** Grammar issues of a Markdown text: repeated words, a/an. */
export function checkGrammar(text: string): LanguageIssue[] {
  const file = new VFile(text);
  const p = (grammar ??= grammarProcessor());
  p.runSync(p.parse(file), file);
  return issuesOf(file, text);
}

/**
 * Misspelled words of a Markdown text, with suggestions; known words are never misspelled. The
 * first call with a dictionary builds its checker (a fraction of a second to a second).
 */
export function checkSpelling(text: string, dictionary: Dictionary, known: Iterable<string> = []): LanguageIssue[] {
  const file = new VFile(text);
  const p = pipelineFor(dictionary);
  p.ignore.length = 0;
  p.ignore.push(...forms(known));
  p.processor.runSync(p.processor.parse(file), file);
  return issuesOf(file, text);
}
