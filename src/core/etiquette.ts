// The etiquette checker for email drafts written inside a note (see drafts.ts): short, specific,
// polite, in writing, addressed by name, with contact details and no template leftovers.
// Pure: text in, findings out; every range points at the exact words in the whole file.
import { TEMPLATE_SLOTS } from './templateSlots';
import { formatLocalDateTime } from './dates';
import { detailsFromBody } from './details';
import { findDrafts, scanLines, type DraftSection, type ScannedLine } from './drafts';
import { planNote, stateAt } from './rules';
import { DEFAULT_RULE_SETTINGS, type Note, type RuleSettings } from './types';

export type RuleId =
  | 'desperate' | 'too-long' | 'long-paragraph' | 'missing-name' | 'missing-contact'
  | 'placeholder' | 'no-detail' | 'channel' | 'too-early' | 'missing-subject';

/** An edit that resolves a finding: replace the range with text. Lines 1-based, columns 0-based, end exclusive. */
export interface FindingFix {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
  title: string;
}

/** Lines 1-based, columns 0-based, end exclusive: a range in the whole file text. */
export interface Finding {
  rule: RuleId;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: 'error' | 'warning' | 'info';
  message: string;
  fix?: FindingFix;
}

export interface LintOptions {
  now: Date;
  thankYouMaxWords: number;
  followUpMaxWords: number;
  paragraphMaxWords: number;
  settings: RuleSettings;
}

export const DEFAULT_LINT_OPTIONS: Omit<LintOptions, 'now'> = {
  thankYouMaxWords: 200,
  followUpMaxWords: 150,
  paragraphMaxWords: 80,
  settings: DEFAULT_RULE_SETTINGS,
};

const SEVERITY: Record<RuleId, Finding['severity']> = {
  placeholder: 'error',
  'missing-subject': 'error',
  desperate: 'warning',
  channel: 'warning',
  'too-long': 'warning',
  'missing-name': 'warning',
  'missing-contact': 'warning',
  'too-early': 'warning',
  'long-paragraph': 'info',
  'no-detail': 'info',
};

interface PhraseRule {
  pattern: RegExp;
  message: string;
  /** The replacement for the matched words, only where it is obviously safe. */
  fix?: (words: string) => { text: string; title: string };
}

const MODAL = `(?:['’]ll|['’]d| will| would| could| can| might| may)`;

