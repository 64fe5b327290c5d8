// Interjections written as sounds are no misspellings: laughter spelled as a repeated syllable
// ("haha", "hehe", "hahaha") and interjections with letters drawn out ("hmmm", "umm", "ahh",
// "ooops"). Hunspell's English dictionaries list the short forms ("ha", "hmm", "um", "oops") but
// none of the lengths people type, so each would be reported with a wrong "correction" ("Haha" →
// "Aha"). Whether such a word suits the email is a question of tone, not of spelling.

// Syllables that laughter and hesitation repeat.
const REPEATED = /^(?:ha|he|hi|ho|ah|aha|hah|heh|la|mu|na)$/;
// Interjections as dictionaries and style guides list them; compared with runs of a letter collapsed.
const INTERJECTIONS = [
  'ah', 'aah', 'aha', 'argh', 'aw', 'aww', 'eh', 'er', 'erm', 'ew', 'gah', 'ha', 'hah', 'heh', 'hm', 'hmm', 'huh',
  'lol', 'meh', 'mm', 'mhm', 'nah', 'oh', 'ooh', 'oops', 'ouch', 'ow', 'phew', 'psst', 'shh', 'uh', 'ugh', 'um',
  'whoa', 'whoops', 'woah', 'wow', 'yay', 'yikes', 'yum', 'hooray', 'hurray', 'hurrah', 'yoo-hoo',
];

const collapse = (word: string) => word.replace(/(\p{L})\1+/gu, '$1');
const BASES = new Set(INTERJECTIONS.map(collapse));

/** Whether a word is an interjection written as a sound: a repeated syllable, or a listed interjection drawn out. */
export function isSoundWord(word: string): boolean {
  const w = word.toLowerCase();
  if (w.length > 24 || !/^\p{L}+(?:-\p{L}+)*$/u.test(w)) return false;
  // "hahah": the syllable repeated, perhaps cut short by one letter.
  const laughter = /^(\p{L}{2,3})(?:-?\1)+(\p{L})?$/u.exec(w);
  if (laughter && REPEATED.test(laughter[1]!) && (!laughter[2] || laughter[2] === laughter[1]![0])) return true;
  return BASES.has(collapse(w));
}
