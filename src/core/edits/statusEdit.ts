// Setting a status, and with an answer the day it came (`heardBack:`), as ONE edit: one write,
// one Undo, one notification, even though two values change.
import { parseDocument } from 'yaml';
import { applyEdit, locateFrontMatter, setFrontMatterValue, type EditResult, type TextEdit } from './frontMatterEdit';

/** The single edit that turns `before` into `after` (their common prefix and suffix kept). */
export function spanningEdit(before: string, after: string): TextEdit {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { offset: start, length: before.length - start - end, text: after.slice(start, after.length - end) };
}

/** Whether the front-matter already records when they answered (a value other than empty/~/false). */
function hasHeardBack(text: string): boolean {
  const fm = locateFrontMatter(text);
  if (!fm) return false;
  const value: unknown = parseDocument(text.slice(fm.contentStart, fm.contentEnd)).get('heardBack');
  return value !== undefined && value !== null && value !== '' && value !== false;
}

/**
 * `status: <status>`, plus `heardBack: <date>` when a date is given and the note has none yet
 * (an earlier answer's date is never overwritten). When only the status can be written (say
 * `heardBack` appears twice), the status is still set: it is what the user asked for.
 */
export function statusEdit(text: string, status: string, heardBackDate?: string): EditResult {
  const first = setFrontMatterValue(text, 'status', status);
  if (!first.ok || heardBackDate === undefined || hasHeardBack(text)) return first;
  const mid = applyEdit(text, first.edit);
  const second = setFrontMatterValue(mid, 'heardBack', heardBackDate);
  if (!second.ok) return first;
  return { ok: true, edit: spanningEdit(text, applyEdit(mid, second.edit)) };
}
