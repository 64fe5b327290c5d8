// The etiquette checker, table-driven: for every rule a hit (rule, line, exact words) and a near
// miss that must not hit; clean drafts give no finding. Times are local wall times, so every
// expectation holds in every TZ the suite runs under.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseLocalDateTime } from '../../src/core/time/dates';
import { findDrafts } from '../../src/core/drafts/sections';
import { DEFAULT_LINT_OPTIONS, lintNote, type Finding, type LintOptions } from '../../src/core/etiquette/check';
import { parseNote } from '../../src/core/note/parse';
import type { Note } from '../../src/core/model/types';

const FM = ['company: Acme Corp', 'role: Backend Engineer', 'interview: 2026-11-26 09:00', 'interviewers:', '  - name: Jane Doe', '    email: jane@acme.test', '  - Raj Patel'];
const DETAIL = 'the migration to event sourcing';

// Line indexes below are relative to the draft heading (index 0).
const THANK_YOU = [
  '## Thank-you email',
  'Subject: Thank you — Backend Engineer interview',
  '',
  'Dear Jane and Raj,',
  '',
  'Thank you for your time today. I enjoyed hearing about the migration to event sourcing and how the team plans the cut-over, and I am excited about the role: my experience with event replay fits it well.',
  '',
  'I wrote up a short note on replaying events safely; happy to share it if useful.',
  '',
  'Best regards,',
  'Alex Kim',
  'alex@example.com · +1 555 0100',
];

const FOLLOW_UP = [
  '## Follow-up email',
  'Subject: Following up — Backend Engineer interview',
  '',
  'Dear Jane,',
  '',
  'I hope your week is going well. I am still very interested in the Backend Engineer role and in helping with the migration to event sourcing.',
  '',
  'Is there any update on the timeline for a decision? I am happy to send anything else that would help.',
  '',
  'Best regards,',
  'Alex Kim',
  'alex@example.com',
];

const TY_NOW = '2026-11-26T12:00';
const FU_NOW = '2026-12-11T10:00';

function local(text: string): Date {
  const d = parseLocalDateTime(text);
  if (!d) throw new Error(`bad test time ${text}`);
  return d;
}

function noteText(fm: string[], draft: string[], details: string[] = [DETAIL], eol = '\n'): string {
  const detailLines = details.length ? ['## Details to mention', ...details.map((d) => `- ${d}`), ''] : [];
  return ['---', ...fm, '---', '# Acme Corp — Backend Engineer', '', ...detailLines, ...draft, ''].join(eol);
}

function noteOf(text: string): Note {
  const r = parseNote(text, 'note.md');
  if (r.kind !== 'note') throw new Error(`expected a note, got ${r.kind}`);
  return r.note;
}

function options(now: string, more: Partial<LintOptions> = {}): LintOptions {
  return { ...DEFAULT_LINT_OPTIONS, now: local(now), ...more };
}

/** "rule +N "words"": the line relative to the first draft heading and the exact text of the range. */
function summarize(text: string, findings: Finding[]): string[] {
  const lines = text.split(/\r?\n/);
  const base = findDrafts(text)[0]?.headingLine ?? 0;
  return findings.map((f) => {
    assert.equal(f.endLine, f.line, 'single-line ranges');
    return `${f.rule} +${f.line - base} "${lines[f.line - 1]!.slice(f.column, f.endColumn)}"`;
  });
}

/** A paragraph of exactly n words, one sentence. */
function filler(n: number): string {
  const words = 'we discussed queues retries and the rollout plan for the new billing service'.split(' ');
  const text = Array.from({ length: n }, (_, i) => words[i % words.length]).join(' ') + '.';
  return text[0]!.toUpperCase() + text.slice(1);
}

interface Case {
  name: string;
  kind?: 'thank-you' | 'follow-up';
  /** Replacements of draft lines by index; null removes the line. */
  set?: Record<number, string | null>;
  /** Lines added after the draft's last line. */
  append?: string[];
  fm?: string[];
  details?: string[];
  now?: string;
  more?: Partial<LintOptions>;
  expect: string[];
}

