// Marking an action done = setting one front-matter key; the edit itself is byte-exact. A
// thank-you, card or follow-up is sent after the interview, so marking one on a note still
// `scheduled` also moves it to `interviewed`: one edit (one write, one Undo), as statusEdit does
// for a status and the day of the answer.
import { applyEdit, setFrontMatterValue, spanningEdit, type EditResult } from './frontMatterEdit';
import { doneKeyOf, KEYS, type MarkableKind } from '../model/kinds';
import { normalStatus } from '../model/status';
import { noteData } from '../note/yaml';

/** The edit that records `kind` as done on `date` (YYYY-MM-DD), and `status: interviewed` in place of `scheduled`. */
export function markDoneEdit(text: string, kind: MarkableKind, date: string): EditResult {
  const first = setFrontMatterValue(text, doneKeyOf(kind), date);
  const status = noteData(text)?.[KEYS.status];
  if (!first.ok || typeof status !== 'string' || normalStatus(status) !== 'scheduled') return first;
  const mid = applyEdit(text, first.edit);
  const second = setFrontMatterValue(mid, KEYS.status, 'interviewed');
  // The status is a courtesy: when it cannot be written (say it appears twice), the mark still is.
  if (!second.ok) return first;
  return { ok: true, edit: spanningEdit(text, applyEdit(mid, second.edit)) };
}
