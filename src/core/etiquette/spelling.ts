// Spelling of a draft's prose: which words no list knows, and what to offer instead, best first.
// The word lists themselves (the cspell dictionaries, people's names, companies, software terms,
// common misspellings, word frequencies) are read by an adapter (src/node/dictionary.ts) and
// handed in as SpellingLists; this module decides what a word is, which words are right, and how
// suggestions are ranked and bounded. Pure: no I/O, no clock but the one handed in.
import { SoundIndex } from './soundKey';
import { typoDistance } from './typoDistance';

/** The word lists, as the adapter reads them. Words are given as written, with ’ read as '. */
export interface SpellingLists {
  /** Whether a list holds the word exactly (ignoreCase: also in another case, "london" for "London"). */
  has(word: string, ignoreCase: boolean): boolean;
  /** Whether the word (lower case) is a misspelling the lists must not accept though one of them holds it ("programer"). */
  isFlagged(word: string): boolean;
  /** What a list of common misspellings says the word (lower case) should be, in no useful order. */
  corrections(word: string): readonly string[] | undefined;
  /** Words near the word in the main list, found within about timeoutMs. */
  nearWords(word: string, timeoutMs: number): string[];
  /** How common a word (lower case) is: 1 is the most common; undefined when no frequency is known. */
  rank(word: string): number | undefined;
  /** The `count` most common words, the most common first (for the sound-alike index); absent: no such index. */
  frequentWords?(count: number): readonly string[];
}

export interface ProseWord {
  word: string;
  start: number;
  end: number;
}

/** A misspelt word: offsets into the prose (end exclusive) and replacements, best first. */
export interface SpellingIssue extends ProseWord {
  expected: string[];
}

/** How much suggestion work one check may do: the rest of the words are reported without suggestions (and get them on a later check, from the cache). */
export interface SuggestionBudget {
  /** At most this many searches of the main list (each bounded by its own timeout). */
  searches: number;
  /** At most this much time for all of them, in ms (measured with `clock`). */
  ms: number;
  /** At most this long for one search (default 60 ms); a search cut short is tried again on a later check. */
  searchMs?: number;
  clock: () => number;
}

export const DEFAULT_BUDGET: Omit<SuggestionBudget, 'clock'> = { searches: 40, ms: 250 };
/** One search of the main list never takes much more than this (cspell honours its timeout roughly). */
const SEARCH_TIMEOUT_MS = 60;
/** Suggestions offered as quick fixes. */
const MAX_SUGGESTIONS = 3;
/** Words longer than this are no English word anyone meant to write: flagged, never searched. */
const MAX_SEARCHED_LENGTH = 24;
/** Suggestions remembered per word list: words repeat across checks of the same draft. */
const CACHE_SIZE = 5000;

// A word: letters and marks, with apostrophes inside ("don’t", "O'Neil"); hyphens and other
// punctuation separate words ("e-mail" is "e" and "mail", each checked). Digits make a token no word.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

/** The words of a text that spelling looks at: tokens with a letter and no digit, longer than one letter. */
export function proseWords(text: string): ProseWord[] {
  const words: ProseWord[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    if (word.length < 2 || /\p{N}/u.test(word) || !/\p{L}/u.test(word)) continue;
    words.push({ word, start: m.index, end: m.index + word.length });
  }
  return words;
}

/** The word with ’ as ' and without a possessive 's: the form the lists are asked about. */
function baseForm(word: string): string {
  const w = word.replace(/’/g, "'");
  return /^[\p{L}\p{M}]{2,}'s$/iu.test(w) ? w.slice(0, -2) : w;
}

/**
 * Workplace words of today that the American list lacks (some are in the British one): right in
 * every language setting. "timeframe" is in the follow-up snippet.
 */
const OWN_WORDS = new Set(`timeframe timeframes skillset skillsets upskill upskills upskilling upskilled reskill reskilling
  rollout rollouts autoresponder autoresponders fintech edtech healthtech chatbot chatbots`.split(/\s+/));

const isUpper = (w: string) => w === w.toUpperCase() && w !== w.toLowerCase();
const capitalised = (w: string) => w[0]!.toUpperCase() + w.slice(1).toLowerCase();
/** "ZLF", "APIs", "CVs": two to six capitals, perhaps a plural s. */
const ACRONYM = /^\p{Lu}{2,6}s?$/u;