function build(c: Omit<Case, 'name' | 'expect'>): { text: string; note: Note; opts: LintOptions } {
  const followUp = c.kind === 'follow-up';
  const base = followUp ? FOLLOW_UP : THANK_YOU;
  const draft = base.map((l, i) => (c.set && i in c.set ? c.set[i] : l)).filter((l): l is string => l !== null);
  const fm = c.fm ?? (followUp ? [...FM, 'thankYou: 2026-11-26'] : FM);
  const text = noteText(fm, [...draft, ...(c.append ?? [])], c.details);
  return { text, note: noteOf(text), opts: options(c.now ?? (followUp ? FU_NOW : TY_NOW), c.more) };
}

const H = '"## Thank-you email"';
const FH = '"## Follow-up email"';

const cases: Case[] = [
  // Clean drafts.
  { name: 'clean thank-you', expect: [] },
  { name: 'clean follow-up', kind: 'follow-up', expect: [] },

  // desperate
  { name: 'desperate: "I really need this job"', set: { 7: 'I really need this job and would love to help.' }, expect: ['desperate +7 "I really need this job"'] },
  { name: 'desperate: "I need this." on its own', set: { 7: 'Honestly, I need this.' }, expect: ['desperate +7 "I need this"'] },
  { name: 'desperate: "please hire me"', set: { 7: 'So please hire me, you will not regret it.' }, expect: ['desperate +7 "please hire me"'] },
  { name: 'desperate: "I\'m desperate" / "I am so desperate"', set: { 7: "I'm desperate. I am so desperate." }, expect: ['desperate +7 "I\'m desperate"', 'desperate +7 "I am so desperate"'] },
  { name: 'desperate: "I\'ll do anything" with a typographic apostrophe', set: { 7: 'I’ll do anything to join.' }, expect: ['desperate +7 "I’ll do anything"'] },
  { name: 'desperate: "I will do anything"', set: { 7: 'I will do anything to join.' }, expect: ['desperate +7 "I will do anything"'] },
  { name: 'desperate: "begging"', set: { 7: 'I am begging you to reconsider.' }, expect: ['desperate +7 "begging"'] },
  { name: 'desperate: "Any update???"', kind: 'follow-up', set: { 7: 'Any update??? I am happy to help.' }, expect: ['desperate +7 "Any update???"'] },
  { name: 'desperate: "any news?!"', kind: 'follow-up', set: { 7: 'Is there any news?!' }, expect: ['desperate +7 "any news?!"'] },
  { name: 'desperate: "please, please"', kind: 'follow-up', set: { 7: 'Please, please let me know.' }, expect: ['desperate +7 "Please, please"'] },
  { name: 'desperate: "just checking in again"', kind: 'follow-up', set: { 7: 'Just checking in again about the role.' }, expect: ['desperate +7 "Just checking in again"'] },
  { name: 'desperate near miss: one question mark, one please, "I need this information", "a desperate need"', kind: 'follow-up', set: { 7: 'Any update? Please let me know if I need this information on file; the team has a desperate need for tests.' }, expect: [] },
  { name: 'desperate near miss: checking in once', kind: 'follow-up', set: { 7: 'I am checking in on the timeline for a decision.' }, expect: [] },
  { name: 'desperate near miss: "desperately", "do anything else"', kind: 'follow-up', set: { 7: 'The service desperately needed caching. Can I do anything else to help?' }, expect: [] },
  // Begging for a favourable answer, guilt, urgency and pleading beyond fixed phrases.
  { name: 'desperate: asking them for good news', kind: 'follow-up', set: { 7: 'Could you send me some positive news this week? I hope you can send me some positive news.' }, expect: ['desperate +7 "send me some positive news"', 'desperate +7 "hope you can send me some positive news"'] },
  { name: 'desperate: hoping, at a distance, for a favourable decision', kind: 'follow-up', set: { 7: 'I am counting on you for a favourable decision.' }, expect: ['desperate +7 "counting on you for a favourable decision"'] },
  { name: 'desperate: refreshing the inbox, losing sleep', kind: 'follow-up', set: { 7: 'I keep refreshing my inbox and I am losing sleep over it.' }, expect: ['desperate +7 "refreshing my inbox"', 'desperate +7 "losing sleep"'] },
  { name: 'desperate: an answer right away', kind: 'follow-up', set: { 7: 'Please let me know right away.' }, expect: ['desperate +7 "let me know right away"'] },
  { name: 'desperate: what the job means to the writer', set: { 7: 'This role would mean the world to me.' }, expect: ['desperate +7 "would mean the world to me"'] },
  { name: 'desperate near miss: hearing back soon, good news about their launch, starting immediately', kind: 'follow-up', set: { 7: 'I look forward to hearing from you soon. Congratulations on the good news about the launch; I could start immediately.' }, expect: [] },

  // channel
  { name: 'channel: "give you a call"', kind: 'follow-up', set: { 7: 'I would love to give you a call next week.' }, expect: ['channel +7 "give you a call"'] },
  { name: 'channel: "call you"', kind: 'follow-up', set: { 7: 'Can I call you on Friday?' }, expect: ['channel +7 "call you"'] },
  { name: 'channel: "I\'ll call"', kind: 'follow-up', set: { 7: "I'll call on Monday." }, expect: ['channel +7 "I\'ll call"'] },
  { name: 'channel: "I could phone you"', kind: 'follow-up', set: { 7: 'I could phone you tomorrow.' }, expect: ['channel +7 "I could phone you"'] },
  { name: 'channel: "stop by", "drop by"', kind: 'follow-up', set: { 7: 'I could stop by, or drop by on Friday.' }, expect: ['channel +7 "stop by"', 'channel +7 "drop by"'] },
  { name: 'channel: "I could drop in"', kind: 'follow-up', set: { 7: 'I could drop in on Friday.' }, expect: ['channel +7 "I could drop in"'] },
  { name: 'channel: "happy to come by"', kind: 'follow-up', set: { 7: 'I am happy to come by the office.' }, expect: ['channel +7 "happy to come by"'] },
  { name: 'channel: "visit your office"', kind: 'follow-up', set: { 7: 'I would like to visit your office.' }, expect: ['channel +7 "visit your office"'] },
  { name: 'channel: "connect on LinkedIn"', set: { 7: "Let's connect on LinkedIn." }, expect: ['channel +7 "connect on LinkedIn"'] },
  { name: 'channel: "add you on LinkedIn"', set: { 7: 'I will add you on LinkedIn.' }, expect: ['channel +7 "add you on LinkedIn"'] },
  { name: 'channel: "LinkedIn request"', set: { 7: 'I sent you a LinkedIn request.' }, expect: ['channel +7 "LinkedIn request"'] },
  { name: 'channel near miss: "our call on Tuesday", "the phone screen"', set: { 7: 'I enjoyed our call on Tuesday and the phone screen before it.' }, expect: [] },
  { name: 'channel near miss: "LinkedIn post you shared", "a call-out"', set: { 7: 'The LinkedIn post you shared has a call-out on idempotency.' }, expect: [] },
  { name: 'channel near miss: "a drop in latency", "hard to come by", "I\'ll call out"', set: { 7: 'We saw a drop in latency; such teams are hard to come by. I’ll call out the risks in my note.' }, expect: [] },

  // too-long
  { name: 'too-long: a follow-up over 150 words', kind: 'follow-up', append: ['', filler(70), '', filler(40)], expect: [`too-long +0 ${FH}`] },
  { name: 'too-long near miss: a thank-you of the same length is under 200', append: ['', filler(70), '', filler(40)], expect: [] },
  { name: 'too-long: limit one under the body\'s 50 words', more: { thankYouMaxWords: 64 }, expect: [`too-long +0 ${H}`] },
  { name: 'too-long near miss: a body of exactly the limit', more: { thankYouMaxWords: 65 }, expect: [] },

  // long-paragraph
  { name: 'long-paragraph: 81 words over two lines, reported on the first', set: { 7: `${filler(41)}\n${filler(40)}` }, expect: ['long-paragraph +7 "' + filler(41) + '"'] },
  { name: 'long-paragraph near miss: exactly 80 words', set: { 7: filler(80) }, expect: [] },
  { name: 'long-paragraph near miss: 120 words in two paragraphs', set: { 7: `${filler(60)}\n\n${filler(60)}` }, expect: [] },

  // missing-name
  { name: 'missing-name: Raj is not addressed', set: { 3: 'Dear Jane,' }, expect: [`missing-name +0 ${H}`] },
  { name: 'missing-name: "Janet" is not "Jane"', set: { 3: 'Dear Janet and Raj,' }, expect: [`missing-name +0 ${H}`] },
  { name: 'missing-name: one finding per missing person', set: { 3: 'Dear team,' }, expect: [`missing-name +0 ${H}`, `missing-name +0 ${H}`] },
  { name: 'missing-name near miss: honorific and last name, full name, other case', set: { 3: 'Dear Ms. Doe and raj patel,' }, expect: [] },
  { name: 'missing-name near miss: a follow-up need not name everyone', kind: 'follow-up', set: { 3: 'Dear Jane,' }, expect: [] },

  // missing-contact
  { name: 'missing-contact: no email, no phone', set: { 11: 'Backend engineer since 2019-03-01' }, expect: [`missing-contact +0 ${H}`] },
  { name: 'missing-contact near miss: a phone number only', set: { 11: '(555) 010-0199' }, expect: [] },
  { name: 'missing-contact near miss: an email address only', set: { 11: 'alex@example.com' }, expect: [] },

  // placeholder
  { name: 'placeholder: "(company name)" and "(your name)"', set: { 7: 'I would love to join (company name).', 10: '(your name)' }, expect: ['placeholder +7 "(company name)"', 'placeholder +10 "(your name)"'] },
  { name: 'placeholder: "[Company]", "[Your Name]", "{{first_name}}"', set: { 7: 'Joining [Company] as [Your Name] with {{first_name}}.' }, expect: ['placeholder +7 "[Company]"', 'placeholder +7 "[Your Name]"', 'placeholder +7 "{{first_name}}"'] },
  { name: 'placeholder: "<name>", TODO, TBD, XXX', set: { 7: 'Hi <name>, TODO add TBD and XXX.' }, expect: ['placeholder +7 "<name>"', 'placeholder +7 "TODO"', 'placeholder +7 "TBD"', 'placeholder +7 "XXX"'] },
  { name: 'placeholder: snippet leftovers in the subject', set: { 1: 'Subject: Thank you — ${1:role} interview at ${2}' }, expect: ['placeholder +1 "${1:role}"', 'placeholder +1 "${2}"'] },
  { name: 'placeholder near miss: links, HTML, autolinks, prose in parentheses, lower-case todo', set: { 7: 'See [the slides](https://acme.test/s) and [Slides](https://acme.test/s)<br>; mail <alex@example.com> (see below), todo: TODOs, XXXL, $1 million.' }, expect: [] },
  { name: 'placeholder near miss: a checkbox and a fenced code block', set: { 7: '- [X] done\n```\nTODO [Company]\n```' }, expect: [] },

  // no-detail
  { name: 'no-detail: none of the details is mentioned', set: { 5: 'Thank you for your time today and for the tour. I am excited about the role; my experience with Kafka fits it.', 7: 'I wrote up a short note; happy to share it.' }, expect: [`no-detail +0 ${H}`] },
  { name: 'no-detail near miss: one distinctive word of the item (plural-tolerant)', set: { 5: 'Thank you for your time today and for the tour. I am excited about the role; my experience with Kafka fits it.', 7: 'I wrote up a note on sourcing; happy to share it.' }, expect: [] },
  { name: 'no-detail near miss: short item mentioned as a whole', details: ['Go vs Rust'], set: { 5: 'Thank you for your time today; I enjoyed the Go vs Rust debate. I am excited about the role; my experience with Kafka fits it.' }, expect: [] },
  { name: 'no-detail near miss: the note has no details list', details: [], set: { 5: 'Thank you for your time today. I am excited about the role; my experience with Kafka fits it.', 7: 'Happy to share more.' }, expect: [] },

  // too-early
  { name: 'too-early: a follow-up before its due time', kind: 'follow-up', now: '2026-12-10T08:59', expect: [`too-early +0 ${FH}`] },
  { name: 'too-early near miss: at the due time', kind: 'follow-up', now: '2026-12-10T09:00', expect: [] },
  // The same follow-up date as the row: "by Friday" (Thu interview) is followed up on Monday, not that Friday.
  { name: 'too-early: "by Friday" on the Friday itself', kind: 'follow-up', fm: [...FM, 'timeline: they will let me know by Friday'], now: '2026-11-27T10:00', expect: [`too-early +0 ${FH}`] },
  { name: 'too-early near miss: "by Friday", the Monday after', kind: 'follow-up', fm: [...FM, 'timeline: they will let me know by Friday'], now: '2026-11-30T09:00', expect: [] },
  { name: 'too-early near miss: followUp already done', kind: 'follow-up', fm: [...FM, 'thankYou: 2026-11-26', 'followUp: 2026-12-10'], now: '2026-12-01T09:00', expect: [] },
  { name: 'too-early near miss: the interview is closed', kind: 'follow-up', fm: [...FM, 'status: rejected'], now: '2026-12-01T09:00', expect: [] },
  { name: 'too-early near miss: a thank-you draft at the same time', now: '2026-12-01T09:00', expect: [] },
  { name: 'too-early: settings move the due date', kind: 'follow-up', now: '2026-12-03T08:00', more: { settings: { thankYouHours: 24, followUpDefaultDays: 7 } }, expect: [`too-early +0 ${FH}`] },

  // missing-subject
  { name: 'missing-subject: thank-you', set: { 1: null, 2: null }, expect: [`missing-subject +0 ${H}`] },
  { name: 'missing-subject near miss: bold subject after a blank line', set: { 1: '', 2: '**Subject:** Thank you — Backend Engineer interview' }, expect: [] },
];