const DESPERATE: PhraseRule[] = [
  // Saying the job is needed makes the email about the writer's situation, not the team's problem.
  { pattern: /\bI (?:really |so |truly )?need this (?:job|position|role|opportunity)\b/gi, message: 'Sounds desperate: show what you bring instead of how much you need it' },
  // The same plea cut short ("I need this."); "I need this information" does not end the sentence and is fine.
  { pattern: /\bI (?:really |so |truly )?need this(?=\s*(?:[.!,;]|$))/gi, message: 'Sounds desperate: show what you bring instead of how much you need it' },
  // Asking outright to be hired puts the reader on the spot.
  { pattern: /\bplease hire me\b/gi, message: 'Sounds desperate: let the interview speak; restate your interest instead' },
  // Stating desperation; "a desperate need for tests" describes something else and is not matched.
  { pattern: /\bI(?:['’]m| am) (?:so |really |very |truly )?desperate\b/gi, message: 'Sounds desperate: restate your interest calmly' },
  // Offering to do anything signals no boundaries and no judgement.
  { pattern: /\bI(?:['’]ll| will| would) do anything\b/gi, message: 'Sounds desperate: name what you would do in the role instead' },
  // One question mark asks; several demand. Collapsing them to one is always safe.
  {
    pattern: /\bany (?:updates?|news)\s*[?!]{2,}/gi,
    message: 'Sounds pushy: one question mark is enough',
    fix: (words) => ({ text: words.replace(/\s*[?!]+$/, '?'), title: 'Use a single question mark' }),
  },
  // Begging, in any form, reads as pressure.
  { pattern: /\bbegging\b/gi, message: 'Sounds desperate: drop the pleading' },
  // A doubled please pleads; one please is polite. Dropping the repeat is always safe.
  {
    pattern: /\bplease,?\s+please\b/gi,
    message: 'Sounds desperate: one "please" is enough',
    fix: (words) => ({ text: words.slice(0, 6), title: 'Keep a single "please"' }),
  },
  // Announcing repeated nudges makes the reader feel chased; send one follow-up, then wait.
  { pattern: /\b(?:just )?checking in (?:yet )?again\b/gi, message: 'Sounds pushy: one polite follow-up is enough; do not chase' },
];

const CHANNEL: PhraseRule[] = [
  // Offering to phone: a follow-up stays in writing so the reader answers when it suits them.
  { pattern: /\bgive you a (?:quick )?(?:call|ring)\b(?!-)/gi, message: 'Stay in writing: do not offer to call' },
  { pattern: new RegExp(`\\bI${MODAL} (?:call|phone|ring)(?: you)?\\b(?!-| out\\b)`, 'gi'), message: 'Stay in writing: do not offer to call' },
  // "call you"/"phone you" but not "call your team" or "our call on Tuesday".
  { pattern: /\b(?:call|phone) you\b/gi, message: 'Stay in writing: do not offer to call' },
  // Turning up unannounced: "stop by", "drop by" almost always mean a visit.
  { pattern: /\b(?:stop|drop|swing) by\b/gi, message: 'Do not drop by in person: one polite email is the follow-up' },
  // "drop in"/"come by" only with the writer as subject: "a drop in latency", "hard to come by" are not visits.
  { pattern: new RegExp(`\\b(?:I${MODAL}?|(?:could|can|may|might) I|(?:happy|glad|love|like) to)(?: just| quickly)? (?:drop in|come by)\\b`, 'gi'), message: 'Do not drop by in person: one polite email is the follow-up' },
  { pattern: /\bvisit (?:you at )?your offices?\b/gi, message: 'Do not drop by in person: one polite email is the follow-up' },
  // LinkedIn is a research tool here, not a channel to chase a decision; "the LinkedIn post you shared" is fine.
  { pattern: /\bconnect(?: with you)? on LinkedIn\b/gi, message: 'Do not send a LinkedIn request while the decision is open' },
  { pattern: /\badd you on LinkedIn\b/gi, message: 'Do not send a LinkedIn request while the decision is open' },
  { pattern: /\bLinkedIn (?:connection )?(?:request|invite|invitation)s?\b/gi, message: 'Do not send a LinkedIn request while the decision is open' },
  { pattern: /\bconnection request\b/gi, message: 'Do not send a LinkedIn request while the decision is open' },
];

// HTML elements people type in Markdown; "<br>" is markup, "<name>" is a slot.
const HTML_TAGS = 'a|b|i|u|s|p|q|br|hr|em|strong|span|div|sub|sup|small|mark|code|kbd|pre|ul|ol|li|img|table|tr|td|th|details|summary|blockquote|cite|abbr|del|ins|center|font';

const PLACEHOLDERS: RegExp[] = [
  // The usual slots of copied templates, and only those: "(the company)" or "(see below)" are prose.
  /\((?:your name|company name|company|role|name|interviewer|detail)\)/gi,
  // "[Company]", "[Your Name]": one or two words, the first capitalised; not a link "[Name](url)",
  // "[Name][ref]", a link definition "[Name]: url", or a checkbox "[X]".
  /\[[A-Z][A-Za-z]+(?: [A-Za-z]+)?\](?![([:])/g,
  // Mail-merge slots: "{{first_name}}".
  /\{\{[^{}\n]*\}\}/g,
  // Angle slots "<name>", "<company name>"; not HTML tags, not autolinks "<a@b.c>" or "<https://…>".
  new RegExp(`<(?!(?:${HTML_TAGS})>)[A-Za-z]+(?:[ _][A-Za-z]+)*>`, 'g'),
  // Notes to self, as whole upper-case words: "Todo" or "xxx" in prose are left alone.
  /\b(?:TODO|TBD|XXX)\b/g,
  // VS Code snippet leftovers: "${1:Company}", "${2}", "${1|a,b|}", "${CURRENT_YEAR}".
  /\$\{(?:\d+|[A-Z_]+)(?:[:|][^}\n]*)?\}/g,
  // Bracketed slots of two to seven words, "[your email]", "[something specific you discussed]"
  // (the snippets' defaults); not a link "[text](url)" / "[text][ref]" or a definition "[text]: url".
  /\[(?:[A-Za-z]+ ){1,6}[A-Za-z]+\](?![([:])/g,
  // The slots of our own generated drafts, left unfilled.
  new RegExp(Object.values(TEMPLATE_SLOTS).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g'),
];

// Long words that any thank-you or follow-up contains: they say nothing about the conversation.
const STOP_WORDS = new Set([
  'about', 'after', 'again', 'being', 'could', 'great', 'other', 'really', 'should', 'their', 'there',
  'these', 'thing', 'things', 'think', 'those', 'where', 'which', 'while', 'would', 'thank', 'thanks', 'today',
  'interview', 'interviews', 'position', 'company', 'opportunity', 'conversation', 'discussion', 'meeting',
  'talking', 'learning', 'working', 'mention', 'mentioned',
]);

// Honorifics before a last name: "Dear Dr. Patel" addresses Raj Patel by name.
const HONORIFIC = /^(?:mr|ms|mrs|mx|dr|prof)\.?$/i;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
// A run of 7-15 digits with the usual separators; dates like 2026-11-26 are no phone numbers.
const PHONE_CANDIDATE = /\+?\(?\d[\d ().\-–]{5,}\d/g;
const DATE_IN_NUMBER = /\d{4}-\d{1,2}-\d{1,2}/;

const LETTER_OR_DIGIT = '[\\p{L}\\p{N}]';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function hasPhone(text: string): boolean {
  for (const m of text.matchAll(PHONE_CANDIDATE)) {
    const digits = m[0].replace(/\D/g, '').length;
    if (digits >= 7 && digits <= 15 && !DATE_IN_NUMBER.test(m[0])) return true;
  }
  return false;
}

/** A regex that finds any of the given words or names as whole words, case-insensitively. */
function wholeWords(forms: string[]): RegExp {
  const alternatives = forms.map((f) => escapeRegExp(f).replace(/\s+/g, '\\s+')).join('|');
  return new RegExp(`(?<!${LETTER_OR_DIGIT})(?:${alternatives})(?!${LETTER_OR_DIGIT})`, 'iu');
}

/** Whether the text addresses a person by full name, first name, or honorific + last name ("Dr. Patel"). */
function addressesByName(text: string, name: string): boolean {
  const parts = name.split(/\s+/).filter(Boolean);
  while (parts.length > 1 && HONORIFIC.test(parts[0]!)) parts.shift();
  if (parts.length === 0) return true;
  if (wholeWords(parts.length > 1 ? [parts.join(' '), parts[0]!] : [parts[0]!]).test(text)) return true;
  if (parts.length === 1) return false;
  const last = escapeRegExp(parts[parts.length - 1]!);
  return new RegExp(`(?<!${LETTER_OR_DIGIT})(?:mr|ms|mrs|mx|dr|prof)\\.?\\s+${last}(?!${LETTER_OR_DIGIT})`, 'iu').test(text);
}

/** Whether the draft mentions a detail: one of its long distinctive words (plural-tolerant) or the whole item. */
function mentionsDetail(draftText: string, item: string, names: Set<string>): boolean {
  const cleaned = item.replace(/[*_`~[\]()]/g, ' ').replace(/\s+/g, ' ').trim();
  if (cleaned && draftText.toLowerCase().includes(cleaned.toLowerCase())) return true;
  // People's names say who, not what: "Dear Samira" does not mention "Samira's team moved to dbt".
  const words = (cleaned.match(/\p{L}+/gu) ?? [])
    .map((w) => w.toLowerCase())
    .filter((w) => w.length >= 5 && !STOP_WORDS.has(w) && !names.has(w))
    .map((w) => (w.length > 5 && w.endsWith('s') ? w.slice(0, -1) : w));
  if (words.length === 0) return false;
  return new RegExp(`(?<!${LETTER_OR_DIGIT})(?:${words.map(escapeRegExp).join('|')})`, 'iu').test(draftText);
}

interface Span {
  line: number;
  start: number;
  end: number;
  words: string;
  rule: PhraseRule | undefined;
}

/** Matches of the patterns on one line; a match inside a longer one of the same table is dropped. */
function matchLine(line: number, text: string, patterns: { pattern: RegExp; rule?: PhraseRule }[]): Span[] {
  const spans: Span[] = [];
  for (const { pattern, rule } of patterns) {
    for (const m of text.matchAll(pattern)) {
      spans.push({ line, start: m.index, end: m.index + m[0].length, words: m[0], rule });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return spans.filter((s, i) => !spans.slice(0, i).some((k) => k.start <= s.start && k.end >= s.end));
}

function placeholderSlot(words: string): 'company' | 'role' | undefined {
  const inner = words.replace(/^\$\{\d+:|[^A-Za-z ]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  if (/^(?:the )?company(?: name)?$/.test(inner)) return 'company';
  if (/^(?:job )?(?:role|position|job title)$/.test(inner)) return 'role';
  return undefined;
}

function subjectFor(draft: DraftSection, note: Note | undefined): string {
  const label = note?.role ?? note?.company;
  if (draft.kind === 'thank-you') return label ? `Thank you — ${label} interview` : 'Thank you for the interview';
  return label ? `Following up — ${label} interview` : 'Following up on my interview';
}

/** Findings for every draft in the note. note is the parsed note (or undefined when the front-matter is broken: then name/too-early rules are skipped). */
export function lintNote(text: string, note: Note | undefined, options: LintOptions): Finding[] {
  const drafts = findDrafts(text);
  if (drafts.length === 0) return [];
  const lines = scanLines(text);
  const details = detailsFromBody(text);
  const nameWords = new Set((note?.interviewers ?? []).flatMap((p) => p.name.toLowerCase().match(/\p{L}+/gu) ?? []));
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const findings: Finding[] = [];

  const add = (rule: RuleId, line: number, column: number, endColumn: number, message: string, fix?: FindingFix) => {
    const finding: Finding = { rule, line, column, endLine: line, endColumn, severity: SEVERITY[rule], message };
    if (fix) finding.fix = fix;
    findings.push(finding);
  };
  /** The whole line (without trailing blanks) as a range. */
  const lineRange = (line: number): [number, number] => {
    const t = lines[line - 1]!.text;
    return [t.length - t.trimStart().length, t.trimEnd().length];
  };
  const atHeading = (draft: DraftSection, rule: RuleId, message: string, fix?: FindingFix) =>
    add(rule, draft.headingLine, ...lineRange(draft.headingLine), message, fix);

  const desperateTable = DESPERATE.map((rule) => ({ pattern: rule.pattern, rule }));
  const channelTable = CHANNEL.map((rule) => ({ pattern: rule.pattern, rule }));
  const placeholderTable = PLACEHOLDERS.map((pattern) => ({ pattern }));

  for (const draft of drafts) {
    const label = draft.kind === 'thank-you' ? 'Thank-you' : 'Follow-up';
    // The draft's own lines after the heading (subject included), outside code.
    const draftLines: { line: number; scanned: ScannedLine }[] = [];
    for (let n = draft.headingLine + 1; n <= draft.endLine; n++) draftLines.push({ line: n, scanned: lines[n - 1]! });
    const prose = draftLines.filter((l) => !l.scanned.code);
    const draftText = [draft.subject ?? '', draft.body].join('\n');

    for (const { line, scanned } of prose) {
      for (const span of matchLine(line, scanned.text, desperateTable)) {
        const fix = span.rule?.fix?.(span.words);
        add('desperate', line, span.start, span.end, `${span.rule!.message} ("${span.words}")`,
          fix && { line, column: span.start, endLine: line, endColumn: span.end, ...fix });
      }
      for (const span of matchLine(line, scanned.text, channelTable)) {
        add('channel', line, span.start, span.end, `${span.rule!.message} ("${span.words}")`);
      }
      for (const span of matchLine(line, scanned.text, placeholderTable)) {
        const slot = placeholderSlot(span.words);
        const value = slot === 'company' ? note?.company : slot === 'role' ? note?.role : undefined;
        add('placeholder', line, span.start, span.end, `Template placeholder "${span.words}" left in the draft`,
          value ? { line, column: span.start, endLine: line, endColumn: span.end, text: value, title: `Replace with "${value}"` } : undefined);
      }
    }

    const words = countWords(draft.body);
    const max = draft.kind === 'thank-you' ? options.thankYouMaxWords : options.followUpMaxWords;
    if (words > max) atHeading(draft, 'too-long', `${label} email of ${words} words is over the limit of ${max}: keep it short`);

    // Paragraphs: runs of non-blank lines; code blocks and sub-headings break them too.
    let paragraph: { first: number; words: number } | undefined;
    const closeParagraph = () => {
      if (paragraph && paragraph.words > options.paragraphMaxWords) {
        add('long-paragraph', paragraph.first, ...lineRange(paragraph.first),
          `Paragraph of ${paragraph.words} words is over ${options.paragraphMaxWords}: split it or cut it`);
      }
      paragraph = undefined;
    };
    for (const { line, scanned } of draftLines) {
      if (line < draft.bodyStartLine || scanned.code || scanned.level !== undefined || scanned.text.trim() === '') {
        closeParagraph();
        continue;
      }
      paragraph ??= { first: line, words: 0 };
      paragraph.words += countWords(scanned.text);
    }
    closeParagraph();

    if (note && draft.kind === 'thank-you') {
      for (const person of note.interviewers) {
        if (!addressesByName(draftText, person.name)) {
          atHeading(draft, 'missing-name', `Thank-you does not address ${person.name} by name`);
        }
      }
    }

    if (!EMAIL.test(draftText) && !hasPhone(draftText)) {
      atHeading(draft, 'missing-contact', `${label} email has no contact details: add your email address or phone number`);
    }

    if (details.length > 0 && !details.some((item) => mentionsDetail(draftText, item, nameWords))) {
      atHeading(draft, 'no-detail', `${label} email mentions none of the "Details to mention" (e.g. "${details[0]}")`);
    }

    if (note && draft.kind === 'follow-up') {
      const plan = planNote(note, options.settings).find((p) => p.kind === 'follow-up');
      if (plan && stateAt(plan, options.now.getTime()) === 'upcoming') {
        const when = formatLocalDateTime(new Date(plan.dueFrom)).replace('T', ' ');
        atHeading(draft, 'too-early', `Too early for the follow-up: it is due from ${when}`);
      }
    }

    if (draft.subjectLine === undefined) {
      const subject = `Subject: ${subjectFor(draft, note)}`;
      const next = draft.headingLine + 1;
      // Insert a line after the heading; a heading on the file's last line (no line break) gets one first.
      const fix: FindingFix = next <= lines.length
        ? { line: next, column: 0, endLine: next, endColumn: 0, text: subject + eol, title: 'Add a subject line' }
        : { line: draft.headingLine, column: lines[draft.headingLine - 1]!.text.length, endLine: draft.headingLine,
            endColumn: lines[draft.headingLine - 1]!.text.length, text: eol + subject, title: 'Add a subject line' };
      atHeading(draft, 'missing-subject', `${label} email has no "Subject:" line`, fix);
    }
  }

  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}
