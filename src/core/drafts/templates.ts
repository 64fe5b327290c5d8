// Generated thank-you and follow-up drafts, as VS Code snippets (tab stops, a choice of the
// "Details to mention") and as plain text. Both come from one list of parts, so the snippet
// and the text can never say different things.
//
// Snippet escaping follows VS Code's snippet parser:
// - in text and in placeholder defaults, `\` escapes only `$`, `}` and `\`;
// - inside a choice `${1|a,b|}`, `\` escapes only `,`, `|` and `\` (a `$` or `}` there is literal,
//   and `\$` would keep its backslash).
import { TEMPLATE_SLOTS } from './slots';
import { greetingName, joinNames } from '../model/names';
import { dayNumber, MONTH_FULL_NAMES, WEEKDAY_FULL_NAMES, weekdayOf } from '../time/calendar';
import { readTimeline } from '../timeline/timeline';
import type { Interviewer, Note, Signature } from '../model/types';

export type { Signature } from '../model/types';

export interface DraftInput {
  note: Note;
  details: string[];
  signature: Signature;
}

type TemplateKind = 'thank-you' | 'follow-up';

/** One piece of a draft: literal text, a tab stop with a default, a choice, or the final cursor. */
type Part = string | { stop: number; text: string } | { stop: number; choices: string[] } | { final: true };

/** Text escaped for a snippet's text or a placeholder default: `$`, `}` and `\`. */
export function escapeSnippetText(value: string): string {
  return value.replace(/[\\$}]/g, '\\$&');
}

/** One option escaped for a snippet choice `${n|…|}`: `,`, `|` and `\`. */
export function escapeSnippetChoice(value: string): string {
  return value.replace(/[\\,|]/g, '\\$&');
}

function toSnippet(parts: Part[]): string {
  return parts
    .map((p) => {
      if (typeof p === 'string') return escapeSnippetText(p);
      if ('final' in p) return '$0';
      if ('choices' in p) return `\${${p.stop}|${p.choices.map(escapeSnippetChoice).join(',')}|}`;
      return `\${${p.stop}:${escapeSnippetText(p.text)}}`;
    })
    .join('');
}

function toText(parts: Part[]): string {
  return parts
    .map((p) => {
      if (typeof p === 'string') return p;
      if ('final' in p) return '';
      if ('choices' in p) return p.choices[0] ?? '';
      return p.text;
    })
    .join('');
}

/** A value from the note on one line: line breaks could otherwise start a heading or a "Subject:" line. */
function inline(value: string | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

/** "Dear Jane,", "Dear Jane and Raj,", "Dear Jane, Raj and Li,"; "Dear hiring team," without interviewers. */
function salutation(interviewers: Interviewer[]): string {
  const names = interviewers.map((i) => greetingName(inline(i.name))).filter(Boolean);
  return names.length === 0 ? 'Dear hiring team,' : `Dear ${joinNames(names)},`;
}

/** "the Data Analyst role at Acme"; without a role, "the role at Acme". */
function roleAt(note: Note): string {
  const role = inline(note.role);
  const company = inline(note.company);
  if (!role) return `the role at ${company}`;
  return /\b(?:role|position|job|opening)$/i.test(role) ? `the ${role} at ${company}` : `the ${role} role at ${company}`;
}

/**
 * The timeframe they gave, in our words: the day the stated deadline or span ends ("within two
 * weeks", "by next Friday" → "by Friday, December 4"), never their sentence quoted back. undefined
 * when the note's timeline names no day (none, or vague: "soon", "in touch").
 */
function statedDay(note: Note): string | undefined {
  if (!note.timeline) return undefined;
  const reading = readTimeline(note.timeline, note.interview, { defaultDays: 14 });
  const stated = reading.fromTimeline ? reading.stated : undefined;
  if (!stated) return undefined;
  const year = stated.year !== note.interview.year ? `, ${stated.year}` : '';
  return `${WEEKDAY_FULL_NAMES[weekdayOf(dayNumber(stated))]}, ${MONTH_FULL_NAMES[stated.month - 1]} ${stated.day}${year}`;
}

function interviewDay(note: Note): string {
  return `${MONTH_FULL_NAMES[note.interview.month - 1] ?? ''} ${note.interview.day}`.trim();
}

/** s without the characters matching `one` at its end (a `[…]+$` pattern is quadratic on a long run). */
function trimEndOf(s: string, one: RegExp): string {
  let end = s.length;
  while (end > 0 && one.test(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/** Choices from the details: one line each, no closing full stop (the sentence adds its own), no blanks or repeats. */
function detailChoices(details: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const d of details) {
    const c = trimEndOf(inline(d), /[\s.;:]/);
    if (c && !seen.has(c)) {
      seen.add(c);
      out.push(c);
    }
  }
  return out;
}

function signatureLines(signature: Signature): string[] {
  const contact = [inline(signature.email), inline(signature.phone)].filter(Boolean).join(' · ');
  return [inline(signature.name), contact].filter(Boolean);
}

function draftParts(kind: TemplateKind, input: DraftInput): Part[] {
  const { note } = input;
  const company = inline(note.company);
  const role = inline(note.role);
  const choices = detailChoices(input.details);
  const detail: Part = choices.length ? { stop: 1, choices } : { stop: 1, text: TEMPLATE_SLOTS.detail };
  const value: Part = { stop: 2, text: TEMPLATE_SLOTS.value };
  const subjectTopic = `${role || company} interview`;

  const parts: Part[] = [];
  if (kind === 'thank-you') {
    parts.push(
      '## Thank-you email\n\n',
      `Subject: Thank you — ${subjectTopic}\n\n`,
      `${salutation(note.interviewers)}\n\n`,
      `Thank you for taking the time to talk with me about ${roleAt(note)}. I enjoyed learning more about the team and the work ahead.\n\n`,
      'One part of our conversation has especially stayed with me: ', detail,
      '. It made me even more excited about the role, and I believe my experience with ', value,
      ' would let me contribute from early on.\n\n',
      'Thank you again for your time and for a thoughtful conversation. I am happy to share anything else that would be useful, and I look forward to hearing about the next steps.\n\n',
    );
  } else {
    const day = statedDay(note);
    const when = day
      ? ` When we spoke, you mentioned that you hoped to have an update on next steps by ${day}, so I wanted to check in.`
      : ' I wanted to check in on where things stand.';
    parts.push(
      '## Follow-up email\n\n',
      `Subject: Following up — ${subjectTopic}\n\n`,
      `${salutation(note.interviewers)}\n\n`,
      `I hope you are doing well. I am writing to follow up on my interview on ${interviewDay(note)} for ${roleAt(note)}.${when}\n\n`,
      'I am still very interested in the role, and I keep thinking about one part of our conversation: ', detail,
      '. I am confident that my experience with ', value, ' would help the team.\n\n',
      'I understand these decisions take time, and I am happy to share anything else that would be useful. Thank you again, and I look forward to hearing from you.\n\n',
    );
  }
  parts.push(['Best regards,', ...signatureLines(input.signature)].join('\n') + '\n', { final: true });
  return parts;
}

/** A draft section as a VS Code snippet string (tab stops ${1:…}, choices ${1|a,b|} from details, final $0); heading level 2. */
export function draftSnippet(kind: TemplateKind, input: DraftInput): string {
  return toSnippet(draftParts(kind, input));
}

/** The same draft as plain text with the first choice / placeholder default filled in. */
export function draftText(kind: TemplateKind, input: DraftInput): string {
  return toText(draftParts(kind, input));
}
