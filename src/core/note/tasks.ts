// Task lines in a note's body, read from the note model's list items (markdown.ts): an open task
// box "[ ]" with a due marker. Nothing inside code is a task.
import { isValidCalendarDate } from '../time/calendar';
import type { EditResult } from '../edits/frontMatterEdit';
import { NoteText } from './noteText';
import type { CalendarDate, Task } from '../model/types';

// The three due markers: "📅 2026-12-01", "due: 2026-12-01", "@due(2026-12-01)".
const DUE_MARKER = /(?:📅\s*|\bdue:\s*|@due\(\s*)(\d{4})-(\d{2})-(\d{2})\)?/i;

/**
 * At most this many dated open tasks of one note become actions. A note is one interview's
 * to-do list; the bound keeps the work on one hostile or pasted-in note (a 5 MB note can hold
 * 140,000 task lines) to a few milliseconds in the index and the views.
 */
export const MAX_TASKS_PER_NOTE = 1000;

/** Open tasks with a due date, in note order. */
export function tasksOf(note: NoteText): Task[] {
  return readTasks(note, Infinity).tasks;
}

/** The tracked tasks, and where the untracked open tasks begin when there are more than `limit`. */
export function readTasks(note: NoteText, limit: number): { tasks: Task[]; untracked?: { line: number; count: number } } {
  // Most notes have no task box: skip reading the body's structure for them.
  if (!note.body.includes('[ ]')) return { tasks: [] };
  const tasks: Task[] = [];
  const items = note.structure.items;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.box !== 'open') continue;
    if (tasks.length === limit) {
      // Counted, not read: reading them is the work the bound avoids.
      let count = 0;
      for (let j = i; j < items.length; j++) if (items[j]!.box === 'open') count++;
      return { tasks, untracked: { line: item.line, count } };
    }
    const task = taskOf(item.text.replace(/^\[ \][ \t]*/, ''), item.line);
    if (task) tasks.push(task);
  }
  return { tasks };
}

function taskOf(text: string, line: number): Task | undefined {
  const marker = DUE_MARKER.exec(text);
  if (!marker) return undefined;
  const due: CalendarDate = { year: Number(marker[1]), month: Number(marker[2]), day: Number(marker[3]) };
  if (!isValidCalendarDate(due)) return undefined;
  const rest = text.replace(DUE_MARKER, '').replace(/\s+/g, ' ').trim();
  return { text: rest || 'Task', due, line };
}

/**
 * The edit that checks an open task: `[ ]` becomes `[x]`, nothing else. With `taskText` (the
 * task as the view showed it) the task is found by its text: on the remembered `line` if it is
 * still there, else wherever it moved to; refused when it is gone or when several tasks have
 * that text and none is on the remembered line. Without it, the task on `line` is checked.
 */
export function checkTaskEdit(text: string, line: number, taskText?: string): EditResult {
  const note = new NoteText(text);
  let target = line;
  if (taskText !== undefined) {
    const same = tasksOf(note).filter((t) => t.text === taskText).map((t) => t.line);
    if (same.length === 0) return { ok: false, message: `the task "${taskText}" is no longer an open task in the note (already checked, edited or removed)` };
    if (!same.includes(line)) {
      if (same.length > 1) return { ok: false, message: `the task "${taskText}" moved and the note has ${same.length} open tasks with that text; check the right one in the editor` };
      target = same[0]!;
    }
  }
  const item = note.structure.items.find((i) => i.line === target);
  if (!item || item.box !== 'open') return { ok: false, message: `line ${target} is no longer an open task ("- [ ] …")` };
  let start = 0;
  for (let i = 1; i < target; i++) start = text.indexOf('\n', start) + 1;
  const lineText = note.lines[target - 1]!;
  const box = lineText.indexOf('[ ]', lineText.length - item.text.length - 1);
  return { ok: true, edit: { offset: start + box + 1, length: 1, text: 'x' } };
}
