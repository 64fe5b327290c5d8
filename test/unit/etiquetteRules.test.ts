// The rules fixed after the corpus: placeholder shapes, desperate beyond a phrase table,
// no-detail by stems, the content hints, quick fixes, and quiet drafts (already sent).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_LINT_OPTIONS, lintNote, type Finding, type LintOptions } from '../../src/core/etiquette/check';
import { parseNote } from '../../src/core/note/parse';

const FM = ['company: Acme Corp', 'role: Data Analyst', 'interview: 2026-11-20 10:00', 'interviewers:', '  - name: Jane Doe', '  - Raj Patel'];
const GOOD = [
  'Subject: Thank you — Data Analyst interview', '',
  'Dear Jane and Raj,', '',
  'Thank you for your time today. I enjoyed hearing about the churn dashboard, and I am excited about the role: my experience with cohort analysis fits it well.', '',
  'Best regards,', 'Alex Kim', 'alex@example.com',
];

function build(draft: string[], opts: { fm?: string[]; details?: string[]; kind?: 'thank-you' | 'follow-up' } = {}) {
  const details = opts.details ?? ['the churn dashboard they are rebuilding'];
  const text = ['---', ...(opts.fm ?? FM), '---', '', ...(details.length ? ['## Details to mention', '', ...details.map((d) => `- ${d}`), ''] : []),
    opts.kind === 'follow-up' ? '## Follow-up email' : '## Thank-you email', ...draft, ''].join('\n');
  const parsed = parseNote(text, 'n.md');
  if (parsed.kind !== 'note') throw new Error('not a note');
  const lint = (more: Partial<LintOptions> = {}) => lintNote(text, parsed.note, { ...DEFAULT_LINT_OPTIONS, now: new Date(2026, 11, 10, 12), ...more });
  return { text, note: parsed.note, lint };
}

const words = (text: string, fs: Finding[]) => fs.map((f) => text.split('\n')[f.line - 1]!.slice(f.column, f.endColumn));
const rules = (fs: Finding[]) => fs.map((f) => f.rule);
const withLine = (line: string) => GOOD.map((l, i) => (i === 4 ? `${l} ${line}` : l));

test('the good draft gives no finding', () => {
  assert.deepEqual(build(GOOD).lint(), []);
});

test('placeholder: every shape of an unfilled slot', () => {
  const cases: [string, string[]][] = [
    ['I would love to join as {role} — {your_name}.', ['{role}', '{your_name}']],
    ['Please thank [interviewer’s name] and [HR Manager\'s Name].', ['[interviewer’s name]', '[HR Manager\'s Name]']],
    ['Reach me at xxxxx or XXX.', ['xxxxx', 'XXX']],
    ['Dear X, and Mr. X too.', ['Dear X', 'Mr. X']],
    ['I applied for the Specific Position at Company Name. Your Name', ['Company Name', 'Your Name']],
    ['Skills in ____ and ____.', ['____', '____']],
    ['{{first_name}} and <JOB TITLE> and ${1:Company}.', ['{{first_name}}', '<JOB TITLE>', '${1:Company}']],
    ['Hi Name, and Ms. Recruiter, and Dear So And So.', ['Hi Name', 'Ms. Recruiter', 'So And So']],
  ];
  for (const [line, expected] of cases) {
    const b = build(withLine(line));
    assert.deepEqual(words(b.text, b.lint().filter((f) => f.rule === 'placeholder')), expected, line);
  }
});

test('placeholder near misses: links, checkboxes, footnotes, code braces, prose', () => {
  for (const line of [
    'See [the deck](https://example.com/deck) and [my notes][1].', '[ ] not a slot, [x] neither, [^1] a footnote, [2] a reference.',
    'I forgot the company name once; your name came up.', 'Dear Xavier and Mr. Xu.', 'A line `{json}` and `${HOME}`?',
  ]) {
    const b = build(withLine(line));
    assert.deepEqual(b.lint().filter((f) => f.rule === 'placeholder'), [], line);
  }
  // A line of underscores is a thematic break, not a blank.
  const b = build([...GOOD.slice(0, 6), '___', '', ...GOOD.slice(6)]);
  assert.deepEqual(b.lint(), []);
});

