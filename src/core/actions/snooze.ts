// Snoozing an action: a one-value key in the note's front-matter (the notes are the only data
// store), e.g. `snoozeFollowUp: 2026-11-27 09:00`. A snoozed action is not due before that
// local wall time; after it, it is whatever it would have been. Read by the rules, so the tree,
// the reminders and the CLI all agree.
import { formatLocalDateTime, localDateAt, parseWallTime } from '../time/dates';
import { ACTION_KINDS, isMarkable, MARKABLE_KINDS, type ActionKind, type EmailKind, type MarkableKind } from '../model/kinds';

/** What can be snoozed: what can be marked done. */
type SnoozableKind = MarkableKind;

/** The front-matter key holding each kind's snooze; a contact row follows its email's. */
export const SNOOZE_KEYS = Object.fromEntries(MARKABLE_KINDS.map((k) => [k, ACTION_KINDS[k].mark!.snoozeKey])) as Record<SnoozableKind, string>;

/** A contact row snoozes with the email it is for (`forEmail`, the thank-you when not given). */
export function snoozableKind(kind: ActionKind, forEmail?: EmailKind): SnoozableKind | undefined {
  if (kind === 'contact') return forEmail ?? 'thank-you';
  return isMarkable(kind) ? kind : undefined;
}

export type SnoozeChoice = { kind: 'hour' } | { kind: 'tomorrow' } | { kind: 'until'; text: string };

/** The wall time a snooze choice means at `now`, written as the note holds it ("2026-11-27 09:00"). */
export function snoozeValue(choice: SnoozeChoice, now: Date): string | { error: string } {
  let at: Date;
  if (choice.kind === 'hour') {
    at = new Date(now.getTime() + 3600_000);
  } else if (choice.kind === 'tomorrow') {
    const t = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 12);
    at = localDateAt({ year: t.getFullYear(), month: t.getMonth() + 1, day: t.getDate() }, 9, 0);
  } else {
    const t = parseWallTime(choice.text, 9);
    if ('error' in t) return t;
    at = localDateAt(t, t.hour, t.minute);
    if (at.getTime() <= now.getTime()) return { error: `${choice.text} has already passed` };
  }
  return formatLocalDateTime(at).replace('T', ' ');
}
