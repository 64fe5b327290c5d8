// Parsed notes by file and text, shared by every reader of a note (see NotePipeline.parsed).
import { NoteText } from '../note/noteText';
import { parseNote, type ParseResult } from '../note/parse';
import type { RuleSettings } from '../model/types';

/**
 * Parsed notes by file and text: the index, the etiquette checker, hovers and commands all read
 * through it, so one keystroke is one parse however many of them look at the note.
 */
export class ParsedNotes {
  private readonly entries = new Map<string, { text: string; model: NoteText; result?: ParseResult }>();

  constructor(private settings: RuleSettings, private readonly parse: typeof parseNote = parseNote) {}

  setSettings(settings: RuleSettings): void {
    this.settings = settings;
    for (const e of this.entries.values()) e.result = undefined;
  }

  /** The note model of this text of the file (scanned once per text). */
  model(file: string, text: string): NoteText {
    let entry = this.entries.get(file);
    if (!entry || entry.text !== text) {
      entry = { text, model: new NoteText(text) };
      this.entries.set(file, entry);
    }
    return entry.model;
  }

  /** The parse of this text of the file (parsed once per text and settings). */
  result(file: string, text: string): ParseResult {
    const model = this.model(file, text);
    const entry = this.entries.get(file)!;
    entry.result ??= this.parse(model, file, this.settings);
    return entry.result;
  }

  /** Keeps memory to the notes that change: a note's text is forgotten once it is indexed. */
  forget(file: string): void {
    this.entries.delete(file);
  }
}
