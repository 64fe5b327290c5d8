// The one reading of a front-matter block's YAML, shared by the reader (note.ts) and the
// editor (frontmatterEdit.ts checks every edit against it), so an edit the editor accepts is
// read back by the reader exactly as intended.
//
// js-yaml's CORE_SCHEMA: no timestamps (2026-11-26 stays a string, never a UTC-midnight Date)
// and no tags that build objects. The text is loaded as is, not through gray-matter, whose
// own search for the closing fence would cut the block at a line such as `---x: 1`.
import * as jsYaml from 'js-yaml';

export type FrontMatterData =
  | { ok: true; data: unknown }
  | { ok: false; message: string; /** 0-based line within the block */ line: number };

export function loadFrontMatterYaml(yamlText: string): FrontMatterData {
  try {
    return { ok: true, data: jsYaml.load(yamlText, { schema: jsYaml.CORE_SCHEMA }) };
  } catch (error) {
    const e = error as { mark?: { line?: number }; reason?: string; message?: string };
    return { ok: false, message: e.reason ?? e.message ?? String(error), line: typeof e.mark?.line === 'number' ? e.mark.line : 0 };
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
