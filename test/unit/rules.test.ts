// The follow-up rules, table-driven. Times are local wall times, so every expectation holds
// in every TZ the suite runs under (scripts/test-unit.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatLocalDateTime } from '../../src/core/time/dates';
import { actionsFor } from '../../src/core/actions/rules';
import { DEFAULT_RULE_SETTINGS } from '../../src/core/model/types';
import { actionsAt, noteText, parsedNote, summarize } from './helpers';

const BASE = ['company: Acme Corp', 'role: Backend Engineer'];

const cases: { name: string; fm: string[]; body?: string[]; now: string; expect: string[] }[] = [
  { name: 'prepare is upcoming more than 24 h ahead', fm: [...BASE, 'interview: 2026-11-30 14:00'], now: '2026-11-26T10:00', expect: ['prepare upcoming 2026-11-30T14:00'] },
  { name: 'prepare is due within 24 h', fm: [...BASE, 'interview: 2026-11-27 09:00'], now: '2026-11-26T09:00', expect: ['prepare due 2026-11-27T09:00'] },
  { name: 'prepare is upcoming 24 h + 1 min ahead', fm: [...BASE, 'interview: 2026-11-27 09:01'], now: '2026-11-26T09:00', expect: ['prepare upcoming 2026-11-27T09:01'] },
  { name: 'nothing while the interview is under way', fm: [...BASE, 'interview: 2026-11-26 09:00'], now: '2026-11-26T09:30', expect: [] },
  { name: 'date without time means 09:00', fm: [...BASE, 'interview: 2026-11-30'], now: '2026-11-26T10:00', expect: ['prepare upcoming 2026-11-30T09:00'] },
  { name: 'T separator is accepted', fm: [...BASE, 'interview: 2026-11-30T16:45'], now: '2026-11-26T10:00', expect: ['prepare upcoming 2026-11-30T16:45'] },
  {
    name: 'after the interview: thank-you due end + 24 h, follow-up after 14 days',
    fm: [...BASE, 'interview: 2026-11-26 09:00', 'interviewers: [{name: Jane Doe, email: jane@acme.test}]'],
    now: '2026-11-26T12:00',
    expect: ['thank-you due 2026-11-27T10:00', 'follow-up upcoming 2026-12-10T09:00'],
  },
  { name: 'duration moves the end', fm: [...BASE, 'interview: 2026-11-26 09:00', 'duration: 30'], now: '2026-11-26T12:00', expect: ['thank-you due 2026-11-27T09:30', 'follow-up upcoming 2026-12-10T09:00'] },
  { name: 'thank-you turns overdue after its deadline', fm: [...BASE, 'interview: 2026-11-26 09:00'], now: '2026-11-27T10:01', expect: ['thank-you overdue 2026-11-27T10:00', 'follow-up upcoming 2026-12-10T09:00'] },
  { name: 'thank-you is still due at its deadline', fm: [...BASE, 'interview: 2026-11-26 09:00'], now: '2026-11-27T10:00', expect: ['thank-you due 2026-11-27T10:00', 'follow-up upcoming 2026-12-10T09:00'] },
  {
    name: 'one contact action per interviewer without an email',
    fm: [...BASE, 'interview: 2026-11-26 09:00', 'interviewers:', '  - name: Jane Doe', '    email: jane@acme.test', '  - Raj Patel', '  - name: Li Wei', '    title: CTO'],
    now: '2026-11-26T12:00',
    expect: ['thank-you due 2026-11-27T10:00', 'contact due 2026-11-27T10:00', 'contact due 2026-11-27T10:00', 'follow-up upcoming 2026-12-10T09:00'],
  },
  // The follow-up is then the pending email: a person without an address still needs one, on the follow-up's clock.
  { name: 'thank-you done: the contacts move to the follow-up', fm: [...BASE, 'interview: 2026-11-26 09:00', 'interviewers: [Raj Patel]', 'thankYou: 2026-11-26'], now: '2026-11-26T12:00', expect: ['contact upcoming 2026-12-10T09:00', 'follow-up upcoming 2026-12-10T09:00'] },
  { name: 'contact for the follow-up: due with it', fm: [...BASE, 'interview: 2026-11-26 09:00', 'interviewers: [Raj Patel]', 'thankYou: 2026-11-26'], now: '2026-12-10T09:00', expect: ['contact due 2026-12-10T09:00', 'follow-up due 2026-12-10T09:00'] },
  { name: 'contact for the follow-up: overdue with it', fm: [...BASE, 'interview: 2026-11-26 09:00', 'interviewers: [Raj Patel]', 'thankYou: 2026-11-26'], now: '2026-12-17T09:00', expect: ['contact overdue 2026-12-10T09:00', 'follow-up overdue 2026-12-10T09:00'] },
  { name: 'follow-up sent: no email pending, no contact', fm: [...BASE, 'interview: 2026-11-26 09:00', 'interviewers: [Raj Patel]', 'thankYou: 2026-11-26', 'followUp: 2026-12-10'], now: '2026-12-11T09:00', expect: [] },
  { name: 'they replied (next round): no follow-up owed, no contact', fm: [...BASE, 'interview: 2026-11-26 09:00', 'interviewers: [Raj Patel]', 'thankYou: 2026-11-26', 'status: next round'], now: '2026-12-11T09:00', expect: [] },
  { name: 'closed: no contact', fm: [...BASE, 'interview: 2026-11-26 09:00', 'interviewers: [Raj Patel]', 'thankYou: 2026-11-26', 'status: rejected'], now: '2026-12-11T09:00', expect: [] },
  { name: 'thankYou: true counts as done', fm: [...BASE, 'interview: 2026-11-26 09:00', 'thankYou: true'], now: '2026-11-26T12:00', expect: ['follow-up upcoming 2026-12-10T09:00'] },
  { name: 'thankYou: ~ is not done', fm: [...BASE, 'interview: 2026-11-26 09:00', 'thankYou: ~', 'followUp: 2026-12-01'], now: '2026-11-26T12:00', expect: ['thank-you due 2026-11-27T10:00'] },
  { name: 'empty thankYou is not done', fm: [...BASE, 'interview: 2026-11-26 09:00', 'thankYou:', 'followUp: 2026-12-01'], now: '2026-11-26T12:00', expect: ['thank-you due 2026-11-27T10:00'] },
  { name: 'card is due at 23:59 on the interview day', fm: [...BASE, 'interview: 2026-11-26 09:00', 'card: true', 'thankYou: 2026-11-26', 'followUp: 2026-12-01'], now: '2026-11-26T23:59', expect: ['card due 2026-11-26T23:59'] },
  { name: 'card is overdue the next day', fm: [...BASE, 'interview: 2026-11-26 09:00', 'card: true', 'thankYou: 2026-11-26', 'followUp: 2026-12-01'], now: '2026-11-27T00:00', expect: ['card overdue 2026-11-26T23:59'] },
  { name: 'no card before the interview ends', fm: [...BASE, 'interview: 2026-11-26 09:00', 'card: true'], now: '2026-11-26T08:00', expect: ['prepare due 2026-11-26T09:00'] },
  { name: 'cardMailed done', fm: [...BASE, 'interview: 2026-11-26 09:00', 'card: true', 'cardMailed: 2026-11-26 17:00', 'thankYou: 2026-11-26', 'followUp: 2026-12-01'], now: '2026-11-26T12:00', expect: [] },
  { name: 'card: false asks for no card', fm: [...BASE, 'interview: 2026-11-26 09:00', 'card: false', 'thankYou: 2026-11-26', 'followUp: 2026-12-01'], now: '2026-11-26T12:00', expect: [] },
  { name: 'follow-up from "within two weeks"', fm: [...BASE, 'interview: 2026-11-26 09:00', 'thankYou: true', 'timeline: within two weeks'], now: '2026-12-10T08:59', expect: ['follow-up upcoming 2026-12-10T09:00'] },
  { name: 'follow-up is due from its time', fm: [...BASE, 'interview: 2026-11-26 09:00', 'thankYou: true', 'timeline: within two weeks'], now: '2026-12-10T09:00', expect: ['follow-up due 2026-12-10T09:00'] },
  { name: 'follow-up stays due for 7 days', fm: [...BASE, 'interview: 2026-11-26 09:00', 'thankYou: true', 'timeline: within two weeks'], now: '2026-12-17T08:59', expect: ['follow-up due 2026-12-10T09:00'] },
  { name: 'follow-up overdue after 7 days', fm: [...BASE, 'interview: 2026-11-26 09:00', 'thankYou: true', 'timeline: within two weeks'], now: '2026-12-17T09:00', expect: ['follow-up overdue 2026-12-10T09:00'] },
  { name: 'follow-up from business days (Thu + 5 = next Thu)', fm: [...BASE, 'interview: 2026-11-26 15:00', 'thankYou: true', 'timeline: "3 to 5 business days"'], now: '2026-11-27T09:00', expect: ['follow-up upcoming 2026-12-03T09:00'] },
  // A deadline is followed up on the first business day after it: they still have Friday.
  { name: 'follow-up "by Friday" waits for Monday', fm: [...BASE, 'interview: 2026-11-26 15:00', 'thankYou: true', 'timeline: they will let me know by Friday'], now: '2026-11-26T17:00', expect: ['follow-up upcoming 2026-11-30T09:00'] },
  { name: 'follow-up "end of next week"', fm: [...BASE, 'interview: 2026-11-26 15:00', 'thankYou: true', 'timeline: end of next week'], now: '2026-11-26T17:00', expect: ['follow-up upcoming 2026-12-07T09:00'] },
  { name: 'Friday interview, "by the end of the week": Monday, not that Friday morning', fm: [...BASE, 'interview: 2026-11-20 15:00', 'thankYou: true', 'timeline: a decision by the end of the week'], now: '2026-11-20T17:00', expect: ['follow-up upcoming 2026-11-23T09:00'] },
  { name: 'DST week (US clocks change 2026-11-01): Friday "by the end of the week"', fm: [...BASE, 'interview: 2026-10-30 15:00', 'thankYou: true', 'timeline: by the end of the week'], now: '2026-10-30T17:00', expect: ['follow-up upcoming 2026-11-02T09:00'] },
  { name: 'DST week (US clocks change 2027-03-14): "next week"', fm: [...BASE, 'interview: 2027-03-11 15:00', 'thankYou: true', 'timeline: next week'], now: '2027-03-11T17:00', expect: ['follow-up upcoming 2027-03-22T09:00'] },
  { name: 'DST week (EU clocks change 2026-03-29): "3 days" ends on a Monday', fm: [...BASE, 'interview: 2026-03-27 15:00', 'thankYou: true', 'timeline: 3 days'], now: '2026-03-27T17:00', expect: ['follow-up upcoming 2026-03-30T09:00'] },
  { name: 'DST week (Lord Howe 2026-10-04): "within a week" ends on a Sunday, so Monday', fm: [...BASE, 'interview: 2026-09-27 15:00', 'thankYou: true', 'timeline: within a week'], now: '2026-09-27T17:00', expect: ['follow-up upcoming 2026-10-05T09:00'] },
  { name: 'a span ending on 25 December moves to the next business day', fm: [...BASE, 'interview: 2026-12-18 15:00', 'thankYou: true', 'timeline: a week'], now: '2026-12-18T17:00', expect: ['follow-up upcoming 2026-12-28T09:00'] },
  { name: 'timeline not understood falls back to 14 days', fm: [...BASE, 'interview: 2026-11-26 15:00', 'thankYou: true', 'timeline: soon'], now: '2026-11-26T17:00', expect: ['follow-up upcoming 2026-12-10T09:00'] },
  { name: 'followUp done removes it', fm: [...BASE, 'interview: 2026-11-26 15:00', 'thankYou: true', 'followUp: 2026-12-10'], now: '2026-12-20T17:00', expect: [] },
  {
    name: 'closed status keeps only tasks',
    fm: [...BASE, 'interview: 2026-11-26 09:00', 'status: Rejected', 'card: true'],
    body: ['- [ ] Ask for feedback 📅 2026-11-28'],
    now: '2026-11-26T12:00',
    expect: ['task upcoming 2026-11-28T23:59'],
  },
  { name: 'other statuses keep the actions', fm: [...BASE, 'interview: 2026-11-30 09:00', 'status: second round'], now: '2026-11-26T12:00', expect: ['prepare upcoming 2026-11-30T09:00'] },
  {
    name: 'tasks with the three markers and their states',
    fm: [...BASE, 'interview: 2026-11-20 09:00', 'thankYou: true', 'followUp: true'],
    body: ['# Notes', '- [ ] Send portfolio 📅 2026-11-25', '- [ ] Read annual report due: 2026-11-26', '* [ ] Call back recruiter @due(2026-11-27)', '- [x] Done thing 📅 2026-11-20', '- [ ] No date here', '```', '- [ ] in code 📅 2026-11-20', '```'],
    now: '2026-11-26T00:00',
    expect: ['task overdue 2026-11-25T23:59', 'task due 2026-11-26T23:59', 'task upcoming 2026-11-27T23:59'],
  },
];

