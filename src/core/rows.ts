// One wording of an action as a row, for the tree and the CLI table alike.
import { formatAmount, formatLocalDateTime, formatRelative } from './dates';
import type { Action } from './types';

/** "Acme Corp · Data Analyst", or the company alone. */
export function companyRole(a: Pick<Action, 'company' | 'role'>): string {
  return a.role ? `${a.company} · ${a.role}` : a.company;
}

/** "2026-11-20 14:00" in the user's local zone. */
export function formatDue(due: Date): string {
  return formatLocalDateTime(due).replace('T', ' ');
}

/** "due in 4 h", "due since 20 h" (a follow-up in its 7-day window), "overdue by 2 d". */
export function whenText(action: Pick<Action, 'due' | 'state'>, now: Date): string {
  const ms = action.due.getTime() - now.getTime();
  if (action.state === 'overdue') return `overdue by ${formatAmount(ms)}`;
  return ms >= 0 ? `due ${formatRelative(action.due, now)}` : `due since ${formatAmount(ms)}`;
}

/** The row's text: what to do (label) and for which interview and when (description). */
export function actionRow(action: Action, now: Date): { label: string; description: string } {
  return { label: action.title, description: `${companyRole(action)} · ${whenText(action, now)}` };
}
