// The one status vocabulary: Set Status, completion, snippets, docs and the rules read it here.

export interface StatusInfo {
  value: string;
  /** What it means, as the pickers show it. */
  description: string;
  /** A closing status ends every follow-up action of the interview. */
  closes: boolean;
  /** They replied: the follow-up email of this round is no longer due. */
  replied?: boolean;
}

export const STATUSES: readonly StatusInfo[] = [
  { value: 'scheduled', description: 'the interview is planned', closes: false },
  { value: 'interviewed', description: 'waiting to hear back', closes: false },
  { value: 'next round', description: 'they replied: invited to another interview (its own note)', closes: false, replied: true },
  { value: 'offer', description: 'closes the interview', closes: true },
  { value: 'rejected', description: 'closes the interview', closes: true },
  { value: 'withdrawn', description: 'closes the interview', closes: true },
  { value: 'closed', description: 'closes the interview', closes: true },
];

export const CLOSED_STATUSES: readonly string[] = STATUSES.filter((s) => s.closes).map((s) => s.value);

/** Whether a status (as written, any case) closes the interview. */
export function isClosingStatus(status: string | undefined): boolean {
  return !!status && CLOSED_STATUSES.includes(status.trim().toLowerCase());
}

/** Whether a status (as written, any case) means they replied, so this round's follow-up is not needed. */
export function isRepliedStatus(status: string | undefined): boolean {
  const v = status?.trim().toLowerCase();
  return !!v && STATUSES.some((s) => s.replied && s.value === v);
}
