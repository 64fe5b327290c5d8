// One wording of an action as a row, for the tree, the Quick Pick, reminders and the CLI table
// alike. Tree rows fit a side bar at its default width (300 px, see rowWidth.ts): what and for
// which company in the label, when in the description; the full sentence goes in the tooltip.
import { formatAmount, formatLocalDateTime, formatRelative } from '../time/dates';
import { fitLabel, fitRowLabel, GROUP_BUDGET_PX } from './rowWidth';
import { ACTION_KINDS } from '../model/kinds';
import type { Action, ActionState } from '../model/types';

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

/**
 * The row's timing, compact for a side bar; its group says the rest: "23 h late" (Overdue), "in
 * 4 h" (Due now: the deadline), "due now" (a follow-up in its 7-day window), "in 5 d"
 * (Upcoming), "snoozed" (until when: the tooltip and the accessible label).
 */
/** formatAmount, in years past a year ("6 y"): a row has no room for "2190 d". */
function rowAmount(ms: number): string {
  const days = Math.abs(ms) / 86_400_000;
  return days >= 365 ? `${Math.floor(days / 365)} y` : formatAmount(ms);
}

export function rowWhen(action: Pick<Action, 'due' | 'state' | 'snoozedUntil'>, now: Date): string {
  if (action.snoozedUntil && action.state === 'upcoming') return 'snoozed';
  const ms = action.due.getTime() - now.getTime();
  if (action.state === 'overdue') return `${rowAmount(ms)} late`;
  if (action.state === 'upcoming') return ms > 0 ? `in ${rowAmount(ms)}` : 'soon';
  return ms >= 30_000 ? `in ${rowAmount(ms)}` : 'due now';
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
 * The row for the tree: `actionRow` shortened to fit a side bar at its default width (300 px):
 * a long company name and a long task end in an ellipsis ("Thank-you · Brightline…"); the full
 * names are in the tooltip and the accessible label (`accessibleRow`).
 */
export function treeRow(action: Action, now: Date, underInterview = false): { label: string; description: string } {
  const description = rowWhen(action, now);
  const what = actionWhat(action);
  return { label: underInterview ? fitLabel(what, description) : fitRowLabel(what, action.company, description), description };
}

/** An interview's group name in the tree, "Company · Role" shortened from the end to fit: the role gives way first. */
export function interviewGroupLabel(a: Pick<Action, 'company' | 'role'>, description: string): string {
  return fitLabel(companyRole(a), description, GROUP_BUDGET_PX);
}

/** The group names and what each holds, in display order after the notes with problems. */
export const GROUP_NAMES: Record<ActionState, { label: string; hint: string }> = {
  overdue: { label: 'Overdue', hint: 'past the deadline' },
  due: { label: 'Due now', hint: 'to do today or within its window' },
  upcoming: { label: 'Upcoming', hint: 'not yet' },
};

/** A screen reader's sentence for a row: the action, the people, the company and when. */
export function accessibleRow(action: Action, now: Date): string {
  const snoozed = action.snoozedUntil ? `, snoozed until ${formatDue(action.snoozedUntil)}` : '';
  return `${action.title}, ${companyRole(action)}, ${whenText(action, now)}${snoozed}`;
}
