// What the extension uses from the core, in one place (loaded lazily through lazyCore.ts).
export { NoteIndex } from '../core/noteIndex';
export { applyEdit, setFrontMatterValue } from '../core/frontmatterEdit';
export { decodeForEdit, isMarkable, markDoneEdit, MARKABLE } from '../core/markDone';
export { formatAmount, formatLocalDate, formatLocalDateTime, formatRelative, parseWallTime } from '../core/dates';
export { newNoteText, noteFileName } from '../core/newNote';
export { parseNote } from '../core/note';
export { followUpDate, planNote } from '../core/rules';
export { findDrafts } from '../core/drafts';
export { lintNote, DEFAULT_LINT_OPTIONS } from '../core/etiquette';
export { draftSnippet, detailsFromBody } from '../core/draftTemplates';
export { buildMailto } from '../core/mailto';