for (const c of cases) {
  test(`rules: ${c.name}`, () => {
    assert.deepEqual(summarize(actionsAt(noteText(c.fm, c.body), c.now)), c.expect);
  });
}

test('rules: thank-you title names every interviewer, tasks keep their text and line', () => {
  const text = noteText([...BASE, 'interview: 2026-11-26 09:00', 'interviewers: [Jane Doe, Raj Patel]'], ['', '- [ ] Send portfolio 📅 2026-11-27']);
  const actions = actionsAt(text, '2026-11-26T12:00');
  const byKind = Object.fromEntries(actions.map((a) => [a.kind, a]));
  assert.equal(byKind['thank-you']?.title, 'Send thank-you to Jane Doe, Raj Patel');
  assert.equal(byKind['thank-you']?.company, 'Acme Corp');
  assert.equal(byKind['thank-you']?.role, 'Backend Engineer');
  assert.equal(byKind.task?.title, 'Send portfolio');
  assert.equal(byKind.task?.line, 8);
  assert.deepEqual(actions.filter((a) => a.kind === 'contact').map((a) => a.title), ['Find the email address of Jane Doe', 'Find the email address of Raj Patel']);
});

test('rules: settings change the thank-you window and the default follow-up delay', () => {
  const text = noteText([...BASE, 'interview: 2026-11-26 09:00']);
  assert.deepEqual(summarize(actionsAt(text, '2026-11-26T12:00', { thankYouHours: 48, followUpDefaultDays: 7 })), ['thank-you due 2026-11-28T10:00', 'follow-up upcoming 2026-12-03T09:00']);
});

