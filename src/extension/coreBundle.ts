// What the extension uses from the core to index notes and edit them (loaded lazily through
// lazyCore.ts with the first note).
export { NotePipeline, HOST_OPTIONS } from '../core/pipeline';
export { applyEdit, reverseEdit, setFrontMatterValue } from '../core/frontmatterEdit';
export { decodeForEdit, isMarkable, markDoneEdit, MARKABLE } from '../core/markDone';
export { formatLocalDate, parseWallTime } from '../core/dates';
export { newNoteText, noteFileName } from '../core/newNote';
export { actionDetail, followUpDate, planNote } from '../core/rules';
export { actionRow, companyRole, formatDue, whenText } from '../core/rows';
export { checkTaskEdit } from '../core/tasks';
export { boardOf } from '../core/board';
export { fillsHeardBack, STATUS_WORDS } from '../core/stages';
export { computeStats } from '../core/stats';
export { statusEdit } from '../core/statusEdit';
export { editNoteFile } from '../node/safeWrite';
