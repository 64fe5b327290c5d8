// The one reading of a front-matter block's YAML. The index, the edits, Set Status, the invitation
// update and the figures all read a note's YAML through `readYaml` (or `readNoteYaml`, which finds
// the block first), so no two parts of the product can read one note two ways.
//
// One library does the reading and the edit locations: `yaml` 2 (YAML 1.2 core schema: dates stay
// strings, never a UTC-midnight Date; unique keys; errors with stable codes and offsets; source
// ranges for byte-exact edits). gray-matter, the design card's front-matter package, hands it the
// block: it gets exactly the text between the fences the note model found (frontMatter.ts; its own
// fence search would end the block at a line such as `---x: 1`), wrapped in a delimiter that no
// YAML text holds (a NUL sequence; a block holding NUL is refused first), and its `js`/`javascript`
// engines are replaced by functions that throw; its engine reads that text with `yaml`. Plain blocks, which most notes are, are read
// without either (fastYaml.ts), held equal to the full reading by property tests.
import matter from 'gray-matter';
import { isAlias, parseDocument, visit, type Document, type ErrorCode } from 'yaml';
import { locateFrontMatter, type FrontMatterBounds } from './frontMatter';
import { readSimpleYaml } from './fastYaml';

/**
 * A front-matter block is read in one piece (YAML cannot be read in slices), so its size is bounded
 * to keep any one read of a note short (~20 ms at this size on a laptop); a note's front-matter is a
 * few hundred bytes, and long text belongs in the body.
 */
export const MAX_FRONT_MATTER_CHARS = 64 * 1024;

/** More aliases than this is refused: no interview note needs them, and nested aliases are how a "billion laughs" note is built. */
export const MAX_ALIASES = 100;

/** Why a block is not read for its size, in plain words; undefined when it is small enough. */
export function frontMatterTooLong(yamlText: string): string | undefined {
  if (yamlText.length <= MAX_FRONT_MATTER_CHARS) return undefined;
  return `The front-matter is ${Math.round(yamlText.length / 1024)} KB, over the ${MAX_FRONT_MATTER_CHARS / 1024} KB that is read; move long text into the body of the note`;
}

/** The library's error codes, and the product's own for what it refuses before or after the library reads. */
type YamlFailureCode = ErrorCode | 'TOO_LONG' | 'NUL' | 'TOO_MANY_ALIASES' | 'UNRESOLVED_ALIAS' | 'UNKNOWN_TAG' | 'EXPANSION';

export interface YamlFailure {
  ok: false;
  code: YamlFailureCode;
  /** 0-based offset in the block where the library (or the refusal) points. */
  offset: number;
  /** The library's own words, for codes the product does not word itself. */
  detail: string;
}

interface YamlData {
  ok: true;
  /** The block as plain data: a mapping for a note, or whatever else the block holds (null when empty). */
  data: unknown;
  /** The parsed document, with source ranges, when asked for (`document: true`): what an edit is located on. */
  document?: Document.Parsed;
}

type YamlRead = YamlData | YamlFailure;

export interface ReadYamlOptions {
  /** Keep the parsed document (never from the fast reader): for edits. */
  document?: boolean;
  /** The lean reader of plain blocks; tests pass `() => undefined` to compare it with the full reading. */
  readSimple?: (yaml: string) => Record<string, unknown> | undefined;
}

function refuseEngine(): never {
  throw new Error('only YAML front-matter is supported');
}

const SENTINEL = '\u0000ifu\u0000';

// The options every reading uses. keepSourceTokens: an edit finds the `:` of an empty value.
const YAML_OPTIONS = { version: '1.2', schema: 'core', uniqueKeys: true, prettyErrors: false, keepSourceTokens: true } as const;

/** Thrown by the engine below through gray-matter, and caught right after. */
class Refused extends Error {
  constructor(readonly failure: YamlFailure) {
    super(failure.detail);
  }
}

const fail = (code: YamlFailureCode, offset: number, detail: string): YamlFailure => ({ ok: false, code, offset, detail });

/** The data of a parsed document, or why it is refused (library errors, unknown tags, aliases). */
function dataOf(doc: Document.Parsed, yamlText: string): unknown {
  const error = doc.errors[0];
  if (error) throw new Refused(fail(error.code, error.pos[0], error.message.split('\n')[0]!));
  const unknownTag = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (unknownTag) throw new Refused(fail('UNKNOWN_TAG', unknownTag.pos[0], unknownTag.message.split('\n')[0]!));
  // Aliases are resolved by hand first: the library throws a plain ReferenceError for an alias
  // with no anchor before it, and expanding a few nested aliases can make billions of values.
  // An alias is written with a `*`: without one there is nothing to count, and no walk on this path every full read takes.
  const anchors = new Set<string>();
  let aliases = 0;
  let unresolved: YamlFailure | undefined;
  if (yamlText.includes('*')) visit(doc, (_key, node) => {
    if (isAlias(node)) {
      aliases++;
      if (!anchors.has(node.source) && !unresolved) unresolved = fail('UNRESOLVED_ALIAS', node.range?.[0] ?? 0, `no anchor &${node.source} before *${node.source}`);
    } else if (node && typeof node === 'object' && 'anchor' in node && typeof node.anchor === 'string') anchors.add(node.anchor);
  });
  if (unresolved) throw new Refused(unresolved);
  if (aliases > MAX_ALIASES) throw new Refused(fail('TOO_MANY_ALIASES', 0, String(aliases)));
  try {
    // The library's own bound on expansion (uses × aliases inside the anchored value): a hundred
    // aliases of plain values pass, a few nested ones that would expand to billions do not.
    return doc.toJS({ maxAliasCount: 10 * MAX_ALIASES });
  } catch (error) {
    throw new Refused(fail('EXPANSION', 0, (error as Error).message));
  }
}

