// Task lines in a note's body, read from the note model's list items (markdown.ts): an open task
// box "[ ]" with a due marker. Nothing inside code is a task.
import { isValidCalendarDate } from './dates';
import type { EditResult } from './frontmatterEdit';
import { NoteText } from './markdown';
import type { CalendarDate, Task } from './types';

// The three due markers: "📅 2026-12-01", "due: 2026-12-01", "@due(2026-12-01)".
const DUE_MARKER = /(?:📅\s*|\bdue:\s*|@due\(\s*)(\d{4})-(\d{2})-(\d{2})\)?/i;

/** Open tasks with a due date. */
export function tasksOf(note: NoteText): Task[] {
  // Most notes have no task box: skip reading the body's structure for them.
  if (!note.body.includes('[ ]')) return [];
  const tasks: Task[] = [];
  for (const item of note.structure.items) {
    if (item.box !== 'open') continue;
    const task = taskOf(item.text.replace(/^\[ \][ \t]*/, ''), item.line);
    if (task) tasks.push(task);
  }
  return tasks;
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
