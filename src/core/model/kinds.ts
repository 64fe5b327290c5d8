// The one table of action kinds and the front-matter keys of the note format, spelled once: the
// rules, the rows, the marks, the snoozes, the CLI, completion and hovers read them here.

/** The front-matter keys a note is read by (docs/note-format.md). */
export const KEYS = {
  company: 'company', role: 'role', interview: 'interview', timezone: 'timezone', duration: 'duration',
  interviewers: 'interviewers', timeline: 'timeline', card: 'card', status: 'status', previous: 'previous',
  thankYou: 'thankYou', cardMailed: 'cardMailed', followUp: 'followUp', heardBack: 'heardBack',
  snoozeThankYou: 'snoozeThankYou', snoozeCard: 'snoozeCard', snoozeFollowUp: 'snoozeFollowUp',
  invitationUid: 'invitationUid',
} as const;

/** The keys that record when a step was done (a date, a date and time, or true). */
type DoneKey = typeof KEYS.thankYou | typeof KEYS.cardMailed | typeof KEYS.followUp | typeof KEYS.heardBack;

export type ActionKind = 'prepare' | 'thank-you' | 'contact' | 'card' | 'follow-up' | 'task';
/** The kinds recorded done by one front-matter value, and snoozed by another. */
export type MarkableKind = 'thank-you' | 'card' | 'follow-up';

interface KindInfo {
  /** What to do in a word or two, for a row: "Thank-you". */
  word: string;
  /** Among actions due at the same time, lower comes first. */
  order: number;
  /** For a markable kind: the key that records it done, the key that snoozes it, and what marking it says. */
  mark?: { doneKey: DoneKey; snoozeKey: string; done: string };
}

export const ACTION_KINDS: Readonly<Record<ActionKind, KindInfo>> = {
  'thank-you': { word: 'Thank-you', order: 0, mark: { doneKey: KEYS.thankYou, snoozeKey: KEYS.snoozeThankYou, done: 'Thank-you sent' } },
  contact: { word: 'Find email', order: 1 },
  card: { word: 'Card', order: 2, mark: { doneKey: KEYS.cardMailed, snoozeKey: KEYS.snoozeCard, done: 'Card mailed' } },
  'follow-up': { word: 'Follow-up', order: 3, mark: { doneKey: KEYS.followUp, snoozeKey: KEYS.snoozeFollowUp, done: 'Follow-up sent' } },
  prepare: { word: 'Prepare', order: 4 },
  task: { word: 'Task', order: 5 },
};

export const MARKABLE_KINDS: readonly MarkableKind[] = ['thank-you', 'card', 'follow-up'];

export function isMarkable(kind: string): kind is MarkableKind {
  return (MARKABLE_KINDS as readonly string[]).includes(kind);
}

/** The key that records a markable kind done. */
export function doneKeyOf(kind: MarkableKind): DoneKey {
  return ACTION_KINDS[kind].mark!.doneKey;
}

/** The emails a draft can be: each is a markable kind. */
export type EmailKind = 'thank-you' | 'follow-up';
