// Shared test helpers: build notes from front-matter lines and read actions as short strings.
import { formatLocalDateTime, parseLocalDateTime } from '../../src/core/time/dates';
import { parseNote, type ParseResult } from '../../src/core/note/parse';
import { actionsFor } from '../../src/core/actions/rules';
import { DEFAULT_RULE_SETTINGS, type Action, type Note, type RuleSettings } from '../../src/core/model/types';

export function noteText(frontMatter: string[], body: string[] = []): string {
  return ['---', ...frontMatter, '---', ...body, ''].join('\n');
}

export function localNow(text: string): Date {
  const d = parseLocalDateTime(text);
  if (!d) throw new Error(`bad test time ${text}`);
  return d;
}

export function parsedNote(text: string, settings: RuleSettings = DEFAULT_RULE_SETTINGS): Note {
  const r = parseNote(text, 'note.md', settings);
  if (r.kind !== 'note') throw new Error(`expected a note, got ${r.kind}: ${JSON.stringify(r.kind === 'broken' ? r.problems : '')}`);
  return r.note;
}

/** "kind state YYYY-MM-DDTHH:mm" per action, in due order. */
export function summarize(actions: Action[]): string[] {
  return actions.map((a) => `${a.kind} ${a.state} ${formatLocalDateTime(a.due)}`);
}

export function actionsAt(text: string, now: string, settings: RuleSettings = DEFAULT_RULE_SETTINGS): Action[] {
  return actionsFor(parsedNote(text, settings), localNow(now), settings);
}

/**
 * Whether this run is the first of test-unit.mjs's time zones (or a run without one): tests that
 * load the grammar engine (Harper's wasm, seconds and ~300 MB) and depend on no time zone run once.
 */
export const FIRST_ZONE = !process.env.TZ || process.env.TZ === (process.env.IFU_TEST_ZONES ?? 'UTC').split(',')[0];

/** The parse of `text` as the note `file`: what NoteIndex.set takes. */
export function parseOf(file: string, text: string): ParseResult {
  return parseNote(text, file);
}
