// The interviews as a list (the "Interviews" view and the tree grouped by interview): one line per
// interview with its status, the last contact and the next step, including interviews with
// nothing due. Pure: built from parsed notes and their actions.
import { formatLocalDate } from '../time/dates';
import { actionWhat, companyRole, rowWhen, shortWhen } from './rows';
import { noteStatus } from '../model/status';
import type { Action, Note } from '../model/types';
import { dayNumber, formatDay } from '../time/calendar';
import { localDayOf } from '../time/dates';
import { doneDate, doneInstant } from '../note/values';

export interface InterviewSummary {
  file: string;
  /** "Acme Corp · Data Analyst". */
  title: string;
  /** The status as written, else "scheduled" before the interview and "interviewed" after it. */
  status: string;
  /** The last contact: the interview, an email or card marked with a date, or their answer (`heardBack`). */
  lastContact?: { what: string; at: Date; subject?: string };
  /** The first pending action, if any. */
  next?: Action;
  pending: number;
}

/**
 * The contacts a note records, in the order they happen in a round: the interview, then the
 * thank-you, the card, the follow-up, and their answer (`heardBack`). A value written as a date
 * alone says the day, not the hour: on the interview's own day, a thank-you marked `2026-12-06`
 * came after the interview, not at midnight before it. So contacts are compared by day, then by
 * that order, then by time when one is written.
 */
const CONTACTS: readonly { what: string; key: 'thankYou' | 'cardMailed' | 'followUp' | 'heardBack' }[] = [
  { what: 'thank-you', key: 'thankYou' },
  { what: 'card', key: 'cardMailed' },
  { what: 'follow-up', key: 'followUp' },
  { what: 'heard back', key: 'heardBack' },
];

/** The latest contact the note records by `now` (none in the future). */
function lastContact(note: Note, now: Date): { what: string; at: Date } | undefined {
  const today = dayNumber(localDayOf(now));
  let best: { what: string; at: Date; day: number; order: number; time: number } | undefined;
  const consider = (what: string, day: number, order: number, at: Date, time: number) => {
    if (day > today || (at.getTime() > now.getTime() && time >= 0)) return;
    // On one day: by the clock when both say a time, else in the round's order.
    const later = !best || day > best.day || (day === best.day && (time >= 0 && best.time >= 0 ? time > best.time || (time === best.time && order > best.order) : order > best.order));
    if (later) best = { what, at, day, order, time };
  };
  if (note.start.getTime() <= now.getTime()) consider('interview', dayNumber(localDayOf(note.start)), 0, note.start, note.start.getTime());
  CONTACTS.forEach((c, i) => {
    const value = note[c.key];
    const date = doneDate(value);
    const at = doneInstant(value);
    if (!date || !at) return;
    // A date alone has no time: -1 keeps it after the interview on that day, and never "in the future" today.
    const timed = typeof value === 'string' && value.length > 10;
    consider(c.what, dayNumber(date), i + 1, at, timed ? at.getTime() : -1);
  });
  return best && { what: best.what, at: best.at };
}

/** One interview's summary at `now`; `actions` are its pending actions, sorted by due time. */
export function summarizeInterview(note: Note, actions: Action[], now: Date): InterviewSummary {
  const last = lastContact(note, now);
  const summary: InterviewSummary = {
    file: note.file,
    title: companyRole(note),
    status: noteStatus(note, now).status,
    pending: actions.length,
  };
  if (last) summary.lastContact = last.what === 'heard back' && note.heardBackSubject ? { ...last, subject: note.heardBackSubject } : last;
  if (actions[0]) summary.next = actions[0];
  return summary;
}

/** Open interviews first (those with something pending, soonest first), then the rest by interview date, newest first. */
export function summarizeInterviews(notes: Note[], actionsOf: (file: string) => Action[], now: Date): InterviewSummary[] {
  const rows = notes.map((n) => ({ s: summarizeInterview(n, actionsOf(n.file), now), start: n.start.getTime() }));
  rows.sort((a, b) => {
    const an = a.s.next?.due.getTime(), bn = b.s.next?.due.getTime();
    if (an !== undefined && bn !== undefined) return an - bn || (a.s.file < b.s.file ? -1 : 1);
    if (an !== undefined) return -1;
    if (bn !== undefined) return 1;
    return b.start - a.start || (a.s.file < b.s.file ? -1 : 1);
  });
  return rows.map((r) => r.s);
}

/** The whole line, "interviewed · last: thank-you 2026-11-20 · next: Follow-up in 5 d": the tooltip and the accessible label. */
export function interviewLine(s: InterviewSummary, now: Date): string {
  const parts = [s.status];
  if (s.lastContact) parts.push(`last: ${s.lastContact.what} ${formatLocalDate(s.lastContact.at)}${s.lastContact.subject ? ` ("${s.lastContact.subject}")` : ''}`);
  parts.push(s.next ? `next: ${actionWhat(s.next)} ${shortWhen(s.next, now)}` : 'nothing due');
  return parts.join(' · ');
}


/** A line of the Interviews view: a label and a short description that fit the side bar together. */
export interface InterviewRow {
  label: string;
  description: string;
}

/**
 * The interview's own row: its title and its status (the workbench cuts what does not fit; the
 * tooltip has the whole line). Its
 * icon's colour says whether something is late or due; its children say what (interviewDetails).
 */
export function interviewRow(s: InterviewSummary): InterviewRow {
  return { label: s.title, description: s.status };
}

/**
 * The rows under an interview, one short fact each: the next step and when, the last contact. Their
 * answer reads "Replied 3 Dec · Re: Next steps", with the subject when the mailbox check found it.
 */
export function interviewDetails(s: InterviewSummary, now: Date): InterviewRow[] {
  const last = s.lastContact;
  const lastRow: InterviewRow = !last
    ? { label: 'Last', description: 'no contact yet' }
    : last.what === 'heard back'
      ? { label: 'Replied', description: [formatDay(dayNumber(localDayOf(last.at)), localDayOf(now).year, false), last.subject].filter(Boolean).join(' · ') }
      : { label: `Last: ${last.what}`, description: formatLocalDate(last.at) };
  return [
    s.next ? { label: `Next: ${actionWhat(s.next)}`, description: rowWhen(s.next, now) } : { label: 'Next', description: 'nothing due' },
    lastRow,
  ];
}

/** Actions grouped by interview (file), interviews ordered by their most urgent action; rows keep their order. */
export function groupByInterview(actions: Action[]): { file: string; title: string; rows: Action[] }[] {
  const groups = new Map<string, { file: string; title: string; rows: Action[]; rank: number }>();
  const stateRank = { overdue: 0, due: 1, upcoming: 2 } as const;
  for (const a of actions) {
    let g = groups.get(a.file);
    if (!g) groups.set(a.file, (g = { file: a.file, title: companyRole(a), rows: [], rank: Infinity }));
    g.rows.push(a);
    g.rank = Math.min(g.rank, stateRank[a.state] * 1e15 + a.due.getTime());
  }
  return [...groups.values()].sort((a, b) => a.rank - b.rank || (a.file < b.file ? -1 : 1)).map(({ file, title, rows }) => ({ file, title, rows }));
}
