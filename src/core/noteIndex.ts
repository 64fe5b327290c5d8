// The in-memory index of a notes folder: one entry per file, replaced as a whole when that
// file changes, so one changed note never touches the others.
import { parseNote, type ParseResult } from './note';
import { compareActions, evaluate, planNote, type PlannedAction } from './rules';
import { DEFAULT_RULE_SETTINGS, type Action, type Note, type Problem, type RuleSettings } from './types';

interface Entry {
  note?: Note;
  plans: PlannedAction[];
  problems: Problem[];
}

export class NoteIndex {
  private readonly entries = new Map<string, Entry>();

  constructor(private settings: RuleSettings = DEFAULT_RULE_SETTINGS) {}

  /** Parses `text` as the new content of `file`; returns what the parse found. */
  update(file: string, text: string): ParseResult {
    const result = parseNote(text, file, this.settings);
    this.set(file, result);
    return result;
  }

  set(file: string, result: ParseResult): void {
    if (result.kind === 'ignored') {
      this.entries.delete(file);
      return;
    }
    const note = result.kind === 'note' ? result.note : undefined;
    this.entries.set(file, { note, plans: note ? planNote(note, this.settings) : [], problems: result.problems });
  }

  remove(file: string): boolean {
    return this.entries.delete(file);
  }

  /** New rule settings re-plan every note from what is already parsed (no re-read). */
  setSettings(settings: RuleSettings): void {
    this.settings = settings;
    for (const entry of this.entries.values()) {
      if (entry.note) entry.plans = planNote(entry.note, settings);
    }
  }

  getNote(file: string): Note | undefined {
    return this.entries.get(file)?.note;
  }

  problemsOf(file: string): Problem[] {
    return this.entries.get(file)?.problems ?? [];
  }

  files(): IterableIterator<string> {
    return this.entries.keys();
  }

  get size(): number {
    return this.entries.size;
  }

  get noteCount(): number {
    let n = 0;
    for (const e of this.entries.values()) if (e.note) n++;
    return n;
  }

  /** Every pending action at `now`, sorted by due time. */
  actions(now: Date): Action[] {
    const t = now.getTime();
    const out: Action[] = [];
    for (const entry of this.entries.values()) {
      if (!entry.note) continue;
      for (const plan of entry.plans) {
        const action = evaluate(plan, entry.note, t);
        if (action) out.push(action);
      }
    }
    return out.sort(compareActions);
  }

  actionsOf(file: string, now: Date): Action[] {
    const entry = this.entries.get(file);
    if (!entry?.note) return [];
    const t = now.getTime();
    return entry.plans
      .map((p) => evaluate(p, entry.note!, t))
      .filter((a): a is Action => a !== undefined)
      .sort(compareActions);
  }

  problems(): Problem[] {
    const out: Problem[] = [];
    for (const entry of this.entries.values()) out.push(...entry.problems);
    return out.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  }

  /** Files with problems, one row each (for the tree). */
  brokenFiles(): { file: string; problems: Problem[] }[] {
    const out: { file: string; problems: Problem[] }[] = [];
    for (const [file, entry] of this.entries) if (entry.problems.length > 0) out.push({ file, problems: entry.problems });
    return out.sort((a, b) => a.file.localeCompare(b.file));
  }
}
