// Gentle content hints from the advice the product carries: a thank-you thanks them and says you
// want the role, says briefly why you fit, the email is about what you offer, and it shares what
// the note says is worth sharing. Each test is a set of cues; a hint fires only when all are absent.

// "apreciate" too: a misspelled thanks is still thanks (the spelling rule reports it).
const THANKS = /\b(?:thank|thanks|thankful|grateful|gratitude|ap{1,2}reciat(?:e|ed|es|ion|ive))\b/i;
const INTEREST = /\b(?:interest(?:ed)?|excit(?:ed|ing|ement)|enthusias(?:m|tic)|eager|keen|look(?:ing)? forward|would (?:love|like|welcome) (?:to|the)|(?:want|like) (?:this|the) (?:job|role|position)|most want|to work (?:for|with|at)|join(?:ing)?|next steps?|follow[- ]up|the possibility of|hope to (?:join|work))\b/i;
const FIT = [
  /\b(?:my|our)\s+(?:[\p{L}-]+\s+){0,3}(?:skills?|experience|experiences|background|qualifications?|strengths?|expertise|track record|abilit(?:y|ies))\b/iu,
  /\bI(?:['’]ve| have| bring| will bring| can bring| could bring) (?:the |run|led|built|managed|handled|delivered|shipped|worked|done|experience|skills)/i,
  /\b(?:fit|match|suited|qualified|asset|(?:excellent|strong|good|right|ideal|great) candidate)\b/i,
];
const FOCUS_ON_SELF = [
  /\b(?:benefit|help|advance|grow|develop|boost)s? (?:me|my career|my (?:own )?(?:growth|development|skills|future))\b/gi,
  /\b(?:great|good|perfect|right|nice|ideal) (?:fit|step|move|opportunity|place) for (?:me|my career|my (?:growth|family|future|development))\b/gi,
  /\bgood for me\b/gi,
  /\bwhat (?:this|the) (?:job|role|company|position) (?:can|could) (?:do|offer) (?:for )?me\b/gi,
];
const SHAREABLE = /\b(?:articles?|books?|podcasts?|videos?|talks?|papers?|posts?|blogs?|reports?|case stud(?:y|ies)|slides?|decks?|links?|resources?|demos?|repos?|repositor(?:y|ies)|courses?|newsletters?)\b/i;
const SHARES = /\b(?:link|links|attach(?:ed|ing)?|enclos(?:ed|ing)|shar(?:e|ed|ing)|send(?:ing)? you|here is|here['’]s|article|book|podcast|video|case stud(?:y|ies))\b|https?:\/\//i;

interface HintSpan {
  rule: 'focus-on-offer';
  /** 0-based offsets in the text searched. */
  start: number;
  end: number;
  words: string;
}

/** What a thank-you misses of "thank them for their time and say how interested you are". */
export function missingThanksOrInterest(text: string): 'thanks' | 'interest' | 'both' | undefined {
  const thanks = THANKS.test(text);
  const interest = INTEREST.test(text);
  if (thanks && interest) return undefined;
  return !thanks && !interest ? 'both' : !thanks ? 'thanks' : 'interest';
}

/** Whether a thank-you says anything about why the writer is a good candidate. */
export function saysWhyGoodCandidate(text: string): boolean {
  return FIT.some((p) => p.test(text));
}

/** Sentences about what the job would do for the writer, in one line of text. */
export function focusOnSelf(line: string): HintSpan[] {
  const spans: HintSpan[] = [];
  for (const p of FOCUS_ON_SELF) {
    for (const m of line.matchAll(p)) spans.push({ rule: 'focus-on-offer', start: m.index, end: m.index + m[0].length, words: m[0] });
  }
  return spans;
}

/** The first detail worth sharing that the draft neither links nor mentions sharing. */
export function unsharedDetail(draftText: string, details: string[]): string | undefined {
  if (SHARES.test(draftText)) return undefined;
  return details.find((d) => SHAREABLE.test(d));
}