test('placeholder fixes fill the slot from the note and the signature', () => {
  const b = build(withLine('[Company Name] {role} [Interviewer Name] [Your Name] [your email]'));
  const fills = b.lint({ signature: { name: 'Alex Kim', email: 'alex@example.com', phone: '' } })
    .filter((f) => f.rule === 'placeholder').map((f) => f.fix?.text);
  assert.deepEqual(fills, ['Acme Corp', 'Data Analyst', 'Jane Doe', 'Alex Kim', 'alex@example.com']);
  // A slot the note cannot fill is selected instead, ready to type over.
  const other = build(withLine('[a project you led]')).lint().find((f) => f.rule === 'placeholder')!;
  assert.equal(other.fix, undefined);
  assert.deepEqual(other.actions, [{ kind: 'select', title: 'Select "[a project you led]" to fill it in' }]);
});

test('desperate beyond a phrase table: pleading, guilt, urgency, begging for an answer, devotion', () => {
  const cases: [string, string][] = [
    ['I just wanted to remind you how much I need this job.', 'how much I need'],
    ['Could you tell me why I haven\'t heard anything back yet?', 'why I haven\'t heard'],
    ['I need an answer by Friday.', 'I need an answer by'],
    ['Please reply as soon as possible.', 'as soon as possible'],
    ['Waiting for a positive reply.', 'for a positive reply'],
    ['You won\'t find anyone who wants to work for you more than I do.', 'won\'t find anyone who wants'],
    ['From this moment forward I am yours.', 'From this moment forward'],
    ['Otherwise I might have to sell a kidney.', 'sell a kidney'],
  ];
  for (const [line, hit] of cases) {
    const b = build(withLine(line), { kind: 'follow-up' });
    const found = b.lint().filter((f) => f.rule === 'desperate');
    assert.equal(found.length, 1, line);
    assert.ok(words(b.text, found)[0]!.includes(hit) || hit.includes(words(b.text, found)[0]!), `${line}: ${words(b.text, found)}`);
  }
  for (const line of ['I have heard great things about the team.', 'I am waiting for the data export to finish.', 'The rollout moved forward this week.', 'Please let me know if I can help.']) {
    assert.deepEqual(build(withLine(line), { kind: 'follow-up' }).lint().filter((f) => f.rule === 'desperate'), [], line);
  }
});

test('channel: asking for a call; an invitation to call you is contact information', () => {
  const hit = build(withLine('Is there a time this week that you could schedule a call?'));
  assert.deepEqual(words(hit.text, hit.lint().filter((f) => f.rule === 'channel')), ['schedule a call']);
  assert.deepEqual(build(withLine('Feel free to email or call anytime.')).lint(), []);
});

test('no-detail: a paraphrase counts, a shared role word does not', () => {
  const paraphrase = build(GOOD.map((l, i) => (i === 4 ? 'Thank you for your time. Thanks for the video you mentioned; I am excited about the role and my experience with cohorts fits.' : l)),
    { details: ['the TED talk he recommended'] });
  assert.deepEqual(rules(paraphrase.lint()), []);
  const roleWord = build(GOOD.map((l, i) => (i === 4 ? 'Thank you for your time; I am excited about the Data Analyst role, and my experience fits.' : l)),
    { details: ['two analysts are leaving in March'] });
  assert.deepEqual(rules(roleWord.lint()), ['no-detail']);
  const stem = build(GOOD, { details: ['rebuilt dashboards for churn'] });
  assert.deepEqual(rules(stem.lint()), []);
});

test('content hints: thanks and interest, why a good candidate, what you offer, adding value', () => {
  const noThanks = build(GOOD.map((l, i) => (i === 0 ? 'Subject: Data Analyst interview' : i === 4 ? 'I enjoyed hearing about the churn dashboard, and I am excited about the role: my experience with cohort analysis fits it well.' : l)));
  assert.deepEqual(noThanks.lint().map((f) => `${f.rule}: ${f.message}`), ['thank-and-interest: A thank-you should thank them for their time']);
  const noFit = build(GOOD.map((l, i) => (i === 4 ? 'Thank you for your time today. I enjoyed hearing about the churn dashboard, and I am excited about the role.' : l)));
  assert.deepEqual(rules(noFit.lint()), ['good-candidate']);
  const self = build(withLine('The role would be a great step for my career.'));
  assert.deepEqual(words(self.text, self.lint()), ['great step for my career']);
  assert.equal(self.lint()[0]!.severity, 'info');
  const share = build(GOOD, { details: ['the churn dashboard they are rebuilding', 'the podcast on retention she recommended'] });
  assert.deepEqual(rules(share.lint()), ['adds-value']);
  assert.deepEqual(rules(build(withLine('Here is the podcast: https://example.com/ep1'), { details: ['the podcast on retention she recommended', 'churn'] }).lint()), []);
});

