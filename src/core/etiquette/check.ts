// The etiquette checker for email drafts written inside a note (see drafts.ts): short, specific,
// polite, in writing, addressed by name, with contact details, no template leftovers, spelled
// right, and saying what the advice asks of a thank-you. Pure: text in, findings out; every range
// points at the exact words in the whole file. Parts live in ./etiquette/.
import { formatLocalDateTime } from '../time/dates';
import { addressesByName, greetingName, joinNames } from '../model/names';
import { detailsFromBody } from '../drafts/details';
import { findDrafts, scanLines, type DraftSection, type ScannedLine } from '../drafts/sections';
import { planNote, stateAt } from '../actions/rules';
import { DEFAULT_RULE_SETTINGS, type Note, type Signature } from '../model/types';
import { PLACEHOLDER_PATTERNS, slotKind, type SlotKind } from './placeholders';
import { CHANNEL, DESPERATE, type PhraseRule } from './phrases';
import { draftStems, excludedStems, mentionsDetail } from './detailMatch';
import { focusOnSelf, missingThanksOrInterest, saysWhyGoodCandidate, unsharedDetail } from './hints';
import { withoutCodeSpans } from './codeSpans';
import { addressEveryone, appendToDraft, insertAfterGreeting, sentenceAround, type Edit } from './fixes';
import type { Finding, FindingFix, LintOptions, RuleId } from './findings';
import { draftProse, knownWords, languageFindings, type DraftProse, type LanguageRequest } from './draftLanguage';

export type { SpellingLists } from './spelling';
export type { EngineIssue, LanguageOptions, WordSet } from './draftLanguage';
export type { LanguageRequest } from './draftLanguage';
export type { Finding, FindingAction, FindingFix, LintOptions, RuleId } from './findings';
export { grammarText, languageFindings } from './draftLanguage';
export { noteWorldWords } from './worldWords';

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
  spelling: 'warning',
  grammar: 'warning',
  'repeated-word': 'warning',
  'indefinite-article': 'warning',
  'long-paragraph': 'info',
  'no-detail': 'info',
  'thank-and-interest': 'info',
  'good-candidate': 'info',
  'focus-on-offer': 'info',
  'adds-value': 'info',
};

// Lines longer than this are no email prose (a pasted blob): only counted, never pattern-matched,
// so that every check stays linear in the size of the note.
const MAX_LINE = 4000;

const EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/;
// A run of 7-15 digits with the usual separators; dates like 2026-11-26 are no phone numbers.
const PHONE_CANDIDATE = /\+?\(?\d[\d ().\-–]{5,30}\d/g;
const DATE_IN_NUMBER = /\d{4}-\d{1,2}-\d{1,2}/;

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

interface Span {
  start: number;
  end: number;
  words: string;
  rule: PhraseRule | undefined;
}

/** Matches of the patterns on one line; a match overlapping an earlier (or longer) one of the same table is dropped. */
function matchLine(text: string, patterns: { pattern: RegExp; rule?: PhraseRule }[]): Span[] {
  const spans: Span[] = [];
  for (const { pattern, rule } of patterns) {
    for (const m of text.matchAll(pattern)) spans.push({ start: m.index, end: m.index + m[0].length, words: m[0], rule });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const s of spans) if (!kept.some((k) => s.start < k.end && s.end > k.start)) kept.push(s);
  return kept;
}

function subjectFor(draft: DraftSection, note: Note | undefined): string {
  const label = note?.role ?? note?.company;
  if (draft.kind === 'thank-you') return label ? `Thank you — ${label} interview` : 'Thank you for the interview';
  return label ? `Following up — ${label} interview` : 'Following up on my interview';
}

/** What fills a slot, from the note and the signature. */
function slotValue(kind: SlotKind | undefined, note: Note | undefined, signature: Signature | undefined, details: string[]): string | undefined {
  switch (kind) {
    case 'company': return note?.company;
    case 'role': return note?.role;
    case 'interviewer': return note?.interviewers[0]?.name;
    case 'your-name': return signature?.name || undefined;
    case 'your-email': return signature?.email || undefined;
    case 'your-phone': return signature?.phone || undefined;
    case 'detail': return details[0];
    default: return undefined;
  }
}

/**
 * The "Details to mention" items, parsed from that section alone (its ATX heading to the next heading
 * of the same or a higher level): remark over a whole note with a pasted megabyte would take seconds.
 */
function detailsOf(lines: ScannedLine[]): string[] {
  const h = lines.findIndex((l) => l.heading !== undefined && /^details to mention/i.test(l.heading));
  if (h < 0) return [];
  let end = h + 1;
  while (end < lines.length && !(lines[end]!.level !== undefined && lines[end]!.level! <= lines[h]!.level!)) end++;
  const section = lines.slice(h, end).filter((l) => l.text.length <= MAX_LINE).map((l) => l.text);
  return detailsFromBody(section.join('\n'));
}

/** Whether the action this draft is for was already marked done: the draft is history. */
function alreadySent(draft: DraftSection, note: Note | undefined): boolean {
  if (!note) return false;
  return (draft.kind === 'thank-you' ? note.thankYou : note.followUp) !== undefined;
}

/** Findings for every draft in the note. note is the parsed note (or undefined when the front-matter is broken: then name/too-early rules are skipped). */
export function lintNote(text: string, note: Note | undefined, options: LintOptions): Finding[] {
  const { findings, language } = lintWithLanguageRequest(text, note, options);
  if (!language) return findings;
  return [...findings, ...languageFindings(language, options.spelling?.lists, { world: options.spelling?.world })].sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * Every finding but spelling and grammar, and what those checks need for the same drafts (undefined
 * when there is no prose): the extension sends that to its worker thread, the CLI checks it in-process.
 */
export function lintWithLanguageRequest(text: string, note: Note | undefined, options: LintOptions): { findings: Finding[]; language?: LanguageRequest } {
  const drafts = findDrafts(text).filter((d) => !alreadySent(d, note));
  if (drafts.length === 0) return { findings: [] };
  const proses: DraftProse[] = [];
  const lines = scanLines(text);
  const details = detailsOf(lines);
  const people = note?.interviewers ?? [];
  const excluded = excludedStems([...people.map((p) => p.name), note?.role ?? '', note?.company ?? '']);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const signature = options.signature;
  const findings: Finding[] = [];

  const add = (rule: RuleId, line: number, column: number, endColumn: number, message: string, extra: Partial<Finding> = {}) => {
    findings.push({ rule, line, column, endLine: line, endColumn, severity: SEVERITY[rule], message, ...extra });
  };
  /** The whole line (without trailing blanks) as a range. */
  const lineRange = (line: number): [number, number] => {
    const t = lines[line - 1]!.text;
    return [t.length - t.trimStart().length, t.trimEnd().length];
  };
  const atHeading = (draft: DraftSection, rule: RuleId, message: string, extra: Partial<Finding> = {}) =>
    add(rule, draft.headingLine, ...lineRange(draft.headingLine), message, extra);
  const fix = (edit: Edit, title: string): FindingFix => ({ ...edit, title });

  const desperateTable = DESPERATE.map((rule) => ({ pattern: rule.pattern, rule }));
  const channelTable = CHANNEL.map((rule) => ({ pattern: rule.pattern, rule }));
  const placeholderTable = PLACEHOLDER_PATTERNS.map((pattern) => ({ pattern }));
  const calm = `I remain very interested in the ${note?.role ? `${note.role} role` : 'role'}${note?.company ? ` at ${note.company}` : ''} and would welcome any update you can share.`;

  for (const draft of drafts) {
    const label = draft.kind === 'thank-you' ? 'Thank-you' : 'Follow-up';
    // The draft's own lines after the heading (subject included), outside code.
    const draftLines: { line: number; scanned: ScannedLine }[] = [];
    for (let n = draft.headingLine + 1; n <= draft.endLine; n++) draftLines.push({ line: n, scanned: lines[n - 1]! });
    const prose = draftLines.filter((l) => !l.scanned.code && l.scanned.text.length <= MAX_LINE);
    const clip = (s: string) => s.split('\n').map((l) => l.slice(0, MAX_LINE)).join('\n');
    const draftText = clip([draft.subject ?? '', draft.body].join('\n'));
    const placeholderRanges: { line: number; start: number; end: number }[] = [];

    for (const { line, scanned } of prose) {
      const t = withoutCodeSpans(scanned.text);
      for (const span of matchLine(t, desperateTable)) {
        const own = span.rule?.fix?.(span.words);
        const sentence = sentenceAround(t, span.start, span.end);
        const rewrite = fix({ line, column: sentence.start, endLine: line, endColumn: sentence.end, text: `${calm} ` }, 'Rewrite the sentence calmly');
        const remove = fix({ line, column: sentence.start, endLine: line, endColumn: sentence.end, text: '' }, 'Remove the sentence');
        const first = own ? fix({ line, column: span.start, endLine: line, endColumn: span.end, text: own.text }, own.title) : rewrite;
        add('desperate', line, span.start, span.end, `${span.rule!.message} ("${span.words}")`,
          { fix: first, alternatives: own ? [rewrite, remove] : [remove] });
      }
      for (const span of matchLine(t, channelTable)) {
        const sentence = sentenceAround(t, span.start, span.end);
        add('channel', line, span.start, span.end, `${span.rule!.message} ("${span.words}")`, {
          fix: fix({ line, column: sentence.start, endLine: line, endColumn: sentence.end, text: '' }, 'Remove the sentence'),
          alternatives: [fix({ line, column: sentence.start, endLine: line, endColumn: sentence.end, text: 'I am happy to answer any questions by email. ' }, 'Offer to answer by email instead')],
        });
      }
      if (!/^[\s_*-]*$/.test(t)) {
        for (const span of matchLine(t, placeholderTable)) {
          placeholderRanges.push({ line, start: span.start, end: span.end });
          const value = slotValue(slotKind(span.words), note, signature, details);
          add('placeholder', line, span.start, span.end, `Template placeholder "${span.words}" left in the draft`,
            value ? { fix: fix({ line, column: span.start, endLine: line, endColumn: span.end, text: value }, `Replace with "${value}"`) }
              : { actions: [{ kind: 'select', title: `Select "${span.words}" to fill it in` }] });
        }
      }
      for (const span of focusOnSelf(t)) {
        add('focus-on-offer', line, span.start, span.end,
          `Focus on what you offer them, not on what the job does for you ("${span.words}")`);
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
      const missing = people.filter((p) => !addressesByName(draftText, p.name));
      for (const person of missing) {
        // Greeted as the draft templates greet them: "Jane", "Dr. Doe", "Ms. Fields".
        const names = people.map((p) => greetingName(p.name));
        atHeading(draft, 'missing-name', `Thank-you does not address ${person.name} by name`,
          { fix: fix(addressEveryone(draft, lines, names, eol), `Address ${joinNames(names)} in the greeting`) });
      }
    }

    if (!EMAIL.test(draftText) && !hasPhone(draftText)) {
      const contact = [signature?.email, signature?.phone].filter((s): s is string => !!s).join(' · ');
      atHeading(draft, 'missing-contact', `${label} email has no contact details: add your email address or phone number`, contact
        ? { fix: fix(appendToDraft(draft, lines, contact, eol), `Add "${contact}" from your signature settings`) }
        : { actions: [{ kind: 'open-setting', setting: 'interviewFollowUp.signature.email', title: 'Set your email address for signatures' }] });
    }

    const stems = draftStems(draftText);
    if (details.length > 0 && !details.some((item) => mentionsDetail(stems, item, excluded))) {
      const [first, ...others] = details.slice(0, 3).map((d) => fix(insertAfterGreeting(draft, lines, `I enjoyed our conversation about ${trimEndPunctuation(d)}.`, eol), `Mention "${d}"`));
      atHeading(draft, 'no-detail', `${label} email mentions none of the "Details to mention" (e.g. "${details[0]}")`,
        first ? { fix: first, alternatives: others } : {});
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
      const edit: Edit = next <= lines.length
        ? { line: next, column: 0, endLine: next, endColumn: 0, text: subject + eol }
        : { line: draft.headingLine, column: lines[draft.headingLine - 1]!.text.length, endLine: draft.headingLine,
            endColumn: lines[draft.headingLine - 1]!.text.length, text: eol + subject };
      atHeading(draft, 'missing-subject', `${label} email has no "Subject:" line`, { fix: fix(edit, 'Add a subject line') });
    }

    // The advice on content, as information: only for text that is more than a stub.
    if (draft.kind === 'thank-you' && words >= 15) {
      const missing = missingThanksOrInterest(draftText);
      if (missing) {
        const what = missing === 'both' ? 'thank them for their time and say you are interested in the role'
          : missing === 'thanks' ? 'thank them for their time' : 'say how interested you are in the role';
        atHeading(draft, 'thank-and-interest', `A thank-you should ${what}`);
      }
      if (!saysWhyGoodCandidate(draftText)) {
        atHeading(draft, 'good-candidate', 'Say briefly why you are a good candidate: a skill or experience that fits what they need');
      }
    }
    const shareable = unsharedDetail(draftText, details);
    if (shareable) {
      atHeading(draft, 'adds-value', `Add value: share something related to what you discussed ("${shareable}"), or offer to help while they decide`);
    }

    const language = draftProse(draft, lines, placeholderRanges, MAX_LINE);
    if (language) proses.push(language);
  }

  findings.sort((a, b) => a.line - b.line || a.column - b.column);
  return { findings, language: proses.length ? { drafts: proses, known: [...knownWords(note, details, options)] } : undefined };
}

/** text without the . ! ? at its end (scanned: a regexp anchored at the end is quadratic on long runs). */
function trimEndPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && '.!?'.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}
