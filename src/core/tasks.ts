// Task lines in a note's body: a cheap line scan, no Markdown parser (remark would cost
// ~2.5 ms per note, about 25 s over 10,000 notes: far too slow for indexing).
import { isValidCalendarDate } from './dates';
import type { EditResult } from './frontmatterEdit';
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
  // Without code fences only the lines holding "[ ]" matter; skip splitting the whole body.
  if (!body.includes('```') && !body.includes('~~~')) {
    let line = firstLine;
    let counted = 0;
    for (let at = body.indexOf('[ ]'); at >= 0; ) {
      const start = body.lastIndexOf('\n', at) + 1;
      const end = body.indexOf('\n', at);
      for (let i = body.indexOf('\n', counted); i >= 0 && i < start; i = body.indexOf('\n', i + 1)) line++;
      counted = start;
      const task = taskOn(body.slice(start, end < 0 ? body.length : end).replace(/\r$/, ''), line);
      if (task) tasks.push(task);
      if (end < 0) break;
      at = body.indexOf('[ ]', end);
    }
    return tasks;
  }
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
    const task = taskOn(line, firstLine + i);
    if (task) tasks.push(task);
  }
  return tasks;
}

function taskOn(line: string, lineNumber: number): Task | undefined {
  const task = OPEN_TASK.exec(line);
  if (!task) return undefined;
  const marker = DUE_MARKER.exec(task[1]!);
  if (!marker) return undefined;
  const due: CalendarDate = { year: Number(marker[1]), month: Number(marker[2]), day: Number(marker[3]) };
  if (!isValidCalendarDate(due)) return undefined;
  const text = task[1]!.replace(DUE_MARKER, '').replace(/\s+/g, ' ').trim();
  return { text: text || 'Task', due, line: lineNumber };
}

/** The edit that checks the open task on `line` (1-based): `[ ]` becomes `[x]`, nothing else. */
export function checkTaskEdit(text: string, line: number): EditResult {
  let start = 0;
  for (let i = 1; i < line; i++) {
    start = text.indexOf('\n', start) + 1;
    if (start === 0) return { ok: false, message: `the note has no line ${line}` };
  }
  const end = text.indexOf('\n', start);
  const lineText = text.slice(start, end < 0 ? text.length : end).replace(/\r$/, '');
  if (!OPEN_TASK.test(lineText)) return { ok: false, message: `line ${line} is no longer an open task ("- [ ] …")` };
  return { ok: true, edit: { offset: start + lineText.indexOf('[ ]') + 1, length: 1, text: 'x' } };
}