/** The word without accents: "résumé" → "resume", "Rodríguez" → "Rodriguez". */
function withoutAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Whether the lists take the word in one of the cases it may be written in. */
function listed(lists: SpellingLists, w: string): boolean {
  if (lists.has(w, false)) return true;
  const lower = w.toLowerCase();
  // A capitalised word at a sentence start, or a word in capitals: its lower-case or capitalised form.
  // A proper noun in lower case ("london", "nigerian") is not taken: its suggestion is the capitalised form.
  return lower !== w && (lists.has(lower, false) || (isUpper(w) && lists.has(capitalised(w), false)));
}

/** Whether a word is right: an acronym, in a list as written or in another case, or with its accents dropped. */
export function isCorrect(word: string, lists: SpellingLists): boolean {
  const w = baseForm(word);
  if (ACRONYM.test(w)) return true;
  const lower = w.toLowerCase();
  if (OWN_WORDS.has(lower)) return true;
  if (lists.isFlagged(lower)) return false;
  const plain = withoutAccents(w);
  if (!listed(lists, w) && (plain === w || !listed(lists, plain))) return false;
  // A word the lists hold only as a rare variant that is also a common misspelling ("programer"):
  // no one writes it on purpose in an email.
  return !(lists.corrections(lower) && lists.rank(lower) === undefined);
}

/** How many of the most common words the sound-alike index holds. */
const SOUND_INDEX_WORDS = 20000;
const soundIndexes = new WeakMap<SpellingLists, SoundIndex | null>();

/** Words of the lists that sound like the typed one (built once per word list, on the first search). */
function soundAlikes(typed: string, lists: SpellingLists): string[] {
  let index = soundIndexes.get(lists);
  if (index === undefined) {
    const words = lists.frequentWords?.(SOUND_INDEX_WORDS);
    soundIndexes.set(lists, (index = words ? new SoundIndex(words) : null));
  }
  if (!index) return [];
  const out: string[] = [];
  for (const w of index.lookup(typed)) {
    // The frequency list holds words in lower case and some no list takes: each as a list has it.
    if (lists.has(w, false)) out.push(w);
    else if (lists.has(capitalised(w), false)) out.push(capitalised(w));
  }
  return out;
}

const cache = new WeakMap<SpellingLists, Map<string, string[]>>();
/** Words whose search was cut short by its timeout, per word list: searched again when the budget allows. */
const provisional = new WeakMap<SpellingLists, Map<string, string[]>>();

/**
 * The weights of the ranking. A candidate's score is a
 * noisy-channel cost: how unlikely the misspelling is for that word (the weighted edit distance)
 * plus how unlikely the word is at all (its frequency rank).
 */
const RANKING = {
  /** A different last letter is rarer than a slip inside the word. */
  lastLetter: 0.3,
  /** A proper noun offered for a lower-case word that is another word. */
  properNoun: 0.5,
  /** Per power of ten of the frequency rank ("the" is 1, a rare word 50,000). */
  perDecade: 0.15,
  /** The most the rank adds for a word with a rank. */
  maxRank: 0.8,
  /** A word with no frequency known. */
  unranked: 0.9,
};

/** Suggestions are ranked by how people misspell, then by how common the word is. */
function score(typed: string, candidate: string, lists: SpellingLists): number {
  const lower = candidate.toLowerCase();
  let s = typoDistance(typed, candidate);
  // A different last letter is rarer than a slip inside the word ("particulary" is "particularly"),
  // unless the last two letters are only swapped ("vitea" is "vitae").
  const last = typed.toLowerCase().at(-1);
  if (lower.at(-1) !== last && lower.at(-2) !== last) s += RANKING.lastLetter;
  // A proper noun for a lower-case word is rarely what was meant, unless it is the same word
  // ("london"): then a common one is likely, a rare one ("Eger" for "eger") much less.
  const rank = lists.rank(lower);
  if (/^\p{Lu}/u.test(candidate) && !/^\p{Lu}/u.test(typed)) s += lower === typed.toLowerCase() ? (rank === undefined ? 0.6 : 0.2) : RANKING.properNoun;
  // Common words first among near ones: log-scaled rank, unlisted words last.
  s += rank === undefined ? RANKING.unranked : Math.min(RANKING.maxRank, Math.log10(rank) * RANKING.perDecade);
  return s;
}

/** Keeps the writer's capitalisation: "Sincerly" → "Sincerely", "THANKS" stays in capitals. */
/** A suggestion in the case the word was typed in ("Recieve" → "Receive", "RECIEVE" → "RECEIVE"). */
export function matchCase(actual: string, suggestion: string): string {
  if (actual.length > 1 && isUpper(actual)) return suggestion.toUpperCase();
  if (/^\p{Lu}/u.test(actual) && /^\p{Ll}/u.test(suggestion)) return suggestion[0]!.toUpperCase() + suggestion.slice(1);
  return suggestion;
}

