// Task lines in a note's body: a cheap line scan, no Markdown parser (remark would cost
// ~2.5 ms per note; see docs/architecture.md).
import { isValidCalendarDate } from './dates';
import type { CalendarDate, Task } from './types';

// An unchecked list item: "- [ ] ", "* [ ] ", "+ [ ] " or "1. [ ] ", any indentation.
const OPEN_TASK = /^\s*(?:[-*+]|\d+[.)])\s+\[ \]\s+(.*)$/;
// The three due markers: "📅 2026-12-01", "due: 2026-12-01", "@due(2026-12-01)".
const DUE_MARKER = /(?:📅\s*|\bdue:\s*|@due\(\s*)(\d{4})-(\d{2})-(\d{2})\)?/i;

/**
 * Open tasks with a due date. firstLine is the 1-based file line of the body's first line.
 * Lines inside fenced code blocks are skipped.
 */
export function scanTasks(body: string, firstLine: number): Task[] {
  if (!body.includes('[ ]')) return [];
  const tasks: Task[] = [];
  const lines = body.split('\n');
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    const fenceMatch = /^\s*(```|~~~)/.exec(line);
    if (fenceMatch) {
      if (!fence) fence = fenceMatch[1];
      else if (fenceMatch[1] === fence) fence = undefined;
      continue;
    }
    if (fence) continue;
    const task = OPEN_TASK.exec(line);
    if (!task) continue;
    const marker = DUE_MARKER.exec(task[1]!);
    if (!marker) continue;
    const due: CalendarDate = { year: Number(marker[1]), month: Number(marker[2]), day: Number(marker[3]) };
    if (!isValidCalendarDate(due)) continue;
    const text = task[1]!.replace(DUE_MARKER, '').replace(/\s+/g, ' ').trim();
    tasks.push({ text: text || 'Task', due, line: firstLine + i });
  }
  return tasks;
}
