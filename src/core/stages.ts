// The stages of the pipeline board, in board order, and what a status says about an answer.
// The closing words come from note.ts (CLOSED_STATUSES); the open ones are the same words Set
// Status offers (commands.ts), kept here as data the core can use.
import { CLOSED_STATUSES } from './note';
import type { Note } from './types';

export const OPEN_STATUSES = ['scheduled', 'interviewed', 'next round'] as const;

/** The statuses a card can be moved to, in board order. */
export const STATUS_WORDS: readonly string[] = [...OPEN_STATUSES, ...CLOSED_STATUSES];

/** Board columns: every known status, then notes without one, then any other word. */
export const STAGES = [...OPEN_STATUSES, ...CLOSED_STATUSES, 'none', 'other'] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  scheduled: 'Scheduled', interviewed: 'Interviewed', 'next round': 'Next round',
  offer: 'Offer', rejected: 'Rejected', withdrawn: 'Withdrawn', closed: 'Closed',
  none: 'No status', other: 'Other status',
};

/** Statuses that can only come from the company answering (withdrawn/closed are the user's doing). */
export const ANSWER_STATUSES: readonly string[] = ['next round', 'offer', 'rejected'];

export function normalStatus(status: string | undefined): string | undefined {
  const s = status?.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  return s || undefined;
}

export function stageOf(status: string | undefined): Stage {
  const s = normalStatus(status);
  if (!s) return 'none';
  return (STAGES as readonly string[]).includes(s) && s !== 'none' && s !== 'other' ? (s as Stage) : 'other';
}

/** Whether the company has answered: `heardBack:` is set, or the status can only follow an answer (old notes). */
export function hasAnswered(note: Note): boolean {
  return note.heardBack !== undefined || ANSWER_STATUSES.includes(normalStatus(note.status) ?? '');
}

/** Setting `status` fills `heardBack:` when the new status is an answer and none is recorded yet. */
export function fillsHeardBack(note: Pick<Note, 'heardBack'> | undefined, status: string): boolean {
  return ANSWER_STATUSES.includes(normalStatus(status) ?? '') && note?.heardBack === undefined;
}
