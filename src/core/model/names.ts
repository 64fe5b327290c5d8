// People's names as notes hold them, the one reading for the draft templates, the checker, its
// quick fixes and its word lists: "Jane Doe", "Dr. Jane Doe", "Doe, Jane", "Jane Doe, PhD".

/** Titles written before a name. */
export const HONORIFICS: readonly string[] = ['mr', 'mrs', 'ms', 'mx', 'dr', 'prof'];

/** The honorifics as a regular-expression source, capitalised as written before a name ("Dr.", "Ms"). */
/** The words a greeting opens with ("Dear", "Hi", "Good morning"), as a regular expression's source (use with the i flag). */
export const SALUTATION_SOURCE = '(?:dear|hi|hello|hey|greetings|good (?:morning|afternoon|evening))';

export const HONORIFIC_SOURCE = `(?:${HONORIFICS.map((h) => h[0]!.toUpperCase() + h.slice(1)).join('|')})\\.?`;

const NAME_SUFFIX = /^(?:jr|sr|phd|ph\.d|md|mba|esq|cpa|ii|iii|iv)\.?$/i;

function isHonorific(word: string): boolean {
  return HONORIFICS.includes(word.toLowerCase().replace(/\.$/, ''));
}

interface PersonName {
  /** As written, on one line. */
  written: string;
  /** "Dr." (capitalised, with its full stop) when the name starts with an honorific. */
  honorific?: string;
  /** The first name; absent for a name of one word after an honorific ("Ms. Fields"). */
  given?: string;
  /** The last name, when the name has two words or more. */
  family?: string;
}

/** The parts of a written name: "Doe, Jane" is Jane Doe; "Jane Doe, PhD" is Jane Doe. */
export function readName(written: string): PersonName {
  let name = written.replace(/\s+/g, ' ').trim();
  const out: PersonName = { written: name };
  const comma = name.indexOf(',');
  if (comma >= 0) {
    const before = name.slice(0, comma).trim();
    const after = name.slice(comma + 1).trim();
    const suffixOnly = !after || after.split(/[\s,]+/).every((w) => NAME_SUFFIX.test(w));
    name = suffixOnly ? before : `${after} ${before}`;
  }
  const words = name.split(' ').filter(Boolean);
  if (words.length >= 2 && isHonorific(words[0]!)) {
    const title = words.shift()!;
    out.honorific = `${title[0]!.toUpperCase()}${title.slice(1).toLowerCase().replace(/\.?$/, '.')}`;
  }
  if (words.length >= 2) {
    out.given = words[0]!;
    out.family = words[words.length - 1]!;
  } else if (words.length === 1) {
    if (out.honorific) out.family = words[0]!;
    else out.given = words[0]!;
  }
  return out;
}

/** How to greet one person: the first name; "Dr. Doe" for a titled name; "Ms. Fields" as written. */
export function greetingName(written: string): string {
  const n = readName(written);
  if (n.honorific && n.family) return `${n.honorific} ${n.family}`;
  return n.given ?? n.family ?? n.written;
}

/** "Jane", "Jane and Raj", "Jane, Raj and Ana". */
export function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const LETTER_OR_DIGIT = '[\\p{L}\\p{N}]';

/** Whether `text` addresses the person: by full name, first name, honorific and last name ("Dr. Patel"), or as written. */
export function addressesByName(text: string, written: string): boolean {
  const n = readName(written);
  const forms = [n.written];
  if (n.given && n.family) forms.push(`${n.given} ${n.family}`);
  // The first name; for "Ms. Fields", the one name there is.
  const single = n.given ?? n.family;
  if (single) forms.push(single);
  const whole = (f: string) => escapeRegExp(f).replace(/\s+/g, '\\s+');
  const alternatives = forms.filter(Boolean).map(whole);
  if (n.family) alternatives.push(`${HONORIFIC_SOURCE}\\s+${whole(n.family)}`);
  return new RegExp(`(?<!${LETTER_OR_DIGIT})(?:${alternatives.join('|')})(?!${LETTER_OR_DIGIT})`, 'iu').test(text);
}
