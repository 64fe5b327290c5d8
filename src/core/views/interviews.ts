// The interviews as a list (the "Interviews" view and the tree grouped by interview): one line per
// interview with its status, the last contact and the next step, including interviews with
// nothing due. Pure: built from parsed notes and their actions.
import { formatLocalDate } from '../time/dates';
import { actionWhat, companyRole, rowWhen, shortWhen } from './rows';
import { fitLabel, ROW_BUDGET_PX } from './rowWidth';
import type { Action, Note } from '../model/types';
import { doneInstant } from '../note/values';

export interface InterviewSummary {
  file: string;
  /** "Acme Corp · Data Analyst". */
  title: string;
  /** The status as written, else "scheduled" before the interview and "interviewed" after it. */
  status: string;
  /** The last time the user was in touch: the interview or an email/card marked with a date. */
  lastContact?: { what: string; at: Date };
  /** The first pending action, if any. */
  next?: Action;
  pending: number;
}

/** One interview's summary at `now`; `actions` are its pending actions, sorted by due time. */
export function summarizeInterview(note: Note, actions: Action[], now: Date): InterviewSummary {
  const contacts: { what: string; at: Date | undefined }[] = [
    { what: 'interview', at: note.start.getTime() <= now.getTime() ? note.start : undefined },
    { what: 'thank-you', at: doneInstant(note.thankYou) },
    { what: 'card', at: doneInstant(note.cardMailed) },
    { what: 'follow-up', at: doneInstant(note.followUp) },
  ];
  let last: { what: string; at: Date } | undefined;
  for (const c of contacts) if (c.at && c.at.getTime() <= now.getTime() && (!last || c.at.getTime() >= last.at.getTime())) last = { what: c.what, at: c.at };
  const summary: InterviewSummary = {
    file: note.file,
    title: companyRole(note),
    status: note.status ?? (note.start.getTime() > now.getTime() ? 'scheduled' : 'interviewed'),
    pending: actions.length,
  };
  if (last) summary.lastContact = last;
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
  if (s.lastContact) parts.push(`last: ${s.lastContact.what} ${formatLocalDate(s.lastContact.at)}`);
  parts.push(s.next ? `next: ${actionWhat(s.next)} ${shortWhen(s.next, now)}` : 'nothing due');
  return parts.join(' · ');
}


/** A line of the Interviews view: a label and a short description that fit the side bar together. */
export interface InterviewRow {
  label: string;
  description: string;
}

/**
 * The interview's own row: its title (shortened to fit, whole in the tooltip) and its status. Its
 * icon's colour says whether something is late or due; its children say what (interviewDetails).
 */
export function interviewRow(s: InterviewSummary): InterviewRow {
  return { label: fitLabel(s.title, s.status, ROW_BUDGET_PX), description: s.status };
}

/** The rows under an interview, one short fact each: the next step and when, the last contact. */
export function interviewDetails(s: InterviewSummary, now: Date): InterviewRow[] {
  const last = s.lastContact;
  const rows: InterviewRow[] = [
    s.next ? { label: `Next: ${actionWhat(s.next)}`, description: rowWhen(s.next, now) } : { label: 'Next', description: 'nothing due' },
    last
      ? { label: `Last: ${last.what}`, description: formatLocalDate(last.at) }
      : { label: 'Last', description: 'no contact yet' },
  ];
  return rows.map((r) => ({ label: fitLabel(r.label, r.description), description: r.description }));
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
