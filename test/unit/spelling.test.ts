// The spelling check on the real word lists: which words are right (American and British lists,
// people's names, companies, software terms, acronyms, accents, possessives, typographic
// apostrophes, our own workplace words), the right word first, and the bounded suggestion work
// per check (issue 16, item 18: a draft of 190 unknown words took 22–117 s of CPU).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_BUDGET, isCorrect, proseWords, rankSuggestions, spellingIssues, type SpellingLists } from '../../src/core/etiquette/spelling';
import { typoDistance } from '../../src/core/etiquette/typoDistance';
import { dictionaryFor } from '../../src/node/dictionary';

const BOTH = dictionaryFor('en', process.cwd());
const US = dictionaryFor('en-US', process.cwd());
const GB = dictionaryFor('en-GB', process.cwd());
const nothingKnown = () => false;

test('spelling: right words of every kind; misspellings are not', () => {
  const right = ['receive', 'Sincerely', 'SINCERELY', 'London', "I'm", 'I’m', 'didn’t', "Jane's", 'Aamodt', 'Kubernetes', 'DevOps', 'GitHub',
    'ZLF', 'APIs', 'CVs', 'résumé', 'Résumé', 'café', 'Rodríguez', 'cybersecurity', 'onboarding', 'timeframe', 'upskilling', 'organisation', 'organization'];
  for (const w of right) assert.equal(isCorrect(w, BOTH), true, w);
  const wrong = ['recieve', 'greatful', 'teh', 'seperate', 'definately', 'programing', 'london', 'Qwzrtplkv', 'alot'];
  for (const w of wrong) assert.equal(isCorrect(w, BOTH), false, w);
  assert.equal(isCorrect('organisation', US), false, 'en-US only: the British spelling is reported');
  assert.equal(isCorrect('color', GB), false, 'en-GB only: the American spelling is reported');
  assert.equal(isCorrect('Aamodt', US), true, 'names in every language');
});

test('spelling: words are letters with inner apostrophes; digits make no word; hyphens separate', () => {
  assert.deepEqual(proseWords('I’m sure: e-mail 2nd 10am O\'Neil, résumé x'), [
    { word: 'I’m', start: 0, end: 3 }, { word: 'sure', start: 4, end: 8 }, { word: 'mail', start: 12, end: 16 },
    { word: "O'Neil", start: 26, end: 32 }, { word: 'résumé', start: 34, end: 40 }]);
});

test('spelling: the right word comes first, with the writer\'s capitals', () => {
  const first = (word: string, lists: SpellingLists = BOTH) =>
    spellingIssues(word, lists, nothingKnown, [], { searches: Infinity, ms: Infinity, clock: () => 0 })[0]?.expected[0];
  const cases: [string, string][] = [['greatful', 'grateful'], ['recieve', 'receive'], ['seperate', 'separate'], ['definately', 'definitely'],
    ['Sincerly', 'Sincerely'], ['teh', 'the'], ['oppurtunity', 'opportunity'], ['intrested', 'interested'], ['hearin', 'hearing'],
    ['london', 'London'], ['INTERVEIW', 'INTERVIEW']];
  for (const [typed, expected] of cases) assert.equal(first(typed), expected, typed);
  assert.equal(first('organise', US), 'organize');
  assert.equal(first('color', GB), 'colour');
});

test('spelling: typo distance prices the slips people make below arbitrary edits', () => {
  assert.equal(typoDistance('receive', 'receive'), 0);
  assert.ok(typoDistance('recomend', 'recommend') < typoDistance('recomend', 'recommand'), 'a doubled letter is cheap');
  assert.ok(typoDistance('recieve', 'receive') < 1, 'a swap is cheap');
  assert.ok(typoDistance('seperate', 'separate') < typoDistance('seperate', 'sewerate'), 'a vowel for a vowel is cheaper than any letter');
  assert.ok(typoDistance('thsnk', 'thank') < typoDistance('thmnk', 'thank'), 'a neighbouring key is cheaper');
  assert.ok(typoDistance('hearin', 'hearing') < typoDistance('hearin', 'hearins'), 'the dropped g of -ing is cheap');
  assert.equal(typoDistance('abc', 'xyz'), 3);
  assert.equal(rankSuggestions('greatful', ['fretful', 'grateful', 'greatful'], BOTH)[0], 'grateful');
});