test('rules: the interview zone sets the instants; the follow-up stays at 09:00 local on its calendar date', () => {
  // 10:00 in Berlin (UTC+1 in November) is 09:00 UTC; the interview ends at 10:00 UTC.
  const note = parsedNote(noteText([...BASE, 'interview: 2026-11-26 10:00', 'timezone: Europe/Berlin', 'card: true']));
  const before = actionsFor(note, new Date('2026-11-26T08:00:00Z'), DEFAULT_RULE_SETTINGS);
  assert.deepEqual(before.map((a) => [a.kind, a.due.toISOString()]), [['prepare', '2026-11-26T09:00:00.000Z']]);
  const after = actionsFor(note, new Date('2026-11-26T10:30:00Z'), DEFAULT_RULE_SETTINGS);
  const due = Object.fromEntries(after.map((a) => [a.kind, a.due]));
  assert.equal(due['thank-you']?.toISOString(), '2026-11-27T10:00:00.000Z');
  // 23:59 on the interview day in Berlin.
  assert.equal(due.card?.toISOString(), '2026-11-26T22:59:00.000Z');
  assert.equal(formatLocalDateTime(due['follow-up']!), '2026-12-10T09:00');
});

test('rules: a late-evening interview far east keeps its written calendar date for the follow-up', () => {
  const note = parsedNote(noteText([...BASE, 'interview: 2026-11-26 23:30', 'timezone: Pacific/Kiritimati', 'thankYou: true']));
  const after = actionsFor(note, new Date('2026-11-27T12:00:00Z'), DEFAULT_RULE_SETTINGS);
  assert.deepEqual(summarize(after), ['follow-up upcoming 2026-12-10T09:00']);
});

