// Setting a status, and with an answer the day it came (`heardBack:`), as ONE edit: one write,
// one Undo, one notification, even though two values change.
import { applyEdit, setFrontMatterValue, spanningEdit, type EditResult } from './frontMatterEdit';
import { doneRecorded } from '../note/values';
import { KEYS } from '../model/kinds';

/**
 * `status: <status>`, plus `heardBack: <date>` when a date is given and the note has none yet
 * (an earlier answer's date is never overwritten). When only the status can be written (say
 * `heardBack` appears twice), the status is still set: it is what the user asked for.
 */
export function statusEdit(text: string, status: string, heardBackDate?: string): EditResult {
  const first = setFrontMatterValue(text, KEYS.status, status);
  if (!first.ok || heardBackDate === undefined || doneRecorded(text, KEYS.heardBack)) return first;
  const mid = applyEdit(text, first.edit);
  const second = setFrontMatterValue(mid, KEYS.heardBack, heardBackDate);
  if (!second.ok) return first;
  return { ok: true, edit: spanningEdit(text, applyEdit(mid, second.edit)) };
}
