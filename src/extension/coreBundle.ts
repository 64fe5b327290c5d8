// What the extension uses from the core to index notes and edit them (loaded lazily through
// lazyCore.ts with the first note).
export { NotePipeline, HOST_OPTIONS } from '../core/pipeline';
export { applyEdit, reverseEdit, setFrontMatterValue } from '../core/frontmatterEdit';
export { decodeForEdit, isMarkable, markDoneEdit, MARKABLE } from '../core/markDone';
export { formatLocalDate, parseWallTime } from '../core/dates';
export { newNoteText, nextRoundInput, noteFileName } from '../core/newNote';
export { actionDetail, followUpDate, planNote } from '../core/rules';
export { accessibleRow, actionRow, companyRole, formatDue, GROUP_NAMES, interviewGroupLabel, shortWhen, treeRow, whenText } from '../core/rows';
export { groupByInterview, interviewDetails, interviewLine, interviewRow, summarizeInterviews } from '../core/interviews';
export { checkTaskEdit } from '../core/tasks';
export { boardOf } from '../core/board';
export { fillsHeardBack, STATUS_WORDS } from '../core/stages';
export { computeStats } from '../core/stats';
export { statusEdit } from '../core/statusEdit';
export { editNoteFile } from '../node/safeWrite';
export { pendingReminders, reminderMessage, stillRelevant } from '../core/reminders';
export { snoozableKind, snoozeValue, SNOOZE_KEYS } from '../core/snooze';
export { COPY_PARTS, copyText, missingAddressWarning, recipientsOf } from '../core/sendFlow';
export { parsePeople } from '../core/people';
