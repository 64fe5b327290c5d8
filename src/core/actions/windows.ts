// When an action is due, as the views group it: Overdue, Today, Next 7 days, Later. One reading
// of a deadline for the tree, the CLI table and the tests, so that a row due in 22 h and one due
// in 16 h are never under names that contradict each other: an action is in the window of its
// deadline (its due instant, local time), whatever its state; only an overdue action is grouped by
// its state. The state still colours the row (due now: something to do before the deadline).
import { laterByDays, localDateAt, localDayOf } from '../time/dates';
import type { Action } from '../model/types';

export type TimeWindow = 'overdue' | 'today' | 'week' | 'later';

/** The windows in display order. */
export const WINDOWS: readonly TimeWindow[] = ['overdue', 'today', 'week', 'later'];

/** The instants that end today and the 7 days after it, local time: a deadline at or after `today` is not today's. */
export interface WindowBounds {
  /** Local midnight at the end of today. */
  today: number;
  /** Local midnight at the end of the 7th day after today. */
  week: number;
}

export function windowBounds(now: Date): WindowBounds {
  const endOfToday = laterByDays(localDateAt(localDayOf(now), 0, 0), 1);
  return { today: endOfToday.getTime(), week: laterByDays(endOfToday, 7).getTime() };
}

/** The window of an action: overdue by its state, the others by their deadline. */
export function windowOf(action: Pick<Action, 'state' | 'due'>, bounds: WindowBounds): TimeWindow {
  if (action.state === 'overdue') return 'overdue';
  const t = action.due.getTime();
  if (t < bounds.today) return 'today';
  return t < bounds.week ? 'week' : 'later';
}
