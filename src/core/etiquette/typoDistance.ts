// How far a misspelling is from a candidate word, in the edits people really make when they type
// or spell: a letter doubled or undoubled, one vowel for another, a neighbouring key, two letters
// swapped, a silent letter dropped cost less than an arbitrary edit. A weighted Damerau-Levenshtein
// distance (optimal string alignment), O(length × length) on words capped in length.

/** Words longer than this are compared by the plain count of differing letters (no email word is). */
const MAX_LENGTH = 40;

const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/** Keys next to each other on a QWERTY keyboard (same row, or the row above/below within half a key). */
const NEIGHBOURS = new Map<string, Set<string>>();
{
  const place = new Map<string, [number, number]>();
  ROWS.forEach((row, y) => [...row].forEach((c, x) => place.set(c, [x + y * 0.5, y])));
  for (const [a, [ax, ay]] of place) {
    const near = new Set<string>();
    for (const [b, [bx, by]] of place) if (a !== b && Math.abs(ay - by) <= 1 && Math.abs(ax - bx) <= 1) near.add(b);
    NEIGHBOURS.set(a, near);
  }
}
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
/** Letters that sound alike where people spell by ear. */
const SOUND_ALIKE = new Set(['c:k', 'k:c', 'c:s', 's:c', 's:z', 'z:s', 'f:v', 'v:f', 'g:j', 'j:g']);

const COSTS = {
  /** Doubling or undoubling a letter: "recomend", "occurence", "untill". */
  doubled: 0.3,
  /** One vowel for another: "seperate", "independant". */
  vowel: 0.6,
  /** A neighbouring key: "thsnk". */
  neighbour: 0.7,
  /** Letters that sound alike: "sucsess". */
  sound: 0.6,
  /** Two neighbouring letters swapped: "recieve", "teh" (the most common typing slip). */
  swap: 0.4,
  /** A silent or lost letter: an "e" dropped or added, an "h" after a consonant. */
  silent: 0.5,
  /** A vowel left out or put in: among the commonest real misspellings ("definitly", "intrest"). */
  vowelGap: 0.6,
  /** Any other insertion, deletion or substitution. */
  other: 1,
};

function substitution(a: string, b: string): number {
  if (a === b) return 0;
  if (VOWELS.has(a) && VOWELS.has(b)) return COSTS.vowel;
  if (SOUND_ALIKE.has(`${a}:${b}`)) return COSTS.sound;
  if (NEIGHBOURS.get(a)?.has(b)) return COSTS.neighbour;
  return COSTS.other;
}

/** The cost of the letter at i of word being there (inserted or deleted): cheap when it doubles a neighbour or is silent. */
function presence(word: string, i: number): number {
  const c = word[i]!;
  if ((i > 0 && word[i - 1] === c) || word[i + 1] === c) return COSTS.doubled;
  // The "g" of "-ing", dropped as it is in speech ("hearin").
  if (c === 'g' && i === word.length - 1 && word.endsWith('ing')) return COSTS.doubled;
  if (c === 'e' || (c === 'h' && i > 0 && !VOWELS.has(word[i - 1]!))) return COSTS.silent;
  // A vowel left out or put in ("definitly", "intrest", "eger").
  if (VOWELS.has(c)) return COSTS.vowelGap;
  return COSTS.other;
}

/**
 * The weighted edit distance from a (what was typed) to b (a candidate), both compared in lower
 * case. 0 for the same word; about 0.4–0.7 for one typical slip; 1 for an arbitrary edit.
 */
export function typoDistance(typed: string, candidate: string): number {
  const a = typed.toLowerCase().replace(/’/g, "'");
  const b = candidate.toLowerCase().replace(/’/g, "'");
  if (a === b) return 0;
  if (a.length > MAX_LENGTH || b.length > MAX_LENGTH) return Math.abs(a.length - b.length) + [...a].filter((c, i) => c !== b[i]).length;
  const n = a.length;
  const m = b.length;
  // Three rows suffice: the current, the previous and the one before (for swaps).
  let before = new Array<number>(m + 1).fill(0);
  let previous = new Array<number>(m + 1).fill(0);
  let current = new Array<number>(m + 1).fill(0);
  for (let j = 1; j <= m; j++) previous[j] = previous[j - 1]! + presence(b, j - 1);
  for (let i = 1; i <= n; i++) {
    current[0] = previous[0]! + presence(a, i - 1);
    for (let j = 1; j <= m; j++) {
      let v = Math.min(
        previous[j]! + presence(a, i - 1),
        current[j - 1]! + presence(b, j - 1),
        previous[j - 1]! + substitution(a[i - 1]!, b[j - 1]!),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2]! + COSTS.swap);
      current[j] = v;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[m]!;
}