/** Made-up words no list knows: consonant-vowel syllables from a fixed seed. */
function madeUpWords(n: number): string[] {
  let seed = 17;
  const next = (k: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % k;
  const out = new Set<string>();
  while (out.size < n) {
    let w = '';
    for (let i = 0, syllables = 3 + next(3); i < syllables; i++) w += 'bcdfgklmnprstvz'[next(15)]! + 'aeiou'[next(5)]!;
    if (!isCorrect(w, BOTH)) out.add(w);
  }
  return [...out];
}

/** The real lists, counting the searches of the main list (the expensive part) and the words searched. */
function counting(): SpellingLists & { searched: string[] } {
  const searched: string[] = [];
  return {
    searched,
    has: (w, i) => BOTH.has(w, i),
    isFlagged: (w) => BOTH.isFlagged(w),
    corrections: (w) => BOTH.corrections(w),
    rank: (w) => BOTH.rank(w),
    nearWords: (w, t) => {
      searched.push(w);
      return BOTH.nearWords(w, t);
    },
  };
}

test('spelling: a draft of 190 unknown words is flagged whole, with at most the budget of searches per check, and the rest from later checks', () => {
  const words = madeUpWords(190);
  const draft = `Dear Jane,\n\n${words.join(' ')}.\n`;
  const lists = counting();
  const frozen = { ...DEFAULT_BUDGET, clock: () => 0 };
  const first = spellingIssues(draft, lists, nothingKnown, [], frozen);
  assert.equal(first.length, 190, 'every unknown word is reported at once');
  assert.equal(lists.searched.length, DEFAULT_BUDGET.searches, 'searches stop at the budget');
  assert.equal(first.filter((i) => i.expected.length > 0 || lists.searched.includes(i.word)).length >= DEFAULT_BUDGET.searches, true);
  // Each later check searches only words not searched yet (the cache keeps the others).
  for (let check = 2; check <= 5; check++) spellingIssues(draft, lists, nothingKnown, [], frozen);
  assert.equal(lists.searched.length, 190);
  assert.equal(new Set(lists.searched).size, 190, 'no word is searched twice');
  const sixth = spellingIssues(draft, lists, nothingKnown, [], frozen);
  assert.equal(lists.searched.length, 190, 'a sixth check searches nothing');
  assert.equal(sixth.length, 190);
});

test('spelling: the time budget stops the searches too (a clock that says 50 ms pass per reading)', () => {
  const words = madeUpWords(60);
  const lists = counting();
  let t = 0;
  const issues = spellingIssues(words.join(' '), lists, nothingKnown, [], { searches: 1000, ms: 400, clock: () => (t += 50) });
  assert.equal(issues.length, 60);
  // The clock is read once before each search: at most 400 / 50 searches start within the budget.
  assert.ok(lists.searched.length > 0 && lists.searched.length <= 8, `${lists.searched.length} searches within 400 ms at 50 ms each`);
});

test('spelling: words in the common-misspellings list and words the lists know in another case cost no search', () => {
  const lists = counting();
  const issues = spellingIssues('greatful recieve seperate london definately', lists, nothingKnown, [], { searches: 0, ms: 0, clock: () => 0 });
  assert.deepEqual(issues.map((i) => i.expected[0]), ['grateful', 'receive', 'separate', 'London', 'definitely']);
  assert.deepEqual(lists.searched, []);
});

test('spelling: a search cut short by its timeout (a busy machine) is used, then searched again on a later check, after the words never searched', () => {
  const lists = counting();
  let t = 0;
  // Every reading of the clock says 100 ms passed: every search outlasts its 60 ms.
  const slow = { searches: 2, ms: 10_000, searchMs: 60, clock: () => (t += 100) };
  const [a, b, c] = madeUpWords(3) as [string, string, string];
  const text = `${a} ${b} ${c}`;
  const first = spellingIssues(text, lists, nothingKnown, [], slow);
  assert.deepEqual(lists.searched, [a, b]);
  assert.equal(first.length, 3, 'the cut-short searches are used at once');
  spellingIssues(text, lists, nothingKnown, [], slow);
  assert.deepEqual(lists.searched, [a, b, c, a], 'the word never searched goes first, then a cut-short one again');
  // A search in time is final: never searched again.
  const fast = { searches: 3, ms: 10_000, searchMs: 60, clock: () => 0 };
  spellingIssues(text, lists, nothingKnown, [], fast);
  spellingIssues(text, lists, nothingKnown, [], fast);
  assert.equal(lists.searched.length, 4 + 3);
});
