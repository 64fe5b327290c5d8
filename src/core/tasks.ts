// Task lines in a note's body: a cheap line scan, no Markdown parser (remark would cost
// ~2.5 ms per note, about 25 s over 10,000 notes: far too slow for indexing).
import { isValidCalendarDate } from './dates';
import { locateFrontMatter } from './frontMatter';
import type { EditResult } from './frontmatterEdit';
import type { CalendarDate, Task } from './types';

// An unchecked list item: "- [ ] ", "* [ ] ", "+ [ ] " or "1. [ ] ", any indentation.
// One blank after "[ ]", the rest trimmed later: `\s+(.*)` would backtrack quadratically.
const OPEN_TASK = /^\s*(?:[-*+]|\d+[.)])\s+\[ \]\s(.*)$/;
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

/** Offset of the start of 1-based `line`, or -1 when the text is shorter. */
function lineStart(text: string, line: number): number {
  let start = 0;
  for (let i = 1; i < line; i++) {
    start = text.indexOf('\n', start) + 1;
    if (start === 0) return -1;
  }
  return start;
}

/**
 * The edit that checks an open task: `[ ]` becomes `[x]`, nothing else. With `taskText` (the
 * task as the view showed it) the task is found by its text: on the remembered `line` if it is
 * still there, else wherever it moved to; refused when it is gone or when several tasks have
 * that text and none is on the remembered line. Without it, the task on `line` is checked.
 */
export function checkTaskEdit(text: string, line: number, taskText?: string): EditResult {
  let target = line;
  if (taskText !== undefined) {
    const bounds = locateFrontMatter(text);
    const bodyStart = bounds?.bodyStart ?? 0;
    let bodyLine = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < bodyStart; i = text.indexOf('\n', i + 1)) bodyLine++;
    const same = scanTasks(text.slice(bodyStart), bodyLine).filter((t) => t.text === taskText).map((t) => t.line);
    if (same.length === 0) return { ok: false, message: `the task "${taskText}" is no longer an open task in the note (already checked, edited or removed)` };
    if (!same.includes(line)) {
      if (same.length > 1) return { ok: false, message: `the task "${taskText}" moved and the note has ${same.length} open tasks with that text; check the right one in the editor` };
      target = same[0]!;
    }
  }
  const start = lineStart(text, target);
  if (start < 0) return { ok: false, message: `the note has no line ${target}` };
  const end = text.indexOf('\n', start);
  const lineText = text.slice(start, end < 0 ? text.length : end).replace(/\r$/, '');
  if (!OPEN_TASK.test(lineText)) return { ok: false, message: `line ${target} is no longer an open task ("- [ ] …")` };
  return { ok: true, edit: { offset: start + lineText.indexOf('[ ]') + 1, length: 1, text: 'x' } };
}
