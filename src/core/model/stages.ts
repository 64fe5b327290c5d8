// The stages of the pipeline board, in board order, and what a status says about an answer.
// The words are the one status vocabulary of src/core/status.ts.
import { STATUSES } from './status';
import type { Note } from './types';

/** The statuses a card can be moved to, in board order. */
export const STATUS_WORDS: readonly string[] = STATUSES.map((s) => s.value);

type StatusWord = 'scheduled' | 'interviewed' | 'next round' | 'offer' | 'rejected' | 'withdrawn' | 'closed';

/** Board columns: every known status, then notes without one, then any other word. */
export const STAGES = [...(STATUS_WORDS as readonly StatusWord[]), 'none', 'other'] as const;
export type Stage = StatusWord | 'none' | 'other';

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
