// The word lists of the spelling check, read from disk for both adapters (the CLI in-process, the
// extension in its worker thread): cspell's American and British English tries, people's given
// names and surnames, company names, software terms, the common-misspellings list and SUBTLEX-US
// word frequencies. The build copies them into dist/dictionaries/<package>/ (scripts/build.mjs);
// from source, node_modules has them. Each list is read on first need, once per process: a draft
// whose words are all in the American list never reads the others.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeTrie, mapDictionaryInformationToWeightMap, type ITrie, type WeightMap } from 'cspell-trie-lib';
import type { SpellingLists } from '../core/etiquette/spelling';
import FILES from './dictionaryFiles.json';

/** en: American and British spellings both; en-US or en-GB: that one (names and terms either way). */
export type Language = 'en' | 'en-US' | 'en-GB';

/**
 * The language the spelling check uses: the setting when it names one, else the language VS Code
 * runs in when that is American or British English, else both spellings.
 */
export function languageOf(value: unknown, displayLanguage?: string): Language {
  if (value === 'en-US' || value === 'en-GB') return value;
  const ui = (displayLanguage ?? '').toLowerCase();
  if (ui === 'en-gb') return 'en-GB';
  if (ui === 'en-us') return 'en-US';
  return 'en';
}

/** Every file the lists are read from: package, path inside it. The build copies exactly these (and each package's licence). */
export const DICTIONARY_FILES = FILES as unknown as Record<keyof typeof FILES, readonly [string, string]>;

/** Where a package's files are copied next to the bundles: dist/dictionaries/<name without scope>/. */
export function bundledPackageDir(pkg: string): string {
  return pkg.replace(/^@[^/]+\//, '');
}

/** A file of the lists: next to the bundle, else in a node_modules above `from`; undefined when missing. */
export function dictionaryFile(file: readonly [string, string], from: string = __dirname): string | undefined {
  const [pkg, path] = file;
  const bundled = join(from, 'dictionaries', bundledPackageDir(pkg), path);
  if (existsSync(bundled)) return bundled;
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', pkg, path);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

function lazy<T>(load: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: load() }).v;
}

/** A plain word list (one word a line, # comments): the exact words and their lower-case forms. */
interface WordSet {
  exact: Set<string>;
  lower: Set<string>;
}

function wordSet(texts: string[]): WordSet {
  const exact = new Set<string>();
  const lower = new Set<string>();
  for (const text of texts) {
    for (const raw of text.split('\n')) {
      const line = raw.trim();
      if (!line || line.startsWith('#')) continue;
      // "Dr. Dre": each word of a multi-word entry is a word.
      for (const w of line.split(/\s+/)) {
        const word = w.replace(/\.$/, '');
        if (!word) continue;
        exact.add(word);
        lower.add(word.toLowerCase());
      }
    }
  }
  return { exact, lower };
}

/** The lists as the core asks for them, each read on first need. */
export class DictionaryLists implements SpellingLists {
  /** Milliseconds spent reading each list, by name, as it was read (the worker reports them). */
  readonly loadMs = new Map<string, number>();
  private readonly main: () => { trie: ITrie; weightMap?: WeightMap };
  private readonly other: (() => ITrie) | undefined;
  private readonly words: () => WordSet;
  private readonly misspellings: () => { flagged: Set<string>; corrections: Map<string, string[]> };
  private readonly ranks: () => Map<string, number>;

  constructor(readonly language: Language, private readonly from: string = __dirname) {
    const us = () => ({ trie: this.trie('us'), weightMap: this.weightMap() });
    const gb = () => ({ trie: this.trie('gb') });
    this.main = lazy(language === 'en-GB' ? gb : us);
    this.other = language === 'en' ? lazy(() => this.trie('gb')) : undefined;
    this.words = lazy(() => this.timed('names, companies, software terms', () => wordSet(
      (['names', 'companies', 'tools', 'acronyms', 'services'] as const).map((k) => this.text(k)).concat(this.text('software')),
    )));
    this.misspellings = lazy(() => this.timed('common misspellings', () => this.readMisspellings()));
    this.ranks = lazy(() => this.timed('word frequencies', () => this.readRanks()));
  }

  has(word: string, ignoreCase: boolean): boolean {
    const main = this.main().trie;
    if (main.hasWord(word, !ignoreCase) && !main.isForbiddenWord(word)) return true;
    const other = this.other?.();
    if (other && other.hasWord(word, !ignoreCase) && !other.isForbiddenWord(word)) return true;
    const words = this.words();
    return ignoreCase ? words.lower.has(word.toLowerCase()) : words.exact.has(word);
  }

