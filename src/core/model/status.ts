// The one status vocabulary: the rules, the board, the figures, Set Status, completion, hovers
// and snippets read it here, and every status written in a note is read through `normalStatus`,
// so "Next Round", "next_round" and "next-round" are the same status everywhere.
import type { Note } from './types';

type StatusWord = 'scheduled' | 'interviewed' | 'next round' | 'offer' | 'rejected' | 'withdrawn' | 'closed';

interface StatusInfo {
  value: StatusWord;
  /** Its column on the pipeline board. */
  label: string;
  /** What it means, as the pickers show it. */
  description: string;
  /** A closing status ends every follow-up action of the interview. */
  closes: boolean;
  /**
   * Only the company answering can bring it (withdrawn and closed are the user's doing): it fills
   * `heardBack`, and this round's follow-up email is no longer due.
   */
  answer: boolean;
}

export const STATUSES: readonly StatusInfo[] = [
  { value: 'scheduled', label: 'Scheduled', description: 'the interview is planned', closes: false, answer: false },
  { value: 'interviewed', label: 'Interviewed', description: 'waiting to hear back', closes: false, answer: false },
  { value: 'next round', label: 'Next round', description: 'they replied: invited to another interview (its own note)', closes: false, answer: true },
  { value: 'offer', label: 'Offer', description: 'closes the interview', closes: true, answer: true },
  { value: 'rejected', label: 'Rejected', description: 'closes the interview', closes: true, answer: true },
  { value: 'withdrawn', label: 'Withdrawn', description: 'closes the interview', closes: true, answer: false },
  { value: 'closed', label: 'Closed', description: 'closes the interview', closes: true, answer: false },
];

/** The statuses a card can be moved to, in board order. */
export const STATUS_WORDS: readonly StatusWord[] = STATUSES.map((s) => s.value);

/** A status as written ("Next_Round ") in its one form ("next round"); undefined when empty. */
export function normalStatus(status: string | undefined): string | undefined {
  const s = status?.toLowerCase().replace(/[\s_-]+/g, ' ').trim();
  return s || undefined;
}

/** What the vocabulary says of a status as written, or undefined for a word outside it. */
export function statusInfo(status: string | undefined): StatusInfo | undefined {
  const s = normalStatus(status);
  return s === undefined ? undefined : STATUSES.find((info) => info.value === s);
}

/** Whether a status (as written, any case or spelling) closes the interview. */
export function isClosingStatus(status: string | undefined): boolean {
  return statusInfo(status)?.closes ?? false;
}

/** Board columns: every known status, then any other word (a note without a status reads as one by its date: `noteStatus`). */
export type Stage = StatusWord | 'other';
export const STAGES: readonly Stage[] = [...STATUS_WORDS, 'other'];
export const STAGE_LABELS: Record<Stage, string> = {
  ...(Object.fromEntries(STATUSES.map((s) => [s.value, s.label])) as Record<StatusWord, string>),
  other: 'Other status',
};

/**
 * The status a note reads as, the one reading of the Interviews view, the board and the CLI: as
 * written, or when none is written, from the clock: `scheduled` until the interview starts,
 * `interviewed` from then on (`derived` says so).
 */
export function noteStatus(note: Pick<Note, 'status' | 'start'>, now: Date): { status: string; derived: boolean } {
  const written = note.status?.trim();
  if (written) return { status: written, derived: false };
  return { status: note.start.getTime() > now.getTime() ? 'scheduled' : 'interviewed', derived: true };
}

/** The board column of a status as read (`noteStatus`). */
export function stageOf(status: string): Stage {
  return statusInfo(status)?.value ?? 'other';
}

/** Whether the company has answered: `heardBack:` is set, or the status can only follow an answer (old notes). */
export function hasAnswered(note: Pick<Note, 'heardBack' | 'status'>): boolean {
  return note.heardBack !== undefined || (statusInfo(note.status)?.answer ?? false);
}

/** Setting `status` fills `heardBack:` when the new status is an answer and none is recorded yet. */
export function fillsHeardBack(note: Pick<Note, 'heardBack'> | undefined, status: string): boolean {
  return (statusInfo(status)?.answer ?? false) && note?.heardBack === undefined;
}
