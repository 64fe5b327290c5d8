// Whether a draft mentions one of the note's "Details to mention": by content-word stems with a
// threshold, so "the environmental practice group's needs" counts for "the environmental group
// needs more people", while the role word alone ("Accountant" for "two accountants are leaving")
// does not. stemmer is the Porter stemmer: "relocation"/"relocate", "remotely"/"remote" meet.
import { stemmer } from 'stemmer';

// Words any thank-you or follow-up contains: they say nothing about the conversation.
const STOP_WORDS = [
  'about', 'after', 'again', 'also', 'and', 'any', 'are', 'been', 'being', 'but', 'can', 'could', 'did', 'does', 'each',
  'for', 'from', 'had', 'has', 'have', 'her', 'here', 'him', 'his', 'how', 'into', 'its', 'just', 'may', 'might', 'more',
  'most', 'much', 'must', 'not', 'now', 'off', 'one', 'only', 'onto', 'other', 'our', 'out', 'over', 'own', 'same', 'she',
  'should', 'some', 'such', 'than', 'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those',
  'two', 'three', 'very', 'was', 'were', 'what', 'when', 'where', 'which', 'while', 'who', 'whom', 'why', 'will', 'with',
  'would', 'you', 'your', 'yours', 'first', 'last', 'next', 'new', 'well', 'good', 'great', 'really', 'thing', 'things',
  'thank', 'thanks', 'interview', 'position', 'role', 'job', 'company', 'team', 'work', 'working', 'time', 'today',
  'yesterday', 'week', 'weeks', 'day', 'days', 'month', 'months', 'year', 'opportunity', 'conversation', 'discussion',
  'discuss', 'meeting', 'meet', 'learn', 'learning', 'enjoy', 'enjoyed', 'talk', 'talked', 'speak', 'spoke', 'mention',
  'mentioned', 'look', 'forward', 'hear', 'hope', 'want', 'like', 'said', 'told', 'asked', 'ask', 'get', 'got', 'make',
  'made', 'want', 'wants', 'need', 'needs', 'plan', 'plans',
  // The vocabulary of hiring itself: "the open position", "any update on the process".
  'open', 'opening', 'update', 'updates', 'process', 'hiring', 'decision', 'step', 'steps', 'candidate', 'candidates',
  'application', 'resume', 'information', 'question', 'questions',
];
const STOP_STEMS = new Set(STOP_WORDS.map((w) => stemmer(w)));

// A few paraphrases people write for what was shared: "the video you mentioned" for "the TED talk".
// Groups are named with a "#" so that they never meet a stop word ("talk" is one).
const SYNONYMS: Record<string, string> = {
  video: '#talk', talk: '#talk', ted: '#talk', presentation: '#talk', lecture: '#talk',
  article: '#article', post: '#article', piece: '#article', blog: '#article', essay: '#article',
  book: '#book', novel: '#book',
};

/** Lowercase words of the text (letters only, apostrophes dropped). */
function words(text: string): string[] {
  return (text.toLowerCase().replace(/['’]s\b/g, '').match(/\p{L}+/gu) ?? []).filter((w) => w.length >= 3);
}

function stems(text: string): string[] {
  return words(text).map((w) => (Object.hasOwn(SYNONYMS, w) ? SYNONYMS[w]! : stemmer(w)));
}

/** Stems of words that never count as a detail match: names, the role, the company. */
export function excludedStems(texts: string[]): Set<string> {
  return new Set(texts.flatMap(stems));
}

/** The content stems of a draft, for repeated matching against details. */
export function draftStems(draftText: string): Set<string> {
  return new Set(stems(draftText));
}

/**
 * Whether the draft mentions the detail: at least a third of the detail's content stems (and at
 * least one) appear in the draft. Stop words and excluded stems (names, role, company) never count.
 */
export function mentionsDetail(draft: Set<string>, detail: string, excluded: Set<string>): boolean {
  const content = new Set(stems(detail).filter((s) => !STOP_STEMS.has(s) && !excluded.has(s)));
  if (content.size === 0) return false;
  let matched = 0;
  for (const s of content) if (draft.has(s)) matched++;
  return matched >= 1 && matched >= Math.ceil(content.size / 3);
}
