// Every name the manifest and the code share, defined once. package.json must match
// (checked by test/unit/manifest.test.ts).
export const EXTENSION_ID = 'interview-followup.interview-followup';
export const CATEGORY = 'Interview Follow-Up';
export const VIEW_CONTAINER = 'interviewFollowUp';
export const VIEW_ACTIONS = 'interviewFollowUp.actions';
export const VIEW_INTERVIEWS = 'interviewFollowUp.interviews';
export const CONFIG_SECTION = 'interviewFollowUp';
export const DIAGNOSTIC_SOURCE = 'Interview Follow-Up';

export const COMMANDS = {
  newNote: 'interviewFollowUp.newNote',
  markThankYouSent: 'interviewFollowUp.markThankYouSent',
  markCardMailed: 'interviewFollowUp.markCardMailed',
  markFollowUpSent: 'interviewFollowUp.markFollowUpSent',
  markDone: 'interviewFollowUp.markDone',
  checkTask: 'interviewFollowUp.checkTask',
  setStatus: 'interviewFollowUp.setStatus',
  openNote: 'interviewFollowUp.openNote',
  refresh: 'interviewFollowUp.refresh',
  draftThankYou: 'interviewFollowUp.draftThankYou',
  draftFollowUp: 'interviewFollowUp.draftFollowUp',
  openInMailClient: 'interviewFollowUp.openInMailClient',
  copyDraft: 'interviewFollowUp.copyDraft',
  newNoteFromInvitation: 'interviewFollowUp.newNoteFromInvitation',
  exportCalendar: 'interviewFollowUp.exportCalendar',
  openPipeline: 'interviewFollowUp.openPipeline',
  addToDictionary: 'interviewFollowUp.addToDictionary',
  selectRange: 'interviewFollowUp.selectRange',
  groupByInterview: 'interviewFollowUp.groupByInterview',
  groupByDueDate: 'interviewFollowUp.groupByDueDate',
  goToAction: 'interviewFollowUp.goToAction',
  snooze: 'interviewFollowUp.snooze',
  confirmSent: 'interviewFollowUp.confirmSent',
  connectMailbox: 'interviewFollowUp.connectMailbox',
  checkMailbox: 'interviewFollowUp.checkMailbox',
  disconnectMailbox: 'interviewFollowUp.disconnectMailbox',
} as const;

/** The pipeline panel's webview type. */
export const PIPELINE_VIEW_TYPE = 'interviewFollowUp.pipeline';

/** Context keys used in `when` clauses. */
export const CONTEXT = {
  state: 'interviewFollowUp.state', // 'scanning' | 'ready'
  groupBy: 'interviewFollowUp.groupBy', // 'due' | 'interview'
} as const;
