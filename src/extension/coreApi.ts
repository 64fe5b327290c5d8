// What the extension uses from the core to index notes and edit them (loaded lazily through
// lazyCore.ts with the first note).
export { NoteIndex } from '../core/noteIndex';
export { applyEdit, reverseEdit, setFrontMatterValue } from '../core/frontmatterEdit';
export { decodeForEdit, isMarkable, markDoneEdit, MARKABLE } from '../core/markDone';
export { formatAmount, formatLocalDate, formatLocalDateTime, formatRelative, parseWallTime } from '../core/dates';
export { newNoteText, noteFileName } from '../core/newNote';
export { parseNote } from '../core/note';
export { actionDetail, followUpDate, planNote } from '../core/rules';
export { checkTaskEdit } from '../core/tasks';
export { editNoteFile } from '../node/safeWrite';
