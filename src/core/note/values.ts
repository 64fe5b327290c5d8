// How the values of a note's front-matter are read, one rule each: text, a YAML 1.1 yes/no, and
// what was done for a step (`thankYou`, `cardMailed`, `followUp`, `heardBack`). The parser, the
// status edit, the interviews list and the figures all read a done value here.
import type { CalendarDate, WallTime } from '../time/calendar';
import { localDateAt, parseWallTime } from '../time/dates';
import { ACTION_KINDS, MARKABLE_KINDS, type MarkableKind } from '../model/kinds';
import type { DoneValue } from '../model/types';
import { noteData } from './yaml';

/** Text as one line (control characters and line or paragraph separators as spaces): what is written into a note's line can never start another line. */
export function oneLine(text: string): string {
  return text.replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ').trim();
}

/** A value as one line of text: a trimmed non-empty string, or a number written out. */
export function textValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/**
 * YAML 1.1 booleans (yes/no, on/off, y/n) are plain strings in the YAML 1.2 schema the notes are
 * read with; people still write them, so `card: yes` means true.
 */
export function yesNo(value: unknown): boolean | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'yes' || v === 'y' || v === 'on') return true;
  if (v === 'no' || v === 'n' || v === 'off') return false;
  return undefined;
}

const DATE_OR_DATETIME = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;

/**
 * A done value as the note holds it: undefined (not done: absent, empty, false, no), true, or the
 * date (and time) written. `problem` says, in plain words, why a value was taken as done anyway.
 */
export function readDoneValue(raw: unknown): { value: DoneValue; problem?: string } {
  if (raw === undefined || raw === null || raw === false || raw === '' || yesNo(raw) === false) return { value: undefined };
  if (raw === true || yesNo(raw) === true) return { value: true };
  const s = textValue(raw);
  if (s && DATE_OR_DATETIME.test(s)) {
    const t = parseWallTime(s.slice(0, 10));
    return 'error' in t ? { value: s, problem: `${t.error}; taken as done` } : { value: s };
  }
  return { value: s ?? true, problem: 'should be a date (YYYY-MM-DD), a date and time, or true; taken as done' };
}

/** The wall time a done value records (`2026-11-27` is 00:00 that day); undefined for `true` or a value that is no date. */
function doneWallTime(value: DoneValue): WallTime | undefined {
  if (typeof value !== 'string' || !DATE_OR_DATETIME.test(value)) return undefined;
  const t = parseWallTime(value.replace(/(\d:\d{2}):\d{2}$/, '$1'), 0);
  return 'error' in t ? undefined : t;
}

/** The calendar date a done value records; undefined for `true`. */
export function doneDate(value: DoneValue): CalendarDate | undefined {
  const t = doneWallTime(value);
  return t && { year: t.year, month: t.month, day: t.day };
}

/** The local instant a done value records; undefined for `true`. */
export function doneInstant(value: DoneValue): Date | undefined {
  const t = doneWallTime(value);
  return t && localDateAt(t, t.hour, t.minute);
}

/** Reads the snooze keys present in a note's data; a value that is not a date is reported. */
export function readSnoozes(
  data: Record<string, unknown>,
  report: (key: string, message: string) => void,
): Partial<Record<MarkableKind, WallTime>> {
  const out: Partial<Record<MarkableKind, WallTime>> = {};
  for (const kind of MARKABLE_KINDS) {
    const key = ACTION_KINDS[kind].mark!.snoozeKey;
    const raw = data[key];
    if (raw === undefined || raw === null || raw === '') continue;
    const t = parseWallTime(String(raw), 9);
    if ('error' in t) report(key, `"${key}": ${t.error}; the snooze is ignored`);
    else out[kind] = t;
  }
  return out;
}

/** Whether the note's text records `key` done already (read by the one YAML reading, as the parser reads it). */
export function doneRecorded(text: string, key: string): boolean {
  return readDoneValue(noteData(text)?.[key]).value !== undefined;
}
