// `lint`'s knowledge of the user's world: every person, company and role in the notes folder, as
// the extension's worker gets them from its index. Read only when the spelling check meets a word
// that neither the word lists nor the note know (most drafts never need it), once per run.
import { listNotesSync, readNoteSync } from '../node/readNote';
import { parseNote } from '../core/note/parse';
import { noteWorldWords } from '../core/etiquette/worldWords';
import type { WordSet } from '../core/etiquette/draftLanguage';

/** The texts of the notes under folder, read by the safe reader (unreadable ones left out). */
function* notesUnder(folder: string): Iterable<{ path: string; text: string }> {
  for (const path of listNotesSync(folder).files) {
    const read = readNoteSync(path, folder);
    if (read.kind === 'text') yield { path, text: read.text };
  }
}

/**
 * The words of every note under folder (lower case), read on the first has(). `texts`: the
 * folder's notes when the caller has read them already (lint given that folder), so they are not
 * read twice.
 */
export function folderWords(folder: string, texts?: Iterable<{ path: string; text: string }>): WordSet & { readonly notesRead: number } {
  let words: Set<string> | undefined;
  let notesRead = 0;
  const load = () => {
    words = new Set();
    for (const { path: file, text } of texts ?? notesUnder(folder)) {
      const parsed = parseNote(text, file);
      if (parsed.kind !== 'note') continue;
      notesRead++;
      for (const w of noteWorldWords(parsed.note)) words.add(w);
    }
    return words;
  };
  return {
    has: (word: string) => (words ?? load()).has(word),
    get notesRead() {
      return notesRead;
    },
  };
}
