// What to remind the user about now, given the pending actions and what was already shown. Pure:
// the extension shows the batch as one notification and remembers the ids it showed.
import { companyRole, shortWhen } from '../views/rows';
import type { Action } from '../model/types';

type ReminderReason = 'soon' | 'due' | 'overdue';

export interface Reminder {
  /** Stable while the action stays in that situation: `file#key#reason`. */
  id: string;
  reason: ReminderReason;
  action: Action;
}

/** A thank-you or card deadline this many hours away (or less) is worth a reminder. */
const SOON_HOURS = 4;

const RANK: Record<ReminderReason, number> = { overdue: 0, soon: 1, due: 2 };

/** Why an action deserves a reminder at `now`, if it does. Contacts ride on their thank-you; preparing is the user's own. */
function reminderReason(action: Action, now: Date, soonHours = SOON_HOURS): ReminderReason | undefined {
  if (action.kind === 'contact' || action.kind === 'prepare') return undefined;
  if (action.state === 'overdue') return 'overdue';
  if (action.state !== 'due') return undefined;
  if (action.kind === 'thank-you' || action.kind === 'card') {
    const left = action.due.getTime() - now.getTime();
    return left <= soonHours * 3600_000 ? 'soon' : undefined;
  }
  return 'due';
}

function reminderId(action: Action, reason: ReminderReason): string {
  return `${action.file}#${action.key}#${reason}`;
}

/** The reminders not shown yet, most urgent first (overdue, then deadlines close, then newly due; by due time). */
export function pendingReminders(actions: Action[], now: Date, shown: ReadonlySet<string>, soonHours = SOON_HOURS): Reminder[] {
  const out: Reminder[] = [];
  for (const action of actions) {
    const reason = reminderReason(action, now, soonHours);
    if (!reason) continue;
    const id = reminderId(action, reason);
    if (!shown.has(id)) out.push({ id, reason, action });
  }
  return out.sort((a, b) => RANK[a.reason] - RANK[b.reason] || a.action.due.getTime() - b.action.due.getTime() || (a.id < b.id ? -1 : 1));
}

/** The ids worth remembering: those still pending (the rest can be forgotten so the set stays small). */
export function stillRelevant(shown: Iterable<string>, actions: Action[], now: Date, soonHours = SOON_HOURS): Set<string> {
  const live = new Set<string>();
  for (const a of actions) {
    const reason = reminderReason(a, now, soonHours);
    if (reason) live.add(reminderId(a, reason));
  }
  return new Set([...shown].filter((id) => live.has(id)));
}

/** One notification's text for a batch: the first reminder in full, the rest counted. */
export function reminderMessage(batch: Reminder[], now: Date): string {
  const first = batch[0];
  if (!first) return '';
  const a = first.action;
  const when = first.reason === 'overdue' ? `is ${shortWhen(a, now)}` : first.reason === 'soon' ? `is ${shortWhen(a, now)}` : 'is due now';
  const more = batch.length > 1 ? ` (and ${batch.length - 1} more)` : '';
  return `${a.title} (${companyRole(a)}) ${when}.${more}`;
}