/**
 * The data of a front-matter block (the text between its fences), or why it cannot be read. Never
 * throws: a hostile block (nesting deep enough to exhaust the stack, say) is a failure too.
 */
export function readYaml(yamlText: string, options: ReadYamlOptions = {}): YamlRead {
  if (frontMatterTooLong(yamlText)) return fail('TOO_LONG', 0, 'too long');
  if (!options.document) {
    const simple = (options.readSimple ?? readSimpleYaml)(yamlText);
    if (simple !== undefined) return { ok: true, data: simple };
  }
  const nul = yamlText.indexOf('\u0000');
  if (nul >= 0) return fail('NUL', nul, 'NUL character');
  let document: Document.Parsed | undefined;
  try {
    // The engine reads the exact block handed over (gray-matter's copy has lost its last line break).
    const engine = () => {
      document = parseDocument(yamlText, YAML_OPTIONS);
      return dataOf(document, yamlText) as object;
    };
    let data: unknown = matter(`${SENTINEL}\n${yamlText}${yamlText.endsWith('\n') ? '' : '\n'}${SENTINEL}`, {
      language: 'yaml', delimiters: SENTINEL, engines: { yaml: engine, js: refuseEngine, javascript: refuseEngine },
    }).data;
    if (!document) {
      // A block of blanks and comments: gray-matter does not call its engine. It holds no value, but an edit needs its document.
      document = parseDocument(yamlText, YAML_OPTIONS);
      data = dataOf(document, yamlText);
    }
    return options.document && document ? { ok: true, data, document } : { ok: true, data };
  } catch (error) {
    if (error instanceof Refused) return error.failure;
    return fail('IMPOSSIBLE', 0, (error as Error)?.message?.split('\n')[0] ?? String(error));
  }
}

/** A note's front-matter: where it is, its YAML text, and what reading it gave; undefined without front-matter. */
export function readNoteYaml(text: string, options: ReadYamlOptions = {}): { bounds: FrontMatterBounds; yamlText: string; read: YamlRead } | undefined {
  const bounds = locateFrontMatter(text);
  if (!bounds) return undefined;
  const yamlText = text.slice(bounds.contentStart, bounds.contentEnd);
  return { bounds, yamlText, read: readYaml(yamlText, options) };
}

/** The front-matter as a mapping, or undefined when it is missing, unreadable or not a mapping. */
export function noteData(text: string): Record<string, unknown> | undefined {
  const read = readNoteYaml(text)?.read;
  if (!read?.ok) return undefined;
  const data = read.data;
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
}

// A top-level key at the start of a line: `key:`, `"key":` or `'key':`, the colon followed by
// a space, a tab or the end of the line (`card:x` is a plain scalar, not the key `card`).
const KEY = /^(["']?)([A-Za-z_][\w-]*)\1[ \t]*:(?=[ \t\r]|$)/;

/**
 * Where the keys are, without reading values: the 1-based file line of each top-level key's first
 * line (the block starts on file line 2), how many times each key that repeats is written, and the
 * lines of the list items under `interviewers:`. One pass; only a line's first characters are read.
 */
export function keyLines(frontMatter: string): { keys: Record<string, number>; repeats: Record<string, number>; interviewerLines: number[] } {
  const keys: Record<string, number> = {};
  const repeats: Record<string, number> = {};
  const interviewerLines: number[] = [];
  let current = '';
  for (let start = 0, line = 2; start < frontMatter.length; line++) {
    const nl = frontMatter.indexOf('\n', start);
    const end = nl < 0 ? frontMatter.length : nl;
    const first = frontMatter.charCodeAt(start);
    if (first === 32 || first === 9) {
      if (current === 'interviewers') {
        let i = start;
        while (frontMatter.charCodeAt(i) === 32 || frontMatter.charCodeAt(i) === 9) i++;
        if (frontMatter.charCodeAt(i) === 45 /* - */) interviewerLines.push(line);
      }
    } else if (first !== 35 /* # */ && first !== 10 && first !== 13) {
      const m = KEY.exec(frontMatter.slice(start, Math.min(end, start + 200)));
      if (m) {
        current = m[2]!;
        if (!(current in keys)) keys[current] = line;
        else repeats[current] = (repeats[current] ?? 1) + 1;
      }
    }
    start = end + 1;
  }
  return { keys, repeats, interviewerLines };
}

/**
 * A CR without LF: YAML 1.2 readers (this one) take it for an ordinary character, YAML 1.1
 * readers (js-yaml, most other tools) for a line break, so a block holding one is read two ways
 * and is never edited; the returned offset is where the first one is. (NEL, U+2028 and U+2029
 * are ordinary characters to both, as YAML 1.2 says.)
 */
export function ambiguousLineBreak(yamlText: string): number | undefined {
  const m = /\r(?!\n)/.exec(yamlText);
  return m ? m.index : undefined;
}

/**
 * Deep equality of two loaded YAML values, giving up (undefined) after `budget` nodes: an alias
 * bomb is a few bytes that loads as shared references but expands to billions of nodes.
 */
export function sameData(a: unknown, b: unknown, budget = { nodes: 100_000 }): boolean | undefined {
  if (--budget.nodes < 0) return undefined;
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    const same = sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], budget);
    if (same !== true) return same;
  }
  return true;
}
