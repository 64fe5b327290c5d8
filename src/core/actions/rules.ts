// The follow-up rules. A note is planned once (when it is parsed) into actions with fixed
// thresholds; evaluating a plan at `now` is a few comparisons, so refreshing the tree every
// minute over 100,000 notes stays cheap and never re-reads or re-parses anything.
import { formatLocalDate, laterByDays, localDateAt, wallTimeToInstant } from '../time/dates';
import { snoozableKind } from './snooze';
import { ACTION_KINDS, KEYS, type EmailKind } from '../model/kinds';
import { hasAnswered } from '../model/status';
import { readTimeline, type TimelineReading } from '../timeline/timeline';
import type { Action, ActionKind, ActionState, CalendarDate, Note, RuleSettings } from '../model/types';

const HOUR = 3600_000;

export interface PlannedAction {
  kind: ActionKind;
  key: string;
  title: string;
  line: number;
  due: number;
  /** The action exists from this instant (inclusive) until `until` (exclusive). */
  from: number;
  until: number;
  /** State is `upcoming` before dueFrom, `due` before overdueFrom, then `overdue`. */
  dueFrom: number;
  overdueFrom: number;
  /** For the follow-up: what was read from the stated timeline, and when that makes it due. */
  timeline?: string;
  /** A snooze from the note: not due before this instant. */
  snoozedUntil?: number;
  /** Contact only: the email that needs the address. */
  forEmail?: EmailKind;
}

function names(note: Note): string {
  return note.interviewers.map((i) => i.name).join(', ');
}

/**
 * When the follow-up is due (09:00 local on its calendar date), whether that came from the stated
 * timeline, and the reading that says so. The one place the follow-up date is computed.
 */
export function followUpDate(note: Note, settings: RuleSettings): { date: CalendarDate; due: Date; fromTimeline: boolean; reading: TimelineReading } {
  const reading = readTimeline(note.timeline, note.interview, { defaultDays: settings.followUpDefaultDays, holidays: settings.holidays });
  return { date: reading.followUp, due: localDateAt(reading.followUp, 9, 0), fromTimeline: reading.fromTimeline, reading };
}

/**
 * Whether the note still owes its follow-up email: none sent, and no answer from the company (a
 * `heardBack` date, or a status only an answer brings, such as "next round"). A follow-up the
 * mailbox finds sent is recorded all the same: that is what happened.
 */
export function followUpOwed(note: Pick<Note, 'followUp' | 'heardBack' | 'status'>): boolean {
  return note.followUp === undefined && !hasAnswered(note);
}

/** When the thank-you is due: `thankYouHours` after the interview ends. The one place it is computed. */
export function thankYouDue(note: Pick<Note, 'end'>, settings: RuleSettings): Date {
  return new Date(note.end.getTime() + settings.thankYouHours * HOUR);
}

/** When the card is due: 23:59 of the interview's day, in the interview's zone. */
function cardDue(note: Pick<Note, 'interview' | 'timezone'>): Date {
  return wallTimeToInstant({ ...note.interview, hour: 23, minute: 59 }, note.timezone);
}

/** Every action a note can ever produce, with the instants that bound it. */
export function planNote(note: Note, settings: RuleSettings): PlannedAction[] {
  const plans: PlannedAction[] = [];
  const start = note.start.getTime();
  const end = note.end.getTime();
  const who = names(note);
  const line = (key: string) => note.keyLines[key] ?? note.keyLines.interview ?? 1;

  if (!note.closed) {
    plans.push({
      kind: 'prepare', key: 'prepare', line: line(KEYS.interview),
      title: `Prepare for the interview${who ? ` with ${who}` : ''}`,
      due: start, from: -Infinity, until: start, dueFrom: start - 24 * HOUR, overdueFrom: Infinity,
    });

    if (note.thankYou === undefined) {
      const due = thankYouDue(note, settings).getTime();
      const window = { due, from: end, until: Infinity, dueFrom: -Infinity, overdueFrom: due + 1 };
      plans.push({
        kind: 'thank-you', key: 'thank-you', line: line(KEYS.thankYou),
        title: who ? `Send thank-you to ${who}` : 'Send thank-you email',
        ...window,
      });
      plans.push(...contactPlans(note, 'thank-you', window));
    }

    if (note.card && note.cardMailed === undefined) {
      const due = cardDue(note).getTime();
      plans.push({
        kind: 'card', key: 'card', line: line(KEYS.card),
        title: who ? `Mail a handwritten card to ${who}` : 'Mail a handwritten thank-you card',
        due, from: end, until: Infinity, dueFrom: -Infinity, overdueFrom: due + 1,
      });
    }

    if (followUpOwed(note)) {
      const { due: dueAt, fromTimeline, reading } = followUpDate(note, settings);
      const due = dueAt.getTime();
      const followUpWindow: Window = { due, from: end, until: Infinity, dueFrom: due, overdueFrom: laterByDays(new Date(due), 7).getTime() };
      plans.push({
        kind: 'follow-up', key: 'follow-up', line: line(fromTimeline ? KEYS.timeline : KEYS.followUp),
        title: who ? `Send one follow-up email to ${who}` : 'Send one polite follow-up email',
        ...followUpWindow,
        timeline: reading.explanation,
      });
      // Once the thank-you is sent, the follow-up is the pending email: it needs the addresses too.
      if (note.thankYou !== undefined) plans.push(...contactPlans(note, 'follow-up', followUpWindow));
    }
  }

  for (const task of note.tasks) {
    const dayStart = localDateAt(task.due, 0, 0).getTime();
    plans.push({
      kind: 'task', key: `task:${task.line}`, line: task.line,
      title: task.text,
      due: localDateAt(task.due, 23, 59).getTime(),
      from: -Infinity, until: Infinity, dueFrom: dayStart, overdueFrom: laterByDays(new Date(dayStart), 1).getTime(),
    });
  }
  if (note.snoozed) for (const plan of plans) applySnooze(plan, note.snoozed);
  return plans;
}