test('rules: across a daylight-saving change the thank-you is 24 real hours and the follow-up 09:00 local', () => {
  // Several zones in the suite change clocks around these dates (Los Angeles on 2026-11-01, Lord Howe on 2026-10-04).
  for (const interview of ['2026-10-31 10:00', '2026-10-03 10:00', '2026-03-07 10:00']) {
    const note = parsedNote(noteText([...BASE, `interview: ${interview}`]));
    const actions = actionsFor(note, new Date(note.end.getTime() + 60000), DEFAULT_RULE_SETTINGS);
    const thankYou = actions.find((a) => a.kind === 'thank-you')!;
    assert.equal(thankYou.due.getTime() - note.end.getTime(), 24 * 3600_000, interview);
    const followUp = actions.find((a) => a.kind === 'follow-up')!;
    assert.match(formatLocalDateTime(followUp.due), /T09:00$/, interview);
  }
  const note = parsedNote(noteText([...BASE, 'interview: 2026-10-20 10:00']));
  const followUp = actionsFor(note, new Date(note.end.getTime() + 60000), DEFAULT_RULE_SETTINGS).find((a) => a.kind === 'follow-up')!;
  assert.equal(formatLocalDateTime(followUp.due), '2026-11-03T09:00');
});

test('rules: the follow-up tooltip says what was read; the etiquette rule and the row use the same date', async () => {
  const { actionDetail } = await import('../../src/core/actions/rules');
  const note = parsedNote(noteText([...BASE, 'interview: 2026-11-20 10:00', 'thankYou: true', 'timeline: should hear back early next week']));
  const [followUp] = actionsFor(note, new Date(2026, 10, 20, 12), DEFAULT_RULE_SETTINGS);
  assert.equal(formatLocalDateTime(followUp!.due), '2026-11-25T09:00');
  assert.equal(followUp!.timeline, 'early next week → Tue 24 Nov; follow up from Wed 25 Nov 09:00');
  assert.match(actionDetail(followUp!, note, DEFAULT_RULE_SETTINGS), /^They said "should hear back early next week": early next week → Tue 24 Nov; follow up from Wed 25 Nov 09:00\. One short, polite email/);
  const vague = parsedNote(noteText([...BASE, 'interview: 2026-11-20 10:00', 'thankYou: true', 'timeline: soon']));
  const [fallback] = actionsFor(vague, new Date(2026, 10, 20, 12), DEFAULT_RULE_SETTINGS);
  assert.match(actionDetail(fallback!, vague, DEFAULT_RULE_SETTINGS), /"soon" names no date: follow up 14 days after the interview, from Fri 4 Dec 09:00/);
});

test('rules: a contact row says which email needs the address, and snoozes with that email', () => {
  const before = noteText([...BASE, 'interview: 2026-11-26 09:00', 'interviewers: [Raj Patel]']);
  const contact = (text: string, now: string) => actionsAt(text, now).find((a) => a.kind === 'contact');
  assert.equal(contact(before, '2026-11-26T12:00')?.forEmail, 'thank-you');
  assert.equal(contact(before, '2026-11-26T12:00')?.title, 'Find the email address of Raj Patel');
  const after = noteText([...BASE, 'interview: 2026-11-26 09:00', 'interviewers: [Raj Patel]', 'thankYou: 2026-11-26', 'snoozeFollowUp: 2026-12-12 09:00']);
  const c = contact(after, '2026-12-11T09:00')!;
  assert.equal(c.forEmail, 'follow-up');
  assert.equal(c.title, 'Find the email address of Raj Patel for the follow-up');
  assert.equal(c.state, 'upcoming', 'the follow-up\'s snooze holds its contact back too');
  assert.equal(c.snoozedUntil?.getTime(), new Date(2026, 11, 12, 9).getTime());
  assert.equal(contact(after, '2026-12-12T09:00')?.state, 'due');
});
