// The in-memory index of a notes folder. Each file's entry is replaced as a whole when that file
// changes, so one changed note never touches the others. The actions are kept evaluated at the
// index's clock, in one sorted list per state: changing a note or moving the clock re-evaluates
// only the notes concerned, and reading counts or the first rows of a group sorts nothing.
import type { ParseResult } from '../note/parse';
import { compareActions, evaluate, nextChange, planNote, type NoteHead, type PlannedAction } from '../actions/rules';
import { SortedList } from './sortedList';
import { windowBounds, windowOf, WINDOWS, type TimeWindow } from '../actions/windows';
import { DEFAULT_RULE_SETTINGS, type Action, type ActionState, type Note, type Problem, type RuleSettings } from '../model/types';

/** What the index keeps of one file, without the parsed note: a cache can store and restore it. */
export interface PlannedEntry {
  head?: NoteHead;
  plans: PlannedAction[];
  problems: Problem[];
}

interface Entry {
  /** The parsed note (absent when the entry came from a cache). */
  note?: Note;
  head?: NoteHead;
  plans: PlannedAction[];
  problems: Problem[];
  /** The note's actions at the index's clock, as held in the groups. */
  actions: Action[];
  /** When the clock reaches this, the note's actions change. */
  changesAt: number;
}

const STATES: readonly ActionState[] = ['overdue', 'due', 'upcoming'];

/** What the views show, taken at one instant: the tree, the badge, the status bar and the CLI render it. */
export interface Snapshot {
  now: Date;
  /** Every state, in display order, with its count and its first rows by due time: the badge, the status bar and the reminders. */
  groups: { state: ActionState; count: number; rows: Action[] }[];
  /** Every window of deadlines (actions/windows.ts), in display order, with its count and first rows: how the views group the rows. */
  windows: { window: TimeWindow; count: number; rows: Action[] }[];
  /**
   * Notes with problems to fix (an error: not read; a warning: read, with something not understood),
   * by file, with all their problems. A note with only information (a vague timeline) is not here.
   */
  broken: { file: string; problems: Problem[] }[];
  noteCount: number;
  /** The next instant at which some action appears, disappears or changes state (Infinity: none). */
  nextChangeAt: number;
}

export class NoteIndex {
  private readonly entries = new Map<string, Entry>();
  private readonly groups: Map<ActionState, SortedList<Action>>;
  private clock: number;
  /** Files with problems to fix, files with any problem (information too), and how many files hold a valid note: kept as entries change. */
  private readonly broken = new Set<string>();
  private readonly withProblems = new Set<string>();
  private notes = 0;

  /** `bufferInserts`: true for a batch run (one sort at the first read), false in a host (see SortedList). */
  constructor(private settings: RuleSettings = DEFAULT_RULE_SETTINGS, now: Date = new Date(), bufferInserts = true) {
    this.groups = new Map(STATES.map((s) => [s, new SortedList<Action>(compareActions, bufferInserts)]));
    this.clock = now.getTime();
  }

  /**
   * keepNote false (a one-shot `due` over many notes): only what the rows need is kept, as
   * strings of their own, so the note and its text can be freed (100,000 notes' texts held by a
   * company name each were most of the CLI's peak memory). setSettings cannot re-plan such an entry.
   */
  set(file: string, result: ParseResult, keepNote = true): void {
    this.remove(file);
    if (result.kind === 'ignored') return;
    const note = result.kind === 'note' ? result.note : undefined;
    const plans = note ? planNote(note, this.settings) : [];
    if (keepNote) {
      this.add(file, { note, head: note, plans, problems: result.problems, actions: [], changesAt: Infinity });
      return;
    }
    for (const p of plans) {
      p.title = detached(p.title);
      if (p.timeline !== undefined) p.timeline = detached(p.timeline);
    }
    const head: NoteHead | undefined = note && { file: note.file, company: detached(note.company) };
    if (head && note?.role) head.role = detached(note.role);
    const problems = result.problems.map((p) => ({ ...p, message: detached(p.message) }));
    this.add(file, { head, plans, problems, actions: [], changesAt: Infinity });
  }

  /** An entry planned earlier (a cache's), under the same settings. */
  setPlanned(file: string, planned: PlannedEntry): void {
    this.remove(file);
    this.add(file, { head: planned.head, plans: planned.plans, problems: planned.problems, actions: [], changesAt: Infinity });
  }

  /** What a cache needs to restore the file's entry. */
  planned(file: string): PlannedEntry | undefined {
    const e = this.entries.get(file);
    if (!e) return undefined;
    const out: PlannedEntry = { plans: e.plans, problems: e.problems };
    if (e.head) out.head = { file: e.head.file, company: e.head.company, ...(e.head.role ? { role: e.head.role } : {}) };
    return out;
  }

  private add(file: string, entry: Entry): void {
    this.entries.set(file, entry);
    if (entry.head) this.notes++;
    if (entry.problems.length > 0) this.withProblems.add(file);
    if (entry.problems.some(isToFix)) this.broken.add(file);
    this.evaluateEntry(entry);
  }