type Window = Pick<PlannedAction, 'due' | 'from' | 'until' | 'dueFrom' | 'overdueFrom'>;

/** "Find the email address of …" for each person the pending email addresses without an address, on that email's clock. */
function contactPlans(note: Note, forEmail: EmailKind, window: Window): PlannedAction[] {
  const plans: PlannedAction[] = [];
  note.interviewers.forEach((person, i) => {
    if (person.email) return;
    plans.push({
      kind: 'contact', key: `contact:${i}`, line: person.line,
      title: `Find the email address of ${person.name}${forEmail === 'follow-up' ? ' for the follow-up' : ''}`,
      ...window, forEmail,
    });
  });
  return plans;
}

/** A snoozed action is upcoming until the snooze ends, then whatever it would have been. */
function applySnooze(plan: PlannedAction, snoozed: NonNullable<Note['snoozed']>): void {
  const kind = snoozableKind(plan.kind, plan.forEmail);
  const at = kind && snoozed[kind];
  if (!at) return;
  const until = localDateAt(at, at.hour, at.minute).getTime();
  plan.dueFrom = Math.max(plan.dueFrom, until);
  plan.overdueFrom = Math.max(plan.overdueFrom, until);
  plan.snoozedUntil = until;
}

export function stateAt(plan: PlannedAction, now: number): ActionState {
  if (now >= plan.overdueFrom) return 'overdue';
  return now >= plan.dueFrom ? 'due' : 'upcoming';
}

/** What an action row says about its note: all that evaluating a plan needs. */
export type NoteHead = Pick<Note, 'file' | 'company' | 'role'>;

/** The action a plan stands for at `now`, or undefined when it does not exist then. */
export function evaluate(plan: PlannedAction, note: NoteHead, now: number): Action | undefined {
  if (now < plan.from || now >= plan.until) return undefined;
  const action: Action = {
    file: note.file, kind: plan.kind, due: new Date(plan.due), state: stateAt(plan, now),
    company: note.company, title: plan.title, line: plan.line, key: plan.key,
  };
  if (note.role) action.role = note.role;
  if (plan.timeline) action.timeline = plan.timeline;
  if (plan.snoozedUntil !== undefined && now < plan.snoozedUntil) action.snoozedUntil = new Date(plan.snoozedUntil);
  if (plan.forEmail) action.forEmail = plan.forEmail;
  return action;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Due time, then kind, then file and key: a total order (code-unit string order, cheap and the same in every locale). */
export function compareActions(a: Action, b: Action): number {
  return a.due.getTime() - b.due.getTime() || ACTION_KINDS[a.kind].order - ACTION_KINDS[b.kind].order || compareStrings(a.file, b.file) || compareStrings(a.key, b.key);
}

/** The next instant after t at which any of the plans appears, disappears or changes state. */
export function nextChange(plans: PlannedAction[], t: number): number {
  let next = Infinity;
  for (const p of plans) {
    for (const at of [p.from, p.until, p.dueFrom, p.overdueFrom]) if (at > t && at < next) next = at;
  }
  return next;
}

/** Advice for an action's tooltip, written when shown rather than kept for every action. */
export function actionDetail(action: Pick<Action, 'kind' | 'due'>, note: Note, settings: RuleSettings): string {
  const noCalls = 'One short, polite email; no calls, visits or LinkedIn requests.';
  switch (action.kind) {
    case 'prepare':
      return 'Prepare questions: what are the next steps and the timeline, what do they like about working there? Bring business cards and ask for theirs.';
    case 'thank-you':
      return `A short email to each interviewer by name within ${settings.thankYouHours} h: one specific detail from the conversation, something of value, your contact details.`;
    case 'contact':
      return 'Look at their business card or the company site; LinkedIn is fine as a research tool (do not send a connection request).';
    case 'card':
      return 'A traditional company: mail a short handwritten card the same day, in addition to the email.';
    case 'follow-up': {
      const { reading } = followUpDate(note, settings);
      return note.timeline ? `They said "${note.timeline}": ${reading.explanation}. ${noCalls}` : `${reading.explanation}. ${noCalls}`;
    }
    case 'task':
      return `Task from the note, due ${formatLocalDate(action.due)}.`;
  }
}

/** All actions of a note at `now`, sorted by due time. */
export function actionsFor(note: Note, now: Date, settings: RuleSettings): Action[] {
  const t = now.getTime();
  return planNote(note, settings)
    .map((p) => evaluate(p, note, t))
    .filter((a): a is Action => a !== undefined)
    .sort(compareActions);
}
