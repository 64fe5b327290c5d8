// Shared domain types of the pure core. No vscode, no fs: the adapters translate.
import type { CalendarDate, HolidayCalendar, WallTime } from '../time/calendar';
import type { ActionKind, EmailKind, MarkableKind } from './kinds';

export type { ActionKind } from './kinds';

export type { CalendarDate, WallTime } from '../time/calendar';

export type ActionState = 'upcoming' | 'due' | 'overdue';

/** A finding about a note. line is 1-based in the file (0 when it concerns the whole file). */
export interface Problem {
  file: string;
  line: number;
  message: string;
  /** 'info': the note is read, with something worth knowing (a skipped daylight-saving hour, a vague timeline and the default used); not a problem to fix. */
  severity: 'error' | 'warning' | 'info';
}

export interface Interviewer {
  name: string;
  title?: string;
  email?: string;
  phone?: string;
  /** 1-based line of the item in the file. */
  line: number;
}

export interface Task {
  text: string;
  due: CalendarDate;
  /** 1-based line in the file. */
  line: number;
}

/** What was done for a step: a date/time string, or true. undefined = not done. */
export type DoneValue = string | true | undefined;

export interface Note {
  file: string;
  company: string;
  role?: string;
  interview: WallTime;
  /** IANA zone of the interview's wall time; undefined = the user's local zone. */
  timezone?: string;
  durationMinutes: number;
  start: Date;
  end: Date;
  interviewers: Interviewer[];
  timeline?: string;
  thankYou: DoneValue;
  cardMailed: DoneValue;
  followUp: DoneValue;
  card: boolean;
  status?: string;
  /** When the company answered (`heardBack:`); its status says how. Optional, for the pipeline's figures. */
  heardBack?: DoneValue;
  /** The subject of the message `heardBack` was found in, when a mailbox check wrote it ("Re: Next steps"). */
  heardBackSubject?: string;
  closed: boolean;
  /** Snoozes written in the note (snoozeThankYou / snoozeCard / snoozeFollowUp), local wall times. */
  snoozed?: Partial<Record<MarkableKind, WallTime>>;
  tasks: Task[];
  /** 1-based file line of each top-level front-matter key that is present. */
  keyLines: Record<string, number>;
  /** 1-based line of the closing fence. */
  frontMatterEndLine: number;
}

export interface Action {
  file: string;
  kind: ActionKind;
  due: Date;
  state: ActionState;
  company: string;
  role?: string;
  /** What to do, one line: "Send thank-you to Jane Doe, Raj Patel". */
  title: string;
  /** 1-based line to reveal when the action is opened. */
  line: number;
  /** Stable identity within the file, e.g. "contact:1" or "task:42". */
  key: string;
  /** Follow-up only: what was read from the stated timeline ("early next week → Tue 24 Nov; follow up from Wed 25 Nov 09:00"). */
  timeline?: string;
  /** Set while a snooze written in the note holds the action back. */
  snoozedUntil?: Date;
  /** Contact only: the pending email that needs the address (the thank-you, or the follow-up once the thank-you is sent). */
  forEmail?: EmailKind;
}

/** The user's signature, from the settings: what drafts end with and the checker knows. */
export interface Signature {
  name: string;
  email: string;
  phone: string;
}

export interface RuleSettings {
  /** Hours after the interview's end within which the thank-you is due. */
  thankYouHours: number;
  /** Days after the interview when the timeline is missing or not understood. */
  followUpDefaultDays: number;
  /** Public holidays that are not business days for the follow-up (loaded by an adapter when set). */
  holidays?: HolidayCalendar;
}

export const DEFAULT_RULE_SETTINGS: RuleSettings = { thankYouHours: 24, followUpDefaultDays: 14 };
