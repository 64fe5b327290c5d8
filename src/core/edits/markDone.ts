// Marking an action done = setting one front-matter key; the edit itself is byte-exact.
import { setFrontMatterValue, type EditResult } from './frontMatterEdit';
import { doneKeyOf, type MarkableKind } from '../model/kinds';

/** The one edit that records `kind` as done on `date` (YYYY-MM-DD). */
export function markDoneEdit(text: string, kind: MarkableKind, date: string): EditResult {
  return setFrontMatterValue(text, doneKeyOf(kind), date);
}