test('quick fixes: address everyone, contact from the signature (or open the setting), mention a detail', () => {
  const oneName = build(GOOD.map((l, i) => (i === 2 ? 'Dear Jane,' : l)));
  const nameFix = oneName.lint().find((f) => f.rule === 'missing-name')!.fix!;
  assert.equal(nameFix.title, 'Address Jane and Raj in the greeting');
  assert.equal(oneName.text.split('\n')[nameFix.line - 1]!.slice(0, nameFix.column) + nameFix.text, 'Dear Jane and Raj');
  const noContact = build(GOOD.slice(0, -1));
  const contact = noContact.lint({ signature: { name: 'Alex Kim', email: 'alex@example.com', phone: '+1 555 0100' } }).find((f) => f.rule === 'missing-contact')!;
  assert.equal(contact.fix?.text, '\nalex@example.com · +1 555 0100');
  assert.equal(contact.fix?.line, noContact.text.split('\n').indexOf('Alex Kim') + 1);
  assert.deepEqual(noContact.lint().find((f) => f.rule === 'missing-contact')!.actions,
    [{ kind: 'open-setting', setting: 'interviewFollowUp.signature.email', title: 'Set your email address for signatures' }]);
  const noDetail = build(GOOD.map((l, i) => (i === 4 ? 'Thank you for your time today; I am excited about the role, and my experience fits.' : l)));
  const detail = noDetail.lint().find((f) => f.rule === 'no-detail')!.fix!;
  assert.equal(detail.text, 'I enjoyed our conversation about the churn dashboard they are rebuilding. ');
  assert.equal(detail.line, noDetail.text.split('\n').indexOf('Dear Jane and Raj,') + 3);
});

test('quiet: a draft whose email is already marked sent gets no findings; the other draft still does', () => {
  const draft = ['Dear Jane,', '', 'I really need this job. TODO'];
  const text = (extra: string[]) => ['---', ...FM, ...extra, '---', '## Thank-you email', ...draft, '', '## Follow-up email', ...draft, ''].join('\n');
  const lint = (t: string) => {
    const p = parseNote(t, 'n.md');
    if (p.kind !== 'note') throw new Error('not a note');
    return lintNote(t, p.note, { ...DEFAULT_LINT_OPTIONS, now: new Date(2026, 11, 10, 12) });
  };
  const lines = (t: string, fs: Finding[]) => [...new Set(fs.map((f) => t.split('\n').slice(0, f.line).reverse().find((l) => l.startsWith('## '))))];
  const none = text([]);
  assert.deepEqual(lines(none, lint(none)), ['## Thank-you email', '## Follow-up email']);
  const thanked = text(['thankYou: 2026-11-20']);
  assert.deepEqual(lines(thanked, lint(thanked)), ['## Follow-up email']);
  const both = text(['thankYou: 2026-11-20', 'followUp: true']);
  assert.deepEqual(lint(both), []);
});

test('a note with a 1 MB line lints well under a second, in a draft or outside', () => {
  const blob = 'a'.repeat(1024 * 1024);
  const digits = '1 '.repeat(512 * 1024);
  for (const line of [blob, `${blob}@`, digits, `[${blob}`, `{${blob}`, `<${blob}`]) {
    for (const where of ['draft', 'notes']) {
      const body = where === 'draft' ? [...GOOD.slice(0, 4), line, ...GOOD.slice(4)] : GOOD;
      const text = ['---', ...FM, '---', '## Notes', where === 'notes' ? line : 'short', '', '## Thank-you email', ...body, ''].join('\n');
      const p = parseNote(text, 'n.md');
      // CPU time, not wall time: the machine may be shared; a super-linear regex would burn CPU either way.
      const start = process.cpuUsage();
      lintNote(text, p.kind === 'note' ? p.note : undefined, { ...DEFAULT_LINT_OPTIONS, now: new Date(2026, 10, 20, 15) });
      const used = process.cpuUsage(start);
      const ms = (used.user + used.system) / 1000;
      assert.ok(ms < 1000, `${where}, ${line.slice(0, 3)}…: ${ms.toFixed(0)} ms`);
    }
  }
});