export function rankSuggestions(typed: string, candidates: Iterable<string>, lists: SpellingLists): string[] {
  const seen = new Set<string>();
  const scored: { s: string; score: number; i: number }[] = [];
  let i = 0;
  for (const c of candidates) {
    if (c === typed || seen.has(c) || lists.isFlagged(c.toLowerCase())) continue;
    seen.add(c);
    scored.push({ s: c, score: score(typed, c, lists), i: i++ });
  }
  return scored.sort((x, y) => x.score - y.score || x.i - y.i).map((x) => x.s);
}

/**
 * Suggestions for one unknown word, from the cache, the list of common misspellings, or (when the
 * budget allows) a search of the main list. undefined: the budget is spent, ask again later.
 */
interface BudgetLeft {
  left: number;
  until: number;
  searchMs: number;
  clock: () => number;
}

function suggestionsFor(word: string, lists: SpellingLists, budget: BudgetLeft): string[] | undefined {
  const key = word.toLowerCase();
  let memo = cache.get(lists);
  if (!memo) cache.set(lists, (memo = new Map()));
  const hit = memo.get(key);
  if (hit) return hit;
  let cut = provisional.get(lists);
  if (!cut) provisional.set(lists, (cut = new Map()));
  const listedFixes = lists.corrections(key);
  // A proper noun written in lower case ("nigerian" → "Nigerian") competes with the other candidates.
  const cased = [capitalised(key), key.toUpperCase()].filter((f) => lists.has(f, false));
  let found: string[];
  if (listedFixes) {
    found = rankSuggestions(key, [...cased, ...listedFixes], lists);
  } else if (key.length > MAX_SEARCHED_LENGTH) {
    found = cased;
  } else {
    const left = budget.until - budget.clock();
    if (budget.left <= 0 || left <= 0) return cut.get(key) ?? (cased.length > 0 ? cased : undefined);
    budget.left--;
    const timeout = Math.min(budget.searchMs, left);
    const started = budget.clock();
    found = rankSuggestions(key, [...cased, ...lists.nearWords(key, timeout), ...soundAlikes(key, lists)], lists).slice(0, MAX_SUGGESTIONS);
    // Cut short by its timeout (a busy machine): used now, searched again when a later check has budget left.
    if (budget.clock() - started >= timeout) {
      cut.set(key, found);
      return found;
    }
    cut.delete(key);
  }
  found = found.slice(0, MAX_SUGGESTIONS);
  if (memo.size >= CACHE_SIZE) memo.clear();
  memo.set(key, found);
  return found;
}

/**
 * The misspelt words of a text and their suggestions. `known(word)` says a word is right whatever
 * the lists say (the note's and the user's words; asked only about words no list has); `skip` are ranges that hold no words (URLs,
 * addresses, template slots). Unknown words in lower case get suggestions first, capitalised
 * ones (often names) after, within the budget; a word beyond it is reported without any.
 */
export function spellingIssues(
  text: string,
  lists: SpellingLists,
  known: (word: string) => boolean,
  skip: readonly [number, number][] = [],
  budget: SuggestionBudget = { ...DEFAULT_BUDGET, clock: () => Date.now() },
): SpellingIssue[] {
  const unknown: ProseWord[] = [];
  const verdicts = new Map<string, boolean>();
  for (const w of proseWords(text)) {
    if (skip.some(([s, e]) => w.start < e && w.end > s)) continue;
    let right = verdicts.get(w.word);
    if (right === undefined) {
      right = isCorrect(w.word, lists) || known(w.word);
      verdicts.set(w.word, right);
    }
    if (!right) unknown.push(w);
  }
  const state: BudgetLeft = { left: budget.searches, until: budget.clock() + budget.ms, searchMs: budget.searchMs ?? SEARCH_TIMEOUT_MS, clock: budget.clock };
  // Lower-case words first (capitalised ones are often names), and words never searched before those cut short.
  const cut = provisional.get(lists);
  const rank = (w: ProseWord) => Number(/^\p{Lu}/u.test(w.word)) + (cut?.has(baseForm(w.word).toLowerCase()) ? 2 : 0);
  const order = [...unknown].sort((a, b) => rank(a) - rank(b));
  const expected = new Map<ProseWord, string[]>();
  for (const w of order) expected.set(w, (suggestionsFor(baseForm(w.word), lists, state) ?? []).map((s) => matchCase(w.word, s)));
  return unknown.map((w) => ({ ...w, expected: expected.get(w)! }));
}
