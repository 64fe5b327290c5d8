// What every date input box says while the user types (New Interview Note, Snooze until, the
// next round): the date the text means, before it is accepted, or why it cannot be read. The
// reading is the core's (core/timeline/dateInput.ts), the same words as the timeline's.
import * as vscode from 'vscode';
import { core } from './lazyCore';

interface DateCheck {
  /** The hour taken when only a date is typed. */
  defaultHour: number;
  /** A date that has passed cannot be accepted (a snooze). */
  future?: boolean;
  /** Said after the date when it has passed and that is allowed ("already started: …"). */
  pastNote?: string;
}

/** The input box's message for `text` at `now`: information (the box accepts) or an error (it does not). */
export function dateValidation(text: string, now: Date, check: DateCheck): vscode.InputBoxValidationMessage {
  const c = core();
  const read = c.readDateInput(text, now, { defaultHour: check.defaultHour });
  if ('error' in read) return { message: read.error, severity: vscode.InputBoxValidationSeverity.Error };
  const passed = c.localDateAt(read.wall, read.wall.hour, read.wall.minute).getTime() <= now.getTime();
  const shown = c.describeDateInput(read.wall, now);
  if (passed && check.future) return { message: `${shown}: that has already passed`, severity: vscode.InputBoxValidationSeverity.Error };
  return { message: `${shown}${passed && check.pastNote ? `: ${check.pastNote}` : ''}`, severity: vscode.InputBoxValidationSeverity.Info };
}
