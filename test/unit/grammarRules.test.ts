// Our grammar rules (src/core/etiquette/grammarRules.ts): each finds its slip with the right fix,
// and stays quiet on the near misses that are correct English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { grammarIssues, ingForm } from '../../src/core/etiquette/grammarRules';

/** "wrong → fix" for each finding of a text. */
const found = (text: string) => grammarIssues(text).map((i) => `${i.actual} → ${i.expected[0]}`);

const SLIPS: [string, string[], string][] = [
  // text, findings, kind
  ['Thank you, i think so.', ['i → I'], 'lowercase-i'],
  ["i'm glad and im sure.", ["i'm → I'm", 'im → I\'m'], 'lowercase-i'],
  ['Thanks you for your time.', ['Thanks you → Thank you'], 'thanks-you'],
  ['It helped me alot.', ['alot → a lot'], 'a-lot'],
  ['I should of asked.', ['of → have'], 'modal-of'],
  ['I look forward to meet the team.', ['meet → meeting'], 'verb-form'],
  ['I am looking forward to hear from you.', ['hear → hearing'], 'verb-form'],
  ['I look forward the next steps.', ['the → to the'], 'preposition'],
  ['I am interested on the role.', ['on → in'], 'preposition'],
  ['She have been kind.', ['have → has'], 'agreement'],
  ['I has a question.', ['has → have'], 'agreement'],
  ['They was there.', ['was → were'], 'agreement'],
  ['These jobs has helped me.', ['has → have'], 'agreement'],
  ['Thank you for you time.', ['you → your'], 'confusable'],
  ["Thank you for you're consideration.", ["you're → your"], 'confusable'],
  ["I hope your doing well.", ["your → you're"], 'confusable'],
  ['Their are two roles.', ['Their → There'], 'confusable'],
  ['I met there team.', ['there → their'], 'confusable'],
  ['Opportunities are out their.', ['their → there'], 'confusable'],
  ['Its a great team.', ["Its → It's"], 'confusable'],
  ["The firm and it's goals.", ["it's → its"], 'confusable'],
  ['It is better then before.', ['then → than'], 'confusable'],
  ["I don't want to loose this chance.", ['loose → lose'], 'confusable'],
  ['It was nice to meet you to.', ['to → too'], 'confusable'],
  ['That will effect the team.', ['effect → affect'], 'confusable'],
  ['It had a big affect on me.', ['affect → effect'], 'confusable'],
  ["Who's team is it?", ["Who's → Whose"], 'confusable'],
  ['I will sent it today.', ['sent → send'], 'verb-form'],
  ['I have went there.', ['went → gone'], 'verb-form'],
  ['I am interest in the role.', ['interest → interested'], 'verb-form'],
  ['I am interesting in the role and was exciting to apply.', ['interesting → interested', 'exciting → excited'], 'verb-form'],
  ['I would like to be interview by the team.', ['interview → interviewed'], 'verb-form'],
  ['I love communicate with clients and believe in maintain order.', ['communicate → to communicate', 'maintain → maintaining'], 'verb-form'],
  ['thank you for the call. best regards', ['thank → Thank', 'best → Best'], 'sentence-case'],
  ['Dear Jane,\nthank you for your time.', ['thank → Thank'], 'sentence-case'],
];

test('grammar rules: each slip is found with its fix', () => {
  for (const [text, expected, kind] of SLIPS) {
    assert.deepEqual(found(text), expected, text);
    assert.ok(grammarIssues(text).every((i) => i.kind === kind && i.message.length > 0), `${text}: ${kind}`);
  }
});

test('grammar rules: offsets point at the words', () => {
  const text = 'Dear Jane,\n\nI look forward to meet you, and i hope your doing well.';
  for (const i of grammarIssues(text)) assert.equal(text.slice(i.start, i.end), i.actual);
  assert.equal(grammarIssues(text).length, 3);
});

const CORRECT = [
  'Thank you for your time. I look forward to hearing from you and to meeting the team.',
  'I look forward to it. I look forward to the next steps.',
  'I am interested in the role, and interested to learn more.',
  'Would she have time on Monday? If I were you, I would ask. As it were, the team is small.',
  'The question for you is simple. What I like about it is the team.',
  'Is there time to talk? There are two openings, and their team is great.',
  "It's a great team, and its goals are clear. I love it's-not-a-word jokes.",
  'It is better than before. We met, and then we talked. More and more, then less.',
  "You're welcome. You're right about the schedule. Your welcome note was kind. Your time is valuable.",
  'I would, of course, send it. I will of course send it.',
  'e.g. this works. i.e. that too. Mr. Lee agreed. See the U.S. office.',
  'The loose ends are tied. I do not want to lose it.',
  'The change will take effect soon. Its effect on the team was big.',
  'I am happy to help, and the dashboard is helpful.',
  'Whose team is it? Who is leading it?',
  'I sent it yesterday; I have gone there before.',
  'Thanks, you were a great help. Thanks to you, I learned a lot.',
  'The role is interesting to me, and the work was exciting. Interest rates are high; the interview is at ten.',
];

test('grammar rules: correct English is left alone', () => {
  for (const text of CORRECT) assert.deepEqual(found(text), [], text);
});

test('grammar rules: the -ing forms of the verbs after "look forward to"', () => {
  assert.deepEqual(['hear', 'meet', 'make', 'get', 'be', 'see', 'begin', 'chat', 'visit', 'die'].map(ingForm),
    ['hearing', 'meeting', 'making', 'getting', 'being', 'seeing', 'beginning', 'chatting', 'visiting', 'dying']);
});

test('grammar rules: a long pasted text is checked in one pass (each rule looks at a few words around one)', () => {
  const text = 'i look forward to meet your doing well, then. '.repeat(20_000);
  const issues = grammarIssues(text);
  assert.equal(issues.length, 20_000 * 3);
});
