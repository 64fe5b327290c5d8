// Grammar slips that a maintained engine (Harper, in the worker: src/node/harper.ts) misses in
// job emails, as small rules over the words of the prose: confusable words by their neighbours
// (your/you're, there/their/they're, its/it's, than/then, lose/loose, to/too, affect/effect,
// who's/whose), "look forward to" + a verb, "Thanks you", the pronoun "i", "alot", "should of",
// a modal followed by a past form, the preposition after "interested", pronoun–verb agreement and
// a sentence that starts in lower case. Each rule looks at a word and at most three words around
// it, so a check is linear in the length of the text; every finding comes with its fix.

import { SALUTATION_SOURCE } from '../model/names';

export type GrammarKind =
  | 'confusable' | 'verb-form' | 'preposition' | 'agreement' | 'modal-of' | 'thanks-you' | 'lowercase-i' | 'a-lot' | 'sentence-case';

/** A slip: offsets into the text checked (end exclusive), the replacement for those words, and why. */
export interface GrammarIssue {
  kind: GrammarKind;
  start: number;
  end: number;
  actual: string;
  expected: string[];
  message: string;
}

interface Token {
  /** The word or punctuation mark. */
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
  /** What lies between the previous token and this one. */
  gap: string;
}

// Words (with inner apostrophes) or one mark of punctuation; whitespace is the gap between tokens.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    tokens.push({ text: t, lower: t.toLowerCase().replace(/’/g, "'"), start: m.index, end: m.index + t.length, word: /[\p{L}\p{N}]/u.test(t), gap: text.slice(last, m.index) });
    last = m.index + t.length;
  }
  return tokens;
}

const set = (words: string) => new Set(words.split(/\s+/));

const MODALS = set('will would can could shall should may might must');
const BE = set("am is are was were be been being i'm");
/** Nouns that follow a possessive in job emails ("your time", "their team"). */
const NOUNS = set(`time team teams consideration help company email e-mail offer interest support feedback message reply
  response organisation organization position role insight insights guidance patience advice website site product products
  office department staff work business client clients customer customers mission culture values goals employees people
  name experience job skills research lab background question questions decision application resume résumé cv
  opportunity hospitality generosity kindness input thoughts expertise recruiter manager ceo leadership vision`);
/** Base forms that follow "look forward to" as "-ing" forms. */
const BASE_VERBS = set(`hear meet speak work talk see join receive discuss learn get be have continue connect contribute chat
  collaborate start help share answer apply visit grow build do make read hearing meeting go know begin take catch welcome
  move find bring serve support explore follow partner reconnect return`);
/** Past forms that a modal, "to" or "did" never takes, with the base form. */
const PAST_TO_BASE: Record<string, string> = {
  sent: 'send', went: 'go', gave: 'give', took: 'take', wrote: 'write', came: 'come', spoke: 'speak', met: 'meet',
  saw: 'see', knew: 'know', told: 'tell', brought: 'bring', bought: 'buy', thought: 'think', began: 'begin',
  became: 'become', chose: 'choose', ran: 'run', did: 'do', felt: 'feel', kept: 'keep', left: 'leave', forgot: 'forget',
  got: 'get', heard: 'hear', made: 'make', found: 'find', received: 'receive', applied: 'apply', attached: 'attach',
};
/** Past forms after have/has/had that should be participles. */
const PAST_TO_PARTICIPLE: Record<string, string> = {
  went: 'gone', came: 'come', saw: 'seen', did: 'done', wrote: 'written', took: 'taken', gave: 'given', spoke: 'spoken',
  began: 'begun', knew: 'known', chose: 'chosen', forgot: 'forgotten', ran: 'run', became: 'become',
};
/** After a form of "be": base forms that should be participles ("I am interest in", "is follow by"). */
const BASE_TO_PARTICIPLE: Record<string, string> = {
  interest: 'interested', please: 'pleased', excite: 'excited', base: 'based', locate: 'located', attach: 'attached',
  schedule: 'scheduled', qualify: 'qualified', involve: 'involved', require: 'required', consider: 'considered',
  follow: 'followed', inform: 'informed', impress: 'impressed', motivate: 'motivated', dedicate: 'dedicated',
  specialize: 'specialized', specialise: 'specialised', experience: 'experienced', satisfy: 'satisfied', relate: 'related',
  concern: 'concerned', surprise: 'surprised', honour: 'honoured', honor: 'honored', delight: 'delighted', thrill: 'thrilled',
  interview: 'interviewed', produce: 'produced', give: 'given', offer: 'offered', hire: 'hired', select: 'selected',
  shortlist: 'shortlisted', recommend: 'recommended', refer: 'referred', train: 'trained', educate: 'educated',
};
/** "-ing" adjectives (what something does to you) for the "-ed" ones (how you feel). */
const FEELINGS: Record<string, string> = {
  interesting: 'interested', exciting: 'excited', pleasing: 'pleased', boring: 'bored', confusing: 'confused',
  satisfying: 'satisfied', disappointing: 'disappointed', thrilling: 'thrilled', surprising: 'surprised',
};
/** Verbs that are no nouns: after "love", "want" or a preposition they need "to" or "-ing". */
const ONLY_VERBS = set(`communicate create join learn contribute discuss meet speak talk hear apply collaborate connect grow explore
  visit maintain develop improve achieve manage pursue gain obtain become receive`);