for (const c of cases) {
  test(`etiquette: ${c.name}`, () => {
    const { text, note, opts } = build(c);
    assert.deepEqual(summarize(text, lintNote(text, note, opts)), c.expect);
  });
}

test('etiquette: exact ranges in the whole file (lines 1-based, columns 0-based, end exclusive)', () => {
  const text = ['---', ...FM, '---', '## Follow-up email', 'Subject: Hi', 'Hi Jane, any update??? alex@example.com'].join('\n');
  const findings = lintNote(text, noteOf(text), options(FU_NOW));
  const pick = (f: Finding) => [f.rule, f.line, f.column, f.endLine, f.endColumn, f.severity];
  assert.deepEqual(findings.map(pick), [['desperate', 12, 9, 12, 22, 'warning']]);
  assert.deepEqual(findings[0]!.fix, { line: 12, column: 9, endLine: 12, endColumn: 22, text: 'any update?', title: 'Use a single question mark' });
});

test('etiquette: severities', () => {
  const text = noteText(FM, [
    '## Follow-up email', '', 'Hi Jane, any update??? I will call you. (company name)',
    ...Array.from({ length: 4 }, () => ['', filler(81)]).flat(),
  ]);
  const severity = Object.fromEntries(lintNote(text, noteOf(text), options('2026-12-01T09:00')).map((f) => [f.rule, f.severity]));
  assert.deepEqual(severity, {
    'missing-subject': 'error', placeholder: 'error', desperate: 'warning', channel: 'warning', 'too-long': 'warning',
    'too-early': 'warning', 'missing-contact': 'warning', 'long-paragraph': 'info', 'no-detail': 'info',
  });
  const ty = build({ set: { 3: 'Dear Jane,' } });
  assert.equal(lintNote(ty.text, ty.note, ty.opts)[0]!.severity, 'warning');
});

