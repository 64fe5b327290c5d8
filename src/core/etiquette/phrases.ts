// Phrase rules for tone and channel: each pattern names the words that break the advice, and
// the message says what to do instead. Patterns are linear (no nested unbounded repeats).
export interface PhraseRule {
  pattern: RegExp;
  message: string;
  /** The replacement for the matched words, only where it is obviously safe. */
  fix?: (words: string) => { text: string; title: string };
}

const MODAL = `(?:['’]ll|['’]d| will| would| could| can| might| may)`;
const PLEAD = 'Sounds desperate: show what you bring instead of how much you need it';
const GUILT = 'Sounds like pressure: do not make them feel guilty for taking their time';
const URGENT = 'Sounds pushy: they decide on their own timeline; ask politely for an update instead';
const BEG = 'Sounds like begging for an answer: ask once, politely, and leave it with them';
const DEVOTED = 'Sounds over-eager: restate your interest calmly';

export const DESPERATE: PhraseRule[] = [
  // Pleading: the email becomes about the writer's situation, not the team's problem.
  { pattern: /\bI (?:really |so |truly |desperately )?need (?:this|a|the) (?:job|position|role|work|opportunity)\b/gi, message: PLEAD },
  { pattern: /\bI (?:really |so |truly )?need this(?=\s*(?:[.!,;]|$))/gi, message: PLEAD },
  { pattern: /\bhow (?:much|badly) I need\b/gi, message: PLEAD },
  { pattern: /\bplease (?:just )?(?:hire me|give me (?:a|this) chance|consider me)\b/gi, message: 'Sounds desperate: let the interview speak; restate your interest instead' },
  { pattern: /\bI(?:['’]m| am) (?:so |really |very |truly )?desperate\b/gi, message: 'Sounds desperate: restate your interest calmly' },
  { pattern: /\bI(?:['’]ll| will| would) do (?:anything|whatever it takes)\b/gi, message: 'Sounds desperate: name what you would do in the role instead' },
  { pattern: /\bbegg(?:ing|ed)\b/gi, message: 'Sounds desperate: drop the pleading' },
  {
    pattern: /\bplease,?\s+please\b/gi,
    message: 'Sounds desperate: one "please" is enough',
    fix: (words) => ({ text: words.slice(0, 6), title: 'Keep a single "please"' }),
  },
  // Guilt: their silence or the writer's hardship as a reason to answer.
  { pattern: /\bwhy I (?:haven['’]t|have not|didn['’]t|did not) (?:heard|hear)\b/gi, message: GUILT },
  { pattern: /\bI(?:['’]ve| have) (?:still )?(?:been waiting|not heard|heard nothing)\b/gi, message: GUILT },
  { pattern: /\b(?:lose|losing) my (?:house|home|apartment|flat)\b/gi, message: GUILT },
  { pattern: /\bsell a kidney\b/gi, message: GUILT },
  { pattern: /\bmy (?:family|kids|children) (?:is |are )?(?:depend|depending|count|counting)\b/gi, message: GUILT },
  { pattern: /\bI(?:['’]m| am) running out of (?:money|savings|time|options)\b/gi, message: GUILT },
  { pattern: /\b(?:checking|refreshing|watching) my (?:inbox|e-?mails?|phone)\b/gi, message: GUILT },
  { pattern: /\b(?:losing sleep|(?:can['’]t|cannot) sleep)\b/gi, message: GUILT },
  // Pleading: what the job would mean to the writer.
  { pattern: /\b(?:would |will |it['’]d |it['’]s |this )?means? (?:everything|the world|so much|a lot) to me\b/gi, message: PLEAD },
  // Urgency: deadlines set for the reader.
  { pattern: /\bI need (?:an answer|a decision|to (?:know|hear(?: back)?))(?: from you)? (?:by|before|soon|today|asap|now)\b/gi, message: URGENT },
  { pattern: /\b(?:as soon as possible|ASAP|urgently)\b/gi, message: URGENT },
  { pattern: /\b(?:reply|respond|answer|get back to me|let me know|hear back)\b[^.!?\n]{0,20}?\b(?:right away|immediately|straight away|quickly|today)\b/gi, message: URGENT },
  // Begging for an answer: asking them for a favourable outcome, not for an update.
  { pattern: /\b(?:wait(?:ing)?|hop(?:e|ing)|pray(?:ing)?|count(?:ing)? on|look(?:ing)? forward to)\b[^.!?\n]{0,30}?\b(?:positive|favou?rable|good) (?:reply|response|answer|news|outcome|decision)\b/gi, message: BEG },
  { pattern: /\b(?:give|send|bring|tell|have) (?:me|us) (?:some |the |a )?(?:good|positive|favou?rable|great) (?:news|answer|reply|response)\b/gi, message: BEG },
  { pattern: /\bplease (?:reply|respond|answer|get back to me)(?: (?:soon|asap|quickly))?(?=\s*[.!])/gi, message: BEG },
  {
    pattern: /\bany (?:updates?|news)\s*[?!]{2,}/gi,
    message: 'Sounds pushy: one question mark is enough',
    fix: (words) => ({ text: `${trimEndMarks(words)}?`, title: 'Use a single question mark' }),
  },
  { pattern: /\b(?:just )?checking in (?:yet )?again\b/gi, message: 'Sounds pushy: one polite follow-up is enough; do not chase' },
  // Over-eager devotion.
  { pattern: /\b(?:won['’]t|will not|wouldn['’]t|would not) find anyone (?:who|that) (?:wants|would)\b/gi, message: DEVOTED },
  { pattern: /\b(?:no one|nobody) (?:who )?wants (?:this|it|to work)[^.!?\n]{0,40}more\b/gi, message: DEVOTED },
  { pattern: /\bfrom this (?:moment|day) (?:forward|on)\b/gi, message: DEVOTED },
];

const CALL = 'Stay in writing: do not offer to call';
export const CHANNEL: PhraseRule[] = [
  { pattern: /\bgive you a (?:quick )?(?:call|ring)\b(?!-)/gi, message: CALL },
  { pattern: new RegExp(`\\bI${MODAL} (?:call|phone|ring)(?: you)?\\b(?!-| out\\b)`, 'gi'), message: CALL },
  // "call you"/"phone you" but not "call your team" or "our call on Tuesday".
  { pattern: /\b(?:call|phone) you\b/gi, message: CALL },
  // Asking them to set up a call moves the follow-up off writing too.
  { pattern: /\b(?:schedule|set up|arrange|hop on|jump on) (?:a|another) (?:quick |short )?(?:phone )?call\b/gi, message: 'Stay in writing: do not ask for a call; they answer when it suits them' },
  { pattern: /\b(?:could|can|may) (?:we|I) (?:speak|talk|chat) (?:again|by phone|on the phone|over the phone)\b/gi, message: 'Stay in writing: do not ask for a call; they answer when it suits them' },
  { pattern: /\b(?:stop|drop|swing) by\b/gi, message: 'Do not drop by in person: one polite email is the follow-up' },
  { pattern: new RegExp(`\\b(?:I${MODAL}?|(?:could|can|may|might) I|(?:happy|glad|love|like) to)(?: just| quickly)? (?:drop in|come by)\\b`, 'gi'), message: 'Do not drop by in person: one polite email is the follow-up' },
  { pattern: /\bvisit (?:you at )?your offices?\b/gi, message: 'Do not drop by in person: one polite email is the follow-up' },
  { pattern: /\bconnect(?: with you)? on LinkedIn\b/gi, message: 'Do not send a LinkedIn request while the decision is open' },
  { pattern: /\badd you on LinkedIn\b/gi, message: 'Do not send a LinkedIn request while the decision is open' },
  { pattern: /\bLinkedIn (?:connection )?(?:request|invite|invitation)s?\b/gi, message: 'Do not send a LinkedIn request while the decision is open' },
  { pattern: /\bconnection request\b/gi, message: 'Do not send a LinkedIn request while the decision is open' },
];

/** words without the question and exclamation marks (and spaces before them) at the end; scanned, not matched. */
function trimEndMarks(words: string): string {
  let end = words.length;
  while (end > 0 && (words[end - 1] === '?' || words[end - 1] === '!')) end--;
  return words.slice(0, end).trimEnd();
}