  remove(file: string): boolean {
    const entry = this.entries.get(file);
    if (!entry) return false;
    this.withdraw(entry);
    this.entries.delete(file);
    if (entry.head) this.notes--;
    this.broken.delete(file);
    this.withProblems.delete(file);
    return true;
  }

  has(file: string): boolean {
    return this.entries.has(file);
  }

  /** New rule settings re-plan every note from what is already parsed (no re-read). */
  setSettings(settings: RuleSettings): void {
    this.settings = settings;
    for (const entry of this.entries.values()) {
      this.withdraw(entry);
      if (entry.note) entry.plans = planNote(entry.note, settings);
      this.evaluateEntry(entry);
    }
  }

  /**
   * Moves the clock to `now` and re-evaluates the notes whose actions change by then (all of
   * them if the clock goes back). Returns those notes' files.
   */
  advance(now: Date): string[] {
    const t = now.getTime();
    const back = t < this.clock;
    this.clock = t;
    const changed: string[] = [];
    for (const [file, entry] of this.entries) {
      if (!back && entry.changesAt > t) continue;
      this.withdraw(entry);
      this.evaluateEntry(entry);
      changed.push(file);
    }
    return changed;
  }

  private evaluateEntry(entry: Entry): void {
    if (!entry.head) return;
    for (const plan of entry.plans) {
      const action = evaluate(plan, entry.head, this.clock);
      if (!action) continue;
      entry.actions.push(action);
      this.groups.get(action.state)!.insert(action);
    }
    entry.changesAt = nextChange(entry.plans, this.clock);
  }

  private withdraw(entry: Entry): void {
    for (const action of entry.actions) this.groups.get(action.state)!.remove(action);
    entry.actions = [];
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

  get noteCount(): number {
    return this.notes;
  }

  /** What the views show at the index's clock (move it first with advance). */
  snapshot(rowsPerState: number): Snapshot {
    let nextChangeAt = Infinity;
    for (const e of this.entries.values()) if (e.changesAt < nextChangeAt) nextChangeAt = e.changesAt;
    return {
      now: new Date(this.clock),
      groups: STATES.map((state) => ({ state, count: this.groups.get(state)!.size, rows: this.groups.get(state)!.first(rowsPerState) })),
      windows: this.windows(rowsPerState),
      broken: [...this.broken].sort(compareStrings).map((file) => ({ file, problems: this.entries.get(file)!.problems })),
      noteCount: this.notes,
      nextChangeAt,
    };
  }

  /**
   * The windows at the index's clock. Overdue is its state's list; the others split the due and
   * upcoming lists, each sorted by due time, at the window bounds (a binary search each), and their
   * first rows are the two lists' first rows in the window, merged.
   */
  private windows(rowsPerWindow: number): Snapshot['windows'] {
    const bounds = windowBounds(new Date(this.clock));
    const lists = [this.groups.get('due')!, this.groups.get('upcoming')!];
    const ends = lists.map((list) => [
      // windowOf decides, as for the CLI's table; these lists hold no overdue rows.
      list.countWhile((a) => windowOf(a, bounds) === 'today'),
      list.countWhile((a) => windowOf(a, bounds) !== 'later'),
      list.size,
    ]);
    const overdue = this.groups.get('overdue')!;
    return WINDOWS.map((window, w) => {
      if (window === 'overdue') return { window, count: overdue.size, rows: overdue.first(rowsPerWindow) };
      const k = w - 1;
      const parts = lists.map((list, i) => {
        const from = k === 0 ? 0 : ends[i]![k - 1]!;
        return { count: ends[i]![k]! - from, rows: list.slice(from, Math.min(rowsPerWindow, ends[i]![k]! - from)) };
      });
      return { window, count: parts[0]!.count + parts[1]!.count, rows: mergeSorted(parts[0]!.rows, parts[1]!.rows).slice(0, rowsPerWindow) };
    });
  }

  /** Every pending action at the index's clock, sorted by due time. */
  actions(): Action[] {
    // Each state's list is sorted already: merged, not sorted again (a tenth of a cached `due`).
    return STATES.map((s) => this.groups.get(s)!.toArray()).reduce(mergeSorted);
  }

  /** One note's actions at `now`, without moving the clock. */
  actionsOf(file: string, now: Date): Action[] {
    const entry = this.entries.get(file);
    if (!entry?.head) return [];
    const t = now.getTime();
    return entry.plans
      .map((p) => evaluate(p, entry.head!, t))
      .filter((a): a is Action => a !== undefined)
      .sort(compareActions);
  }

  /** Every problem, information included, by file and line. */
  problems(): Problem[] {
    return [...this.withProblems].sort(compareStrings).flatMap((f) => [...this.entries.get(f)!.problems].sort((a, b) => a.line - b.line));
  }
}

/** A problem to fix (error or warning), not information. */
function isToFix(p: Pick<Problem, 'severity'>): boolean {
  return p.severity !== 'info';
}

/**
 * The same text in memory of its own. A slice of a string (a value read from a note) keeps the
 * whole note's text alive in V8; a concatenation, flattened and sliced again, does not.
 */
function detached(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** Two lists sorted by compareActions, as one. */
function mergeSorted(a: Action[], b: Action[]): Action[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out = new Array<Action>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = compareActions(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