test('etiquette: messages give counts, limits and the due time', () => {
  const long = build({ more: { thankYouMaxWords: 64 } });
  assert.match(lintNote(long.text, long.note, long.opts)[0]!.message, /65 words.*64/);
  const para = build({ set: { 7: filler(81) } });
  assert.match(lintNote(para.text, para.note, para.opts)[0]!.message, /81 words.*80/);
  const early = build({ kind: 'follow-up', now: '2026-12-01T09:00' });
  assert.match(lintNote(early.text, early.note, early.opts)[0]!.message, /due from 2026-12-10 09:00/);
  const name = build({ set: { 3: 'Dear Jane,' } });
  assert.match(lintNote(name.text, name.note, name.opts)[0]!.message, /Raj Patel/);
});

test('etiquette: fixes', () => {
  const please = build({ kind: 'follow-up', set: { 7: 'Please, please let me know.' } });
  assert.deepEqual(lintNote(please.text, please.note, please.opts)[0]!.fix?.text, 'Please');
  const company = build({ set: { 7: 'I would love to join (company name) as a (role).' } });
  assert.deepEqual(lintNote(company.text, company.note, company.opts).map((f) => f.fix?.text), ['Acme Corp', 'Backend Engineer']);
  const todo = build({ set: { 7: 'TODO' } });
  assert.equal(lintNote(todo.text, todo.note, todo.opts)[0]!.fix, undefined);
  const begging = build({ set: { 7: 'I am begging you. Best regards,' } });
  const fixes = lintNote(begging.text, begging.note, begging.opts)[0]!;
  assert.equal(fixes.fix?.title, 'Rewrite the sentence calmly');
  assert.equal(fixes.fix?.text, 'I remain very interested in the Backend Engineer role at Acme Corp and would welcome any update you can share. ');
  assert.deepEqual([fixes.alternatives?.[0]?.title, fixes.alternatives?.[0]?.text, fixes.alternatives?.[0]?.column, fixes.alternatives?.[0]?.endColumn],
    ['Remove the sentence', '', 0, 'I am begging you. '.length]);
});

