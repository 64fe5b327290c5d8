// Byte-exact editing of one front-matter value. The user's note is theirs: we never
// re-serialise YAML (that would reflow quotes, comments, spacing and line endings).
// `yaml` is used only to locate source ranges; the edit is a single splice.
import { locateFrontMatter } from '../note/frontMatter';
import { ambiguousLineBreak, frontMatterTooLong, keyLines, readNoteYaml, readYaml, sameData } from '../note/yaml';
import { explainYamlFailure } from '../note/yamlErrors';
import { oneLine } from '../note/values';
import { isMap, isScalar, parseDocument, Scalar, type Document, type Pair } from 'yaml';

export interface TextEdit {
  offset: number;
  length: number;
  text: string;
}
export type EditResult = { ok: true; edit: TextEdit } | { ok: false; message: string };

const fail = (message: string): EditResult => ({ ok: false, message });

export function applyEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.offset) + edit.text + text.slice(edit.offset + edit.length);
}

/** The single edit that turns `before` into `after` (their common prefix and suffix kept), for writers that take one edit. */
export function spanningEdit(before: string, after: string): TextEdit {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { offset: start, length: before.length - start - end, text: after.slice(start, after.length - end) };
}

/**
 * The edit that takes `edit` back (it had replaced `replaced`), computed against the note's
 * current text: refused when those characters are no longer exactly what the edit wrote.
 */
export function reverseEdit(text: string, edit: TextEdit, replaced: string): EditResult {
  if (text.slice(edit.offset, edit.offset + edit.text.length) !== edit.text) {
    return { ok: false, message: 'the note changed since, so the change was not undone' };
  }
  return { ok: true, edit: { offset: edit.offset, length: edit.text.length, text: replaced } };
}

// Characters YAML forbids raw (or that 1.1 readers treat as line breaks), so never plain.
const UNPRINTABLE = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ufeff]|\p{Cs}/u;

/** True when `k: <s>` reads back as the string s under YAML 1.2 (this product) and 1.1 (js-yaml and other tools). */
function plainRoundTrips(s: string): boolean {
  if (s === '' || s !== s.trim() || UNPRINTABLE.test(s)) return false;
  return (['1.2', '1.1'] as const).every((version) => {
    const doc = parseDocument(`k: ${s}\n`, { version });
    const node = isMap(doc.contents) ? doc.contents.items[0]?.value : undefined;
    if (doc.errors.length || doc.warnings.length || !isScalar(node) || node.type !== 'PLAIN') return false;
    // 1.1 turns 2026-11-26 into a timestamp; dates are meant to be written plain.
    return node.value === s || (version === '1.1' && node.value instanceof Date);
  });
}

