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

/** The edit that checks the open task on `line` (1-based): `[ ]` becomes `[x]`, nothing else. */
export function checkTaskEdit(text: string, line: number): EditResult {
  const note = new NoteText(text);
  const item = note.structure.items.find((i) => i.line === line);
  if (!item || item.box !== 'open') return { ok: false, message: `line ${line} is no longer an open task ("- [ ] …")` };
  let start = 0;
  for (let i = 1; i < line; i++) start = text.indexOf('\n', start) + 1;
  const lineText = note.lines[line - 1]!;
  const box = lineText.indexOf('[ ]', lineText.length - item.text.length - 1);
  return { ok: true, edit: { offset: start + box + 1, length: 1, text: 'x' } };
}