const PREPOSITIONS = set('to in on at by for with from of about into as that and or but');
const COMPARATIVES = set(`more less better worse rather other greater higher lower larger smaller fewer sooner earlier faster
  longer stronger bigger easier harder older younger further`);
const OBJECT_PRONOUNS = set('me you it us them this that');
const DETERMINERS = set('a an the my your our their his her its this that these those some new');
/** Nouns that "its" (not "it's") goes with: what a company has. */
const ITS_NOUNS = set(`goals mission culture values employees customers clients products services team teams website staff office
  offices people members partners history growth vision own reputation success community leaders leadership`);
const TOO_ADJECTIVES = set('much many late early soon long busy big small little far bad');
/** Words after which a sentence goes on although a full stop precedes ("e.g. this", "Mr. Lee"). */
const ABBREVIATIONS = set('etc vs mr mrs ms dr st no jr sr inc ltd co corp approx dept fig al ca cf');

type Rule = (tokens: Token[], i: number, ctx: Context) => GrammarIssue | undefined;

interface Context {
  text: string;
  /** Whether token i starts a sentence (or a greeting, or a sign-off). */
  startsSentence(i: number): boolean;
  /** The i-th token if it is a word, else undefined. */
  word(i: number): Token | undefined;
}

/** "the" → "The" when the written word was capitalised. */
function sameCase(written: string, fix: string): string {
  return /^\p{Lu}/u.test(written) && fix ? fix[0]!.toUpperCase() + fix.slice(1) : fix;
}

function issue(kind: GrammarKind, from: Token, to: Token, text: string, fix: string, message: string): GrammarIssue {
  return { kind, start: from.start, end: to.end, actual: text.slice(from.start, to.end), expected: [fix], message };
}

/** One word replaced by another, keeping its capital. */
function swap(kind: GrammarKind, t: Token, fix: string, message: string): GrammarIssue {
  return { kind, start: t.start, end: t.end, actual: t.text, expected: [sameCase(t.text, fix)], message };
}

/** The "-ing" form of a base verb: "hear" → "hearing", "meet" → "meeting", "make" → "making", "get" → "getting". */
export function ingForm(verb: string): string {
  if (verb.endsWith('ing')) return verb;
  if (verb === 'be' || verb === 'see' || verb.endsWith('ee')) return verb + 'ing';
  if (verb.endsWith('ie')) return verb.slice(0, -2) + 'ying';
  if (verb.endsWith('e')) return verb.slice(0, -1) + 'ing';
  // One stressed syllable ending consonant-vowel-consonant doubles its last letter ("get", "chat", "begin").
  if (/^(?:[^aeiou]*[aeiou][^aeiouwxy]|begin|admit|commit|refer|prefer|occur)$/.test(verb)) return verb + verb.at(-1) + 'ing';
  return verb + 'ing';
}

