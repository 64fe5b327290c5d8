// What the extension uses from the core to index notes and edit them (loaded lazily through
// lazyCore.ts with the first note).
export { NotePipeline, HOST_OPTIONS } from '../core/indexing/pipeline';
export { applyEdit, reverseEdit, setFrontMatterValue } from '../core/edits/frontMatterEdit';
export { markDoneEdit } from '../core/edits/markDone';
export { decodeNote } from '../core/note/decode';
export { doneRecorded } from '../core/note/values';
export { mailCommentOf } from '../core/note/mailEvidence';
export { ACTION_KINDS, doneKeyOf, isMarkable } from '../core/model/kinds';
export { formatLocalDate, localDateAt, parseWallTime } from '../core/time/dates';
export { newNoteText, nextRoundInput, noteFileName } from '../core/edits/newNote';
export { actionDetail, followUpDate, planNote } from '../core/actions/rules';
export { accessibleRow, actionRow, actionWhat, companyRole, formatDue, shortWhen, treeRow, whenText, WINDOW_NAMES } from '../core/views/rows';
export { groupByInterview, interviewDetails, interviewLine, interviewRow, summarizeInterviews } from '../core/views/interviews';
export { checkTaskEdit } from '../core/note/tasks';
export { boardOf } from '../core/views/board';
export { fillsHeardBack, STATUS_WORDS } from '../core/model/status';
export { computeStats } from '../core/views/stats';
export { statusEdit } from '../core/edits/statusEdit';
export { createNewNote, editNoteFile, writeFileAtomic } from '../node/safeWrite';
export { withKeyLock } from '../node/noteLock';
export { pendingReminders, reminderMessage, stillRelevant } from '../core/actions/reminders';
export { snoozableKind, snoozeValue, SNOOZE_KEYS } from '../core/actions/snooze';
export { COPY_PARTS, copyText, missingAddressWarning, recipientsOf } from '../core/drafts/sendFlow';
export { parsePeople } from '../core/model/people';
export { dateInputExamples, describeDateInput, readDateInput } from '../core/timeline/dateInput';
export { interviewerEmailEdit, isEmailAddress } from '../core/edits/interviewerEmail';
