// The text and file name of a new interview note (the extension's "New Interview Note").
import { formatScalar } from './frontMatterEdit';
import type { Note, WallTime } from '../model/types';
import { formatCalendarDate } from '../time/calendar';
import { wallTimeToInstant } from '../time/dates';
import type { PersonInput } from '../model/people';

export interface NewNoteInput {
  company: string;
  role?: string;
  interview: WallTime;
  interviewers: (string | PersonInput)[];
  /** What they said about next steps, as typed. */
  timeline?: string;
  card?: boolean;
  /** The file name of the previous round's note. */
  previous?: string;
  /** Written as `timezone:` (the interview's wall time is in that IANA zone). */
  timezone?: string;
  /** Minutes; 60 when not given. */
  durationMinutes?: number;
  /** Only the date is known (an all-day invitation): written as `interview: YYYY-MM-DD`. */
  dateOnly?: boolean;
  /** The calendar invitation's UID, so an update finds this note (`invitationUid:`). */
  invitationUid?: string;
  /** Lines placed under the title (e.g. the invitation's join link and location). */
  bodyLines?: string[];
  /**
   * The clock: when the interview has started by then, the note is written `status: interviewed`
   * and without the before-the-interview list. Without it, `scheduled` with the list.
   */
  now?: Date;
}

/** Whether a new note's interview has already started at `input.now`. */
function interviewIsPast(input: Pick<NewNoteInput, 'interview' | 'timezone' | 'dateOnly' | 'now'>): boolean {
  if (!input.now) return false;
  const start = wallTimeToInstant(input.dateOnly ? { ...input.interview, hour: 0, minute: 0 } : input.interview, input.timezone);
  return start.getTime() <= input.now.getTime();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `2026-11-30-acme-corp.md`: date first so the folder sorts by time; only [a-z0-9-] from the company. */
export function noteFileName(input: Pick<NewNoteInput, 'company' | 'interview'>, taken: (name: string) => boolean = () => false): string {
  const slug = input.company
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') // runs of "-" are single after the line above
    .slice(0, 60) || 'interview';
  const base = `${formatCalendarDate(input.interview)}-${slug}`;
  let name = `${base}.md`;
  for (let i = 2; taken(name); i++) name = `${base}-${i}.md`;
  return name;
}

/** One `interviewers` item: `  - name: …` and its `    email: …` line (empty to fill in later). */
/** One interviewer as front-matter lines (name, title when known, email: empty to fill in). */
export function interviewerLines(p: string | PersonInput): string[] {
  const person = typeof p === 'string' ? { name: p } : p;
  return [
    `  - name: ${formatScalar(person.name)}`,
    ...(person.title ? [`    title: ${formatScalar(person.title)}`] : []),
    `    email:${person.email ? ` ${formatScalar(person.email)}` : ''}`,
  ];
}

export function newNoteText(input: NewNoteInput, eol = '\n'): string {
  const t = input.interview;
  const past = interviewIsPast(input);
  const lines = [
    '---',
    `company: ${formatScalar(input.company)}`,
    `role: ${input.role ? formatScalar(input.role) : ''}`.trimEnd(),
    `interview: ${formatCalendarDate(t)}${input.dateOnly ? '' : ` ${pad(t.hour)}:${pad(t.minute)}`}`,
    ...(input.timezone ? [`timezone: ${formatScalar(input.timezone)}`] : []),
    `duration: ${input.durationMinutes ?? 60}`,
    input.interviewers.length ? 'interviewers:' : 'interviewers: []',
    ...input.interviewers.flatMap((p) => interviewerLines(p)),
    '# What they said about next steps, e.g. "within two weeks"',
    `timeline: ${input.timeline?.trim() ? formatScalar(input.timeline.trim()) : ''}`.trimEnd(),
    'thankYou:',
    'followUp:',
    `card: ${input.card ? 'true' : 'false'}`,
    `status: ${past ? 'interviewed' : 'scheduled'}`,
    ...(input.previous ? [`previous: ${formatScalar(input.previous)}`] : []),
    // Last: the calendar's identity of the invitation, not something to read or edit.
    ...(input.invitationUid ? [`invitationUid: ${formatScalar(input.invitationUid)}`] : []),
    '---',
    '',
    `# ${input.company}${input.role ? ` — ${input.role}` : ''}`,
    '',
    ...(input.bodyLines?.length ? [...input.bodyLines, ''] : []),
    ...(past ? [] : [
      '## Before the interview',
      '',
      '- [ ] Prepare questions: what are the next steps and the timeline?',
      '- [ ] Ask what they like about working there',
      '- [ ] Bring business cards, and ask for theirs',
      '',
    ]),
    '## Notes',
    '',
    '',
    '## Details to mention',
    '',
    '- ',
    '',
  ];
  return lines.join(eol);
}

/** The next round's note: the same company, role and people (titles and addresses kept), linked to the previous note. */
export function nextRoundInput(previous: Pick<Note, 'company' | 'role' | 'interviewers' | 'file'>, interview: WallTime): NewNoteInput {
  const fileName = decodeURIComponent(previous.file.slice(previous.file.lastIndexOf('/') + 1));
  const input: NewNoteInput = {
    company: previous.company,
    interview,
    interviewers: previous.interviewers.map((i) => ({ name: i.name, ...(i.title ? { title: i.title } : {}), ...(i.email ? { email: i.email } : {}) })),
    previous: fileName,
  };
  if (previous.role) input.role = previous.role;
  return input;
}