const RULES: Rule[] = [
  // The pronoun "i", "i'm", "im".
  (tokens, i, ctx) => {
    const t = tokens[i]!;
    if (t.text === 'i') {
      const next = tokens[i + 1];
      // "i.e." and "i. " in a list are no pronoun.
      if (next && next.text === '.' && next.gap === '') return undefined;
      return swap('lowercase-i', t, 'I', 'Write the pronoun "I" as a capital');
    }
    if (/^i['’](?:m|ve|ll|d)$/.test(t.text)) return swap('lowercase-i', t, 'I' + t.text.slice(1), 'Write the pronoun "I" as a capital');
    if (t.text === 'im' && ctx.word(i + 1)) return swap('lowercase-i', t, "I'm", 'Write "I\'m"');
    return undefined;
  },
  // "Thanks you" → "Thank you".
  (tokens, i, ctx) => {
    const t = tokens[i]!;
    const next = ctx.word(i + 1);
    if (t.lower === 'thanks' && next?.lower === 'you' && next.gap.trim() === '') {
      return issue('thanks-you', t, next, ctx.text, sameCase(t.text, 'thank you'), 'Write "Thank you" or "Thanks", not "Thanks you"');
    }
    return undefined;
  },
  (tokens, i) => (tokens[i]!.lower === 'alot' ? swap('a-lot', tokens[i]!, 'a lot', 'Write "a lot" as two words') : undefined),
  // "should of" → "should have".
  (tokens, i, ctx) => {
    const t = tokens[i]!;
    const prev = ctx.word(i - 1);
    if (t.lower !== 'of' || !prev || !/^(?:would|could|should|must|might|may)$/.test(prev.lower)) return undefined;
    if (ctx.word(i + 1)?.lower === 'course' || t.gap.trim() !== '') return undefined;
    return swap('modal-of', t, 'have', `Write "${prev.lower} have", not "${prev.lower} of"`);
  },
  // "look forward to meet" → "meeting"; "look forward the" → "to the"; "look forward for" → "to".
  (tokens, i, ctx) => {
    const t = tokens[i]!;
    const prev = ctx.word(i - 1);
    const before = ctx.word(i - 2);
    if (t.lower === 'forward' && prev && /^look(?:s|ed|ing)?$/.test(prev.lower)) {
      const next = ctx.word(i + 1);
      if (!next) return undefined;
      if (next.lower === 'for') return swap('preposition', next, 'to', 'Write "look forward to"');
      if (/^(?:the|your|our|a|an|hearing|meeting|working|speaking|talking|joining)$/.test(next.lower)) {
        return { kind: 'preposition', start: next.start, end: next.end, actual: next.text, expected: [`to ${next.text}`], message: 'Write "look forward to"' };
      }
      return undefined;
    }
    if (prev?.lower === 'to' && before?.lower === 'forward' && BASE_VERBS.has(t.lower) && t.lower !== 'hearing' && t.lower !== 'meeting') {
      return swap('verb-form', t, ingForm(t.lower), `Write "look forward to ${ingForm(t.lower)}": "to" here takes the -ing form`);
    }
    return undefined;
  },
  // "interested on/at/about/for" → "interested in"; "responsible of" → "responsible for"; "discuss about" → "discuss".
  (tokens, i, ctx) => {
    const t = tokens[i]!;
    const prev = ctx.word(i - 1);
    if (!prev) return undefined;
    if (prev.lower === 'interested' && /^(?:on|at|about|for)$/.test(t.lower)) return swap('preposition', t, 'in', `Write "interested in", not "interested ${t.lower}"`);
    if (prev.lower === 'responsible' && t.lower === 'of') return swap('preposition', t, 'for', 'Write "responsible for"');
    if (/^discuss(?:ed|ing)?$/.test(prev.lower) && t.lower === 'about') {
      return { kind: 'preposition', start: prev.end, end: t.end, actual: ctx.text.slice(prev.end, t.end), expected: [''], message: `Write "${prev.lower}" without "about"` };
    }
    return undefined;
  },
  // Pronoun–verb agreement: "she have", "I has", "they was", "he don't".
  (tokens, i, ctx) => {
    const verb = tokens[i]!;
    const subject = ctx.word(i - 1);
    if (!subject || !verb.word || verb.gap.trim() !== '') return undefined;
    const before = ctx.word(i - 2)?.lower ?? '';
    // Questions and inversions ("would she have", "let it have") and the subjunctive ("if I were").
    if (/^(?:would|could|should|will|can|may|might|must|did|does|do|why|how|what|when|where|has|had|have|let|make|made|help|see|watch|hear)$/.test(before)) return undefined;
    if (/^(?:if|wish|though|as)$/.test(before)) return undefined;
    const s = subject.text;
    // "The question for you is", "what I like about it is": "you" and "it" as objects.
    if (/^(?:you|it)$/i.test(s) && (PREPOSITIONS.has(before) || /^(?:thank|tell|give|show|ask|send|love|like|find|call)$/.test(before))) return undefined;
    const v = verb.lower;
    let fix: string | undefined;
    if (/^(?:he|she|it)$/i.test(s)) fix = ({ have: 'has', do: 'does', "don't": "doesn't", are: 'is', were: 'was' } as Record<string, string>)[v];
    else if (s === 'I') fix = ({ has: 'have', is: 'am', are: 'am', does: 'do', "doesn't": "don't" } as Record<string, string>)[v];
    else if (/^(?:you|we|they)$/i.test(s)) fix = ({ has: 'have', is: 'are', was: 'were', does: 'do', "doesn't": "don't" } as Record<string, string>)[v];
    // "These jobs has": a plural determiner and a plural noun.
    if (!fix && /^(?:these|those|both|several|many)$/.test(before) && /[^su]s$/.test(subject.lower)) fix = ({ has: 'have', is: 'are', was: 'were', does: 'do', "doesn't": "don't" } as Record<string, string>)[v];
    if (!fix) return undefined;
    if (v === 'were' && before === 'as') return undefined;
    return swap('agreement', verb, fix.replace("'", verb.text.includes('’') ? '’' : "'"), `"${s} ${verb.text}": write "${s} ${fix}"`);
  },
  // your ↔ you're, you → your.
  (tokens, i, ctx) => {
    const t = tokens[i]!;
    const next = ctx.word(i + 1);
    if (!next || next.gap.trim() !== '') return undefined;
    const after = tokens[i + 2];
    if (t.lower === 'your') {
      const n = next.lower;
      const endsPhrase = !after || !after.word || /^(?:to|that|about|for)$/.test(after.lower);
      if (/^(?:going|doing|being|looking|not|able|sure|a|an|the|interested|invited|available)$/.test(n) || (/^(?:welcome|right|correct|busy|free)$/.test(n) && endsPhrase)) {
        return swap('confusable', t, "you're", `"${t.text} ${next.text}": did you mean "you're" (you are)?`);
      }
    }
    if (t.lower === 'your' && next.lower.endsWith('ing') && after?.word && after.gap.trim() === '' && DETERMINERS.has(after.lower)) {
      return swap('confusable', t, "you're", `"${t.text} ${next.text} ${after.text}": did you mean "you're" (you are)?`);
    }
    if (t.lower === "you're" && (NOUNS.has(next.lower) || (after?.word && after.gap.trim() === '' && NOUNS.has(after.lower) && !/(?:ing|ed|ly)$/.test(next.lower) && !DETERMINERS.has(next.lower) && !/^(?:to|in|on|at|for|with|about|not|so|very|really|too|all|welcome)$/.test(next.lower)))) {
      return swap('confusable', t, 'your', `"${t.text} ${next.text}": did you mean "your"?`);
    }
    const prev = ctx.word(i - 1);
    if (t.lower === 'you' && prev && /^(?:for|of|with|about|on|in)$/.test(prev.lower) && t.gap.trim() === '' && NOUNS.has(next.lower) && next.lower !== 'people') {
      return swap('confusable', t, 'your', `"${prev.text} you ${next.text}": did you mean "your"?`);
    }
    return undefined;
  },
  // there / their / they're.
  (tokens, i, ctx) => {
    const t = tokens[i]!;
    const following = tokens[i + 1];
    // "their" always comes before its noun: before a full stop or a comma it is "there".
    if (t.lower === 'their' && (!following || /^[.,!?;:]$/.test(following.text))) return swap('confusable', t, 'there', `"${t.text}" needs a noun after it: did you mean "there"?`);
    const next = ctx.word(i + 1);
    if (!next || next.gap.trim() !== '') return undefined;
    if (t.text === 'There' && /^(?:both|all)$/.test(next.lower) && ctx.startsSentence(i)) return swap('confusable', t, 'they', `"${t.text} ${next.text}": did you mean "They"?`);
    const prev = ctx.word(i - 1)?.lower ?? '';
    const n = next.lower;
    if (t.lower === 'their' && /^(?:is|are|was|were|will|has|have|isn't|aren't|wasn't|weren't|would|should|must|may|might)$/.test(n)) {
      return swap('confusable', t, 'there', `"${t.text} ${next.text}": did you mean "there"?`);
    }
    if ((t.lower === 'their' || t.lower === 'there') && /^(?:going|doing|looking|hiring|interested)$/.test(n) && !BE.has(prev)) {
      return swap('confusable', t, "they're", `"${t.text} ${next.text}": did you mean "they're" (they are)?`);
    }
    if (t.lower === 'there' && (NOUNS.has(n) || n === 'own') && !BE.has(prev) && !/^(?:isn't|aren't|wasn't|weren't|any|no)$/.test(prev)) {
      return swap('confusable', t, 'their', `"${t.text} ${next.text}": did you mean "their"?`);
    }
    if (/^they'?re$/.test(t.lower) && t.lower !== 'they' && (NOUNS.has(n) || n === 'own')) return swap('confusable', t, 'their', `"${t.text} ${next.text}": did you mean "their"?`);
    return undefined;
  },
  // its / it's.
  (tokens, i, ctx) => {
    const t = tokens[i]!;
    const next = ctx.word(i + 1);
    if (!next || next.gap.trim() !== '') return undefined;
    const prev = ctx.word(i - 1)?.lower;
    if (t.lower === 'its' && /^(?:a|an|the|been|not|going|my|your|our|just|really|so|such|always|also|getting|important|great|clear|true|possible|hard|easy|nice|good)$/.test(next.lower)) {
      return swap('confusable', t, "it's", `"${t.text} ${next.text}": did you mean "it's" (it is)?`);
    }
    if (t.lower === "it's" && (ITS_NOUNS.has(next.lower) || (prev && /^(?:for|of|in|with|to|about|on|by|from|at|into|through)$/.test(prev) && !/^(?:a|an|the|been|not|very|going|time|so|too|just|really|all|also|always|hard|easy|important|great)$/.test(next.lower) && !next.lower.endsWith('ing')))) {
      return swap('confusable', t, 'its', `"${t.text} ${next.text}": did you mean "its" (belonging to it)?`);
    }
    return undefined;
  },
  // than / then.
  (tokens, i, ctx) => {
    const t = tokens[i]!;
    if (t.gap.trim() !== '') return undefined;
    const prev = ctx.word(i - 1);
    const before = ctx.word(i - 2);
    if (t.lower === 'then' && prev && (COMPARATIVES.has(prev.lower) || (before && COMPARATIVES.has(before.lower) && prev.gap.trim() === '' && !PREPOSITIONS.has(prev.lower)))) {
      return swap('confusable', t, 'than', `"${prev.text} ${t.text}": a comparison takes "than"`);
    }
    // "more interested in the role then before": a comparative earlier in the clause, "then" right after a word.
    if (t.lower === 'then' && prev && !/^(?:and|but|or|so|just|since|until|only|back|right|even)$/.test(prev.lower) && /^(?:before|ever|expected|usual|anticipated|anyone|anything|others|last)$/.test(ctx.word(i + 1)?.lower ?? '')) {
      for (let j = i - 1; j >= Math.max(0, i - 8) && tokens[j]!.word; j--) {
        if (COMPARATIVES.has(tokens[j]!.lower)) return swap('confusable', t, 'than', `"${tokens[j]!.text} … ${t.text}": a comparison takes "than"`);
      }
    }
    if (t.lower === 'than' && prev && /^(?:and|since|until|till|back)$/.test(prev.lower)) return swap('confusable', t, 'then', `"${prev.text} ${t.text}": did you mean "then"?`);
    return undefined;
  },
  // lose / loose, to / too, affect / effect, who's / whose.
  (tokens, i, ctx) => {
    const t = tokens[i]!;
    const prev = ctx.word(i - 1);
    const next = ctx.word(i + 1);
    const p = prev?.lower ?? '';
    const adjacentPrev = prev !== undefined && t.gap.trim() === '';
    if (t.lower === 'loosing') return swap('confusable', t, 'losing', '"loosing": did you mean "losing"?');
    if (t.lower === 'loose' && adjacentPrev && (/^(?:to|not|never|cannot)$/.test(p) || MODALS.has(p) || /(?:n't|'ll|'d)$/.test(p))) return swap('confusable', t, 'lose', '"loose": did you mean "lose"?');
    if (t.lower === 'too' && next && next.gap.trim() === '' && (BASE_VERBS.has(next.lower) || /^(?:the|a|an|my|your|our|their|his|her|him|them|us)$/.test(next.lower)) && next.lower !== 'be' && next.lower !== 'have') {
      return swap('confusable', t, 'to', `"${t.text} ${next.text}": did you mean "to"?`);
    }
    if (t.lower === 'to' && adjacentPrev && OBJECT_PRONOUNS.has(p) && /^[.!?]$/.test(tokens[i + 1]?.text ?? '.') && p !== 'that') return swap('confusable', t, 'too', `"${prev!.text} to": did you mean "too"?`);
    if (t.lower === 'to' && adjacentPrev && next && next.gap.trim() === '' && /^(?:is|was|be|are|were|way|not|it's|also|much|far)$/.test(p) && TOO_ADJECTIVES.has(next.lower)) {
      return swap('confusable', t, 'too', `"to ${next.text}": did you mean "too ${next.text}"?`);
    }
    if (t.lower === 'affect' && adjacentPrev && /^(?:a|an|the|positive|negative|big|great|no|any|significant|strong|lasting|huge|real|direct|an)$/.test(p)) return swap('confusable', t, 'effect', '"affect" is the verb: did you mean the noun "effect"?');
    if (t.lower === 'effect' && next && next.gap.trim() === '' && /^(?:your|my|our|their|his|everyone|anyone)$/.test(next.lower) && p !== 'into' && p !== 'in') return swap('confusable', t, 'affect', '"effect" is the noun: did you mean the verb "affect"?');
    if (t.lower === 'effect' && adjacentPrev && (MODALS.has(p) || /^(?:not|cannot)$/.test(p) || /n't$/.test(p)) && !/^changes?$/.test(next?.lower ?? '')) return swap('confusable', t, 'affect', '"effect" is the noun: did you mean the verb "affect"?');
    if (t.lower === "who's" && next && NOUNS.has(next.lower)) return swap('confusable', t, 'whose', `"${t.text} ${next.text}": did you mean "whose"?`);
    if (t.lower === 'whose' && next && /^(?:going|been|coming|interested|responsible|available|not|a|the|doing|looking)$/.test(next.lower)) return swap('confusable', t, "who's", `"${t.text} ${next.text}": did you mean "who's" (who is)?`);
    return undefined;
  },
  // "Your sincerely", "that your produced".
  (tokens, i, ctx) => {
    const t = tokens[i]!;
    const next = ctx.word(i + 1);
    if (t.lower !== 'your' || !next || next.gap.trim() !== '') return undefined;
    if (/^(?:sincerely|truly|faithfully)$/.test(next.lower)) return swap('confusable', t, 'yours', `Write "Yours ${next.lower}"`);
    const prev = ctx.word(i - 1)?.lower ?? '';
    if (/^(?:that|which|who)$/.test(prev) && (PAST_TO_BASE[next.lower] !== undefined || /^[a-z]{3,}ed$/.test(next.lower)) && ctx.word(i + 2) === undefined) {
      return swap('confusable', t, 'you', `"${t.text} ${next.text}": did you mean "you ${next.text}"?`);
    }
    return undefined;
  },
  // "love communicate" → "love to communicate"; "believes in maintain" → "maintaining"; "skill couple with" → "coupled".
  (tokens, i, ctx) => {
    const t = tokens[i]!;
    const prev = ctx.word(i - 1);
    if (!prev || t.gap.trim() !== '') return undefined;
    if (ONLY_VERBS.has(t.lower) && /^(?:love|like|want|wants|wanted|need|needs|needed|hope|hoped|wish|plan|intend|aim|decided|eager|able|unable)$/.test(prev.lower)) {
      return { kind: 'verb-form', start: t.start, end: t.end, actual: t.text, expected: [`to ${t.text}`], message: `"${prev.text} ${t.text}": write "${prev.text} to ${t.text}"` };
    }
    if (ONLY_VERBS.has(t.lower) && /^(?:in|of|for|about|at|by|without|before|after)$/.test(prev.lower)) {
      return swap('verb-form', t, ingForm(t.lower), `"${prev.text} ${t.text}": after "${prev.lower}" write "${ingForm(t.lower)}"`);
    }
    if (t.lower === 'couple' && ctx.word(i + 1)?.lower === 'with' && !DETERMINERS.has(prev.lower) && !/^(?:every|each|one|per|last|next|first)$/.test(prev.lower)) {
      return swap('verb-form', t, 'coupled', '"couple with": write "coupled with"');
    }
    return undefined;
  },
  // Verb forms: "will sent", "to sent", "did went", "have went", "I seen", "am interest in".
  (tokens, i, ctx) => {
    const t = tokens[i]!;
    const prev = ctx.word(i - 1);
    if (!prev || t.gap.trim() !== '') return undefined;
    // A modal with "also", "not", "just" or "of course" in between.
    let lead = prev;
    if (/^(?:also|not|never|just|then|certainly|definitely)$/.test(prev.lower)) lead = ctx.word(i - 2) ?? prev;
    if (prev.lower === 'course' && ctx.word(i - 2)?.lower === 'of') lead = ctx.word(i - 3) ?? prev;
    const base = PAST_TO_BASE[t.lower];
    if (base && (MODALS.has(lead.lower) || /^(?:did|didn't|does|doesn't|don't)$/.test(lead.lower)) && t.lower !== 'received' && t.lower !== 'applied' && t.lower !== 'attached') {
      return swap('verb-form', t, base, `"${lead.text} … ${t.text}": write "${base}"`);
    }
    if (base && prev.lower === 'to' && !/^(?:received|applied|attached|made|found|left|felt|kept|got|heard|thought)$/.test(t.lower)) {
      const before = ctx.word(i - 2)?.lower ?? '';
      if (!/^(?:up|next|due|according|thanks|addition|prior|close|similar|compared|related|used|get|got)$/.test(before)) return swap('verb-form', t, base, `"to ${t.text}": write "to ${base}"`);
    }
    const participle = PAST_TO_PARTICIPLE[t.lower];
    if (participle && /^(?:have|has|had|i've|you've|we've|they've|having)$/.test(prev.lower)) return swap('verb-form', t, participle, `"${prev.text} ${t.text}": write "${prev.text} ${participle}"`);
    if (t.lower === 'seen' && /^(?:i|we|they|you)$/i.test(prev.text)) {
      const before = ctx.word(i - 2)?.lower ?? '';
      if (!/^(?:have|has|had|having)$/.test(before)) return swap('verb-form', t, 'saw', `"${prev.text} seen": write "${prev.text} saw" or "${prev.text} have seen"`);
    }
    const participle2 = BASE_TO_PARTICIPLE[t.lower];
    const be = /^(?:even|also|not|just|already|always|never|recently|being)$/.test(prev.lower) ? ctx.word(i - 2) : prev;
    if (participle2 && be && BE.has(be.lower)) {
      const after = tokens[i + 1];
      // After "be", "been" or "being" the base form is never right ("to be interview"); after "am"
      // or "is" only before a preposition or the end ("is follow by", not "is interest rates").
      if (/^(?:be|been|being)$/.test(be.lower) || !after || !after.word || PREPOSITIONS.has(after.lower) || after.lower === 'by') {
        return swap('verb-form', t, participle2, `"${be.text} … ${t.text}": write "${participle2}"`);
      }
    }
    // "I am interesting in the role": how the writer feels is the "-ed" form.
    const feeling = FEELINGS[t.lower];
    if (feeling && /^(?:am|i'm|was)$/.test(prev.lower) && /^(?:in|to|about|by|with|at)$/.test(ctx.word(i + 1)?.lower ?? '')) {
      return swap('verb-form', t, feeling, `"${prev.text} ${t.text}": how you feel is "${feeling}"`);
    }
    return undefined;
  },
  // A sentence, a greeting or a sign-off that starts in lower case.
  (tokens, i, ctx) => {
    const t = tokens[i]!;
    if (!t.word || !/^\p{Ll}/u.test(t.text) || /\p{Lu}/u.test(t.text) || /^i(?:['’]|$)/.test(t.text) || t.text === 'im') return undefined;
    // "e.g.", "a.m.": a letter and a full stop is an abbreviation.
    if (t.text.length === 1 && tokens[i + 1]?.text === '.' && tokens[i + 1]!.gap === '') return undefined;
    if (!ctx.startsSentence(i)) return undefined;
    return { kind: 'sentence-case', start: t.start, end: t.end, actual: t.text, expected: [t.text[0]!.toUpperCase() + t.text.slice(1)], message: 'Start the sentence with a capital letter' };
  },
];

/** Whether a line is a greeting ("Dear Jane,", "Hi all!", "Hello Mr. Lee:"). */
const GREETING = new RegExp(`^\\s*${SALUTATION_SOURCE}\\b[^\\n]{0,80}[,:!]\\s*$`, 'i');

export function grammarIssues(text: string): GrammarIssue[] {
  const tokens = tokenize(text);
  const lineOf = (t: Token) => text.lastIndexOf('\n', t.start - 1);
  const ctx: Context = {
    text,
    word: (i) => (i >= 0 && i < tokens.length && tokens[i]!.word ? tokens[i] : undefined),
    startsSentence(i) {
      if (i === 0) return true;
      const t = tokens[i]!;
      // A new paragraph, or the line after a greeting.
      if (/\n[^\S\n]*\n/.test(t.gap)) return true;
      if (t.gap.includes('\n')) {
        const lineStart = lineOf(tokens[i - 1]!) + 1;
        if (GREETING.test(text.slice(lineStart, t.start))) return true;
      }
      const prev = tokens[i - 1]!;
      if (!/^[.!?]$/.test(prev.text)) return false;
      // "...", "e.g. this", "Mr. Lee": no sentence end.
      const before = tokens[i - 2];
      if (prev.text === '.' && before) {
        if (before.text === '.' || (before.word && before.text.length === 1)) return false;
        if (ABBREVIATIONS.has(before.lower)) return false;
        // "e.g." and "i.e.": a letter, a full stop, a letter, a full stop.
        if (before.word && tokens[i - 3]?.text === '.' && tokens[i - 4]?.word && tokens[i - 4]!.text.length === 1) return false;
      }
      return t.gap !== '';
    },
  };
  const found: GrammarIssue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.word) continue;
    for (const rule of RULES) {
      const f = rule(tokens, i, ctx);
      if (f) {
        found.push(f);
        break;
      }
    }
  }
  return found;
}
