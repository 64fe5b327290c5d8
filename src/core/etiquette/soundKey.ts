// Words that sound like a misspelling: people who spell by ear keep a word's consonant sounds and
// fumble its vowels, silent letters and doubled letters ("becos" for "because", "neiborhood" for
// "neighborhood", "aportunity" for "opportunity"). A word's sound key is its consonant skeleton
// with letters that spell the same sound merged (a simplified Metaphone); two words with the same
// key, or keys one letter apart, sound alike. The index over the most common words finds such
// words however many letters apart they are, which a search bounded by two edits cannot.
// Pure: the word list is handed in.

/** Spellings of one sound, replaced in one left-to-right pass (the longest first where they overlap). */
const SOUNDS: Record<string, string> = { ph: 'f', gh: '', tch: 'x', sch: 'sk', ck: 'k', dg: 'j', sh: 'x', ch: 'x', th: '0', c: 'k', q: 'k', x: 'ks', z: 's' };
const SOUND = /tch|sch|[tsc]i(?=[aou])|dg(?=[eiy])|c(?=[eiy])|ph|gh|ck|sh|ch|th|[cqxz]|d$|[aeiouyhw]+/g;

/** The consonant skeleton of a word as it sounds: "because" → "bks", "neighborhood" → "nbrt". */
export function soundKey(word: string): string {
  const w = word
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    // Silent first letters: "knowledge", "gnaw", "pneumonia", "write", "psychology"; "xerox".
    .replace(/^(?:kn|gn|pn|wr|ps)/, (m) => m[1]!)
    .replace(/^x/, 's');
  // "ti", "si", "ci" before a vowel sound as "sh" ("nation", "special"); "c" before e, i, y as "s";
  // "dg" before them as "j"; vowels, "h", "w" and "y" carry no consonant.
  const key = w.replace(SOUND, (m: string, at: number) => {
    if (m.length === 2 && m[1] === 'i' && 'tsc'.includes(m[0]!)) return 'x';
    if (m === 'd') return 't';
    if (m === 'c' && 'eiy'.includes(w[at + 1] ?? '-')) return 's';
    return SOUNDS[m] ?? '';
  });
  return key.replace(/(.)\1+/g, '$1');
}

/** The letters a key is written in. */
const KEY_LETTERS = [...'bdfgjklmnprstvx0'];

/** Keys one letter apart from a key: a letter left out, put in or changed. */
function neighbours(key: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= key.length; i++) {
    if (i < key.length) out.add(key.slice(0, i) + key.slice(i + 1));
    for (const c of KEY_LETTERS) {
      out.add(key.slice(0, i) + c + key.slice(i));
      if (i < key.length && c !== key[i]) out.add(key.slice(0, i) + c + key.slice(i + 1));
    }
  }
  out.delete(key);
  return out;
}

/** Keys shorter than this match too many words to be looked up one letter apart. */
const MIN_FUZZY_KEY = 4;

export class SoundIndex {
  private readonly byKey = new Map<string, string[]>();
  /** Each word's place in the list (0: the most common). */
  private readonly order = new Map<string, number>();

  /** words: the most common first. */
  constructor(words: Iterable<string>) {
    for (const word of words) {
      if (this.order.has(word)) continue;
      const key = soundKey(word);
      if (!key) continue;
      this.order.set(word, this.order.size);
      const list = this.byKey.get(key);
      if (list) list.push(word);
      else this.byKey.set(key, [word]);
    }
  }

  /**
   * Words that sound like `typed`: the same key, or (for keys of four letters or more) a key one
   * letter apart; at most `limit`, those with the same key first, each group most common first.
   */
  lookup(typed: string, limit = 60): string[] {
    const key = soundKey(typed);
    if (!key) return [];
    const same = this.byKey.get(key) ?? [];
    const near: string[] = [];
    if (key.length >= MIN_FUZZY_KEY) for (const k of neighbours(key)) near.push(...(this.byKey.get(k) ?? []));
    near.sort((a, b) => this.order.get(a)! - this.order.get(b)!);
    return [...same, ...near].slice(0, limit);
  }
}