test('etiquette: missing-subject fix inserts a subject line after the heading', () => {
  const ty = build({ set: { 1: null, 2: null } });
  const heading = findDrafts(ty.text)[0]!.headingLine;
  assert.deepEqual(lintNote(ty.text, ty.note, ty.opts)[0]!.fix, {
    line: heading + 1, column: 0, endLine: heading + 1, endColumn: 0,
    text: 'Subject: Thank you — Backend Engineer interview\n', title: 'Add a subject line',
  });
  const fu = build({ kind: 'follow-up', set: { 1: null, 2: null } });
  assert.equal(lintNote(fu.text, fu.note, fu.opts)[0]!.fix?.text, 'Subject: Following up — Backend Engineer interview\n');
  const noRole = build({ fm: FM.filter((l) => !l.startsWith('role')), set: { 1: null } });
  assert.equal(lintNote(noRole.text, noRole.note, noRole.opts)[0]!.fix?.text, 'Subject: Thank you — Acme Corp interview\n');
  const atEof = '## Follow-up email';
  assert.deepEqual(lintNote(atEof, undefined, options(FU_NOW)).find((f) => f.rule === 'missing-subject')!.fix, {
    line: 1, column: 18, endLine: 1, endColumn: 18, text: '\nSubject: Following up on my interview', title: 'Add a subject line',
  });
});

