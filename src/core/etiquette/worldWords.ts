// The words a note tells about the user's world (its company, role, and each person's name and
// title), which the spelling check knows in every draft. A module of its own, without the checker's
// libraries: the extension host and the CLI collect these words from every note.
import type { Note } from '../model/types';

const WORD_SPLIT = /[^\p{L}\p{M}\p{N}'’]+/u;

/** A word as the known-word sets hold it: lower case, ’ as ', without a possessive 's. */
export function normaliseWord(word: string): string {
  return word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
}

/** The words of a text, normalised ("Kubeflow-based" is "kubeflow" and "based"). */
export function wordsOf(text: string): string[] {
  return text.split(WORD_SPLIT).filter((w) => /\p{L}/u.test(w)).map(normaliseWord);
}

/** What a note tells about the user's world: its company, role, and each person's name and title. */
export function noteWorldTexts(note: Note): string[] {
  return [note.company, note.role ?? '', ...note.interviewers.flatMap((p) => [p.name, p.title ?? ''])];
}

/** The words of noteWorldTexts, normalised, each once. */
export function noteWorldWords(note: Note): string[] {
  return [...new Set(noteWorldTexts(note).flatMap(wordsOf))];
}
