// The pipeline board: every valid note as a card in the column of its status, with what is
// next for it. Pure data, posted as JSON to the panel's page (src/webview/pipeline.ts).
import { formatCalendarDate, formatLocalDateTime, formatRelative } from './dates';
import { actionsFor } from './rules';
import { STAGE_LABELS, STAGES, stageOf, type Stage } from './stages';
import type { ActionState, Note, RuleSettings } from './types';

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
  cards: BoardCard[];
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function cardOf(note: Note, now: Date, settings: RuleSettings): BoardCard {
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
  const next = actionsFor(note, now, settings)[0];
  if (next) card.next = { title: next.title, due: formatLocalDateTime(next.due).replace('T', ' '), relative: formatRelative(next.due, now), state: next.state };
  return card;
}

/** Every stage in board order (empty ones too, so a card can be moved there), cards by interview time. */
export function boardOf(notes: readonly Note[], now: Date, settings: RuleSettings): BoardColumn[] {
  const columns = new Map<Stage, BoardColumn>(STAGES.map((stage) => [stage, { stage, label: STAGE_LABELS[stage], cards: [] }]));
  const sorted = [...notes].sort((a, b) => a.start.getTime() - b.start.getTime() || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const note of sorted) columns.get(stageOf(note.status))!.cards.push(cardOf(note, now, settings));
  // "Other status" only when some note has a status outside the list.
  return [...columns.values()].filter((c) => c.stage !== 'other' || c.cards.length > 0);
}