test('etiquette: CRLF text gives the same findings and columns', () => {
  const draft = THANK_YOU.map((l, i) => (i === 7 ? 'Please hire me (your name)' : l));
  const lf = noteText(FM, draft);
  const crlf = noteText(FM, draft, [DETAIL], '\r\n');
  const clean = (text: string) => lintNote(text, noteOf(text), options(TY_NOW));
  assert.deepEqual(clean(crlf), clean(lf));
  assert.deepEqual(summarize(crlf, clean(crlf)), ['desperate +7 "Please hire me"', 'placeholder +7 "(your name)"']);
  assert.deepEqual(clean(noteText(FM, THANK_YOU, [DETAIL], '\r\n')), []);
  const noSubject = noteText(FM, THANK_YOU.filter((_, i) => i !== 1), [DETAIL], '\r\n');
  assert.equal(clean(noSubject)[0]!.fix?.text, 'Subject: Thank you — Backend Engineer interview\r\n');
});

test('etiquette: without a parsed note, name and too-early rules are skipped', () => {
  const text = noteText(FM, THANK_YOU.map((l, i) => (i === 3 ? 'Dear team,' : l)));
  assert.deepEqual(lintNote(text, undefined, options(TY_NOW)), []);
  const fu = noteText(FM, FOLLOW_UP);
  assert.deepEqual(lintNote(fu, undefined, options('2026-12-01T09:00')), []);
});

