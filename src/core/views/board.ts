// The pipeline board: every valid note as a card in the column of its status, with what is
// next for it. Pure data, posted as JSON to the panel's page (src/webview/pipeline.ts).
import { formatCalendarDate } from '../time/calendar';
import { formatLocalDateTime, formatRelative } from '../time/dates';
import { actionsFor } from '../actions/rules';
import { STAGE_LABELS, STAGES, stageOf, type Stage } from '../model/status';
import type { Action, ActionState, Note, RuleSettings } from '../model/types';

/** Cards drawn per column: a long search keeps its closed columns growing; the counts stay exact. */
const MAX_CARDS_PER_COLUMN = 200;

export interface BoardCard {
  /** The note's key (a URI in the extension, a relative path in the CLI). */
  file: string;
  company: string;
  role: string;
  /** The interview's wall time as written, `YYYY-MM-DD HH:mm`, plus its zone when one is given. */
  when: string;
  people: string[];
  status: string;
  heardBack: string;
  /** The first pending action, if any. */
  next?: { title: string; due: string; relative: string; state: ActionState };
}

export interface BoardColumn {
  stage: Stage;
  label: string;
  /** Every note in the stage; `cards` holds at most MAX_CARDS_PER_COLUMN of them. */
  total: number;
  cards: BoardCard[];
}

/** A note's first pending action at `now`. The extension passes the index's already planned actions. */
type NextAction = (note: Note) => Action | undefined;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function cardOf(note: Note, now: Date, next: NextAction): BoardCard {
  const { interview: i } = note;
  const card: BoardCard = {
    file: note.file,
    company: note.company,
    role: note.role ?? '',
    when: `${formatCalendarDate(i)} ${pad(i.hour)}:${pad(i.minute)}${note.timezone ? ` (${note.timezone})` : ''}`,
    people: note.interviewers.map((p) => p.name),
    status: note.status ?? '',
    heardBack: note.heardBack === undefined ? '' : String(note.heardBack),
  };
  const action = next(note);
  if (action) card.next = { title: action.title, due: formatLocalDateTime(action.due).replace('T', ' '), relative: formatRelative(action.due, now), state: action.state };
  return card;
}

/**
 * Every stage in board order (empty ones too, so a card can be moved there). Scheduled
 * interviews soonest first; every other column most recent first, so a capped column keeps the
 * latest.
 */
export function boardOf(notes: readonly Note[], now: Date, settings: RuleSettings, next: NextAction = (n) => actionsFor(n, now, settings)[0]): BoardColumn[] {
  const byStage = new Map<Stage, Note[]>(STAGES.map((stage) => [stage, []]));
  for (const note of notes) byStage.get(stageOf(note.status))!.push(note);
  const columns: BoardColumn[] = [];
  for (const [stage, stageNotes] of byStage) {
    // "Other status" only when some note has a status outside the list.
    if (stage === 'other' && stageNotes.length === 0) continue;
    const sign = stage === 'scheduled' ? 1 : -1;
    stageNotes.sort((a, b) => sign * (a.start.getTime() - b.start.getTime()) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const cards = stageNotes.slice(0, MAX_CARDS_PER_COLUMN).map((n) => cardOf(n, now, next));
    columns.push({ stage, label: STAGE_LABELS[stage], total: stageNotes.length, cards });
  }
  return columns;
}