  isFlagged(word: string): boolean {
    return this.misspellings().flagged.has(word);
  }

  corrections(word: string): readonly string[] | undefined {
    return this.misspellings().corrections.get(word);
  }

  nearWords(word: string, timeoutMs: number): string[] {
    const { trie, weightMap } = this.main();
    // Two edits (weighted: a doubled letter or a vowel costs less) find what people misspell; a
    // word further from every word is a name or made up, and a third edit costs several times more.
    return trie.suggest(word, { numSuggestions: 8, ignoreCase: true, changeLimit: 2, timeout: timeoutMs, weightMap });
  }

  rank(word: string): number | undefined {
    return this.ranks().get(word);
  }

  frequentWords(count: number): readonly string[] {
    const words: string[] = [];
    for (const w of this.ranks().keys()) {
      if (words.length >= count) break;
      if (/^[a-z]{2,}$/.test(w)) words.push(w);
    }
    return words;
  }

  private path(key: keyof typeof DICTIONARY_FILES): string {
    const path = dictionaryFile(DICTIONARY_FILES[key], this.from);
    if (!path) throw new Error(`spelling: ${DICTIONARY_FILES[key].join('/')} is missing`);
    return path;
  }

  private bytes(key: keyof typeof DICTIONARY_FILES): Buffer {
    const path = this.path(key);
    const bytes = readFileSync(path);
    return path.endsWith('.gz') ? gunzipSync(bytes) : bytes;
  }

  private text(key: keyof typeof DICTIONARY_FILES): string {
    return this.bytes(key).toString('utf8');
  }

  private trie(key: 'us' | 'gb'): ITrie {
    return this.timed(key === 'us' ? 'American English' : 'British English', () => decodeTrie(new Uint8Array(this.bytes(key))));
  }

  /** cspell's edit costs for the American list (its cspell-ext.json, which may hold // comments). */
  private weightMap(): WeightMap | undefined {
    try {
      const json = this.text('usInfo').split('\n').filter((line) => !line.trimStart().startsWith('//')).join('\n');
      const ext = JSON.parse(json) as { dictionaryDefinitions?: { dictionaryInformation?: unknown }[] };
      const info = ext.dictionaryDefinitions?.[0]?.dictionaryInformation;
      return info ? mapDictionaryInformationToWeightMap(info as Parameters<typeof mapDictionaryInformationToWeightMap>[0]) : undefined;
    } catch {
      return undefined;
    }
  }

  private readMisspellings(): { flagged: Set<string>; corrections: Map<string, string[]> } {
    const keys: (keyof typeof DICTIONARY_FILES)[] = ['misspellings', ...(this.language === 'en-GB' ? ['misspellingsGB' as const] : this.language === 'en-US' ? ['misspellingsUS' as const] : [])];
    const flagged = new Set<string>();
    const corrections = new Map<string, string[]>();
    for (const key of keys) {
      const json = JSON.parse(this.text(key)) as { dictionaryDefinitions: { flagWords?: string[]; suggestWords?: string[] }[] };
      for (const d of json.dictionaryDefinitions) {
        for (const entry of [...(d.flagWords ?? []), ...(d.suggestWords ?? [])]) {
          const arrow = entry.indexOf('->');
          if (arrow < 0) continue;
          const wrong = entry.slice(0, arrow).trim().toLowerCase();
          corrections.set(wrong, entry.slice(arrow + 2).split(',').map((s) => s.trim()).filter(Boolean));
        }
        for (const entry of d.flagWords ?? []) flagged.add(entry.split('->')[0]!.trim().toLowerCase());
      }
    }
    return { flagged, corrections };
  }

  private readRanks(): Map<string, number> {
    const entries = JSON.parse(this.text('frequencies')) as { word: string }[];
    const ranks = new Map<string, number>();
    entries.forEach((e, i) => {
      const w = e.word.toLowerCase();
      if (!ranks.has(w)) ranks.set(w, i + 1);
    });
    return ranks;
  }

  private timed<T>(name: string, load: () => T): T {
    const t = performance.now();
    const value = load();
    this.loadMs.set(name, (this.loadMs.get(name) ?? 0) + performance.now() - t);
    return value;
  }
}

const cache = new Map<string, DictionaryLists>();

/** The lists of a language, shared by every check in this process (read lazily, see DictionaryLists). */
export function dictionaryFor(language: Language, from?: string): DictionaryLists {
  const key = `${language}\0${from ?? ''}`;
  let lists = cache.get(key);
  if (!lists) cache.set(key, (lists = new DictionaryLists(language, from)));
  return lists;
}