/** value as a YAML scalar: plain when that round-trips as the same string (e.g. 2026-11-26, 2026-11-26 14:00, true, Acme Corp), else double-quoted with JSON escapes. */
export function formatScalar(value: string | number | boolean): string {
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return '.nan';
    if (!Number.isFinite(value)) return value > 0 ? '.inf' : '-.inf';
    return String(value);
  }
  if (plainRoundTrips(value)) return value;
  // JSON escapes are valid YAML double-quoted escapes; also escape what JSON leaves raw but YAML does not allow.
  return JSON.stringify(value).replace(
    /[\x7f-\x9f\u2028\u2029\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function findPairs(doc: Document, key: string): Pair[] {
  if (!isMap(doc.contents)) return [];
  return doc.contents.items.filter((p) => isScalar(p.key) && String(p.key.value) === key);
}

function without(data: unknown, key: string): Record<string, unknown> {
  const copy = { ...(data as Record<string, unknown> | null) };
  delete copy[key];
  return copy;
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/**
 * The one edit that sets top-level `key` to `value` in the note's front-matter; never throws.
 * `comment` (one line) is written after the value as a YAML comment, e.g. where the value came from.
 */
export function setFrontMatterValue(text: string, key: string, value: string | number | boolean, comment?: string): EditResult {
  try {
    return computeSetValue(text, key, value, comment);
  } catch (error) {
    // A parser giving up on a hostile block (e.g. nesting deep enough to exhaust the stack).
    return fail(`The front-matter could not be read safely (${(error as Error).message?.split('\n')[0] ?? String(error)}); edit the note by hand.`);
  }
}

function computeSetValue(text: string, key: string, value: string | number | boolean, comment?: string): EditResult {
  const fm = locateFrontMatter(text);
  if (!fm) {
    return fail('No front-matter: the first line must be exactly "---" and a later line "---" or "..." must close it.');
  }
  const base = fm.contentStart;
  const yamlText = text.slice(base, fm.contentEnd);
  // The reader does not read a block this big; the editor refuses it before parsing it.
  const tooLong = frontMatterTooLong(yamlText);
  if (tooLong) return fail(`${tooLong}; edit it by hand.`);
  const odd = ambiguousLineBreak(yamlText);
  if (odd !== undefined) {
    return fail(`The front-matter has a line break YAML readers disagree about (line ${lineAt(text, base + odd)}: a carriage return without a line feed); save the note with LF or CRLF line endings first.`);
  }
  const read = readYaml(yamlText, { document: true });
  if (!read.ok) {
    const times = read.code === 'DUPLICATE_KEY' ? keyLines(yamlText).repeats[key] : undefined;
    if (times) return fail(`"${key}" appears ${times} times in the front-matter; remove the duplicate first.`);
    const explained = explainYamlFailure(read, yamlText);
    return fail(`The front-matter is not valid YAML (line ${explained.line + 2}): ${explained.message}`);
  }
  const doc = read.document!;
  if (doc.contents !== null && !(isMap(doc.contents) && !doc.contents.flow)) {
    return fail('The front-matter is not a block of "key: value" lines.');
  }
  const pairs = findPairs(doc, key);

  const note = comment === undefined ? undefined : oneLine(comment);
  const formatted = `${formatScalar(value)}${note ? ` # ${note}` : ''}`;
  let edit: TextEdit;
  const pair = pairs[0];
  if (!pair) {
    // Last line of the front-matter, so the new key cannot land inside another value.
    edit = { offset: fm.contentEnd, length: 0, text: `${formatScalar(key)}: ${formatted}${fm.eol}` };
  } else {
    const node = pair.value;
    if (!node) return fail(`"${key}" is written as "? ${key}" with no ":" value; edit the note by hand.`);
    if (!isScalar(node)) return fail(`"${key}" holds a list, map or alias; refusing to overwrite it.`);
    if (node.tag || node.anchor) return fail(`"${key}" has a YAML tag or anchor; refusing to overwrite it.`);
    if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) {
      return fail(`"${key}" holds a multi-line block text; refusing to overwrite it.`);
    }
    const [start, end] = node.range!;
    if (start < end) {
      edit = { offset: base + start, length: end - start, text: formatted };
    } else {
      // `key:` with nothing after it: the value goes right after the colon, ahead of any comment.
      const colon = pair.srcToken?.sep?.find((t) => t.type === 'map-value-ind');
      if (!colon) return fail(`Cannot find the ":" after "${key}".`);
      edit = { offset: base + colon.offset + 1, length: 0, text: ` ${formatted}` };
    }
  }

  // Never guess: read the result again and require the new value and everything else unchanged.
  const after = readNoteYaml(applyEdit(text, edit), { document: true })?.read;
  const got = after?.ok ? findPairs(after.document!, key) : [];
  const newNode = got.length === 1 ? got[0]!.value : undefined;
  const isValue = (v: unknown) => v === value || (Number.isNaN(value) && Number.isNaN(v));
  const afterValue = after?.ok && after.data && typeof after.data === 'object' ? (after.data as Record<string, unknown>)[key] : undefined;
  const restSame = after?.ok ? sameData(without(read.data, key), without(after.data, key)) : false;
  if (restSame === undefined) return fail('The front-matter is too large to check (its aliases expand to too many values); edit the note by hand.');
  if (!isScalar(newNode) || !isValue(newNode.value) || !isValue(afterValue) || !restSame) {
    return fail(`Setting "${key}" here would change more than its value; edit the note by hand.`);
  }
  return { ok: true, edit };
}

export { locateFrontMatter };
