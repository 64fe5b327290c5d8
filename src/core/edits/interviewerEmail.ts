// "Add Email…" on a Find email row: the address written into that interviewer's item of the
// `interviewers` list, as one edit of the front-matter's text (nothing re-serialised): after
// `email:` when the item has it, as a new `email:` line under the item's keys when it has not,
// and `- Raj Patel` (a name alone) becomes `- name: Raj Patel` with the address under it. The
// result is read again: the one person gets the address, nothing else changes.
import { applyEdit, formatScalar, type EditResult, type TextEdit } from './frontMatterEdit';
import { locateFrontMatter } from '../note/frontMatter';
import { readNoteYaml, readYaml, sameData } from '../note/yaml';
import { KEYS } from '../model/kinds';
import { isMap, isScalar, isSeq, type Node } from 'yaml';

const fail = (message: string): EditResult => ({ ok: false, message });

/** A plausible address: something@domain.tld, no spaces or brackets. */
export function isEmailAddress(s: string): boolean {
  return /^[^\s@<>(),;:"[\]]{1,64}@[^\s@<>(),;:"[\]]{1,190}\.[a-z]{2,24}$/i.test(s.trim());
}

/** Offset of the start of the line holding `offset`. */
function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/**
 * The edit that gives the interviewer whose list item is on file line `line` (1-based, as the
 * note's reader records it) the address `email`.
 */
export function interviewerEmailEdit(text: string, line: number, email: string): EditResult {
  const address = email.trim();
  if (!isEmailAddress(address)) return fail(`"${email}" is not an email address`);
  const fm = locateFrontMatter(text);
  if (!fm) return fail('The note has no front-matter.');
  const base = fm.contentStart;
  const read = readYaml(text.slice(base, fm.contentEnd), { document: true });
  if (!read.ok || !read.document || !isMap(read.document.contents)) return fail('The front-matter cannot be read; write the address in the note by hand.');
  const list = read.document.contents.items.find((p) => isScalar(p.key) && p.key.value === KEYS.interviewers)?.value;
  if (!isSeq(list) || list.flow) return fail('"interviewers" is not a list of one person per line; write the address in the note by hand.');
  const lineOffset = (n: number) => {
    let offset = 0;
    for (let i = 1; i < n; i++) offset = text.indexOf('\n', offset) + 1;
    return offset;
  };
  const itemStart = lineOffset(line) - base;
  const item = list.items.find((i) => {
    const node = i as Node | null;
    return node?.range ? lineStart(text, base + node.range[0]) - base === itemStart : false;
  }) as Node | undefined;
  if (!item?.range) return fail(`No interviewer on line ${line}; the note changed.`);
  const [start, end] = item.range;
  const column = base + start - lineStart(text, base + start);
  let edit: TextEdit;
  if (isScalar(item) && typeof item.value === 'string' && !item.tag && !item.anchor) {
    // `- Raj Patel` → `- name: Raj Patel` and the address on the next line, aligned with it.
    const name = text.slice(base + start, base + end);
    edit = { offset: base + start, length: end - start, text: `name: ${name}${fm.eol}${' '.repeat(column)}email: ${formatScalar(address)}` };
  } else if (isMap(item) && !item.flow) {
    const pair = item.items.find((p) => isScalar(p.key) && p.key.value === 'email');
    if (pair) {
      const value = pair.value as Node | null;
      if (value && !isScalar(value)) return fail('This interviewer\'s "email" is not a plain value; write the address in the note by hand.');
      if (value?.range && value.range[0] < value.range[1]) edit = { offset: base + value.range[0], length: value.range[1] - value.range[0], text: formatScalar(address) };
      else {
        const colon = pair.srcToken && 'sep' in pair.srcToken ? pair.srcToken.sep?.find((t) => t.type === 'map-value-ind') : undefined;
        if (!colon) return fail('Cannot find the ":" after "email".');
        edit = { offset: base + colon.offset + 1, length: 0, text: ` ${formatScalar(address)}` };
      }
    } else {
      // A new `email:` line after the item's last line, at its keys' column.
      const last = item.items[item.items.length - 1];
      const lastEnd = (last?.value as Node | null)?.range?.[1] ?? (last?.key as Node | null)?.range?.[1] ?? end;
      const newline = text.indexOf('\n', base + lastEnd - 1);
      const at = newline < 0 ? text.length : newline + 1;
      edit = { offset: at, length: 0, text: `${' '.repeat(column)}email: ${formatScalar(address)}${fm.eol}` };
    }
  } else return fail('This interviewer is not written as a name or as name/email lines; write the address in the note by hand.');

  // Read it again: the one interviewer has the address, everything else is as it was.
  const after = readNoteYaml(applyEdit(text, edit))?.read;
  if (!after?.ok) return fail('Writing the address here would break the front-matter; write it in the note by hand.');
  const before = read.data as Record<string, unknown>;
  const now = after.data as Record<string, unknown>;
  const people = (data: Record<string, unknown>) => (Array.isArray(data[KEYS.interviewers]) ? (data[KEYS.interviewers] as unknown[]) : []);
  const index = list.items.indexOf(item as never);
  const was = people(before)[index];
  const is = people(now)[index] as Record<string, unknown> | undefined;
  const wasName = typeof was === 'string' ? was : (was as Record<string, unknown> | undefined)?.name;
  const othersSame = sameData({ ...before, [KEYS.interviewers]: people(before).filter((_, i) => i !== index) }, { ...now, [KEYS.interviewers]: people(now).filter((_, i) => i !== index) });
  if (!is || is.email !== address || is.name !== wasName || !othersSame) return fail('Writing the address here would change more than it; write it in the note by hand.');
  return { ok: true, edit };
}
