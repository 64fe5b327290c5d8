// Repeated words and a/an in a draft on the unified stack: remark parses the Markdown, remark-retext
// turns it into natural-language nodes (parse-english, the parser retext-english wraps), and
// retext-repeated-words and retext-indefinite-article report. Code spans are source, not words.
// Spelling is spelling.ts's (word lists), the other grammar grammarRules.ts's and the engine's.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRetext from 'remark-retext';
import { ParseEnglish } from 'parse-english';
import retextRepeatedWords from 'retext-repeated-words';
import retextIndefiniteArticle from 'retext-indefinite-article';
import { VFile } from 'vfile';
import { matchCase } from './spelling';

type LanguageRule = 'repeated-word' | 'indefinite-article';

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
  'retext-repeated-words': 'repeated-word',
  'retext-indefinite-article': 'indefinite-article',
};

// How far a word may lie after where remark-retext placed it (the indentation of one line).
const MAX_SHIFT = 200;

const base = () => unified().use(remarkParse).use(remarkRetext, new ParseEnglish() as never);

// Built once; the extension runs it in a worker thread (src/node/spellWorker.ts), never on the host's.
let grammar: ReturnType<typeof grammarProcessor> | undefined;
function grammarProcessor() {
  return base().use(retextRepeatedWords).use(retextIndefiniteArticle).freeze();
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