test('etiquette: text outside drafts and in headings is not checked', () => {
  const text = noteText(FM, ['## Notes', 'They said: please hire me TODO, I will call you.', '', ...THANK_YOU.map((l, i) => (i === 0 ? '## Thank-you email to [Name] TODO' : l))]);
  assert.deepEqual(lintNote(text, noteOf(text), options(TY_NOW)), []);
  assert.deepEqual(lintNote(noteText(FM, ['## Notes', 'TODO']), undefined, options(TY_NOW)), []);
});

test('etiquette: every draft of a note is checked', () => {
  const text = noteText([...FM, 'thankYou: 2026-11-26'], [...THANK_YOU, '', ...FOLLOW_UP.map((l, i) => (i === 7 ? 'Any update??' : l))]);
  const lines = text.split('\n');
  const findings = lintNote(text, noteOf(text), options(FU_NOW));
  assert.deepEqual(findings.map((f) => `${f.rule} ${lines[f.line - 1]!.slice(f.column, f.endColumn)}`), ['desperate Any update??']);
  assert.equal(findings[0]!.line, findDrafts(text)[1]!.headingLine + 7);
});

test('etiquette: an interviewer\'s name alone does not count as mentioning a detail', () => {
  const text = [
    '---', 'company: Acme', 'role: Dev', 'interview: 2026-11-20 10:00', 'interviewers: [{name: Samira Haddad, email: s@acme.test}]', '---',
    '## Details to mention', '', "- Samira's team moved to dbt in the spring", '',
    '## Thank-you email', 'Subject: Thank you — Dev interview', '', 'Dear Samira,', '',
    'Thank you for your time today; I enjoyed our conversation about the analytics roadmap. I am keen to join, and my experience with data pipelines fits the role.', '',
    'Best regards,', 'Alex Kim', 'alex@example.com', '',
  ].join('\n');
  const parsed = parseNote(text, 'n.md');
  assert.equal(parsed.kind, 'note');
  const findings = lintNote(text, parsed.kind === 'note' ? parsed.note : undefined, { ...DEFAULT_LINT_OPTIONS, now: new Date(2026, 10, 20, 12) });
  assert.deepEqual(findings.map((f) => f.rule), ['no-detail']);
});

test('etiquette: every bracketed slot the snippets leave in a draft is reported as a placeholder', () => {
  const snippets = JSON.parse(readFileSync('snippets/markdown.json', 'utf8')) as Record<string, { body: string[] }>;
  for (const name of ['Thank-you email', 'Follow-up email']) {
    // The snippet as inserted without typing: each ${n:default} becomes its default.
    const draft = snippets[name]!.body.join('\n').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$(?:\d+|\{\d+\})/g, '');
    const text = ['---', 'company: Acme', 'role: Dev', 'interview: 2026-11-20 10:00', '---', draft, ''].join('\n');
    const slots = [...draft.matchAll(/\[[^\]\n]+\]/g)].map((m) => m[0]);
    const parsed = parseNote(text, 'n.md');
    const found = lintNote(text, parsed.kind === 'note' ? parsed.note : undefined, { ...DEFAULT_LINT_OPTIONS, now: new Date(2026, 10, 20, 12) })
      .filter((f) => f.rule === 'placeholder')
      .map((f) => text.split('\n')[f.line - 1]!.slice(f.column, f.endColumn));
    assert.ok(slots.length >= 4, name);
    assert.deepEqual([...new Set(found)].sort(), [...new Set(slots)].sort(), name);
  }
});
