// The one reading of a front-matter block's YAML, shared by the reader (note.ts) and the
// editor (frontmatterEdit.ts checks every edit against it), so an edit the editor accepts is
// read back by the reader exactly as intended.
//
// gray-matter with the js-yaml engine and CORE_SCHEMA: no timestamps (2026-11-26 stays a
// string, never a UTC-midnight Date), no tags that build objects, and the `js`/`javascript`
// engines replaced by functions that throw. gray-matter's own search for the closing fence would
// cut the block at a line such as `---x: 1`, so it is held to the bounds the note model found
// (frontMatter.ts): it gets exactly the text between the fences, wrapped in a delimiter that no
// YAML text can hold (js-yaml refuses NUL; a block holding one is reported, not read).
import matter from 'gray-matter';
import * as jsYaml from 'js-yaml';
import { readSimpleYaml } from './fastYaml';

function refuseEngine(): never {
  throw new Error('only YAML front-matter is supported');
}

const SENTINEL = '\u0000ifu\u0000';

// Always an options object: without one gray-matter caches by content, and a cached entry
// returns empty data after a YAML error.
const MATTER_OPTIONS = {
  language: 'yaml',
  delimiters: SENTINEL,
  engines: {
    yaml: (s: string) => jsYaml.load(s, { schema: jsYaml.CORE_SCHEMA }) as object,
    js: refuseEngine,
    javascript: refuseEngine,
  },
};

/**
 * A front-matter block is read in one piece (YAML cannot be read in slices), so its size is bounded
 * to keep any one read of a note short (~20 ms at this size on a laptop); a note's front-matter is a
 * few hundred bytes, and long text belongs in the body.
 */
export const MAX_FRONT_MATTER_CHARS = 64 * 1024;

/** Why a block is not read for its size, in plain words; undefined when it is small enough. */
export function frontMatterTooLong(yamlText: string): string | undefined {
  if (yamlText.length <= MAX_FRONT_MATTER_CHARS) return undefined;
  return `The front-matter is ${Math.round(yamlText.length / 1024)} KB, over the ${MAX_FRONT_MATTER_CHARS / 1024} KB that is read; move long text into the body of the note`;
}

export type FrontMatterData =
  | { ok: true; data: unknown }
  | { ok: false; message: string; /** 0-based line within the block */ line: number };

/**
 * The data of a front-matter block. `readSimple` answers the plain blocks most notes have without
 * js-yaml (fastFrontMatter.ts, proven equal to it by property tests); anything else, or any doubt,
 * goes to gray-matter.
 */
export function loadFrontMatterYaml(yamlText: string, readSimple: (yaml: string) => Record<string, unknown> | undefined = readSimpleYaml): FrontMatterData {
  const tooLong = frontMatterTooLong(yamlText);
  if (tooLong) return { ok: false, message: tooLong, line: 0 };
  const simple = readSimple(yamlText);
  if (simple !== undefined) return { ok: true, data: simple };
  const nul = yamlText.indexOf('\u0000');
  if (nul >= 0) return { ok: false, message: 'the front-matter holds a NUL character', line: yamlText.slice(0, nul).split('\n').length - 1 };
  // An empty block is null to js-yaml; gray-matter answers {} for it.
  const viaMatter = yamlText.trim() !== '';
  try {
    if (!viaMatter) return { ok: true, data: jsYaml.load(yamlText, { schema: jsYaml.CORE_SCHEMA }) };
    return { ok: true, data: matter(`${SENTINEL}\n${yamlText}${yamlText.endsWith('\n') ? '' : '\n'}${SENTINEL}`, MATTER_OPTIONS).data };
  } catch (error) {
    const e = error as { mark?: { line?: number }; reason?: string; message?: string };
    // gray-matter hands the engine the block after the opener's line break: one line more.
    const line = typeof e.mark?.line === 'number' ? Math.max(0, e.mark.line - (viaMatter ? 1 : 0)) : 0;
    return { ok: false, message: e.reason ?? e.message ?? String(error), line };
  }
}

/**
 * A CR without LF: js-yaml takes it for a line break, yaml does not, so a block holding one is
 * read differently by the two and is never edited; the returned offset is where the first one
 * is. (NEL, U+2028 and U+2029 are ordinary characters to both, as YAML 1.2 says.)
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
