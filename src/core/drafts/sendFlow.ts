// Sending a draft: who it goes to, who it cannot reach, and what Copy puts on the clipboard.
// Pure; the draft commands show the result.
import type { DraftSection } from './sections';
import type { Interviewer, Note } from '../model/types';

export type CopyPart = 'body' | 'subject' | 'recipients' | 'all';

export const COPY_PARTS: readonly { part: CopyPart; label: string; description: string }[] = [
  { part: 'body', label: 'Body', description: 'the email text, without the Subject line' },
  { part: 'subject', label: 'Subject', description: 'the subject line alone' },
  { part: 'recipients', label: 'Recipients', description: 'Name <email>, comma-separated' },
  { part: 'all', label: 'All', description: 'To, Subject and the body' },
];

/** The addresses a draft goes to, and the people it cannot reach (no email in the note). */
export function recipientsOf(note: Pick<Note, 'interviewers'>): { to: Interviewer[]; missing: Interviewer[] } {
  return {
    to: note.interviewers.filter((i) => !!i.email),
    missing: note.interviewers.filter((i) => !i.email),
  };
}

function nameAddr(i: Interviewer): string {
  // A display name holding a comma or quotes must be quoted in an address list.
  const name = /[",<>@]/.test(i.name) ? `"${i.name.replace(/["\\]/g, '\\$&')}"` : i.name;
  return `${name} <${i.email}>`;
}

/** What Copy puts on the clipboard for the chosen part. */
export function copyText(draft: Pick<DraftSection, 'subject' | 'body'>, note: Pick<Note, 'interviewers'>, part: CopyPart): string {
  const to = recipientsOf(note).to.map(nameAddr).join(', ');
  switch (part) {
    case 'body':
      return `${draft.body}\n`;
    case 'subject':
      return draft.subject ?? '';
    case 'recipients':
      return to;
    case 'all':
      return `${to ? `To: ${to}\n` : ''}${draft.subject ? `Subject: ${draft.subject}\n` : ''}\n${draft.body}\n`;
  }
}

/** The warning when some addressees have no email, or undefined when everyone can be reached. */
export function missingAddressWarning(note: Pick<Note, 'interviewers'>): string | undefined {
  const { to, missing } = recipientsOf(note);
  if (missing.length === 0) return undefined;
  const names = missing.map((m) => m.name).join(', ');
  return to.length === 0
    ? `No email address for ${names}: the email cannot be addressed yet.`
    : `No email address for ${names}: the email would only go to ${to.map((t) => t.name).join(', ')}.`;
}
