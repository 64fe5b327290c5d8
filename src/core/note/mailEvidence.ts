// The comment a mailbox check writes after a value it found (`heardBack: 2026-12-03 # mail: …`):
// which message the value came from. Written and read here only, so the hover, the Interviews
// view and the writer agree on its shape: `mail: <date>, <sender>, "<subject>"`.
import { oneLine } from './values';

/** The comment written after a value found in the mailbox (without the `#`). */
export function mailComment(change: { date: string; from: string; subject: string }): string {
  const subject = oneLine(change.subject).slice(0, 120);
  return `mail: ${change.date.replace('T', ' ')}, ${oneLine(change.from).slice(0, 80)}, "${subject}"`;
}

/** The comment's text after `mail:` on a front-matter line, if a mailbox check wrote one. */
export function mailCommentOf(line: string): string | undefined {
  const m = /\s#\s?mail: (.+)$/.exec(line);
  return m?.[1]?.trim();
}

/** The subject of the message a value came from, read from its line's comment ("Re: Next steps"). */
export function mailSubjectOf(line: string): string | undefined {
  const comment = mailCommentOf(line);
  // The date has a fixed shape, so the sender ends at the first `, "` after it; the subject is the rest.
  const m = comment && /^\d{4}-\d\d-\d\d(?: \d\d:\d\d)?, .*?, "(.*)"$/.exec(comment);
  return (m && m[1]!.trim()) || undefined;
}
