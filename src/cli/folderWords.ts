// `lint`'s knowledge of the user's world: every person, company and role in the notes folder, as
// the extension's worker gets them from its index. Read only when the spelling check meets a word
// that neither the word lists nor the note know (most drafts never need it), once per run.
import { listNotesSync, readNoteSync } from '../node/readNote';
import { parseNote } from '../core/note/parse';
import { noteWorldWords } from '../core/etiquette/worldWords';
import type { WordSet } from '../core/etiquette/draftLanguage';

/** The words of every note under folder (lower case), read on the first has(). */
export function folderWords(folder: string): WordSet & { readonly notesRead: number } {
  let words: Set<string> | undefined;
  let notesRead = 0;
  const load = () => {
    words = new Set();
    for (const file of listNotesSync(folder).files) {
      const read = readNoteSync(file, folder);
      if (read.kind !== 'text') continue;
      const parsed = parseNote(read.text, file);
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
