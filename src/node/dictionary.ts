// Finds and reads the Hunspell dictionary for the spelling rule, for both adapters. The build
// copies the .aff/.dic files into dist/dictionaries (dictionary-en reads its files relative to
// import.meta.url, which a CommonJS bundle does not have); from source, node_modules has them.
// Read lazily, once per language, and only when a draft is checked.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Dictionary } from '../core/etiquette/check';

export type Language = 'en-US' | 'en-GB';

const PACKAGES: Record<Language, string> = { 'en-US': 'dictionary-en', 'en-GB': 'dictionary-en-gb' };

export function languageOf(value: unknown): Language {
  return value === 'en-GB' ? 'en-GB' : 'en-US';
}

/** The .aff path of the language's dictionary: next to the bundle, else in a node_modules above it. */
function dictionaryPath(language: Language, from: string = __dirname): string | undefined {
  const bundled = join(from, 'dictionaries', `${language}.aff`);
  if (existsSync(bundled)) return bundled;
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', PACKAGES[language], 'index.aff');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

const cache = new Map<Language, Dictionary | null>();

/** The dictionary's bytes, or undefined when its files are missing (spelling is then skipped). */
export function loadDictionary(language: Language, from?: string): Dictionary | undefined {
  if (cache.has(language)) return cache.get(language) ?? undefined;
  const aff = dictionaryPath(language, from);
  let dictionary: Dictionary | null = null;
  if (aff) {
    try {
      dictionary = { aff: readFileSync(aff), dic: readFileSync(aff.replace(/\.aff$/, '.dic')) };
    } catch {
      dictionary = null;
    }
  }
  cache.set(language, dictionary);
  return dictionary ?? undefined;
}
