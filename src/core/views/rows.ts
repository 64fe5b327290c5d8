// One wording of an action as a row, for the tree, the Quick Pick, reminders and the CLI table
// alike. A tree row is never shortened by us: the workbench cuts what does not fit, at the end,
// whatever the side bar's width and the platform's font. So a row reads in the order of what
// matters: when, for which company, then what (a task's own text, the longest part, is cut
// first); the full sentence goes in the tooltip and the accessible label.
import { formatAmount, formatLocalDateTime, formatRelative } from '../time/dates';
import { ACTION_KINDS } from '../model/kinds';
import type { TimeWindow } from '../actions/windows';
import type { Action } from '../model/types';

/** "Acme Corp · Data Analyst", or the company alone. */
export function companyRole(a: Pick<Action, 'company' | 'role'>): string {
  return a.role ? `${a.company} · ${a.role}` : a.company;
}

/** "2026-11-20 14:00" in the user's local zone. */
export function formatDue(due: Date): string {
  return formatLocalDateTime(due).replace('T', ' ');
}

/** "due in 4 h", "due since 20 h" (a follow-up in its 7-day window), "overdue by 2 d": the tooltip's long form. */
export function whenText(action: Pick<Action, 'due' | 'state'>, now: Date): string {
  const ms = action.due.getTime() - now.getTime();
  if (action.state === 'overdue') return `overdue by ${formatAmount(ms)}`;
  return ms >= 0 ? `due ${formatRelative(action.due, now)}` : `due since ${formatAmount(ms)}`;
}

/** The short form for a row: "overdue 23 h", "due in 4 h", "due 2 d ago", "in 5 d". */
export function shortWhen(action: Pick<Action, 'due' | 'state' | 'snoozedUntil'>, now: Date): string {
  if (action.snoozedUntil && action.state === 'upcoming') return `snoozed for ${formatAmount(action.snoozedUntil.getTime() - now.getTime())}`;
  const ms = action.due.getTime() - now.getTime();
  if (action.state === 'overdue') return `overdue ${formatAmount(ms)}`;
  if (action.state === 'upcoming') return ms > 0 ? `in ${formatAmount(ms)}` : 'soon';
  return ms >= 0 ? `due ${formatRelative(action.due, now)}` : `due ${formatAmount(ms)} ago`;
}

/** What to do in a word or two: "Thank-you", "Follow-up"; a task is its own text. */
export function actionWhat(action: Pick<Action, 'kind' | 'title'>): string {
  return action.kind === 'task' ? action.title : ACTION_KINDS[action.kind].word;
}

/** formatAmount, in years past a year ("6 y"): a row has no room for "2190 d". */
function rowAmount(ms: number): string {
  const days = Math.abs(ms) / 86_400_000;
  return days >= 365 ? `${Math.floor(days / 365)} y` : formatAmount(ms);
}

/**
 * The row's timing, compact: "23 h late" (past the deadline), "22 h left" (to do now, before the
 * deadline), "due now" (a follow-up in its 7-day window), "in 5 d" (not to do before then),
 * "snoozed" (until when: the tooltip and the accessible label).
 */
export function rowWhen(action: Pick<Action, 'due' | 'state' | 'snoozedUntil'>, now: Date): string {
  if (action.snoozedUntil && action.state === 'upcoming') return 'snoozed';
  const ms = action.due.getTime() - now.getTime();
  if (action.state === 'overdue') return `${rowAmount(ms)} late`;
  if (action.state === 'upcoming') return ms > 0 ? `in ${rowAmount(ms)}` : 'soon';
  return ms >= 30_000 ? `${rowAmount(ms)} left` : 'due now';
}

/**
 * The row's text in full: what and for which company (label), when (description); for the Quick
 * Pick, which is wide. Under an interview's own group the company is the group's name, so the
 * row is what and when alone.
 */
export function actionRow(action: Action, now: Date, underInterview = false): { label: string; description: string } {
  return { label: underInterview ? actionWhat(action) : `${actionWhat(action)} · ${action.company}`, description: rowWhen(action, now) };
}

/**
 * The row for the tree, one label read from the start: "23 h late · Acme Corp · Thank-you", "in 5 d
 * · Tern Energy · Send the article on event replay"; under an interview's group, "23 h late ·
 * Thank-you". Whatever the width, the timing shows first (also while the row's buttons are shown
 * over its end) and the company before the task's text.
 */
export function treeRow(action: Action, now: Date, underInterview = false): { label: string } {
  const when = rowWhen(action, now);
  return { label: underInterview ? `${when} · ${actionWhat(action)}` : `${when} · ${action.company} · ${actionWhat(action)}` };
}

/** The windows' names and what each holds, in display order after the notes with problems. */
export const WINDOW_NAMES: Record<TimeWindow, { label: string; hint: string }> = {
  overdue: { label: 'Overdue', hint: 'past the deadline' },
  today: { label: 'Today', hint: 'the deadline or the day is today (or has come, for a follow-up in its week)' },
  week: { label: 'Next 7 days', hint: 'the deadline or the day is in the next 7 days' },
  later: { label: 'Later', hint: 'the deadline or the day is more than a week away' },
};

/** A screen reader's sentence for a row: the action, the people, the company and when. */
export function accessibleRow(action: Action, now: Date): string {
  const snoozed = action.snoozedUntil ? `, snoozed until ${formatDue(action.snoozedUntil)}` : '';
  return `${action.title}, ${companyRole(action)}, ${whenText(action, now)}${snoozed}`;
}
