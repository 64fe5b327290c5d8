// One wording of an action as a row, for the tree, the Quick Pick, reminders and the CLI table
// alike. Rows are short enough for a sidebar at its default width (about 300 px): what and for
// which company in the label, when in the description; the full sentence goes in the tooltip.
import { formatAmount, formatLocalDateTime, formatRelative } from './dates';
import type { Action, ActionKind, ActionState } from './types';

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

const KIND_WORDS: Record<Exclude<ActionKind, 'task'>, string> = {
  prepare: 'Prepare',
  'thank-you': 'Thank-you',
  contact: 'Find email',
  card: 'Card',
  'follow-up': 'Follow-up',
};

/** What to do in a word or two: "Thank-you", "Follow-up"; a task is its own text. */
export function actionWhat(action: Pick<Action, 'kind' | 'title'>): string {
  return action.kind === 'task' ? action.title : KIND_WORDS[action.kind];
}

/**
 * The row's text: what and for which company (label), when (description). Under an interview's
 * own group the company is the group's name, so the row is what and when alone (it then fits a
 * 300 px side bar whatever the company's name).
 */
export function actionRow(action: Action, now: Date, underInterview = false): { label: string; description: string } {
  return { label: underInterview ? actionWhat(action) : `${actionWhat(action)} · ${action.company}`, description: shortWhen(action, now) };
}

/** The group names and what each holds, in display order after the notes with problems. */
export const GROUP_NAMES: Record<ActionState, { label: string; hint: string }> = {
  overdue: { label: 'Overdue', hint: 'past the deadline' },
  due: { label: 'Due now', hint: 'to do today or within its window' },
  upcoming: { label: 'Upcoming', hint: 'not yet' },
};

/** A screen reader's sentence for a row: the action, the people, the company and when. */
export function accessibleRow(action: Action, now: Date): string {
  return `${action.title}, ${companyRole(action)}, ${whenText(action, now)}`;
}
